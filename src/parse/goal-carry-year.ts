// Where a later part's goals carried past a semicolon end: 确保上半年甲增长A%左右，乙完成全年任务的B%以上；确保全年甲
//增长C%左右，乙完成X亿元以上 in a first quarter's page. The half's goals are facts only (a part still to come), but
// the ；-part announcing the year's goals with its own cue is the year's list, not the half's (session 42, fix331, F6811).

/** ；确保全年…, ；力争今年…: a part opening with its own cue that names the whole year. */
const YEAR_CUE_LEAD = /^\s*(?:力争|确保|争取)(?:实现|完成)?(?:全年|今年)(?!以来|累计)[^,;。]{0,30}?\d/;

/** Whether `text` (a ；-part a foreign goal scope would carry into) announces the year's own goals. */
export function announcesYearAfterForeign(text: string): boolean {
  return YEAR_CUE_LEAD.test(text);
}

/** 确保四季度…, 力争上半年…: a carried scope opened by a cue naming a part of the year still to come. */
const LATER_PART_CUE = /^(?:力争|确保|争取)(?:实现|推动|促进)?(?:今年)?第?(?:四季度|上半年|下半年|一季度)/;

/** ；全年甲增长A%以上, ；今年乙达到X亿元: a part opening on the whole year, no cue of its own, a figure after. */
const BARE_YEAR_LEAD = /^\s*(?:全年|今年)(?!以来|累计|目标|任务)[^,;。]{0,30}?\d/;

/**
 * 确保四季度新开工项目N个以上、完成投资X亿元以上；全年甲增长A%以上，乙增长B%左右 in a 1—8月 meeting's news page: the
 * cue before the last quarter's goals carries over the ； to a part naming the whole year bare, and that part's goals
 * are the year's own, not the quarter's (session 42, fix340, F6872). `cueAt` is the carried scope's text from its cue.
 */
export function yearPartAfterLaterPart(cueAt: string, text: string): boolean {
  return LATER_PART_CUE.test(cueAt) && BARE_YEAR_LEAD.test(text);
}
