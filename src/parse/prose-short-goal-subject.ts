// 对照…全年甲增长A%、乙增长B%的预期目标，1—2月工业高出预期6.4个百分点，投资则低于预期2.2个百分点: a gap to the
// quoted goals whose subject is written short (工业, 投资); it is the one goal's indicator the short word is part of
// (F10024). A word that fits none, or more than one, is left to the chain.

import { catalogueEntry } from './catalogue.js';
import type { NamedIndicator } from './prose-clauses.js';
import type { Fact } from './types.js';

/** 工业, 投资, 出口, 财政收入: a short word, with a link word (则, 也) a subject may close with. */
const SHORT = /^([\u4e00-\u9fa5]{2,4}?)(?:则|也|却|亦)?$/;
/** 高出预期, 低于预期目标: the gap's own words after the subject. */
const GAP_TAIL = /(?:高出|高于|低于|快于|慢于|超出|超过|低出)(?:年度|全年|年初)?预期(?:目标)?$/;

/** The quoted goal's indicator the short subject is part of, among the sentence's figures before it, or null. */
export function shortGoalSubject(subject: string, sentenceFacts: readonly Fact[]): NamedIndicator | null {
  const word = SHORT.exec(subject.replace(/\s+/g, '').replace(GAP_TAIL, ''))?.[1];
  if (!word || sentenceFacts.length < 2) return null;
  const codes = new Set<string>();
  for (const fact of sentenceFacts)
    if (
      fact.indicatorCode &&
      fact.measure === 'growth' &&
      (catalogueEntry(fact.indicatorCode)?.name ?? '').includes(word)
    )
      codes.add(fact.indicatorCode);
  const code = codes.size === 1 ? [...codes][0] : undefined;
  const entry = code ? catalogueEntry(code) : undefined;
  return entry ? { entry, name: entry.name } : null;
}
