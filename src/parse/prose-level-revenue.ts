// 区县级财政收入: the revenue the district-or-county level keeps, as 天津's counties and districts wrote it
// (区县 one word for both kinds of the city's county-level units). The catalogue lists 县级 and 区级财政收入 as the
// local revenue; 区县级 is neither's qualifier, and a county's 地方财政收入 beside it would merge with it under one
// code, so it is named as written (held-out-354, F7183).

const MERGED_LEVEL_REVENUE = /^区县级(?:地方)?(?:财政收入|一般预算收入|一般公共预算收入|财政一般预算收入)$/;

/** Whether a subject is the district-or-county level's own revenue, named as written. */
export const isMergedLevelRevenue = (name: string): boolean => MERGED_LEVEL_REVENUE.test(name);
