// The targets a prose sentence states in words rather than by a figure's clause: an announced list's
// word goals (保持稳定) and a figure shared by names before 均; quoted goals (“十四五”…目标) and plans
// said met in words (完成年度目标任务), also by a clause naming its indicator (甲增速未达到年度计划目标).

import type { NamedIndicator } from './prose-clauses.js';
import { exceptedVerdicts } from './prose-excepted-verdicts.js';
import { fiveYearVerdicts } from './prose-five-year-verdict.js';
import { growthGoalVerdicts, yearGrowthAims } from './prose-growth-goal-verdict.js';
import { namedVerdicts } from './prose-named-verdicts.js';
import { sharedGoals } from './prose-shared-goals.js';
import { ceilingsKeptInWords, namedCeilingsKept } from './prose-target-ceiling-kept.js';
import { inStepGoals } from './prose-target-in-step.js';
import {
  type GoalScope,
  type ProseTarget,
  plansMetInWords,
  quotedGoals,
  wordGoals,
} from './prose-targets.js';
import type { Sentence } from './types.js';

/** The indicator a figure of the sentence was joined to, by where the figure ends. */
export interface JoinAt {
  at: number;
  join: NamedIndicator;
}

export function sentenceGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  planned: boolean,
  goals: GoalScope | null,
  joins: readonly JoinAt[],
  label: NamedIndicator | null = null,
  earlierJoins: readonly JoinAt[] = [],
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  if (goals?.announced && !goals.foreign)
    targets.push(
      ...wordGoals(source, folded, sentence, goals, label),
      ...sharedGoals(source, folded, sentence, goals),
    );
  // A goal list reads 与经济增长同步 itself (wordGoals); the rest of the planned part, here.
  if (planned && !goals?.announced && !goals?.foreign) targets.push(...inStepGoals(source, folded, sentence));
  // 没有完成年初确定的增长6.5%的预期目标: a cue of goals itself, so read whatever the goal scope.
  if (!planned && !goals?.foreign) targets.push(...growthGoalVerdicts(source, folded, sentence));
  // 为完成全年经济增长9%的目标打下基础: the year's goal named as an aim, in whatever part (F8346).
  if (!goals?.foreign) targets.push(...yearGrowthAims(source, folded, sentence));
  // 超额完成市下达的“十一五”降低20%的目标任务: its goal words open a goal scope, so read whatever the scope.
  if (!planned && !goals?.foreign)
    targets.push(
      ...fiveYearVerdicts(source, folded, sentence, (at) => joins.findLast((j) => j.at <= at)?.join ?? null),
    );
  if (!planned && !goals)
    targets.push(
      ...quotedGoals(source, folded, sentence, (at) => joins.findLast((j) => j.at <= at)?.join ?? null),
      ...namedVerdicts(source, folded, sentence),
      ...namedCeilingsKept(source, folded, sentence),
      ...exceptedVerdicts(source, folded, sentence),
      ...ceilingsKeptInWords(
        source,
        folded,
        sentence,
        (at) => joins.findLast((j) => j.at <= at)?.join ?? null,
      ),
      ...plansMetInWords(source, folded, sentence, (at, all) => {
        const before = joins.filter((j) => j.at <= at);
        if (!all) return before.slice(-1).map((j) => j.join);
        const from = folded.lastIndexOf(';', at);
        const named = new Map<string, NamedIndicator>();
        for (const j of before)
          if (j.at > from && !named.has(j.join.entry.code)) named.set(j.join.entry.code, j.join);
        // 城镇…增长7.9%；农村…增长8.3%，均高于计划增速: 均 over one name reaches back past the ； to the
        // sentences split off before it on the same line.
        if (named.size < 2) {
          const earlier = new Map<string, NamedIndicator>();
          for (const j of earlierJoins)
            if (!named.has(j.join.entry.code)) earlier.set(j.join.entry.code, j.join);
          return [...earlier.values(), ...named.values()];
        }
        return [...named.values()];
      }),
    );
  return targets;
}

/** Words naming the year's goal (年度, 全年), not the period's. */
const FOR_THE_YEAR = /年度|全年/;

/**
 * 上涨1.9%，控制在年度预期目标以内 in a part-year report: a verdict in words on the year's goal, not
 * the period's (in a full-year report the period is the year: left as it is).
 */
export const yearGoalInWords = (target: ProseTarget): ProseTarget =>
  target.horizon === 'period' && target.target.value === null && FOR_THE_YEAR.test(target.target.text)
    ? { ...target, horizon: 'full-year' }
    : target;
