// Verdicts the text gives in words: a goal quoted and met (基本实现“…”的目标), a plan met or missed
// after the figures (均完成计划目标, 未完成年度目标任务), and indicators counted under one verdict
// (甲增速、乙增速两项指标低于计划目标).

import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import type { TargetValue } from './targets.js';
import type { Sentence } from './types.js';

/**
 * Every pattern below is tried only on a sentence holding a word it cannot match without (“, 实现/完成/达到,
 * 计划, 项): it runs over every sentence of a report's results, opens with a lookbehind or a long lead tried
 * at every position, and finds something in very few (quotedGoals and plansMetInWords were 1.7% of the
 * parser's time in session 29's profile).
 */
const VERDICT_VERB = /实现|完成|达到/;
/** 基本实现“增速不低于全州平均水平”的目标: a goal quoted in words, with the text's own verdict. */
const QUOTED_GOAL = /(基本|全面|已经|已|未能|没有|未)?实现了?“([^“”]{2,40})”的?(?:目标|要求)/g;
/** A quote that names no indicator is a goal of the one before only when it speaks of a figure: not 双过半. */
const SPEAKS_OF_A_FIGURE = /增速|增幅|增长|总量|不低于|不高于|高于|快于|以上|以内/;

/**
 * Goals quoted in words in the results part, about the indicator the quote names or else the one
 * the sentence spoke of last before it (`subjectBefore`); met unless the text says they were not.
 */
export function quotedGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectBefore: (at: number) => NamedIndicator | null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  if (!text.includes('“')) return targets;
  for (const m of text.matchAll(QUOTED_GOAL)) {
    const start = sentence.start + m.index;
    const quote = m[2] ?? '';
    const join = leadingIndicator(quote) ?? (SPEAKS_OF_A_FIGURE.test(quote) ? subjectBefore(start) : null);
    if (!join) continue;
    const missed = /未|没有/.test(m[1] ?? '');
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const value: TargetValue = {
      value: null,
      unit: null,
      comparator: null,
      text: m[2] ?? '',
      relativeToGrowth: false,
    };
    targets.push({
      ...statedTarget(join, value, 'period', m[2] ?? '', source.slice(start, provenance.end), provenance),
      verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${m[0]}` },
    });
  }
  return targets;
}

/**
 * 增长5%，实现计划目标; 分别增长a%、b%，均完成计划目标; 超额完成年度目标任务, a revenue's 超额完成年度预算
 * (the budget, its plan): a plan met, said in
 * words after the figures; 完成市下达任务, 完成某某市下达的年度目标任务: the higher level's; 未完成年度目标任务,
 * 未能完成年度计划目标, 未完成年度预期目标 (or 年初预期目标, fix242): one missed (a ceiling kept, 控制在计划目标以内, is
 * prose-target-ceiling-kept.ts's). 完成区人代会批准的与经济增长同步目标: a word goal (keeping pace with GDP) said met
 * (session 28, fixleft28b). A bare 计划
 * (均完成年度计划) is left: the answers of liaozhu-2007-fy-plan take it for no target; said missed (下降A%，未完成年度
 * 计划) it is read, a plan missed in words (README item 24; session 46, fix391, F8001).
 * 财政总收入…，其中地方财政收入…，双双超额完成年度预算: 双双 (both) says it of the two named since the last ；, as 均
 * does (held-out-371 shuao; session 45, fix371, F7536). 完成市下达的年度节能目标, 年度节能减排任务: the higher level's
 * goal named by its field, the energy goal's only (held-out-371 shuting, shuao; F7537).
 */
const MET_IN_WORDS =
  /(?<=[,;])(均|都|全部|双双)?已?(未能|未|没有)?(?:(?:超额)?(?:实现|完成|达到)了?(?:(?:年度|全年|年初)?(?:预期目标|计划目标|目标任务|计划任务|目标)|(?:年度|全年)计划|(?:年度|全年|年初)预算(?:目标|任务)?|(?:[^,;:。\d]{0,6}?[省市州盟]|上级)下达的?(?:年度|全年)?(?:节能减排|节能降耗|节能)?(?:目标任务|任务|目标)|(?:[^,;:。\d]{0,8}?(?:批准|确定|提出)的)?(?:与|同)(?:经济增长|经济增速|地区生产总值增长)(?:基本)?同步的?目标))(?=[,;。]|$)/g;

/** 完成年度计划: the plan named bare, a verdict only when the words say it was missed (F8001). */
const BARE_PLAN = /(?:年度|全年)计划$/;

/** 节能, 节能减排, 节能降耗: the field a higher level's goal names, the energy goal's (F7537). */
const ENERGY_GOAL_NAMED = /下达的?(?:年度|全年)?节能/;

/**
 * 同比增长4.9%，与经济增长基本同步 in the reported part: the text's own verdict that a growth kept pace with the
 * economy's, said met (a table's word goal 与经济增长同步 beside it is judged so, not by the two growths; session
 * 38, fix257). The planned part's same words are a goal (prose-target-in-step.ts).
 */
const IN_STEP_SAID =
  /(?<=[,;])(?:实现了?|保持)?(?:与|同)(?:经济增长|经济增速|地区生产总值增长|地区生产总值增速)(?:基本)?同步(?=[,;。]|$)/g;

/**
 * 均高于计划增速, 低于年度计划增速: the growth above (or below) the plan's growth, said in words after the
 * figures with no gap of its own; a bare 计划 (增速均高于计划) is left, as 均完成年度计划 is.
 */
const ABOVE_PLAN_GROWTH =
  /(?<=[,;])(均|都)?(?:(高于|超过|快于)|低于|慢于)(?:年度|全年|年初)?计划(?:增速|增幅)(?=[,;。]|$)/g;

/**
 * 甲增速、乙增速两项指标低于计划目标: a verdict on the indicators listed before a count of them, with
 * no figure; each a target of no value, missed (低于, 未完成, 未达到) or met. A review's 甲、乙、丙和丁4项
 * 未完成 counts in digits and names neither 指标 nor the plan: then every name must be an indicator.
 */
const LISTED_VERDICT =
  /(?<=^|[,;:。])([^,;:。\d]{4,60}?)([两二三四五六七八九十]|\d{1,2})项(?:主要)?(指标)?(?:均|都)?(低于|未完成|未达到|高于|超过|超额完成|完成|达到)了?((?:年度|全年)?(?:计划目标|计划|目标))?(?=[,;。]|$)/g;

/** A count of the verdict, in Chinese numerals or digits. */
const countOf = (written: string) =>
  /^\d+$/.test(written) ? Number(written) : ' 一二三四五六七八九十'.indexOf(written.replace('两', '二'));

function listedVerdicts(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  if (!text.includes('项')) return targets;
  for (const m of text.matchAll(LISTED_VERDICT)) {
    const [, list = '', count = '', indicators, verb = '', plan] = m;
    // 4项未完成 with no 指标 and no plan named: only a plain verdict, over names all of them indicators.
    if (!indicators && !plan && !/完成|达到/.test(verb)) continue;
    const names = list.split(/、|和|及/).map((n) => n.replace(/(?:的)?(?:增速|增幅|总量)$/, ''));
    const joins = names.map((n) => leadingIndicator(n));
    // As many names as the count says, or the list is not the one counted.
    if (joins.length !== countOf(count)) continue;
    if (!indicators && joins.some((join) => join === null)) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const missed = /低于|未/.test(verb);
    for (const join of joins) {
      if (join) targets.push(verdictInWords(join, m[0], missed, source, provenance));
    }
  }
  return targets;
}

/** A goal said in words only (控制在目标以内, 与经济增长同步): no figure, no unit, no comparator. */
export const wordsOnly = (words: string): TargetValue => ({
  value: null,
  unit: null,
  comparator: null,
  text: words,
  relativeToGrowth: false,
});

/** A plan met or missed in words (`words`): a target of no value for `join`, judged by the words. */
export function verdictInWords(
  join: NamedIndicator,
  words: string,
  missed: boolean,
  source: string,
  provenance: { sentenceIndex: number; start: number; end: number },
): ProseTarget {
  return {
    ...statedTarget(
      join,
      wordsOnly(words),
      'period',
      words,
      source.slice(provenance.start, provenance.end),
      provenance,
    ),
    verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${words}` },
    onThePlan: true,
  };
}

/**
 * Plans met (or missed) in words in the results part: a target of no value, judged by the words,
 * for the indicator spoken of last before the words (`subjectsBefore`), or for each one since the
 * last ；when the words say 均.
 */
export function plansMetInWords(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectsBefore: (at: number, all: boolean) => NamedIndicator[],
): ProseTarget[] {
  const targets: ProseTarget[] = listedVerdicts(source, folded, sentence);
  const text = folded.slice(sentence.start, sentence.end);
  const met = VERDICT_VERB.test(text) ? text.matchAll(MET_IN_WORDS) : [];
  for (const m of met) {
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    for (const join of subjectsBefore(start, m[1] !== undefined)) {
      // 完成市下达的年度节能目标: words naming the energy goal judge no other indicator's plan.
      if (ENERGY_GOAL_NAMED.test(m[0]) && join.entry.code !== 'energy-emission-targets') continue;
      // 未完成年度计划 after a figure: the year's plan named without its figure, missed (README item 24; F8001).
      // A bare 计划 said met (均完成年度计划) stays no target, as liaozhu's answers take it.
      if (m[2] === undefined && BARE_PLAN.test(m[0])) continue;
      targets.push(verdictInWords(join, m[0], m[2] !== undefined, source, provenance));
    }
  }
  const inStep = text.includes('同步') ? text.matchAll(IN_STEP_SAID) : [];
  for (const m of inStep) {
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    for (const join of subjectsBefore(start, false))
      targets.push({ ...verdictInWords(join, m[0], false, source, provenance), confirmsOnly: true });
  }
  const abovePlan = text.includes('计划') ? text.matchAll(ABOVE_PLAN_GROWTH) : [];
  for (const m of abovePlan) {
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    for (const join of subjectsBefore(start, m[1] !== undefined))
      targets.push(verdictInWords(join, m[0], m[2] === undefined, source, provenance));
  }
  return targets;
}
