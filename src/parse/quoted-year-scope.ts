// A part-year page quoting the year before as its base (2023年，全县地区生产总值208.64亿元，增长4.1%；规模以上工业增加值
// 增长7.9%… in a 1—5月 视察报告): the figures of that sentence and its ；-clauses are that year's, not the page's
// (session 44, fix361, F7262). A full-year report's own year, or a year said after the opening, scopes nothing here.

import type { Sentence } from './types.js';

/** 2023年，… opening a sentence: the year led with, then a comma (not 2023年末, 2023年以来, 2023年1—5月). */
const YEAR_OPENING = /^\s*(?:[(（][一二三四五六七八九十]+[)）]\s*)?((?:19|20)\d{2})\s*年\s*[,，]/;

/**
 * The full year (2023-FY) an opening `YYYY年，` names when it is an earlier year than a part-year report's
 * (`reportPeriod` such as 2024-M1-5); null for a full-year report, the report's own year or no such opening.
 */
export function quotedYearOpening(text: string, reportPeriod: string): { scope: string; end: number } | null {
  const year = Number(reportPeriod.slice(0, 4));
  if (!year || reportPeriod.endsWith('-FY')) return null;
  const opening = YEAR_OPENING.exec(text);
  const quoted = Number(opening?.[1]);
  return opening && quoted && quoted < year ? { scope: `${quoted}-FY`, end: opening[0].length } : null;
}

/** ；今年以来…, ；1—5月，…: a later clause opening on a period of its own leaves the year quoted before it. */
const OWN_PERIOD_OPENING =
  /^\s*(?:今年|本年|第?[一二三四]季度|上半年|前三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月|(?:19|20)\d{2}\s*年)/;

/**
 * The earlier full year each sentence's figures belong to: its own opening's, or that of the sentence its
 * ；-clause goes on (same line, the clause before ending in ；); one pass, so a long line costs nothing more.
 */
export function quotedYearScopes(
  folded: string,
  sentences: readonly Sentence[],
  reportPeriod: string | null,
): (string | null)[] {
  const scopes: (string | null)[] = [];
  if (!reportPeriod || reportPeriod.endsWith('-FY')) return sentences.map(() => null);
  for (const [at, sentence] of sentences.entries()) {
    const text = folded.slice(sentence.start, sentence.end);
    const before = sentences[at - 1];
    const carried =
      before?.line === sentence.line && /[;；]\s*$/.test(folded.slice(before.start, before.end))
        ? (scopes[at - 1] ?? null)
        : null;
    scopes.push(
      quotedYearOpening(text, reportPeriod)?.scope ?? (OWN_PERIOD_OPENING.test(text) ? null : carried),
    );
  }
  return scopes;
}
