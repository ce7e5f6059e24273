// Named patterns for the block kinds of a report (title, source line, headings, captions, page junk).
// Kept in one table, precompiled, all anchored and free of nested quantifiers so no input backtracks badly.

export const rules = {
  /** Navigation, header and footer text scraped with the page. */
  junk: /^(?:头部|底部|footer底部|footer|header|页脚|页头|打印本页|【?打印本页】?|关闭窗口|【?关闭】?|【?打印】?|返回顶部|网站地图|收藏本页|分享到.{0,20}|字体大小.{0,40}|【字体.{0,20}|浏览次数.{0,20}|首页\s*>.*|当前位置.{0,60}|您当前的位置.{0,60}|上一篇.{0,60}|下一篇.{0,60}|扫一扫.{0,20}|版权所有.{0,60}|主办单位.{0,60}|网站标识码.{0,40}|.{0,20}ICP备.{0,30}|(?:相关新闻|相关阅读|相关链接|热点推荐|推荐阅读|延伸阅读)[:：]?|[·•]\s*.{1,40})$/,
  /**
   * Lines of a speech or filing that carry no content: a document number (某人大常发〔2023〕5号,
   * [2021]5号), the occasion (——2023年1月5日在…会议上), the speaker (某某县发展和改革局局长 某某),
   * a salutation (尊敬的主任、各位副主任、各位委员:), a bare date in brackets and the closing 请予审议.
   */
  notContent:
    /^[^\s。,;]{0,24}\s*[〔[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\d{1,5}\s*号$|^(?:—{1,2}|-{1,4})\s*[^。]{0,40}在[^。]{0,60}(?:会议|大会|会)上[^。]{0,20}$|^[^\s。,;:]{2,30}(?:局|委|委员会|办公室|办|政府|中心)(?:代理)?(?:党组书记、)?(?:副?局长|副?主任|副?县长|副?市长|副?区长|副?旗长|主任委员)\s+[\u4e00-\u9fa5·]{2,5}$|^(?:尊敬的|各位(?:代表|委员|领导))[^。]{0,40}[:]?$|^[^。]{0,40}(?:请予审议|请审议|请予审查)[。!]?$|^\((?:19|20)\d{2}年\d{1,2}月\d{1,2}日\)$/,
  title: /国民经济和社会发展计划执行情况|计划执行情况的报告/,
  sourceLine: /^(?:来源|信息来源|发布机构|发布单位)\s*[:：]|(?:发布时间|发布日期|信息来源)\s*[:：]/,
  publisher: /(?:来源|信息来源|发布机构|发布单位)\s*[:：]\s*([^\s:：]{2,30})/,
  publishedAt:
    /(?:发布时间|发布日期|时间)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
  /** 一、上半年…执行情况 */
  part: /^([一二三四五六七八九十]{1,3})、\s*(.*)$/,
  /** 第一部分 上半年…执行情况: a part numbered in words; group 1 is the whole number as written. */
  partInWords: /^(第[一二三四五六七八九十]{1,3}部分)\s*(.*)$/,
  /**
   * A part heading written without its number (上半年国民经济和社会发展计划执行情况, 下半年工作安排):
   * only read as one in a report that numbers no part (一、).
   */
  unnumberedPart:
    /^[^\d。,，;；:：]{0,24}(?:执行情况|完成情况|运行情况|工作安排|工作打算|工作重点|工作思路|主要目标|预期目标|计划安排|计划草案|存在的(?:主要)?问题|主要问题)$/,
  /** (一)… or （一）… (folded to half-width brackets). */
  section: /^\(([一二三四五六七八九十]{1,3})\)\s*(.*)$/,
  /** Item numbers at the start of a paragraph: 1. / 1、 (not 1.5), (1), ①. Match the marker only. */
  item: /^\d{1,2}\s*[.、](?!\d)\s*/,
  subItem: /^\(\d{1,2}\)\s*/,
  point: /^[\u2460-\u2473]\s*/,
  /** 表:…主要指标完成情况, 附表 …主要经济指标… */
  caption:
    /^(?:附?表\s*\d*\s*[:：]|附表\s*\d*\s)|^.{0,40}主要(?:经济)?(?:社会)?(?:发展)?指标.{0,12}(?:完成情况|情况表|一览表|表)$/,
  /** A note under a table: ends the table zone. */
  tableNote: /^(?:注|备注|说明|资料来源|数据来源)\s*[:：]/,
  /** Parts whose title announces plans rather than results. */
  plannedPart: /安排|打算|工作重点|下半年|思路|展望|主要目标|预期目标|工作计划|措施|建议|任务|计划(?!执行)/,
} as const;
