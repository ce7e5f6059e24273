// 万元地区生产总值能耗下降3.8%，完成市下达的下降3.5%的目标 (session 43, fix342): the goal a higher level set, said met
// after the result; the clause names only who set it, so its figure is the goal of the indicator before, as
// 完成年初确定的…的目标 is.

/** 完成市下达的, 未完成省下达的, 实现上级下达的: the verdict and the setter, no name of the clause's own. */
const HIGHER_LEVEL_GOAL_KEY =
  /^(?:但是?|而)?(?:未能?|没有)?(?:完成|实现|达到)了?(?:[省市州盟]|上级|地区)(?:委|政府)?下达的?$/;

/** Whether a clause's key before its figure is only a verdict on a goal a higher level set. */
export function isHigherLevelGoalKey(key: string): boolean {
  return HIGHER_LEVEL_GOAL_KEY.test(key);
}
