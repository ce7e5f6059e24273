// 主要预期目标是：（一）地区生产总值增长A%左右；（二）…；（八）完成上级下达的节能减排任务。: a list a colon opens,
// each item a numbered clause closed by ；, the last by 。. Its items are the sentence's clauses, not headings of
// sections (a section's topic never ends on ；), so they are read as prose (session 48, fix436, F9155).

import type { Line } from './lines.js';
import { rules } from './rules.js';

/** How far back a list's items may run to the colon that opens it. */
const MAX_ITEMS = 16;

const endsItem = (text: string) => /[;；]\s*$/.test(text);
const endsLead = (text: string) => /[:：]\s*$/.test(text);

/** The index of the filled line before `index`, or -1. */
function filledBefore(lines: readonly Line[], index: number): number {
  let i = index - 1;
  while (i >= 0 && (lines[i]?.text ?? '') === '') i--;
  return i;
}

/** Whether the line is a numbered item of one clause closed by ；. */
function isOpenItem(text: string): boolean {
  const rest = rules.section.exec(text)?.[2];
  return rest !== undefined && endsItem(rest) && !/[。;；]/.test(rest.replace(/[;；]\s*$/, ''));
}

/**
 * Whether line `index`, a section-numbered line whose text after its number is `rest`, is an item of a
 * list a colon opened: one clause closed by ； (or the list's last, closed by 。 after an item closed by ；),
 * under a run of such items that follows the colon's line.
 */
export function isColonListItem(lines: readonly Line[], index: number, rest: string): boolean {
  const closing = /[;；。]\s*$/.exec(rest)?.[0];
  if (!closing) return false;
  if (/[。;；]/.test(rest.slice(0, rest.length - closing.length))) return false;
  let before = filledBefore(lines, index);
  const last = closing.trim() === '。';
  // The last item needs an item closed by ； before it: a lone numbered sentence after a colon is a heading.
  if (last && !isOpenItem(lines[before]?.text ?? '')) return false;
  for (let n = 0; n < MAX_ITEMS && before >= 0; n++) {
    const text = lines[before]?.text ?? '';
    if (endsLead(text)) return true;
    if (!isOpenItem(text)) return false;
    before = filledBefore(lines, before);
  }
  return false;
}
