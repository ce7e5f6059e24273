// A rank repeated later in the text with its indicator named short: the problems part of an analysis
// says 一是工业增速低于全市平均水平，增速居全市第6位，较一季度后移1位 of the rank given before under
// 规模以上工业增加值增速居全市第6位. The bare 增速 is of the indicator ranked so before; so is a rank with no
// subject after a clause naming the growth (社会消费品零售总额增速低于全市平均水平，居全市第8位, fix74b).

import type { RankSubject } from './prose-rank-figure.js';
import type { Ranking } from './types.js';

/**
 * A subject that is only a growth word, or none: 社会消费品零售总额增速低于全市平均水平，居全市第8位 leaves the
 * rank's own clause with no subject at all, the growth named in the clause before.
 */
const BARE_GROWTH_SUBJECT = /^(?:增速|增幅)?$/;
/** 一是工业增速低于…, 工业增幅回落: the short name a clause opens with before its growth word. */
const SHORT_NAME = /(?:^|[,;:。])\s*(?:其中|[一二三四五六七八九十]是)?([\u4e00-\u9fa5]{2,10}?)(?:增速|增幅)/g;

/**
 * The indicator an earlier ranking of the same rank and scope holds when the rank's own subject is a bare
 * growth word and its sentence names the indicator short (工业 of 规模以上工业增加值) before it; else `subject`.
 */
export function repeatedRankSubject(
  subject: RankSubject,
  sentenceBefore: string,
  rank: number,
  scope: string,
  earlier: readonly Ranking[],
): RankSubject {
  if (subject.indicatorCode !== null || !BARE_GROWTH_SUBJECT.test(subject.subject)) return subject;
  const names = [...sentenceBefore.replace(/\s+/g, '').matchAll(SHORT_NAME)].map((m) => m[1] ?? '');
  const short = names.findLast((name) => name !== '');
  if (!short) return subject;
  const same = earlier.findLast(
    (r) => r.indicatorCode !== null && r.rank === rank && r.scope === scope && r.subject.includes(short),
  );
  return same?.indicatorCode ? { indicatorCode: same.indicatorCode, subject: same.subject } : subject;
}
