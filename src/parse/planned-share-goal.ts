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

/** The aggregate a share goal's subject names, or null. */
export function shareGoalAggregate(subject: string): NamedIndicator | null {
  if (!subject.includes('占')) return null;
  const name = SHARE_GOAL_SUBJECT.exec(subject.replace(/\s+/g, ''))?.[1];
  return name ? aggregateIndicator(name) : null;
}
