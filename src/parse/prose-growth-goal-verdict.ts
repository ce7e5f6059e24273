// “虽然没有完成年初确定的增长6.5%的预期目标，…”: the year's growth goal restated inside its verdict, with
// no indicator named. A bare growth goal of the year is the economy's (地区生产总值's), as a report or a
// news page's quoted official says 经济增长 for it.

import { catalogueEntry } from './catalogue.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import { parseTarget } from './targets.js';
import type { Sentence } from './types.js';

/**
 * The verdict (没有/未能/未 for one missed), who set the goal (年初确定的, 县人代会通过的), then the bare
 * growth and its goal: 完成年初确定的增长6.5%的预期目标.
 */
const GROWTH_GOAL_VERDICT =
  /(?<=^|[,;:“"]|虽然|虽|尽管)(未能|没有|未)?(?:完成|实现|达到)了?(?:[\u4e00-\u9fa5]{0,8}?(?:确定|提出|通过|制定)的?)(?:经济)?(?:增长|增速)(\d+(?:\.\d+)?%(?:左右|以上)?)的?(?:预期|计划|奋斗)?目标(?:任务)?(?=[,;。”"]|$)/g;

/**
 * 为完成全年经济增长9%的目标打下基础: the year's economic growth goal named as the aim a part of the year's work
 * serves; 全年 and 经济增长 name its horizon and indicator, so earlier figures of the sentence do not own it, and no
 * verdict is said (session 46, fix395, F8346).
 */
const YEAR_GROWTH_AIM = /(?:完成|实现)全年经济增长(\d+(?:\.\d+)?%(?:左右|以上)?)的?(?:预期|奋斗)?目标/g;

/** The sentence before the verdict speaks of no figure, so the goal is no earlier subject's. */
const FIGURE = /\d/;

export function growthGoalVerdicts(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const entry = catalogueEntry('gdp');
  if (!entry) return [];
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  // The pattern needs 目标, which most sentences lack; its lookbehind would be tried at every position.
  if (!text.includes('目标')) return targets;
  for (const m of text.matchAll(GROWTH_GOAL_VERDICT)) {
    if (FIGURE.test(text.slice(0, m.index))) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const written = m[2] ?? '';
    const value = parseTarget(written, '%');
    const missed = m[1] !== undefined;
    targets.push({
      ...statedTarget(
        { entry, name: entry.name },
        value,
        'full-year',
        written,
        source.slice(start, provenance.end),
        provenance,
      ),
      verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${m[0]}` },
    });
  }
  return targets;
}

/** 为完成全年经济增长9%的目标打下基础 in a report's results or plan part: the year's gdp goal (F8346). */
export function yearGrowthAims(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const entry = catalogueEntry('gdp');
  const text = folded.slice(sentence.start, sentence.end);
  const targets: ProseTarget[] = [];
  if (!entry || !text.includes('全年经济增长')) return targets;
  for (const m of text.matchAll(YEAR_GROWTH_AIM)) {
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const written = m[1] ?? '';
    targets.push(
      statedTarget(
        { entry, name: entry.name },
        parseTarget(written, '%'),
        'full-year',
        written,
        source.slice(start, provenance.end),
        provenance,
      ),
    );
  }
  return targets;
}
