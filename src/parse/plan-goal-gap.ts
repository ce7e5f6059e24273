// A gap to the five-year plan's goal named with its year and figure (距“十一五”规划确定的2010年全部财政收入达到15亿元的
// 目标还有较大差距): the plan's goal for its last year, a five-year target. Session 38, fixtail38a.

import { fiveYearTarget } from './five-year-target.js';
import { leadingIndicator } from './prose-clauses.js';
import type { Comparator, Sentence, Target } from './types.js';

/** 距“十一五”规划确定的2010年甲达到X亿元的目标: the plan, its year, the indicator's words, the figure. */
const PLAN_GOAL_GAP =
  /(?:距离?|离|与)[“"]?十[一二三四五六七八九]五[”"]?(?:规划|规划纲要|时期)?(?:确定|提出|制定|明确)的?(?:19|20)\d{2}年([\u4e00-\u9fa5]{2,16}?)(达到|突破|超过|不低于)(\d+(?:\.\d+)?)(亿元|万元|元|万人|人|%)(左右|以上)?的?(?:奋斗)?(?:目标|任务)/g;

const BOUND: Readonly<Record<string, Comparator>> = { 左右: 'approx', 以上: 'gte' };

/** The five-year goals such gaps name, one per indicator the catalogue knows. */
export function planGoalGaps(
  folded: string,
  sentences: readonly Sentence[],
  setBy: string | null,
  reason: string,
): Target[] {
  const goals: Target[] = [];
  for (const m of folded.matchAll(PLAN_GOAL_GAP)) {
    const named = leadingIndicator(m[1] ?? '');
    if (!named) continue;
    const start = m.index ?? 0;
    const verb = m[2] ?? '';
    goals.push(
      fiveYearTarget(setBy, {
        code: named.entry.code,
        name: named.name,
        value: Number(m[3]),
        unit: m[4] ?? null,
        comparator: m[5] ? (BOUND[m[5]] ?? 'eq') : verb === '达到' ? 'eq' : 'gte',
        text: `${m[3]}${m[4]}${m[5] ?? ''}`,
        raw: m[0],
        attainment: 'unknown',
        attainmentReason: reason,
        provenance: {
          sentenceIndex: sentences.findLast((s) => s.start <= start)?.index ?? 0,
          start,
          end: start + m[0].length,
        },
      }),
    );
  }
  return goals;
}
