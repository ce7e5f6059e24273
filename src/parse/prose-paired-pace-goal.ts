// 城镇居民人均可支配收入和农村居民人均纯收入增长与经济增长同步 (session 43, fix342): a pace goal of two indicators the
// catalogue knows, each named whole and joined by 和/与/及, is a goal in words of each, as 城乡居民收入's two halves are.

import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';

/** The two names joined (和, 与, 及, 以及, 、), the pace word after them taken off. */
const PAIR = /^(.{4,20}?)(?:和|与|及|以及|、)(.{4,20}?)(?:的)?(?:增长|增速|增幅)?(?:要)?$/;

/**
 * Both indicators of a pace goal's subject written as two whole names, or null when it names one (or a name the
 * catalogue lacks). `subject` is the goal's text before its words (与经济增长同步).
 */
export function pairedIndicators(subject: string): NamedIndicator[] | null {
  const m = PAIR.exec(subject.trim());
  if (!m?.[1] || !m[2]) return null;
  const first = leadingIndicator(m[1]);
  const second = leadingIndicator(m[2]);
  if (!first || !second || first.entry.code === second.entry.code) return null;
  // Each name whole: nothing left after the catalogue's name but a pace word.
  const whole = (text: string, named: NamedIndicator) =>
    text.replace(/\s+/g, '').length === named.name.length;
  return whole(m[1], first) && whole(m[2].replace(/(?:的)?(?:增长|增速|增幅)$/, ''), second)
    ? [first, second]
    : null;
}
