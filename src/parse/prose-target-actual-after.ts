// Where a goal announced in a sentence gives way to the result (市下达…增速目标为8%，全年实际增长9.6%，
// 高于目标1.6个百分点): a clause reporting what was actually done is no goal, nor is any after it. So is
// a clause measuring the pace against an earlier part of the year (年度目标为15%（居全市第4位），增速比
// 一季度回落0.8个百分点): a year's goal is never set against its own first quarter.

/**
 * ，全年实际增长, ，实际完成, ，上半年实际实现: the clause that reports the result after the goal; ，实际仅下降 with the
 * result judged short (fix344, F7003).
 */
const ACTUAL_CLAUSE =
  /[,;]\s*(?:全年|上半年|前三季度|1-\d{1,2}月)?实际(?=(?:仅|只|才)?(?:完成|实现|增长|下降|达到|为|\d))/;

/** ，增速比一季度回落, ，增幅较1-5月提高: the result's pace against an earlier part of its year. */
const EARLIER_PART_CLAUSE =
  /[,;]\s*(?:增速|增幅|降幅|涨幅)?(?:比|较)(?:第?[一二三]季度|上半年|前三季度|1-\d{1,2}月份?)(?=加快|回落|提高|下降|放缓|回升|扩大|收窄|高|低|快|慢)/;

/**
 * ，预计全年增长6.3%左右 after 年度目标增长7%: the year's forecast in a part-year page is the estimate held
 * against the goal, no goal itself (session 43, fix336, F6954).
 */
const FORECAST_CLAUSE =
  /[,;]\s*预计全年(?=完成|实现|增长|下降|达到|为|\d|[\u4e00-\u9fa5]{2,24}?(?:增长|下降|达到|完成)\d)/;

/**
 * 今年…控制在1860万元以内，1—2月共收取…412万元: a clause opening on the months so far, after the year's goal, tells what
 * they did (F10402).
 */
const MONTHS_SO_FAR_CLAUSE =
  /[,;]\s*1[-—–]\d{1,2}月份?(?:共|累计|已|全[县市区旗])?(?=[\u4e00-\u9fa5]{0,4}(?:完成|实现|收取|征收|入库|达到))/;

/** The offset in `text` where the result follows a goal announced at `from`, or -1. */
export function actualAfterGoal(text: string, from: number): number {
  const rest = text.slice(from);
  const found = [
    ACTUAL_CLAUSE.exec(rest),
    EARLIER_PART_CLAUSE.exec(rest),
    FORECAST_CLAUSE.exec(rest),
    MONTHS_SO_FAR_CLAUSE.exec(rest),
  ].filter((m) => m !== null);
  return found.length > 0 ? from + Math.min(...found.map((m) => m.index)) : -1;
}
