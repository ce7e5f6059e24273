// A plan outline's mid-term evaluation closes with its measures for the plan's last years, where it proposes goals of
// the plan's own: 建议将甲2025年目标由X亿元调整为Y亿元 (a goal changed: the new one) and 2023—2025年，力争乙年均增长A%以上
// (the pace of the years left). Both are targets of horizon five-year (README item 18), read only in an evaluation,
// whose reported parts the goal reader otherwise leaves alone (session 36, fixleft36).

import { generatedCode, lookupIndicator } from './catalogue.js';
import type { Comparator, Sentence, Target } from './types.js';

/** 建议将社会消费品零售总额2025年目标由X亿元调整为Y亿元: the name, the plan's end year and the new goal. */
const ADJUSTED =
  /将([\u4e00-\u9fa5]{2,20}?)((?:19|20)\d{2})年(?:的)?(?:规划)?目标(?:值)?由\d+(?:\.\d+)?(?:亿元|万元|元|%)调整为(\d+(?:\.\d+)?)(亿元|万元|元|%)(左右|以上)?/g;

/** 2023—2025年，力争甲年均增长A%以上: the span of years left, the name and its pace. */
const REMAINING_PACE =
  /((?:19|20)\d{2})\s*[—–-]{1,2}\s*((?:19|20)\d{2})年,?(?:力争|确保|争取)?(?:全县|全市|全区)?([\u4e00-\u9fa5]{2,20}?)年均增长(\d+(?:\.\d+)?)%(左右|以上)?/g;

const comparatorOf = (word: string | undefined): Comparator =>
  word === '以上' ? 'gte' : word === '左右' ? 'approx' : 'eq';

/** Whether `end` closes a five-year plan still running after the report's year (2020, 2025, 2030 …). */
const runningPlanEnd = (end: number, year: number) => end % 5 === 0 && end > year && end - year <= 5;

/** The proposals' targets, in the order the text gives them; `reason` the attainment's (a plan's goal, unknown). */
export function evaluationProposals(
  folded: string,
  sentences: readonly Sentence[],
  year: number | null,
  region: string,
  reason: string,
): Target[] {
  if (year === null || (!folded.includes('年均增长') && !folded.includes('调整为'))) return [];
  const found: Target[] = [];
  const add = (
    name: string,
    value: string,
    unit: string,
    word: string | undefined,
    start: number,
    end: number,
    named = false,
  ) => {
    const entry = lookupIndicator(name);
    // 建议将森林覆盖率2025年目标由23%调整为22.5%: the goal a proposal names is its indicator's, catalogued or not
    // (fixtail38a); a pace's words before 年均增长 are read only when the catalogue knows them.
    if (!entry && !(named && /^[\u4e00-\u9fa5]{2,12}$/.test(name))) return;
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    if (!sentence) return;
    found.push({
      indicatorCode: entry?.code ?? generatedCode(name),
      indicatorName: name,
      setBy: region,
      kind: 'target',
      horizon: 'five-year',
      value: Number(value),
      unit,
      comparator: comparatorOf(word),
      text: `${value}${unit}${word ?? ''}`,
      raw: folded.slice(start, end),
      attainment: 'unknown',
      attainmentReason: reason,
      derived: false,
      provenance: { sentenceIndex: sentence.index, start, end },
    });
  };
  if (folded.includes('调整为'))
    for (const m of folded.matchAll(ADJUSTED))
      if (runningPlanEnd(Number(m[2]), year))
        add(m[1] ?? '', m[3] ?? '', m[4] ?? '', m[5], m.index, m.index + m[0].length, true);
  if (folded.includes('年均增长'))
    for (const m of folded.matchAll(REMAINING_PACE))
      if (Number(m[1]) > year && runningPlanEnd(Number(m[2]), year))
        add(m[3] ?? '', m[4] ?? '', '%', m[5], m.index, m.index + m[0].length);
  return found;
}
