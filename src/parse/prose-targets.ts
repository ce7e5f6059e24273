// Targets read from prose: goals stated in words (力争…增长8%以上), the period's plan implied by a gap
// to it (增长6.1%,高于计划0.6个百分点 → 5.5%), and the full-year plan implied by a level and its share
// of the annual plan (完成12亿元,占年计划的48% → 25亿元). Horizon and attainment are settled in index.ts.
//
// The stages live in prose-target-*.ts: values, goal cues and goal lists, plan gaps, shares of the
// plan, word goals and verdicts. This module routes a joined figure to its stage (targetOf) and is
// the facade the prose reader imports.

import type { NamedIndicator } from './prose-clauses.js';
import type { Link } from './prose-links.js';
import {
  carriesPartYearGoal,
  isPartYearGoal,
  opensPartYearGoals,
  opensPartYearLead,
} from './prose-target-part-year.js';
import { periodPlanTarget } from './prose-target-plan-gaps.js';
import { derivedFullYearTarget, SHARE_OF_PLAN } from './prose-target-plan-shares.js';
import { goalTarget, type ProseTarget } from './prose-target-values.js';
import type { Fact, Horizon } from './types.js';

export { horizonOf } from './prose-target-goal-cues.js';
export { GoalReader, type GoalScope } from './prose-target-goal-lists.js';
export { periodPlanTarget } from './prose-target-plan-gaps.js';
export { derivedFullYearTarget, isShareOfPlan } from './prose-target-plan-shares.js';
export { goalTarget, type ProseTarget, statedTarget } from './prose-target-values.js';

/**
 * 力争上半年固定资产投资增长15%以上 in a first-quarter piece: a goal for a part of the year that is no
 * target of the year (nor of the report's period): a fact only. 下半年 is left out: a half's goal in a
 * half-year report restates what the year's plan needs of it.
 */
const PART_YEAR_GOAL =
  /^[^,，;；:：]{0,4}?(?:力争|确保|争取|努力|推动)(?:实现)?(?:今年)?(?:上半年|前三季度|第?[一二三四]季度|1[-—–]\d{1,2}月)(?!末|底)/;

/**
 * 力争端午假期接待游客增长10%以上, 确保国庆黄金周…: a goal for a holiday's few days, no goal of the year: a fact only
 * (session 39, fix279).
 */
const HOLIDAY_GOAL =
  /^[^,，;；:：]{0,4}?(?:力争|确保|争取|努力)(?:实现)?(?:今年)?[“"‘]?(?:国庆|春节|元旦|清明|端午|中秋|五一|十一|劳动节)[”"’]?节?(?:黄金周|小长假|长假|假期|假日|期间)/;

/**
 * 下半年地区生产总值力争增长7.4%左右(，确保全年实现预期目标): the growth the rest of the year must reach, the
 * half (or quarter) named before the indicator itself: no target of the year, a fact only (a 下半年 part's
 * goals, 下半年…力争全年…, stay the year's). Session 28, fix90. A county meeting's demands after the half
 * name the next quarter so too (三季度规模以上工业增加值增速力争保持在A%以上, beside 确保全年… goals):
 * session 29, fix98.
 */
const REST_OF_YEAR_GROWTH =
  /^(?:今年)?(?:下半年|第?[三四]季度)[\u4e00-\u9fa5]{2,16}?(?:力争|确保|争取)(?:(?:实现)?(?:增长|增速)|保持在?\d)/;

/** 未完成增长9%的目标, 没有实现…: a goal the text says was not reached. */
const GOAL_NOT_REACHED = /^(?:未能?|没有|尚未)(?:完成|实现|达到)/;

export { plansMetInWords, quotedGoals, verdictInWords } from './prose-target-verdicts.js';
export { wordGoals } from './prose-target-word-goals.js';

interface TargetContext {
  /** The figure stands in a goal sentence after its cue. */
  goal: boolean;
  raw: string;
  horizon: Horizon | null;
  figureText: string;
  /** A later figure of a 分别 list: the words before the list's first figure, which hold for all. */
  listLead?: string;
  /** Whether an earlier figure is a base the change is taken from (比去年同期X亿元), no level of the period. */
  isBase?: (fact: Fact) => boolean;
  /** Whether an earlier figure is a result (not a goal the text stated), so a gap may be taken from it. */
  isResult?: (fact: Fact) => boolean;
  /** The words from the last 。 or ； before the figure: 四季度力争…，实现… opens a part year's goals. */
  segmentLead?: string;
  /** The sentence up to the figure (its last few hundred characters): a goal list's head before its ；s. */
  sentenceLead?: string;
}

/**
 * 四季度完成固定资产投资8.4亿元以上 in a plan's goals: the last quarter's own goal said with no cue, a part of the year
 * still to come (README item 9): a fact only, no full-year target (fix402, F8074).
 */
const LAST_QUARTER_BARE_LEAD = /^\s*(?:今年)?第?四季度(?!末|底)(?:全[县市区旗])?(?:要)?(?:完成|实现)/;

const SHARE_GOAL_REASON = 'a goal for a share: judged against no growth';
const POINTS_GOAL_REASON = 'a goal for a rise in points or an amount: judged against no growth';

/**
 * 城镇化率提高1.5个百分点以上: a rate raised by points, with the bound or 约 that makes it a goal. 农民人均纯收入增加
 * 150元以上: an income raised by an amount in 元 with its bound, the same goal of a rise (a change in 元 is the
 * income's change, item 12, as a change in points is the rate's; session 46, fix390, F7935).
 */
function isPointsRise(fact: Fact): boolean {
  return (
    fact.measure === 'change' &&
    (fact.quantity.baseUnit === 'pp' ||
      (fact.quantity.unit === '元' && fact.quantity.qualifier !== 'about')) &&
    fact.quantity.value > 0 &&
    fact.quantity.qualifier !== null
  );
}

/** The target a joined figure yields, if any: a goal, a period plan from a gap, or a derived full-year plan. */
export function targetOf(
  join: NamedIndicator,
  fact: Fact,
  link: Link | null,
  before: readonly Fact[],
  context: TargetContext,
): ProseTarget | null {
  if (link?.kind === 'plan-gap') {
    const amount = fact.quantity.baseUnit !== 'pp';
    // The last of the indicator's figures before, found from the end: a filter of them all for every figure
    // was quadratic in a sentence of thousands of figures.
    const actual = before.findLast(
      (f) =>
        f.indicatorCode === join.entry.code &&
        (amount
          ? f.measure === 'level' && f.quantity.baseUnit === fact.quantity.baseUnit
          : f.measure === 'growth' || f.measure === 'rate'),
    );
    // 甲增长6%左右的目标未能完成，低于目标N个百分点: the gap is to the goal just stated, no plan to derive.
    if (actual && context.isResult && !context.isResult(actual)) return null;
    return actual ? periodPlanTarget(join, fact, actual, context.raw, link.fullYear) : null;
  }
  if (context.goal) {
    if (
      PART_YEAR_GOAL.test(context.raw) ||
      REST_OF_YEAR_GROWTH.test(context.raw) ||
      HOLIDAY_GOAL.test(context.raw) ||
      isPartYearGoal(context.raw) ||
      (context.sentenceLead !== undefined && carriesPartYearGoal(context.sentenceLead)) ||
      (context.segmentLead !== undefined && opensPartYearGoals(context.segmentLead))
    )
      return null;
    if (context.segmentLead?.includes('季度') || context.segmentLead?.includes('半年'))
      if (opensPartYearLead(context.segmentLead) || LAST_QUARTER_BARE_LEAD.test(context.segmentLead))
        return null;
    // 力争上半年甲增长A%左右、乙增长B%以上: a list's later item keeps the part year its clause's cue names
    // (fix221).
    if (context.segmentLead?.includes('、')) {
      const clause = context.segmentLead.slice(context.segmentLead.lastIndexOf(',') + 1);
      if (clause.includes('、') && (PART_YEAR_GOAL.test(clause) || isPartYearGoal(clause))) return null;
    }
    const pointsRise = isPointsRise(fact);
    if (
      fact.measure !== 'growth' &&
      fact.measure !== 'level' &&
      fact.measure !== 'rate' &&
      fact.measure !== 'count' &&
      fact.measure !== 'share' &&
      !pointsRise
    )
      return null;
    // 力争三季度末固定资产投资完成年度计划的75%以上: a goal for the share of the year's plan done by a
    // date is a pace the plan's execution is urged to keep, not a goal for the indicator: a fact only.
    const at = context.raw.indexOf(fact.quantity.raw);
    if (fact.measure === 'share' && at > 0 && SHARE_OF_PLAN.test(context.raw.slice(0, at))) return null;
    const goal = goalTarget(join, fact, context.figureText, context.raw, context.horizon);
    // 城镇化率提高1.5个百分点以上: a goal for a rate's rise in points, which no growth can be judged by.
    if (pointsRise) return { ...goal, verdict: { attainment: 'unknown', reason: POINTS_GOAL_REASON } };
    // 力争新兴产业增加值占规模以上工业比重达到25%: a share goal; the judge compares a percent goal with
    // the indicator's growth, which a share is not, so its verdict is left open.
    if (fact.measure === 'share')
      return { ...goal, verdict: { attainment: 'unknown', reason: SHARE_GOAL_REASON } };
    // 能耗下降3.4%，未完成下降3.8%的目标: the text's own verdict, whatever the indicator's direction makes of it.
    return GOAL_NOT_REACHED.test(context.raw)
      ? {
          ...goal,
          verdict: { attainment: 'missed', reason: 'the text says the goal was not reached (未完成)' },
        }
      : goal;
  }
  if (
    fact.measure === 'share' &&
    SHARE_OF_PLAN.test(context.listLead ?? context.raw.slice(0, -fact.quantity.raw.length))
  ) {
    // 原煤产量1862万吨，完成年计划的103.4%: an output named as written only by its share (its level, in
    // a unit no aggregate has, stayed a fact of the same subject) still gives the plan.
    const level = before.findLast(
      (f) =>
        (f.indicatorCode === join.entry.code || (f.indicatorCode === null && f.subject === join.name)) &&
        (f.measure === 'level' || f.measure === 'count') &&
        f.quantity.baseUnit !== '%' &&
        !context.isBase?.(f),
    );
    return level ? derivedFullYearTarget(join, fact, level, context.raw) : null;
  }
  return null;
}
