// A five-year plan's goal judged in the review of its last years: 累计下降21.6%，超额完成市下达的“十一五”降低20%
// 的目标任务 (a fall to reach over the plan), or 完成了市下达的“十一五”节能目标 (in words): a target of
// horizon `five-year`, met or missed as the words say. Session 42, fix334 (F6762, F6763).

import { catalogueEntry } from './catalogue.js';
import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import { wordsOnly } from './prose-target-verdicts.js';
import { parseTarget } from './targets.js';
import type { Sentence } from './types.js';

/**
 * The verdict (未/没有/未能 for one missed), who set the goal (市下达的, 省里下达的), the plan, then the fall it
 * asked for and the goal's word: 超额完成市下达的“十一五”降低20%的目标任务, 提前完成“十二五”下降17.4%的任务目标.
 */
const FALL_GOAL_VERDICT =
  /(?<=[,;])(未能|没有|未)?(?:超额|提前|圆满|全面)?(?:完成|实现)了?(?:[\u4e00-\u9fa5]{0,6}?下达的?)?(["“]?十[一二三四五六七八九]五["”]?(?:期间)?)?(?:能耗)?(?:累计)?(下降|降低)(\d+(?:\.\d+)?%(?:左右|以上)?)的?(?:节能)?(?:预期|约束性)?(?:目标任务|任务目标|目标|任务指标|任务)(?=[,;。]|$)/g;

/** 完成了市下达的“十一五”节能目标: the plan's energy goal named in words only, no figure. */
const ENERGY_GOAL_VERDICT =
  /(?<=[,;])(未能|没有|未)?(?:超额|提前|圆满|全面)?(?:完成|实现)了?(?:[\u4e00-\u9fa5]{0,6}?下达的?)?["“]?十[一二三四五六七八九]五["”]?(?:期间)?的?(?:节能降耗|节能减排|节能)(?:目标任务|任务目标|目标|任务)(?=[,;。]|$)/g;

/** Words before the verdict saying its figure is the plan's sum: 累计下降, 五年来, “十一五”期间. */
const OVER_THE_PLAN = /累计|五年|十[一二三四五六七八九]五/;

export function fiveYearVerdicts(
  source: string,
  folded: string,
  sentence: Sentence,
  joinBefore: (at: number) => NamedIndicator | null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  // Both patterns need 完成 or 实现 and a goal's word; most sentences have neither.
  if (!/目标|任务/.test(text) || !/完成|实现/.test(text)) return targets;
  for (const m of text.matchAll(FALL_GOAL_VERDICT)) {
    // The plan named in the goal, or the figure before it summed over the plan (五年来…累计下降22.3%).
    if (!m[2] && !OVER_THE_PLAN.test(text.slice(0, m.index))) continue;
    const start = sentence.start + m.index;
    // 五年来，全县万元GDP能耗累计下降22.3%，超额完成…: a sum over the plan is no observation, so its figure
    // joins no indicator; the clause naming one before the verdict does.
    const join = joinBefore(start) ?? namedBefore(text.slice(0, m.index));
    if (!join) continue;
    const written = `${m[3]}${m[4]}`;
    const value = parseTarget(written, '%');
    // 降低20%: a fall to reach, so cutting more meets it (at most -20%).
    const fall =
      value.value === null ? value : { ...value, value: -Math.abs(value.value), comparator: 'lte' as const };
    targets.push(verdict(join, fall, written, m, start, sentence, source));
  }
  const energy = text.includes('节能') ? catalogueEntry('energy-emission-targets') : undefined;
  if (energy)
    for (const m of text.matchAll(ENERGY_GOAL_VERDICT)) {
      const start = sentence.start + m.index;
      targets.push(
        verdict({ entry: energy, name: energy.name }, wordsOnly(m[0]), m[0], m, start, sentence, source),
      );
    }
  return targets;
}

/** The indicator named by the last clause before `before`'s end that names one. */
function namedBefore(before: string): NamedIndicator | null {
  const clauses = before.split(/[,;]/).reverse();
  for (const clause of clauses) {
    const named = leadingIndicator(clause);
    if (named) return named;
  }
  return null;
}

function verdict(
  join: NamedIndicator,
  value: ReturnType<typeof parseTarget>,
  written: string,
  m: RegExpMatchArray,
  start: number,
  sentence: Sentence,
  source: string,
): ProseTarget {
  const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
  const missed = m[1] !== undefined;
  return {
    ...statedTarget(join, value, 'five-year', written, source.slice(start, provenance.end), provenance),
    verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${m[0]}` },
  };
}
