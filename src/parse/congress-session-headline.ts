// 甲县第十四届人民代表大会第二次会议隆重开幕, 县十四届人大二次会议胜利闭幕: a page headlined by a people's congress
// session opening or closing is news of that session, whatever figures of the government's report it retells (the
// county portal's 要闻 or 聚焦两会 story, its byline a 报道组 or the government office).

/** The session named by its term and its number, then 开幕 or 闭幕 (隆重, 胜利, 在某地 between). */
const CONGRESS_SESSION =
  /(?:届人民代表大会|届人大)第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议(?:在[^，。,\s]{2,12})?(?:隆重|胜利|顺利)?(?:开幕|闭幕)/;

/** Whether a headline tells of a people's congress session opening or closing. */
export function isCongressSessionHeadline(headline: string): boolean {
  return CONGRESS_SESSION.test(headline);
}
