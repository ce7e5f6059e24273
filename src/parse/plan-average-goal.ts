// A five-year plan's average-growth goal named by what the plan period's pace was above or below (地区生产总值…年均
// 增长5.8%，高于“十四五”规划确定的年均增长5.5%的目标): the plan's goal, a five-year target of the indicator the
// sentence's clauses before it name (README item 18). Session 40, fix299, F6113.

import { fiveYearTarget } from './five-year-target.js';
import { leadingIndicator } from './prose-clauses.js';
import type { Comparator, Sentence, Target } from './types.js';

/** 高于“十四五”规划确定的年均增长A%的目标: the comparison, the plan, the goal's pace and its bound. */
const PLAN_AVERAGE_GOAL =
  /(?:高于|低于|超过|超出|快于|慢于|达到|实现|完成)了?[“"]?十[一二三四五六七八九]五[”"]?(?:规划|规划纲要|时期)?(?:确定|提出|制定|明确)?的?(?:预期)?年均增长(\d+(?:\.\d+)?)%(左右|以上)?的?(?:预期|奋斗)?目标/g;

const BOUND: Readonly<Record<string, Comparator>> = { 左右: 'approx', 以上: 'gte' };

/** The indicator of the nearest clause before `at`, in its sentence, that starts with one. */
function subjectBefore(folded: string, at: number): ReturnType<typeof leadingIndicator> {
  const sentence =
    folded
      .slice(0, at)
      .split(/[。;；!?！？\n]/)
      .at(-1) ?? '';
  const clauses = sentence.split(/[,，]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    // 2008年全县地区生产总值比2005年增长A%: the clause's year is no part of the name.
    const named = leadingIndicator((clauses[i] ?? '').replace(/^\s*(?:19|20)\d{2}年(?:末|底)?/, ''));
    if (named) return named;
  }
  return null;
}

/** The five-year average-growth goals such comparisons name, one per indicator the catalogue knows. */
export function planAverageGoals(
  folded: string,
  sentences: readonly Sentence[],
  setBy: string | null,
  reason: string,
): Target[] {
  const goals: Target[] = [];
  for (const m of folded.matchAll(PLAN_AVERAGE_GOAL)) {
    const start = m.index ?? 0;
    const named = subjectBefore(folded, start);
    if (!named) continue;
    goals.push(
      fiveYearTarget(setBy, {
        code: named.entry.code,
        name: named.name,
        value: Number(m[1]),
        unit: '%',
        comparator: m[2] ? (BOUND[m[2]] ?? 'eq') : 'eq',
        text: `年均增长${m[1]}%${m[2] ?? ''}`,
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
