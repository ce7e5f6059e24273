// 规模以上先进制造业增加值占规模以上工业增加值的比重为38.4%；增加值同比增长10.5%: a clause whose subject is
// only the measure word (增加值, 产值) goes on about the aggregate the paragraph's last named figure was of,
// its name said once for both.

import { catalogueEntry } from './catalogue.js';
import { aggregateIndicator } from './prose-branches.js';
import type { ChainSubject } from './prose-chain-subject.js';
import type { Fact } from './types.js';

/** A clause whose subject is only a measure word (增加值, 完成产值). */
const BARE_MEASURE = /^(?:全年|同期|当期)?(?:完成|实现)?(增加值|总产值|产值)$/;

/**
 * The aggregate a bare 增加值 (or 产值) names: the one the paragraph's last figure with an indicator was of,
 * when that indicator's name ends with the same word and the clause before still gave figures (`prior`, or
 * null when the clause opens a sentence after a ；, which goes on with the one before); null otherwise.
 * After a clause of words only (第二产业回升向好，增加值…) the bare word is of what that clause opens with,
 * which prose-written-names reads.
 */
export function repeatedAggregate(
  own: string,
  prior: string | null,
  paragraphFacts: readonly Fact[],
): ChainSubject | null {
  const word = BARE_MEASURE.exec(own.replace(/\s+/g, ''))?.[1];
  if (!word || (prior !== null && !/\d/.test(prior))) return null;
  const last = paragraphFacts.findLast((f) => f.indicatorCode !== null);
  if (!last?.indicatorCode) return null;
  const entry = catalogueEntry(last.indicatorCode);
  const join = entry ? { entry, name: entry.name } : aggregateIndicator(last.subject);
  if (!join || join.entry.code !== last.indicatorCode || !join.name.endsWith(word)) return null;
  return { subject: join.name, join };
}
