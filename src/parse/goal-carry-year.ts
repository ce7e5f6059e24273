// Where a later part's goals carried past a semicolon end: 确保上半年甲增长A%左右，乙完成全年任务的B%以上；确保全年甲
//增长C%左右，乙完成X亿元以上 in a first quarter's page. The half's goals are facts only (a part still to come), but
// the ；-part announcing the year's goals with its own cue is the year's list, not the half's (session 42, fix331, F6811).

/** ；确保全年…, ；力争今年…: a part opening with its own cue that names the whole year. */
const YEAR_CUE_LEAD = /^\s*(?:力争|确保|争取)(?:实现|完成)?(?:全年|今年)(?!以来|累计)[^,;。]{0,30}?\d/;

/** Whether `text` (a ；-part a foreign goal scope would carry into) announces the year's own goals. */
export function announcesYearAfterForeign(text: string): boolean {
  return YEAR_CUE_LEAD.test(text);
}
