// Rankings in prose: 在某某市八县(市、区)中排名第三, 居全市第2位, 全市排位第N; each attached to the
// indicator its clause (or the clause chain before it) is about.

import { chineseNumeral, readOrdinal } from './numbers.js';
import { clauseStartBefore, joinIndicator } from './prose-clauses.js';
import type { Fact, Ranking, Sentence } from './types.js';

const RANKING =
  /在([^,;。]{2,30}?)(?:排名|排位|位列|位居|名列|居|排(?=第))(第?)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;
/** The scope written after the verb or before 排名 without 在: 居全市第2位, 排名全省第三, 全省排名第五. */
const RANKING_INLINE =
  /(?:(?:排名|排位|位列|位居|名列|居|排)(全国|全省|全市|全区|全州|[\u4e00-\u9fa5]{2,8}?(?:省|市|州|盟))|(全国|全省|全市|全区|全州)(?:排名|排位|排(?=第)))(第)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;
// The shortest name ending in a region suffix that is not itself followed by one: 南州市, not 南州.
const SCOPE = /^([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|县|区|州|盟))(?![省市县区州盟])/;
const GROUP = /([一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:县|区|市|镇|乡|地市|城市|省)/;

/** The size of a group of places a text names: 八县(市、区) → 8, 全市6个县 → 6; null if none. */
export function groupSize(text: string): number | null {
  const group = GROUP.exec(text);
  if (!group?.[1]) return null;
  return /^\d+$/.test(group[1]) ? Number(group[1]) : chineseNumeral(group[1]);
}

export function readRankings(
  source: string,
  folded: string,
  sentence: Sentence,
  facts: readonly Fact[],
  out: Ranking[],
): void {
  const text = folded.slice(sentence.start, sentence.end);
  const matches: { index: number; raw: string; scopeText: string; ordinal: string }[] = [];
  RANKING.lastIndex = 0;
  for (let m = RANKING.exec(text); m !== null; m = RANKING.exec(text)) {
    if (!m[2] && !m[4]) continue; // 位于…前列 and other standings without a number
    matches.push({ index: m.index, raw: m[0], scopeText: m[1] ?? '', ordinal: m[3] ?? '' });
  }
  RANKING_INLINE.lastIndex = 0;
  for (let m = RANKING_INLINE.exec(text); m !== null; m = RANKING_INLINE.exec(text)) {
    const at = m.index;
    if (matches.some((other) => at < other.index + other.raw.length && other.index < at + m[0].length))
      continue;
    matches.push({ index: at, raw: m[0], scopeText: m[1] ?? m[2] ?? '', ordinal: m[4] ?? '' });
  }
  matches.sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const rank = readOrdinal(m.ordinal);
    if (rank === null) continue;
    const scopeText = m.scopeText;
    const scope = SCOPE.exec(scopeText)?.[1] ?? scopeText;
    const of = groupSize(scopeText.slice(scope.length));
    const start = sentence.start + m.index;
    // 地区生产总值增速居全市第一位: the clause names what is ranked; otherwise (增速在…中排名第四,
    // or a clause of its own) the ranking is about the figure before it.
    const clause = folded.slice(clauseStartBefore(folded, start, sentence.start), start);
    const named = clause.trim() === '' ? null : joinIndicator(clause);
    const before = facts.filter((f) => f.provenance.end <= start);
    const fact = before[before.length - 1];
    const subject = named
      ? { indicatorCode: named.entry.code, subject: named.name }
      : { indicatorCode: fact?.indicatorCode ?? null, subject: fact?.subject ?? '' };
    out.push({
      indicatorCode: subject.indicatorCode,
      subject: subject.subject,
      rank,
      of,
      scope,
      source: 'prose',
      raw: source.slice(start, start + m.raw.length),
      provenance: { sentenceIndex: sentence.index, start, end: start + m.raw.length },
    });
  }
}
