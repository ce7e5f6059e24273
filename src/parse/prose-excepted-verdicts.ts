// 计划确定的主要指标，除万元GDP能耗外均已完成或超额完成: the plan's indicators said met all but the ones excepted,
// named between 除 and 外; each excepted one is a plan missed in words, with no figure (item 24; F6376).

import { leadingIndicator } from './prose-clauses.js';
import type { ProseTarget } from './prose-target-values.js';
import { verdictInWords } from './prose-target-verdicts.js';
import type { Sentence } from './types.js';

/** 除甲、乙外均已完成, 除甲外，其余指标全部完成: the names excepted, then the verdict on the rest. */
const EXCEPTED_VERDICT =
  /除([^,;:。\d]{2,40}?)(?:两项|[二三四五]项)?(?:指标)?(?:以)?外[,]?(?:其余|其他|其它)?(?:各项)?(?:指标)?(?:均|都|全部)已?(?:超额)?(?:完成|实现|达到)/g;

export function exceptedVerdicts(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const text = folded.slice(sentence.start, sentence.end);
  if (!text.includes('除') || !/指标|计划/.test(text)) return [];
  const targets: ProseTarget[] = [];
  for (const m of text.matchAll(EXCEPTED_VERDICT)) {
    const joins = (m[1] ?? '').split(/、|和|及/).map((name) => leadingIndicator(name));
    // Every excepted name must be an indicator, or the words except something else (a place, a sector).
    if (joins.length === 0 || joins.some((join) => join === null)) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    for (const join of joins) if (join) targets.push(verdictInWords(join, m[0], true, source, provenance));
  }
  return targets;
}
