// The part of the year a goal list is for, named in the clause just before its cue: 全县要紧盯一季度目标，确保甲增长A%以上，
// 力争乙增长B% in a 1—2月 page, 围绕上半年“双过半”任务目标，确保… in a first quarter's. That part is still to come, so its
// goals are facts only, as when the part follows the cue (力争一季度实现：…; item 9; session 44, fix367, F7462).

/** 紧盯一季度目标, 围绕一季度“开门红”任务目标, 对标上半年目标任务: a clause aiming at a part of the year's goals. */
const AIMED_PART =
  /(?:紧盯|盯紧|围绕|对标|瞄准|锁定|聚焦)(?:今年)?(?:(上半年)|第?(一)季度)[^,;。\d]{0,10}?(?:目标|任务)(?:任务)?$/;

/**
 * Whether `lead` (the sentence's text before a goal cue, ending with its comma) closes on a clause aiming at a part
 * of the year that ends after `reportMonth`, the month the report reaches.
 */
export function aimsAtLaterPart(lead: string, reportMonth: number | null): boolean {
  if (reportMonth === null) return false;
  const clause = lead.replace(/[,，]\s*$/, '');
  const aimed = AIMED_PART.exec(
    clause.slice(Math.max(...[...',;:。'].map((mark) => clause.lastIndexOf(mark))) + 1),
  );
  if (!aimed) return false;
  return (aimed[1] ? 6 : 3) > reportMonth;
}
