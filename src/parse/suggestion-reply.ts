// A department's reply to a congress deputy's suggestion or a CPPCC member's proposal
// (关于县十九届人大五次会议第N号建议的答复函): read as a news summary when it quotes the place's headline figures.

/**
 * 关于某县第十九届人大第五次会议第12号建议的答复函, …第343号建议的复函, …第0367号建议办理情况的答复函, 对市政协十五届
 * 四次会议第N号提案的答复: the reply's
 * title names the session and the suggestion's number, never the place or the year (the letterhead and the
 * sign-off name the office, the body the year its figures are of). A reply on a road or a school gives no
 * economy: only one that quotes headline figures is read (report-meta.ts refuses the rest). Session 28, fix88.
 */
export const SUGGESTION_REPLY =
  /^(?:关于|对)?[^。;；]{0,30}(?:人大|人民代表大会|政协)[^。;；]{0,30}第\s*\d{1,4}\s*号(?:代表)?(?:建议|议案|提案)(?:办理情况)?的?(?:答复函?|复函|答复意见|办理(?:情况)?(?:报告)?)$/;
