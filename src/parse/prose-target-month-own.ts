// 确保12月份完成固定资产投资3亿元以上, 力争12月份完成税收收入0.3亿元以上 in a 1—11月 page: a goal for one
// month still to come is that month's task, no goal of the year (a fact only, as the last quarter's goal
// in a 1—9月 page is; session 43, fix336, F6955).

/**
 * The month a goal names right after its cue (12月份完成, 12月当月实现), not a deadline (12月底前, 12月末):
 * the month, then a verb within a few characters.
 */
const MONTH_GOAL =
  /^(?:在|于)?(?:今年)?(\d{1,2})月份?(?:当月|单月)?(?![底末前中初上下旬])(?=[\u4e00-\u9fa5]{0,12}?(?:完成|实现|达到|新增|增长))/;

/** Whether the words after a goal's cue set the goal of one month after the report's last month. */
export function isLaterMonthGoal(afterCue: string, reportMonth: number | null): boolean {
  if (reportMonth === null) return false;
  const month = Number(MONTH_GOAL.exec(afterCue)?.[1] ?? 0);
  return month > reportMonth && month <= 12;
}
