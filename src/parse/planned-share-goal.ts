// 力争非煤产业增加值占地区生产总值的比重提高到20%以上 among the year's goals: an industry's share of the economy,
// a goal of the economy's own breakdown (as a kind of spending's share of the budget is: prose-planned-names),
// under the industry's name as written even with no result told (README item 27's share-goal rule; session 44,
// fix358). A share of a part of the economy (新兴产业增加值占规模以上工业比重) stays a work target: no goal. The
// goal's cue before the name is no part of it.

import { aggregateIndicator } from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';

/** 力争甲产业增加值占地区生产总值的比重: a goal's cue, an industry's value added, then its share of the economy. */
const SHARE_GOAL_SUBJECT =
  /^(?:力争|确保|争取|推动|促进)?(?:全年|年底前?|年内)?([\u4e00-\u9fa5]{1,10}?产业增加值)占(?:全县|全市|全区|全旗)?(?:地区生产总值|生产总值|GDP|gdp)的?(?:比重|比例)$/;

/**
 * 确保民生支出占公共财政预算支出的比重不低于70%: a kind of spending's share of the budget's spending, the budget's own
 * breakdown, set as a goal outside a plan part (a member's remark in a news page on the 人大 hearing, a review's
 * request); in a plan part prose-planned-names reads it (session 46, fix389, F7906).
 */
const SPENDING_SHARE_GOAL_SUBJECT =
  /^(?:力争|确保|争取|推动|促进)?(?:全年|年底前?|年内)?([\u4e00-\u9fa5]{2,8}?支出)占[\u4e00-\u9fa5]{2,12}支出的?(?:比重|比例)(?:不低于|不少于)?$/;

/** The aggregate a share goal's subject names, or null. */
export function shareGoalAggregate(subject: string): NamedIndicator | null {
  if (!subject.includes('占')) return null;
  const written = subject.replace(/\s+/g, '');
  const name = (SHARE_GOAL_SUBJECT.exec(written) ?? SPENDING_SHARE_GOAL_SUBJECT.exec(written))?.[1];
  return name ? aggregateIndicator(name) : null;
}
