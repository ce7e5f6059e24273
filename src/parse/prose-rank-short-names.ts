// A name listed short before a shared rank (GDP、投资分列第2位和第3位): 投资 is the 固定资产投资 its
// paragraph gave figures for just before, when exactly one indicator named before ends with it.

import type { RankSubject } from './prose-rank-figure.js';
import type { Fact } from './types.js';

const SHORT = /^[\u4e00-\u9fa5]{2,4}$/;

/** The listed subjects, each one the catalogue lacks read as the one earlier figure's indicator it shortens. */
export function shortListedSubjects(
  subjects: readonly RankSubject[],
  paragraph: readonly Fact[],
  at: number,
): RankSubject[] {
  return subjects.map((s) => {
    if (s.indicatorCode !== null || !SHORT.test(s.subject)) return s;
    const codes = new Map<string, string>();
    for (const fact of paragraph)
      if (fact.provenance.end <= at && fact.indicatorCode && fact.subject.endsWith(s.subject))
        codes.set(fact.indicatorCode, fact.subject);
    const only = codes.size === 1 ? [...codes][0] : undefined;
    return only ? { indicatorCode: only[0], subject: only[1] } : s;
  });
}
