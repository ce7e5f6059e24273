// 力争非煤产业增加值占地区生产总值的比重提高到20%以上 among the year's goals: the share goal of an aggregate the
// catalogue lacks and the report gives no result of, under the aggregate's name as written (README item 27's
// share-goal rule; session 44, fix358). The goal's cue before the name is no part of it.

import { aggregateIndicator } from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';

/** 力争甲增加值占乙的比重: a goal's cue, the aggregate (a value added or an output), then its share of a whole. */
const SHARE_GOAL_SUBJECT =
  /^(?:力争|确保|争取|推动|促进)?(?:全年|年底前?|年内)?([\u4e00-\u9fa5]{2,12}?(?:增加值|总产值|产值))占[\u4e00-\u9fa5]{2,12}?的?(?:比重|比例)$/;

/** The aggregate a share goal's subject names, or null. */
export function shareGoalAggregate(subject: string): NamedIndicator | null {
  if (!subject.includes('占')) return null;
  const name = SHARE_GOAL_SUBJECT.exec(subject.replace(/\s+/g, ''))?.[1];
  return name ? aggregateIndicator(name) : null;
}
