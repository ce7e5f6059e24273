// A gap to the year's goal a plan set, quoted with the report's own year and figure after the result it judges
// (农民人均纯收入仅相当于…，与规划提出的2006年达到2450元的目标还有差距): the year's goal, a full-year target
// missed. The five-year plan's goal for its last year is plan-goal-gap's. Session 46, fix390, F7933.

import { leadingIndicator } from './prose-clauses.js';
import type { Comparator, Sentence, Target } from './types.js';

/**
 * 与规划提出的2006年达到2450元的目标还有差距, 距年初确定的2024年甲突破X亿元的目标仍有较大差距: who set the goal,
 * its year, the indicator's words (or none: the result before names it), the figure and the gap said in words.
 */
const YEAR_GOAL_GAP =
  /(?:距离?|离|与)(?:规划|计划|年初|年度计划)(?:提出|确定|制定|明确)的((?:19|20)\d{2})年([\u4e00-\u9fa5]{0,16}?)(达到|突破|超过|不低于)(\d+(?:\.\d+)?)(亿元|万元|元|万人|人|%)(左右|以上)?的?(?:奋斗)?(?:目标|任务)(?:还有|仍有|尚有)(?:较大|一定|不小)?差距/g;

const BOUND: Readonly<Record<string, Comparator>> = { 左右: 'approx', 以上: 'gte' };

/** The clause before the gap's own: the result it judges, which names the indicator when the goal does not. */
function clauseBefore(folded: string, from: number, at: number): string {
  const end = folded.lastIndexOf(',', at - 1);
  if (end <= from) return '';
  const start = Math.max(folded.lastIndexOf(',', end - 1), folded.lastIndexOf(';', end - 1), from - 1);
  return folded.slice(start + 1, end);
}

/** The report year's goals such gaps name, one per indicator the catalogue knows, each judged missed. */
export function yearGoalGaps(
  folded: string,
  sentences: readonly Sentence[],
  year: number | null,
  setBy: string | null,
): Target[] {
  if (year === null || !folded.includes('差距')) return [];
  const goals: Target[] = [];
  for (const m of folded.matchAll(YEAR_GOAL_GAP)) {
    if (Number(m[1]) !== year) continue;
    const start = m.index ?? 0;
    const sentence = sentences.findLast((s) => s.start <= start);
    const named = leadingIndicator(m[2] || clauseBefore(folded, sentence?.start ?? 0, start));
    if (!named) continue;
    const verb = m[3] ?? '';
    goals.push({
      indicatorCode: named.entry.code,
      indicatorName: named.name,
      setBy,
      kind: 'target',
      horizon: 'full-year',
      value: Number(m[4]),
      unit: m[5] ?? null,
      comparator: m[6] ? (BOUND[m[6]] ?? 'eq') : verb === '达到' ? 'eq' : 'gte',
      text: `${m[4]}${m[5]}${m[6] ?? ''}`,
      raw: m[0],
      attainment: 'missed',
      attainmentReason: 'the text says the result falls short of the goal (还有差距)',
      derived: false,
      provenance: { sentenceIndex: sentence?.index ?? 0, start, end: start + m[0].length },
    });
  }
  return goals;
}
