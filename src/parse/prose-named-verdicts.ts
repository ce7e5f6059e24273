// A plan met or missed in words by a clause that names its indicator itself, with no figure
// (城镇居民收入增速未达到年度计划目标): a target of no value for that indicator, judged by the words.

import { cleanSubject, leadingIndicator } from './prose-clauses.js';
import { type ProseTarget, verdictInWords } from './prose-targets.js';
import type { Sentence } from './types.js';

/**
 * 甲(增速)未达到年度计划目标, 甲超额完成年度目标任务, 甲目标完成市下达任务: the name (with 目标 said of its goal),
 * then the verdict on the year's plan; or on
 * the higher level's (单位地区生产总值能耗下降完成州下达的目标任务); the number of a result line
 * taken for an item's heading (10.单位地区生产总值能耗…) is no part of the name.
 */
const NAMED_VERDICT =
  /(?<=^|[,;:。])(?:\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?([^,;:。\d]{2,30}?)(?:的)?(?:增速|增幅|总量|目标)?(未能|未|没有)?(?:超额)?(?:实现|完成|达到)了?((?:年度|全年)?(?:预期目标|计划目标|目标任务|计划任务|目标)|(?:[^,;:。\d]{0,6}?[省市州盟]|上级)下达的?(?:年度|全年)?(?:目标任务|任务|目标))(?=[,;。]|$)/g;
/** NAMED_VERDICT's last words: 目标 or 任务. */
const GOAL_OR_TASK = /目标|任务/;
/**
 * 能耗下降和主要污染物减排完成…: the emissions cut said with the energy goal, between the indicator's
 * fall and the verdict; the verdict is the energy goal's.
 */
const EMISSIONS_CUT =
  /(?<=能耗(?:下降|降低)?)(?:和|及|、)主要污染物(?:排放)?(?:减排|(?:排放量?)?(?:下降|减少))$/;
/**
 * 节能减排和环境保护目标完成市下达任务: environmental protection said with the energy goal (one result line
 * of a plan report's list); the verdict is the energy goal's, the catalogue having no target of protection.
 */
const PROTECTION_WITH = /(?<=节能减排|能耗(?:下降|降低)?)(?:和|及|、)(?:生态)?环境保护$/;

/**
 * 单位地区生产总值能耗降低完成省下达任务: 降低 after an indicator that should fall says what the goal is
 * (a fall), as 下降 does (which the subject's trailing words drop); it is no part of the name.
 */
const FALL_SAID = /(?<=能耗|强度|排放量?)降低$/;

export function namedVerdicts(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  // Every verdict NAMED_VERDICT reads ends on a 目标 or 任务: a sentence with neither (most) is not tried
  // (the pattern opens with a lookbehind and a lazy name, tried at every position; session 29's profile).
  if (!GOAL_OR_TASK.test(text)) return targets;
  for (const m of text.matchAll(NAMED_VERDICT)) {
    const name = (m[1] ?? '').replace(EMISSIONS_CUT, '').replace(PROTECTION_WITH, '').replace(FALL_SAID, '');
    const join = leadingIndicator(name);
    // The clause is the name and the verdict alone: 甲项目完成年度目标 or 主要指标完成目标 is not one.
    if (!join || cleanSubject(name).replace(/\s+/g, '').toLowerCase() !== join.name) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    targets.push(verdictInWords(join, m[0], m[2] !== undefined, source, provenance));
  }
  return targets;
}
