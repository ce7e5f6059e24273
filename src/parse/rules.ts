// Named patterns for the block kinds of a report (title, source line, headings, captions, page junk).
// Kept in one table, precompiled, all anchored and free of nested quantifiers so no input backtracks badly.

import { AUDIT_REPORT, PROJECTS_AUDIT_REPORT } from './audit-report.js';
import {
  CPPCC_ECONOMY_SPEECH,
  ECONOMIC_MEETING_SPEECH,
  ECONOMY_PUSH_SPEECH,
  PART_YEAR_ECONOMY_SPEECH,
  PARTY_PLENARY_REPORT,
} from './meeting-speech.js';
import { PLAN_OUTLINE } from './plan-outline.js';
import { SPECIAL_WORK_REPORT } from './special-work-report.js';
import { SUGGESTION_REPLY } from './suggestion-reply.js';
import { WORK_REPORT_TASKS_PROGRESS } from './work-report-tasks-title.js';
import { PART_YEAR_SUMMARY, YEAR_RUN_AND_PLAN, YEAR_SUMMARY } from './work-summary-title.js';
import { ZONE_YEAR_REPORT } from './zone-work-report-title.js';

export const rules = {
  /**
   * Navigation, header and footer text scraped with the page, the site's name as a banner, related-news
   * lists; breadcrumbs with >, » or ›, a menu line (网站首页 | 政务公开 | …) and a bar of 【打印本页】【关闭窗口】.
   * A 备案 footer runs long after its ICP number (…ICP备…号-1 …公网安备…号 网站标识码：…): all of it is furniture.
   */
  junk: /^(?:头部|底部|footer底部|footer|header|页脚|页头|打印本页|【?打印本页】?|关闭窗口|【?关闭】?|【?打印】?|返回顶部|网站地图|收藏本页|分享到.{0,20}|字体大小.{0,40}|【字体.{0,20}|浏览次数.{0,20}|[^\s。,，;；]{2,24}(?:门户网站|新闻网|政府网)|[^。,，;；]{0,30}首页\s*[>»›].*|[^。,，;；>»›]{1,30}(?:\s*[>»›]\s*[^。,，;；>»›]{1,20}){1,5}(?:\s*[>»›]\s*[^。,，;；>»›]{1,40})|[^\s。,，;；]{2,12}(?:网|论坛|社区|在线)\s*[-—–|｜]\s*[^。,，;；!！]{2,20}|(?:网站)?首页(?:\s*[|｜]\s*[^\s|｜。,，;；]{2,8}){2,12}\s*[|｜]?|(?:【[^】]{1,8}】\s*){2,6}|字体\s*[:：].{0,40}|【?字号.{0,20}|当前位置.{0,60}|您当前的位置.{0,60}|上一篇.{0,60}|下一篇.{0,60}|扫一扫.{0,20}|版权所有.{0,60}|主办单位.{0,60}|主办\s*[:：].{0,60}|网站标识码.{0,40}|.{0,60}ICP备.{0,80}|(?:相关新闻|相关阅读|相关链接|热点推荐|推荐阅读|延伸阅读)[:：]?|[·•]\s*.{1,40}|设为首页.{0,10}|收藏本站|开启辅助访问|切换到(?:窄版|宽版)|请\s*登录\s*后使用快捷导航|没有帐号[?？]\s*立即注册|返回列表|查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+|本帖最后由.{1,30}编辑|发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}.{0,60}|回复\s*\d{1,4}#.{0,80}|回复|举报|快速回复|高级模式|发表回复|相关帖子|您需要登录后才可以回帖.{0,20}|小黑屋.{0,60}|Powered by .{0,30}|GMT[+-]\d{1,2},.{0,80}|点击(?:上方)?\s*蓝字\s*(?:关注我们|关注)?.{0,10}|阅读原文|(?:阅读|在看|点赞|赞|分享|收藏|留言|写留言|喜欢)(?:\s*\d{1,7})?|(?:(?:阅读|在看|点赞|赞|分享|收藏|留言|喜欢)\s*\d{1,7}\s*){2,6}|赞赏|图片来源\s*[:：|｜].{0,30}|(?:(?:编辑|审核|校对|责编|美编|排版|初审|复审|终审|一审|二审|三审|撰稿|供稿|来源)\s*[|｜]\s*[^\s|｜]{1,20}\s*){1,6}|[(（[【]?\s*(?:责任编辑|责编|作者|编辑|校对|审核)\s*[:：]\s*[^\s。,，;；]{1,12}(?:\s+(?:责任编辑|责编|作者|编辑|校对|审核|联系电话|电话)\s*[:：]\s*[^\s。,，;；]{1,12}){0,4}\s*[)）\]】]?|本文(?:转载|转自|转载自|来源于).{0,60}|(?:免责)?声明\s*[:：](?!.{0,100}\d(?:\.\d+)?\s*(?:%|亿|万|元|个百分点)).{0,100}|[—–-]{1,2}\s*\d{1,4}\s*[—–-]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/,
  /**
   * Lines of a speech or filing that carry no content: a document number (某人大常发〔2023〕5号,
   * [2021]5号), the occasion (——2023年1月5日在…会议上), the speaker (某某县发展和改革局局长 某某),
   * a salutation (尊敬的主任、各位副主任、各位委员:), a notice's addressees (各乡镇人民政府,县直有关单位:), a bare date in brackets and the closing 请予审议;
   * also a meeting's approval in brackets ((…会议通过)), a signature (某某县人民政府) and a bare date. Never
   * a title, a region or a figure: the meta stage passes over them and the structure stage drops them.
   */
  /**
   * A heading of links to other pages (相关新闻：): the titles under it are no part of the report;
   * 往期推荐/往期精彩 close a WeChat post with links to the account's earlier posts, titles only.
   */
  relatedLinks:
    /^【?(?:相关新闻|相关阅读|相关链接|相关文章|热点推荐|推荐阅读|延伸阅读|往期推荐|往期精彩|往期回顾)】?\s*[:：]?$/,
  notContent:
    /^[^\s。,;]{0,24}\s*[〔[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\d{1,5}\s*号$|^(?:—{1,2}|-{1,4})\s*[^。]{0,40}在[^。]{0,60}(?:会议|大会|会)上[^。]{0,20}$|^[^\s。,;:]{2,30}(?:局|委|委员会|办公室|办|政府|中心)(?:代理)?(?:党组书记、)?(?:副?局长|副?主任|副?县长|副?市长|副?区长|副?旗长|主任委员)\s+[\u4e00-\u9fa5·]{2,5}$|^(?:尊敬的|各位(?:代表|委员|领导))[^。]{0,40}[:]?$|^各[^。;]{1,60}(?:单位|部门|人民政府|政府|局|委员会)[:]$|^[^。]{0,40}(?:请予审议|请审议|请予审查)[。!]?$|^\((?:19|20)\d{2}年\d{1,2}月\d{1,2}日\)$|^(?:[\u4e00-\u9fa5]{1,12}[〔[(（]\s*(?:19|20)\d{2}\s*[〕\])）]\s*\d{1,4}\s*号|[—\-－]{0,2}.{0,60}会议上|(?:19|20)\d{2}年\s*\d{1,2}月\s*\d{1,2}日在.{0,40}|[(（].{0,60}(?:会议|通过)[)）]|.{0,30}(?:各位代表|各位委员|各位副主任)\s*[:：]|.{0,20}请予审议.{0,20}|(?!.*(?:报告|意见|公报)\s*——).{0,30}(?:常务委员会|人民政府|发展和改革(?:局|委员会))\s*$|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)?[一二三四五六日天]?\s*第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?\s*[^。,，;；]{0,12})$/,
  /**
   * A word every form of notContent needs (keep it in step with the pattern: 号, 会上/会议上, a title, 各位,
   * 审议, a date's 日, 通过, the body that closes an occasion line): a fifth of the lines hold one, and the
   * whole pattern tried on every line was 1.4% of the parser's time (session 32).
   */
  notContentNeeds: /号|会上|会议|通过|[局县市区旗]长|主任|尊敬的|各|审|日|委员会|政府|改革局/,
  /**
   * The genre a title names, most specific first: a review of a plan report quotes the report's
   * title, and a plan-and-draft report contains a plan report's, so those are tried before it.
   */
  genreTitles: [
    // 县人大常委会召开第N次会议 听取审议上半年国民经济和社会发展计划执行情况报告: the congress office's
    // news of the meeting that heard the plan report, summing up its figures; yearless (the page's
    // date or the report it quotes in 《》 gives the year). Session 28, fix90. The office's shorter
    // headline names the committee as the subject without the meeting (县人大常委会审议上半年计划执行情况
    // 报告): the same news. Session 30, fix101.
    {
      genre: 'news-summary',
      pattern:
        /(?:(?:召开|举行)[^。;；]{0,30}(?:会议|全会)|人大常委会(?:[^。;；，,]{0,12}会议)?)\s*[,，]?\s*(?:听取(?:和|并)?(?:审议)?|审议)[^。;；]{0,40}(?:计划|预算)[^。;；]{0,12}执行情况[^。;；]{0,30}报告等?$/,
      datedByBody: true,
    },
    // 关于县人大常委会对2026年上半年国民经济和社会发展计划执行情况审议意见研究处理情况的报告, 县人民政府办理落实
    // 《…审议意见》情况的报告: the government's report of how it handled the committee's opinion, with the year's
    // execution since (session 39, fix274; F5644). The period in its title is the opinion's subject, not the
    // figures': the body dates it (opinionHandled).
    {
      genre: 'plan-execution',
      pattern:
        /(?:国民经济|计划|预算执行).{0,60}审议意见[》”"]?的?(?:研究处理|研究办理|办理落实|处理|办理|落实|整改)?情况的?报告$/,
      opinionHandled: true,
    },
    // 某区人大常委会财政经济委员会关于2025年一季度全区经济运行情况的意见: a congress committee's opinion on the
    // government's report of the quarter's economy, after hearing it, is a review as a 审议意见 is; the 经济运行
    // words would type it an analysis (session 48, fix426, F8976).
    {
      genre: 'review-opinion',
      pattern:
        /(?:人大常委会|人民代表大会常务委员会|人大[^。;；关]{0,8}委员会)[^。;；]{0,12}关于[^。;；]{0,40}(?:经济运行|计划执行)[^。;；]{0,12}情况(?:报告)?的?(?:审议)?意见$/,
    },
    // Committees review audits too: a review of the plan or of the budget read beside it is of the
    // genre (the budget's sibling reports: session 14, gbudget).
    // 关于…计划执行情况的初审报告: the finance committee's preliminary review (初步审查) before the standing
    // committee's meeting, a review as docs/genres.md types a committee's (session 38, fix266; F5462).
    // 政协…常务委员会关于《…计划执行情况与…计划草案》的协商意见: the political consultative conference's
    // standing committee weighs the plan report and the draft as a congress committee's 审查意见 does, its
    // figures quoted from the report (session 45, fixold2; F7791).
    {
      genre: 'review-opinion',
      pattern:
        /(?:国民经济|计划|预算执行).{0,60}(?:审查意见|审查报告|审查结果报告|审议意见|初审报告|初审意见|初步审查(?:情况的?)?报告|协商意见)/,
    },
    // 关于某县2024年度县级预算执行和其他财政收支的审计工作报告: the audit office's report to the standing
    // committee on the budget's execution opens with the year's revenue and spending as a review does,
    // then lists what the audit found; one without figures is refused (audit-report.ts). Session 28, fix88.
    {
      genre: 'review-opinion',
      pattern: AUDIT_REPORT,
    },
    // 关于2016年重点项目建设跟踪审计情况的报告: the tracking audit of the key projects, dated by the body's months as an
    // inspection is (audit-report.ts; session 47, fix425, F8801).
    {
      genre: 'review-opinion',
      pattern: PROJECTS_AUDIT_REPORT,
      datedByBody: true,
    },
    // 关于全县重点项目建设情况的视察报告, 县人大常委会视察组关于…固定资产投资情况的视察报告: a congress
    // body's inspection of the government's projects or plan reports on its execution as a review does.
    // Its title is often yearless: the meeting line under it gives the year, the body's 截至N月底 the
    // period (inspection-period.ts). Session 18, fixmoyu. 关于我县新农村建设规划实施情况的视察报告: an
    // inspection of a development plan's execution quotes the plan's results and goals the same way
    // (session 45, fix373; F7561); an inspection of one sector's work (危房改造) stays refused.
    // 关于全区…重点工程建设情况的视察报告: the older name of the key projects, 重点工程 (session 48, fix436; F9151).
    {
      genre: 'review-opinion',
      pattern:
        /(?:重点项目|重大项目|项目建设|重点工程|重大工程|工程建设|固定资产投资|政府投资|计划执行|规划(?:实施|执行)|经济运行)[^。;；]{0,30}(?:视察|调研)(?:情况)?的?报告$/,
      datedByBody: true,
    },
    // 关于某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估情况的报告: a plan
    // outline's mid-term evaluation reports the plan's first years as an execution report does; the
    // years its title names (2035, 十四五's 2025) are the plan's horizons, not the report's period: the
    // body dates it (evaluation-period.ts). Session 24, fix67.
    {
      genre: 'plan-execution',
      pattern: /(?:五年规划|规划纲要|远景目标纲要|规划)[^。;；]{0,30}(?:中期评估|中期检查|实施情况评估)/,
      horizonYears: true,
    },
    // 某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要, 某市“十四五”规划纲要: the plan
    // outline reports its base year's results (the year before the plan's first) and sets the plan's
    // goals, as a year's plan does for its year; its title's years are horizons: the period is the base
    // year, from the plan's number (planOutlineBaseYear in meta.ts). Session 36, fix218.
    {
      genre: 'plan-execution-and-draft',
      pattern: PLAN_OUTLINE,
      horizonYears: true,
      planOutline: true,
    },
    // 某县2023年(财政)预算执行情况和2024年(财政)预算草案的报告: the budget's year and its draft.
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /预算执行情况\s*(?:与|和|及|暨|以及)\s*(?:(?:19|20)\d{2}\s*年)?[^。;；]{0,20}预算\s*(?:[(（]?草案[)）]?)/,
    },
    // 图解：某旗2025年预算报告: a portal's 图解 of the budget report read at the congress names it by the
    // draft's year only; like the full title it reports the year before and sets the named year's budget.
    // Only a 图解-style label may stand before it (news of the session is another text). Session 27, fix84.
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /^(?:(?:图解|一图(?:读懂|看懂|速览|了解)|图说)\s*[丨|｜:：·]?\s*){1,2}(?:[\u4e00-\u9fa5]{1,14}?(?:自治县|市|县|区|旗|州|盟))?(?:19|20)\d{2}\s*年(?:度)?(?:财政)?预算报告$/,
      reportsYearBefore: true,
    },
    // 某县2024年上半年(财政)预算执行情况的报告: a period's budget execution, read at the same meeting;
    // 关于2024年1—9月全县财政收支执行情况的报告: the finance bureau's report of the months' budget
    // execution to the government, the same review under its older name (F10441).
    { genre: 'plan-execution', pattern: /(?:预算|财政收支)执行情况的?报告$/ },
    // 关于某县YYYY年(财政|政府)决算(草案)的报告 (or YYYY年某县决算（草案）的报告): the finance bureau's final accounts of the year, read to the
    // standing committee in summer; a review of the year's budget like the execution report above, each
    // account against its 年初预算 and 调整预算. Its year is the year reported on. Session 29, fix94.
    {
      genre: 'plan-execution',
      pattern: /(?:19|20)\d{2}\s*年(?:度)?[^。;；]{0,12}决算\s*(?:[(（]?草案[)）]?)?的?报告$/,
    },
    // 某县人民政府关于2024年度国有资产管理情况的综合报告 (or 企业国有资产…的专项报告): the yearly report on
    // state assets the government owes its congress's standing committee, a budget sibling giving the
    // year's totals with their growth. Session 28, fix90.
    {
      genre: 'plan-execution',
      pattern: /(?:19|20)\d{2}\s*年(?:度)?[^。;；]{0,12}国有资产管理情况的?(?:综合|专项)?报告$/,
    },
    // 关于全县优化营商环境工作情况的报告, 关于某县招商引资工作情况的报告: the government's report on one field of
    // the economy to its congress's standing committee, a sibling of the plan report giving that field's results
    // of the year so far (figures to the month before the meeting); yearless, dated by the session line and the
    // body's 截至N月底. Read only when it gives headline figures (report-meta.ts). Session 29, fix95.
    {
      genre: 'plan-execution',
      pattern: SPECIAL_WORK_REPORT,
      datedByBody: true,
    },
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /计划执行情况\s*(?:与|和|及|暨|以及)\s*(?:(?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年.{0,20}计划/,
    },
    // A year's plan (某市2024年国民经济和社会发展计划, issued by a notice) reports the year before it
    // and sets the year's goals: a plan-and-draft report under another name, about the year before.
    // A part of a report headed so (二、2024年国民经济和社会发展计划) is not a title.
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /^(?![一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^。;；]*(?:19|20)\d{2}\s*年(?:度)?国民经济和社会发展计划\s*(?:\(?草案\)?)?(?:的通知|的报告)?$/,
      reportsYearBefore: true,
    },
    // 政府工作报告 (某县人民政府工作报告, 2024年政府工作报告（全文）): a government's yearly report to its
    // congress reviews the year before the session and sets the session year's 主要预期目标, as a
    // plan-and-draft report does. Its title often has no year (the session line under it dates it):
    // it is a full year's. Only a place or a year may stand before it (县长作政府工作报告 is news); a
    // portal may print the session year in brackets after it (某区人民政府工作报告（2024年）, fix191).
    // A portal's 问答解读/政策解读 of it is labelled as a 图解 is and retells its figures (fix324, F6571).
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /^(?:(?:图解|一图(?:读懂|看懂|速览|了解)|图说|(?:问答|政策|图文)?解读)\s*[丨|｜:：·]?\s*){0,2}(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:[\u4e00-\u9fa5]{1,14}?(?:自治县|市|县|区|旗|州|盟))?(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:人民)?政府工作报告(?:\s*[(（]\s*(?:全文|摘要|节选|(?:19|20)\d{2}\s*年(?:度)?)\s*[)）])?$/,
      reportsYearBefore: true,
      yearless: 'FY',
    },
    // 关于政府工作报告的决议: a congress's resolution on the work report (its session line dates it); read
    // as a resolution on the plan report is, a review when it quotes figures (report-meta.ts; fix324, F6572).
    {
      genre: 'plan-execution-and-draft',
      pattern:
        /^关于(?:批准)?(?:[\u4e00-\u9fa5]{1,14}?(?:自治县|市|县|区|旗|州|盟))?(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:人民)?[《“]?政府工作报告[》”]?的决议(?:\s*[(（]草案[)）])?$/,
      reportsYearBefore: true,
      yearless: 'FY',
    },
    // 在全县经济工作会议上的讲话: a secretary's or a head's speech at the year's economic-work meeting
    // gives the year's results with figures and ranks and sets next year's goals, as a plan-and-draft
    // report does; a speech on any other subject stays another document. Its title has no year: the
    // date under it and the opening's 总结2024年经济工作 give it. Session 25, fix71.
    // 在全县三季度经济运行调度会议上的讲话: a speech on a part of the year is the period's analysis, not
    // the year-end meeting's review and goals (session 32, fixleft32).
    { genre: 'statistics-analysis', pattern: PART_YEAR_ECONOMY_SPEECH },
    // 在全县经济工作推进会上的讲话: a meeting in the year's course to push its goals reads the months so far, as a
    // part-year speech does; yearless, the date under the title and the body's 1—8月 give the period (fix421, F8611).
    { genre: 'statistics-analysis', pattern: ECONOMY_PUSH_SPEECH, datedByBody: true },
    {
      genre: 'plan-execution-and-draft',
      pattern: ECONOMIC_MEETING_SPEECH,
      yearless: 'FY',
    },
    // …——在政协某区第七届委员会第四次会议上的大会发言 under a heading on the economy: a CPPCC member
    // quotes the work report's results and goals and adds suggestions with goals of the member's own;
    // dated, as a speech is, by the day under its title. Session 26, fix78b.
    {
      genre: 'plan-execution-and-draft',
      pattern: CPPCC_ECONOMY_SPEECH,
      yearless: 'FY',
    },
    // 在中国共产党某县第N届委员会第M次全体会议上的报告: the secretary's report to the party committee's
    // year-turn plenary reviews the year with its figures and sets next year's goals, as a work report
    // does; dated by the day under its title, and read only when it gives headline figures
    // (report-meta.ts). Session 30, fix100.
    {
      genre: 'plan-execution-and-draft',
      pattern: PARTY_PLENARY_REPORT,
      yearless: 'FY',
    },
    // A department's or township's work summary: a part-year's reads as a plan-execution report (its
    // second part plans the rest of the year), a year's as one with next year's plan (work-summary-title.ts).
    { genre: 'plan-execution', pattern: PART_YEAR_SUMMARY },
    { genre: 'plan-execution-and-draft', pattern: YEAR_SUMMARY },
    { genre: 'plan-execution-and-draft', pattern: YEAR_RUN_AND_PLAN },
    // 某经济开发区管理委员会2026年工作报告: a zone committee's year report, the year's results and next year's goals
    // (zone-work-report-title.ts). Session 38, fix257.
    { genre: 'plan-execution-and-draft', pattern: ZONE_YEAR_REPORT },
    // 关于2026年《政府工作报告》目标任务前三季度落实情况的通报: a 督查室's bulletin on the work report's tasks reports
    // the period's figures of each goal as a bureau's analysis does (work-report-tasks-title.ts). Session 38, fix268.
    { genre: 'statistics-analysis', pattern: WORK_REPORT_TASKS_PROGRESS },
    // 关于县十九届人大五次会议第N号建议的答复函: a department's reply to a deputy quotes the year's results
    // and its goals as a news page does; undated, its body dates it (suggestion-reply.ts). Session 28, fix88.
    { genre: 'news-summary', pattern: SUGGESTION_REPLY, datedByBody: true },
    // 《2014年某县国民经济和社会发展统计公报》发布 粮食总产实现“十一连增”: a county site's news of the communiqué's
    // release, the communiqué quoted in 《》 and told as an event (发布, 出炉, 公布); its figures are the news page's
    // summary of it (held-out-380 dongzhe; session 45, fixold, F7762).
    { genre: 'news-summary', pattern: /统计公报[》」]\s*(?:正式|近日|日前)?(?:发布|出炉|公布)/ },
    // 教育事业统计公报 and the like are other statistics.
    {
      genre: 'statistical-communique',
      pattern: /(?:国民经济.{0,10}|\d\s*年(?:度)?|^[^\d]{0,12}[市县区旗州])统计公报/,
    },
    // 某县YYYY年一季度地区生产总值统一核算结果公告: a statistics bureau's announcement of the period's GDP
    // accounting, released as its communiqué is (the year's or the quarter's results, no analysis). fixleft29.
    {
      genre: 'statistical-communique',
      pattern: /(?:地区生产总值|GDP)[^。;]{0,12}核算结果的?公告/,
    },
    // 国民经济和社会发展计划上半年执行情况: the period may stand between 计划 and 执行情况.
    {
      genre: 'plan-execution',
      pattern:
        /国民经济和社会发展计划(?:上半年|前三季度|一季度|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)?执行情况|计划执行情况的报告|计划执行情况的汇报$/,
    },
    // 某县2023年上半年主要经济指标计划执行情况表: a development-and-reform bureau's own table of the plan's indicators
    // (年计划 | 1—6月完成 | 占年计划), sent as a workbook with no prose: the plan report's figures, not a statistics
    // bureau's analysis (session 40, fix294, F6052).
    { genre: 'plan-execution', pattern: /主要(?:经济)?指标[^。;；]{0,4}计划执行情况(?:汇总|统计|一览)?表$/ },
    // 某县2026年上半年国民经济和社会发展计划主要指标完成情况: the same bureau's sheet titled by the plan's indicators
    // done (年度目标 | 1—6月完成 | 完成年度目标%), 计划 before the indicators naming whose they are (held-out-316,
    // F6852); 主要经济指标完成情况 without the plan stays an analysis below.
    {
      genre: 'plan-execution',
      pattern: /国民经济和社会发展(?:年度)?计划主要(?:经济)?指标[^。;；]{0,4}完成情况(?:汇总|统计|一览)?表?$/,
    },
    // 某县2024年1—10月经济运行和计划执行情况: a development-and-reform bureau's report on the plan's execution,
    // the economy's run named first (held-out-298, F6115); 经济运行 alone stays an analysis below.
    { genre: 'plan-execution', pattern: /经济运行(?:和|及|与)(?:国民经济和社会发展)?计划执行情况/ },
    // 某县2012年国民经济主要指标（统计年报）: a statistics bureau's sheet of the year's indicators, as its 主要经济指标
    // is (held-out-315, F6423); 统计年报 closing the title names the bureau's year-end returns.
    {
      genre: 'statistics-analysis',
      pattern:
        /经济运行|统计月报|统计快报|经济形势分析|主要经济指标|国民经济(?:和社会发展)?主要指标|统计年报[)）]?$/,
    },
    // A bulletin (通报, 通知) on a period's key-project or investment progress reports the same
    // figures as a bureau's analysis; one on any other subject (考核结果, 人事) is another document.
    // The office's own headline of it ends on how the work goes (1—10月某县重点项目建设有序推进),
    // never on an event (…项目推进会召开, …集中开工). A bureau's schedule attached as a workbook is titled as a
    // table: 2025年1-4月县重点项目计划完成表 (session 15, gxls), 2017年1-9月重点项目建设进度表,
    // 1-9月份重点项目投资完成情况汇总表 (session 15, fixhetuan); a county's monthly schedule is a 调度表
    // (2023年县级重点项目建设月度调度表（1—8月）, session 25, fix72); the year's plan it issues with its notice
    // is a 计划表 or 计划安排表 (2025年重点项目计划表, session 26, fix80). A development-and-reform bureau's
    // A programme workbook titled by its sheets' class (2026年重点项目建设计划（产业项目）) with its 1—N月 column is the
    // same schedule (session 38, fix264, F5401).
    // 通报 says 建设情况 as often (关于2023年1—9月全县重大工程和重点项目建设情况的通报); a bulletin
    // of the results of an assessment or a commendation (…建设情况考核结果的通报) stays another document.
    // A bureau's notice on the year's 民生实事 (关于2023年10月份民生实事项目进展情况的通报, 会昌) tallies the
    // programme's projects, starts and investment as a key-project notice does (session 30, fix104).
    // A commerce bureau's 通报 on a period's 招商引资 (关于YYYY年1—N月全县招商引资工作情况的通报: signed projects,
    // their 计划总投资 and 到位资金 against the year's tasks) reports its county totals the same way (session 30, fix102).
    {
      genre: 'statistics-analysis',
      pattern:
        /(?:(?:19|20)\d{2}\s*年|上半年|前三季度|一季度|1\s*[-—–~至到]\s*\d{1,2}\s*月)[^。;；]{0,20}(?:(?:重点|重大)[^。;；]{0,6}项目|固定资产投资|项目投资|招商引资|民生实事)[^。;；]{0,8}(?:(?:进展|进度|推进|完成|调度|建设|工作)情况(?![^。;；]{0,12}(?:考核|考评|评比|表彰|奖励|批评|问责|约谈))|(?:计划完成|计划|进展|进度|完成|调度)(?:情况)?(?:汇总|统计|一览|安排)?表|建设计划(?:[(（][^()（）]{1,8}[)）])?$|(?:有序|稳步|加快|加速|扎实|顺利|持续|快速|强力|全力)推进$|进展(?:顺利|良好)$)/,
    },
    // 关于印发某县2025年重大项目年度计划的通知: a development-and-reform bureau's notice issuing the year's
    // key-project plan (its table of projects with 总投资 and 年度计划投资) is the same project list as the
    // 计划表 it attaches (session 28, fix93; 松阳's notice issuing its 重点及重大前期项目计划).
    {
      genre: 'statistics-analysis',
      pattern:
        /印发[^。;；《》]{0,20}(?:19|20)\d{2}\s*年[^。;；]{0,10}(?:重点|重大)[^。;；]{0,6}项目[^。;；]{0,6}(?:年度)?(?:投资)?计划(?:安排)?的通知$/,
    },
  ],
  /**
   * A headline of the statistics bureau's or a news page's: short, names the economy or a headline
   * indicator (上半年我县经济运行稳中向好, 某某县前三季度地区生产总值增长5.2%). Also needs a period,
   * checked apart.
   */
  headline: /经济|生产总值|GDP|主要指标|统计月报|统计快报/,
  /**
   * A headline written by a news desk rather than a statistics bureau: a label, 我县, a colon, or a
   * figure (增长5.2%, 完成86.4亿元, 首次突破百亿元) — a bureau's title names the period, not a result.
   * 视察 (县人大常委会组织代表视察…经济运行情况): a body's visit, news of its own activity.
   */
  newsHeadline: /^【[^】]{1,12}】|我(?:省|市|县|区|州|旗)|[:：]|\d(?:\.\d+)?(?:%|亿元)|[百千万]亿元|视察/,
  /**
   * 某某主持召开县政府第N次常务会议, 县政府召开第N次常务会议, and the subtitle under it 听取上半年经济运行…汇报:
   * news of a government meeting that heard the figures, even when the headline names no place nor period
   * to be read as a title, or the subtitle is read as the title (session 29, fix98). 县N届人大常委会召开第N次会议:
   * a standing committee's meeting that heard the half-year report (session 31, fix118). 县人大常委会视察全县重点项目
   * on a line of its own: the committee's inspection, news of its activity (session 34, fix174). 甲县召开2024年
   * 上半年经济运行调度会 as the whole headline: news of the meeting that heard the figures (session 35, fix203).
   * 县人大常委会开展上半年计划执行情况专题询问: the committee's hearing on the report, news of it too (fix215).
   * 县人大常委会审议上半年计划和预算执行情况 as the whole headline: the committee's sitting on the reports, news of it
   * (session 46, fix398, F8103). 我县召开重点项目建设调度会, 某市召开一季度重点工程建设推进会: the same for a
   * meeting on the projects (调度/推进/观摩/现场会), news of it (session 50, lead, F10201).
   * 某县召开2004年重点工程开复工动员大会: the works' start named before a rally (动员大会, 誓师大会), the same (session 51,
   * fix484, F10297).
   */
  meetingHeadline:
    /主持召开|召开[^，。\s]{0,20}?常务会议|^听取[^，。]{2,30}汇报|(?:常委会|常务委员会)召开第[一二三四五六七八九十百零〇\d]{1,6}次(?:全体)?会议|^[^，。\s]{0,12}人大常委会(?:组织)?(?:视察|调研|开展[^，。\s]{0,20}?专题询问|(?:听取)?审议)[^，。\s]{0,20}$|^[^，。：:\s]{1,16}召开[^，。：:\s]{0,24}?(?:经济(?:运行|形势)(?:调度|分析)|(?:重点)?(?:项目|工程)(?:建设)?(?:集中)?(?:开复工|开竣工|开工|复工|竣工)?(?:调度|推进|观摩|现场|动员|誓师)大?)会(?:议)?$/,
  /** A publisher or an opening that is a news desk's. */
  newsSource: /日报|晚报|商报|新闻|融媒|电视台|广播|报社|记者|通讯员|新华社|[^\s]{0,10}网$/,
  /**
   * 来源：县政协研究室: a CPPCC's office publishes news of its own 视察 and 议政, never a statistics
   * bureau's analysis, whatever figures the page quotes from the 通报 it heard.
   */
  cppccPublisher: /政协/,
  /** 本报讯, 某某日报讯（…）, 记者从…, and 据县统计局消息 (a desk reporting another's release). */
  newsOpening: /^(?:本报讯|[^\s,，。]{0,12}讯\s*[(（]|记者从|据[^\s,，。]{2,16}消息)|记者|通讯员/,
  /** A publisher signing on a line of its own under the title: 某某县统计局, 某某县人大常委会财政经济工作委员会. */
  signatory:
    /^[\u4e00-\u9fa5]{2,24}(?:统计局|调查队|发展和改革局|发展和改革委员会|发展改革委|人民政府|人民政府办公室|领导小组办公室|常务委员会|常委会|工作委员会|财政经济委员会)$/,
  /** A date on a line of its own under a signatory: 2022年3月18日. */
  dateLine: /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/,
  /**
   * The title of a document of another kind: a notice, a decision, a speech, a report or review
   * on another subject (财政预算执行情况的审查意见, 政府工作报告, 教育事业统计公报).
   */
  otherTitle: /(?:通知|通报|公告|公示|决定|决议|办法|方案|纪要|讲话|批复|请示|函|报告|意见|公报|解读|说明)$/,
  /**
   * 徐某某作政府工作报告, 县长某某代表县政府作工作报告: a news headline saying that a person delivered a report,
   * not the report's own title (作 after a name or office; 工作, 合作 and the like are words of their own).
   */
  deliversReport:
    /^(?!关于)[\u4e00-\u9fa5·]{2,16}?(?<![工合协创写运操制动著])作(?![风用品业为物战者])(?:了)?[^\s，。,；;]{0,30}报告$/,
  /** 关于《…计划执行情况…》的解读: a text about a report, titled with the report's name. */
  aboutTheReport: /》\s*的?(?:政策)?(?:解读|起草说明|说明)$/,
  /** 统计局: a statistics bureau's text when the title does not say which genre it is. */
  statisticsBureau: /统计局|调查队|统计中心/,
  /**
   * 来源:… 发布时间:… in any order (文章来源, 稿件来源 too); news pages bracket it ([来源:某某日报])
   * or put it after a bare date (2024年8月2日 09:12 来源:…);
   * 信息公开 pages put it in a metadata grid ([ 发布机构 ] | 某某县发展和改革委员会 |, 发文日期: | …).
   * A bureau's CMS may lead with the author (作者:统计局信息员　来源:县统计局　阅读:次).
   * A WeChat post copied as text: 原创 某县统计局 某某统计 2025年4月24日 18:06 某省 (author, account, day, province;
   * the line ends there). Session 32, fix126. A saved page's byline runs its spans together, 原创 glued to the
   * bureau (原创某县统计局某某统计 YYYY-MM-DD hh:mm 发表于某省): 原创 is the tag, no part of the name (fix135).
   */
  sourceLine:
    /^(?:作者|编辑|责任编辑)\s*[:：][^。:：]{0,30}\s(?:来源|信息来源|文章来源)\s*[:：]|^发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}|^(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}[-/.年]|^(?:原创\s+)?(?:[^\s\d]{2,30}\s*)?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*发表于|^原创\s*[^\s\d]{2,30}\s+(?:[^\s\d]{2,30}\s+)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?:\s+[^\s\d。,，;；]{1,10})?\s*$|^(?:来源|信息来源|发布机构|发布单位)\s*[:：]|(?:发布时间|发布日期|发文日期|更新时间|更新日期|信息来源|文章来源|稿件来源|发布机构)\s*[:：]|[[【(（]\s*来源\s*[:：]|^(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*|\s+)来源\s*[:：]|^\[?\s*(?:发布机构|发布单位|信息来源|来源|发布日期|发布时间|发文日期)\s*\]?\s*[:：]?\s*[|\t]|[[【]\s*(?:发布机构|发布日期|发布时间)\s*[\]】]/,
  /** The publisher after 来源 and its kin; an empty 来源: followed by the next label names none. */
  publisher:
    /(?:(?:来源|信息来源|发布机构|发布单位)\s*(?:[:：]\s*\|?|\]?\s*[:：]?\s*[|\t])|^(?:原创\s*)?(?=[^\s\d]{2,30}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*发表于)|^原创\s*(?=[^\s\d]{2,30}\s+(?:[^\s\d]{2,30}\s+)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}))\s*(?!(?:发布|作者|时间|日期|浏览|点击|字号|编辑)[^\s]{0,4}[:：])([^\s:：\]】)）|]{2,30})/,
  publishedAt:
    /(?:(?:发布时间|发布日期|发文日期|更新时间|更新日期|(?<!成文)时间|(?<!成文)日期)\s*(?:[:：]\s*\|?|\]?\s*[:：]?\s*[|\t])|^发表于|^(?:原创\s+)?(?:[^\s\d]{2,30}\s*)?(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*发表于)|^原创\s*[^\s\d]{2,30}\s+(?:[^\s\d]{2,30}\s+)?(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}))\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/,
  /**
   * 2019-08-16 11:36:56 [来源:…], 2024年8月2日 09:12 来源:…: a news page's date written first, with no
   * label; a copied page may glue the time to the label (2024-9-24 18:14:18来源:…).
   */
  publishedAtBare: /^(\d{4})[-年](\d{1,2})[-月](\d{1,2})日?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?=\s|来源)/,
  /**
   * 某某融媒 2023-10-27 08:30 来源:…, 某某发布 2023-10-27 08:30, 2023-10-27 08:30: an app's share page
   * writes its channel's name (or none), then the template's date and clock time, with no label; the
   * clock time makes it the page's.
   */
  publishedAtChannel:
    /^(?:(?!成文)[^\s\d:：|]{2,16}\s*)?(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?=\s|来源|$)/,
  /** 一、上半年…执行情况 */
  part: /^([一二三四五六七八九十]{1,3})、\s*(.*)$/,
  /**
   * 第一部分 上半年…执行情况: a part numbered in words; group 1 is the whole number as written. A 图解
   * page numbers its cards' parts in Latin letters (PART 01　2024年计划执行情况, PART 02　2025年主要预期目标):
   * the same parts, so that the goal card's part plans. Session 26, fix79.
   */
  partInWords: /^(第[一二三四五六七八九十]{1,3}部分|(?:PART|Part)\s?0?[1-9](?=\s))\s*(.*)$/,
  /**
   * A part heading written without its number (上半年国民经济和社会发展计划执行情况, 下半年工作安排):
   * only read as one in a report that numbers no part (一、). A budget 图解 heads its parts by year
   * (2024年预算执行情况 / 2025年预算安排): a leading year is allowed, and the budget's plan words end one
   * (session 27, fix84).
   */
  unnumberedPart:
    /^(?:(?:19|20)\d{2}\s*年(?:度)?)?[^\d。,，;；:：]{0,24}(?:执行情况|完成情况|运行情况|工作安排|工作打算|工作重点|工作思路|主要目标|预期目标|计划安排|计划草案|预算安排|预算草案|存在的(?:主要)?问题|主要问题)$/,
  /** (一)… or （一）… (folded to half-width brackets). */
  section: /^\(([一二三四五六七八九十]{1,3})\)\s*(.*)$/,
  /** Item numbers at the start of a paragraph: 1. / 1、 (not 1.5), (1), ①. Match the marker only. */
  item: /^\d{1,2}\s*[.、](?!\d)\s*/,
  subItem: /^\(\d{1,2}\)\s*/,
  point: /^[\u2460-\u2473]\s*/,
  /** 表:…主要指标完成情况, 附表 …主要经济指标…, 甲县1—N月规模以上工业分行业增加值增速 or …规模以上工业增加值分行业增速, 规模 alone too (规模工业分行业增加值, F6116) (a by-industry table's title), 甲市各县区主要指标增速及位次 or …主要指标对比 (a places table's title naming its parent); 表2牧业年度主要牲畜存栏, the number run into the title with no space (a 公报 PDF's caption; fix459, F9601) */
  caption:
    /^(?:附?表\s*\d*\s*[:：]|附表\s*\d*\s|附?表\s*\d+(?:\s|(?=[\u4e00-\u9fff])))|^.{0,40}主要(?:经济)?(?:社会)?(?:发展)?指标.{0,12}(?:完成情况|情况表|一览表|表)$|^.{0,30}(?:规模以上|规上|规模)工业分行业(?:增加值|总产值|产值)(?:增速|增长情况)?(?:表)?$|^.{0,30}(?:规模以上|规上|规模)工业(?:增加值|总产值|产值)分行业(?:增速|增长情况)?(?:表)?$|^.{0,30}各[县市区旗（()、]{1,8}主要(?:经济)?指标.{0,8}(?:位次|排位|排名|对比|比较)(?:表)?$/,
  /** A note under a table: ends the table zone. */
  tableNote: /^(?:注释?|备注|说明|资料来源|数据来源)\s*[:：]/,
  /**
   * 会议要求，旗人民政府要…：, 会议建议: a committee's review turns from its findings to its requests; the
   * parts after it ask for the rest of the year, as a report's plan part does. 为实现上述目标，会议要求： (a
   * resolution approving next year's plan) leads its requests the same way: their goals are the plan year's.
   */
  requestsLead:
    /^(?:[一二三四五六七八九十]{1,3}、)?\s*(?:为(?:实现|完成|确保)[^。;；,，]{0,12}目标[,，]\s*)?(?:会议|常委会)(?:要求|建议)/,
  /** 会议还听取了甲局关于…的汇报: a meeting's next agenda item, a report heard, after its requests (fix226). */
  hearingLead: /^会议(?:还|又|同时|随后|接着)?听取(?:了)?[^。;；]{2,60}?(?:汇报|报告)/,
  /**
   * 某县人大财政经济委员会关于…计划执行情况…的审查报告 on a line of its own after a resolution's 会议要求 (a
   * congress page carrying both): the page's next document starts, and its first part reports again.
   */
  reviewTitleLine: /^[^。;；]{4,120}(?:审查报告|审查意见|审查结果报告|审议意见|初审报告|初审意见)$/,
  /**
   * Parts whose title announces plans rather than results (a plan-and-draft report's 2023年重点工作
   * too; a budget report's 2024年预算草案). A part on problems (存在的问题和建议) reports: its figures are results, not goals.
   * A speech's part on the work ahead names the year to come (…全力以赴做好明年经济工作), or its number (扎实做好
   * N年经济工作, the title's end: fix246). A 督查 通报's parts grade the year's tasks by how far they have gone
   * (二、进展较快的目标任务, 三、滞后序时进度的目标任务): results against the goals, not plans (session 38, fix268, F5482).
   * A part titled by the goals to come (三、“十三五”时期发展目标, …奋斗目标和主要任务) announces them, unless it says they were
   * met or looks back (完成“十二五”发展目标) (session 39, fixtail39c, F5941).
   */
  plannedPart:
    /^(?!.*(?:问题|推进情况|完成情况|进展情况|执行情况|成效|(?:进展|推进|完成|落实)(?:较快|较好|顺利|良好|较慢|缓慢|滞后|不力)|(?:滞后|快于|慢于|低于|达到|超)序时)).*(?:(?:做好|抓好|干好|谋划)[^。;；]{0,6}?(?:明年|来年|新一年|新的一年|(?:19|20)\d{2}年(?:全年)?(?:经济)?工作$)|安排|打算|工作重点|重点工作|下半年|思路|展望|主要目标|主要发展目标|(?<!(?:完成|实现|回顾)[^。;；]{0,12})(?:发展|奋斗)目标(?:和[^。;；]{0,6})?$|预期目标|工作计划|措施|建议|任务|计划(?!执行)|预算草案|预算(?:安排|编制))/,
} as const;
