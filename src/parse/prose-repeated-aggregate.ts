// 规模以上先进制造业增加值占规模以上工业增加值的比重为38.4%；增加值同比增长10.5%: a clause whose subject is
// only the measure word (增加值, 产值) goes on about the aggregate the paragraph's last named figure was of,
// its name said once for both.

import { catalogueEntry } from './catalogue.js';
import { aggregateIndicator, isBranchEntry } from './prose-branches.js';
import type { ChainSubject } from './prose-chain-subject.js';
import { joinIndicator } from './prose-clauses.js';
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
  if (!join || join.entry.code !== last.indicatorCode) return null;
  if (join.name.endsWith(word)) return { subject: join.name, join };
  // 规模以上工业企业完成工业总产值X亿元，增长A%；实现增加值Y亿元: the bare 增加值 after the same firms' output is
  // of the output's head (工业总产值 → 工业增加值), when the catalogue names that aggregate (F8471).
  const output = word === '增加值' ? /^(.{2,12}?)总?产值$/.exec(join.name)?.[1] : undefined;
  const valueAdded = output ? joinIndicator(`${output}增加值`) : null;
  return valueAdded?.name === `${output}增加值` ? { subject: valueAdded.name, join: valueAdded } : null;
}

/** The measure word a named aggregate ends with (甲工业增加值, 乙产业产值). */
const MEASURE_WORD = /(?:增加值|总产值|产值|营业收入)$/;

/**
 * 非煤工业增加值增长A%，非煤工业占规上工业的比重为B%: the clause right after an aggregate the catalogue lacks names
 * its head again (the name without 增加值) before the share; the share is the same aggregate's, its name said twice
 * (session 35, fix208). `own` is the clause's subject, `previous` the chain's subject before it.
 */
export function shareOfPreviousAggregate(own: string, previous: ChainSubject): ChainSubject | null {
  const join = previous.join;
  if (!join || !own.includes('占') || !isBranchEntry(join.entry)) return null;
  const word = MEASURE_WORD.exec(join.name)?.[0];
  const head = word ? join.name.slice(0, -word.length) : '';
  if (head.length < 2 || !own.replace(/\s+/g, '').startsWith(`${head}占`)) return null;
  return { subject: previous.subject, join };
}
