// Which sibling of the genre a text is, and what its opening sentences say when its title does not:
// statistics bureaus and news pages state the period and the place in their first sentence.

import { isCongressSessionHeadline } from './congress-session-headline.js';
import { DRIVE_TO_GOAL } from './drive-to-goal.js';
import { isDatedMeetingLead } from './genre-meeting-lead.js';
import { HEADLINE_NAMES, hasHeadlineTableRow } from './headline-table.js';
import { isJunkLine, isNotContentLine, isSourceLine } from './line-tests.js';
import type { Line } from './lines.js';
import { isGenericRegion, PERIOD_ANYWHERE, periodCode, type TitleInfo } from './meta.js';
import { monthEndPeriod } from './opening-month-end.js';
import { rules } from './rules.js';
import type { Genre } from './types.js';

/** 在全县…会议上的讲话, …上的发言: a title naming a speech given at a meeting. */
const SPEECH_TITLE = /上的(?:总结)?(?:讲话|发言)$/;

/** How many lines of the text's head are read for its period, place and news marks. */
const OPENING_LINES = 8;
/** How far into the text headline figures are looked for before a text is refused. */
const FIGURE_LINES = 60;

/** The text's first lines of content: no menus, info lines, titles or boilerplate. */
export function openingLines(lines: readonly Line[], skip: ReadonlySet<number>): Line[] {
  // Stops at the OPENING_LINES-th: the three patterns cost more than the rest of the meta stage when
  // tried on every line of the text (this runs four times a report; line-tests keeps their verdicts).
  const opening: Line[] = [];
  for (const line of lines) {
    if (opening.length === OPENING_LINES) break;
    if (
      line.text !== '' &&
      !skip.has(line.number) &&
      !isJunkLine(line) &&
      !isSourceLine(line) &&
      !isNotContentLine(line)
    )
      opening.push(line);
  }
  return opening;
}

/** 【综述】YYYY年, 【概况】YYYY年: the overview entry a county yearbook's chapter opens with, its head in 【】. */
const YEARBOOK_ENTRY = /^【(?:综述|概况|概述|综合|经济概况|国民经济)】\s*(?:19|20)\d{2}\s*年/;

/** 实现“开门红”, 稳中向好, 好于预期: a headline's verdict on the economy, a news desk's way of titling. */
const VERDICT_HEADLINE = /开门红|开门稳|稳中向好|稳中有进|稳中有升|稳中加固|好于预期|回升向好|持续向好/;

/** 我县…, 我市…: a headline opening in a news desk's first person for its own place. */
const FIRST_PERSON_HEADLINE = /^我(?:省|市|县|区|州|旗)/;

/** 数说蕲漖：, 数读甲县：, 图说…：: a statistics bureau's data column named before its page's title. */
const DATA_COLUMN = /^(?:数说|数读|数看|数据看|图说|图解)[\u4e00-\u9fa5]{0,6}[:：]/;

/** 某县上半年经济运行情况新闻发布会, …新闻发布会实录: a press conference's transcript, titled by the event. */
const PRESS_CONFERENCE = /新闻发布会(?:实录)?$/;

/**
 * 关于2025年1—10月(国民)经济运行情况的报告: a report on the period's economy, titled as one to a meeting;
 * 关于…经济运行和项目建设情况的汇报: the same with a second field of work joined by 和, and 汇报 for 报告 (a
 * department reporting up to the committee; session 48, fix433, F9122).
 */
const GOVERNMENT_PERIOD_REPORT =
  /^关于[^。;；]{2,30}?经济运行(?:和[\u4e00-\u9fa5]{2,8}?)?情况的?(?:报告|汇报)$/;
/** 县人大常委会办公室, 某县人民政府: a congress body or a government publishing the text. */
const CONGRESS_OR_GOVERNMENT = /人大|人民代表大会|人民政府/;
/** 县人大常委会：, 市人大常务委员会： a report's addressee: a department's report to the standing committee. */
const TO_STANDING_COMMITTEE = /^[\u4e00-\u9fa5]{0,20}人大(?:常委会|常务委员会)[:：]$/;

/**
 * The genre a text is: the one its title names, except that a bureau-style title or headline on a
 * news desk's page (a newspaper source, a reporter's byline, 我县, a figure in the headline) is a
 * news summary. With no title at all, a statistics bureau's text unless a news desk wrote it.
 * `newsDesk`: the page's furniture shows a news desk published it (a WeChat account such as
 * 某县发布 carrying the bureau's write-up as its own story, 来源：区统计局 under it). `pageTitle`: the
 * page's own headline (its <title> or <h1>), read for a meeting's news when it is no title of the genre.
 * `bureauAccount`: a statistics office's own WeChat account published it (某县统计), a bureau as publisher.
 */
export function genreOf(
  title: Omit<TitleInfo, 'lines'> | null,
  publisher: string | null,
  opening: readonly Line[],
  newsDesk = false,
  pageTitle: string | null = null,
  bureauAccount = false,
): Genre {
  // 县十四届人大四次会议胜利闭幕 批准2005年国民经济和社会发展计划: a congress session's opening or closing names the plan it
  // approved, but the page is news of the session, which retells the plan's figures (held-out-449 kemei; session 49,
  // fix451, F9559).
  // 我县“十四五”规划纲要实施中期评估报告出炉 主要指标总体符合预期: a headline opening with 我县 is a news desk's, which
  // speaks of its county in the first person; a report's own title names the place (or says 关于我县…), so the page is
  // news of the report, as a bureau-style headline with 我县 is below (held-out-466; session 50, fix462, F9875).
  if (title?.genre && title.genre !== 'statistics-analysis')
    return isCongressSessionHeadline(title.title) || FIRST_PERSON_HEADLINE.test(title.title)
      ? 'news-summary'
      : title.genre;
  if (newsDesk) return 'news-summary';
  // 数说蕲漖：上半年全县经济运行稳中有升 from a statistics bureau: its data column's name before the colon
  // is no headline's mark; the rest of the title is read for one.
  const column =
    title !== null && publisher !== null && rules.statisticsBureau.test(publisher)
      ? DATA_COLUMN.exec(title.title)
      : null;
  const headline = column ? title?.title.slice(column[0].length) : title?.title;
  // 我县召开10月份重点项目建设调度会 as the page's headline, no title read: the news desk's first person, as in a title
  // (held-out-466 shouqiao; session 50, fix462, F9875).
  const newsTitle =
    (headline !== undefined && rules.newsHeadline.test(headline)) ||
    (title === null && pageTitle !== null && FIRST_PERSON_HEADLINE.test(pageTitle));
  // A CPPCC's page reports the figures it heard as news of its own activity.
  const newsSource =
    publisher !== null && (rules.newsSource.test(publisher) || rules.cppccPublisher.test(publisher));
  const newsOpening = opening.slice(0, 3).some((line) => rules.newsOpening.test(line.text));
  // The page's headline when it reads as no title of the genre (某某主持召开县政府第N次常务会议).
  // With no title, a plain-text copy's headline line (县政府召开第N次常务会议) or its lead (县长某某主持召开…) among
  // the opening lines is the same meeting's news (session 33, fix144); so with a title read with no headline (session
  // 34, fix174).
  const meeting =
    [title?.title, pageTitle].some(
      (t) => t && (rules.meetingHeadline.test(t) || isCongressSessionHeadline(t)),
    ) ||
    (!title?.title && opening.slice(0, 3).some((line) => rules.meetingHeadline.test(line.text)));
  if (newsTitle || newsSource || newsOpening || meeting) return 'news-summary';
  // 某县1—2月经济运行实现“开门红” from the county government's office: a headline that judges the
  // economy is a news story of the government's site, not its statistics bureau's analysis; the same
  // headline on the bureau's own WeChat account (某县统计) is its analysis (session 32, fixleft32).
  if (
    title?.genre === 'statistics-analysis' &&
    headline !== undefined &&
    VERDICT_HEADLINE.test(headline) &&
    publisher !== null &&
    !bureauAccount &&
    !rules.statisticsBureau.test(publisher)
  )
    return 'news-summary';
  // 某县2026年上半年经济运行情况新闻发布会 with no statistics bureau as publisher: the transcript of the government's
  // press conference (its news office hosts, the bureau's head reads the release, outlets ask) is its news, as a
  // presser's page from the news office is; the bureau's own transcript stays its analysis (session 35, fix208).
  if (
    title?.genre === 'statistics-analysis' &&
    headline !== undefined &&
    PRESS_CONFERENCE.test(headline) &&
    (publisher === null || !rules.statisticsBureau.test(publisher))
  )
    return 'news-summary';
  // 关于2025年1—10月国民经济运行情况的报告 on a congress's site, read by a deputy head to its standing committee: the
  // government's report on its own period is a sibling of the plan report, as a briefing paper is (session 32,
  // fix131); a bureau's 关于…经济运行情况的报告 to the government (its name in the title) stays an analysis. A
  // 发改局's 关于…灾后恢复重建和国民经济运行情况的报告 addressed 县人大常委会： is the government's report to the committee
  // too, whoever signs it (session 46, fix398, F8102).
  const toCommittee = opening.slice(0, 3).some((line) => TO_STANDING_COMMITTEE.test(line.text));
  if (
    title?.genre === 'statistics-analysis' &&
    headline !== undefined &&
    publisher !== null &&
    (CONGRESS_OR_GOVERNMENT.test(publisher) || (toCommittee && !rules.statisticsBureau.test(publisher))) &&
    GOVERNMENT_PERIOD_REPORT.test(headline) &&
    !headline.includes('统计')
  )
    return 'plan-execution';
  // 7月14日，县委、县政府召开上半年经济形势分析会，通报… under a headline on the period's economy, from no statistics
  // bureau: the story of the meeting that heard the figures, as a meeting's headline is (session 43, fix342, F7024).
  if (
    title?.genre === 'statistics-analysis' &&
    (publisher === null || !rules.statisticsBureau.test(publisher)) &&
    !bureauAccount &&
    // 在全县…调度会上的讲话: a speech at the meeting is the speech, not its story (F4294's test).
    !SPEECH_TITLE.test(title.title) &&
    opening.slice(0, 3).some((line) => isDatedMeetingLead(line.text))
  )
    return 'news-summary';
  if (title?.genre === 'statistics-analysis') return 'statistics-analysis';
  if (publisher !== null && rules.statisticsBureau.test(publisher)) return 'statistics-analysis';
  // 【综述】YYYY年，某县实现地区生产总值…: a yearbook chapter's overview entry, the year's levels and growths field by
  // field as a communiqué gives them (its running header …年鉴 is furniture). Session 29, fix95.
  if (title === null && opening.some((line) => YEARBOOK_ENTRY.test(line.text)))
    return 'statistical-communique';
  // 前5个月全县财政收入稳中有进 from a county 财政局's WeChat account: a page whose headline reads as no title but
  // judges how things go is a department's news story, as a verdict headline is above; a statistics office's own
  // page stays its analysis (session 38, fix261).
  if (
    title === null &&
    pageTitle !== null &&
    VERDICT_HEADLINE.test(pageTitle) &&
    publisher !== null &&
    !bureauAccount &&
    !rules.statisticsBureau.test(publisher)
  )
    return 'news-summary';
  return title === null ? 'statistics-analysis' : 'news-summary';
}

export interface OpeningInfo {
  region: string | null;
  year: number | null;
  code: string | null;
  periodLabel: string | null;
  /** The FY came from 一年来 (a look back over the year), which a December page says of its own year. */
  lookedBack?: boolean;
}

const YEAR_BEFORE = /((?:19|20)\d{2})\s*年\s*$/;
/** …以来 right after a period word: the span runs from it to now. */
const SINCE = /^\s*以来/;
/** 2010年，全县上下…: a year standing alone as the time of what the sentence reports. */
const YEAR_AS_TIME = /(?:^|[,，:：])\s*((?:19|20)\d{2})\s*年\s*[,，]/;
/**
 * 经统一核算，2024年该县实现地区生产总值…, 2024年全县地区生产总值…: a news lead's year as the time
 * of the headline result it goes on to give, no comma after it (a reporter's 本报讯 1月22日 dateline
 * comes first, so the year is not the sentence's first word).
 */
const YEAR_OF_RESULTS =
  /(?:^|[,，:：])\s*((?:19|20)\d{2})\s*年\s*(?:[该全本我][县市区旗州]|[\u4e00-\u9fa5]{2,6}?(?:县|市|区|旗))?\s*(?:实现|完成)?\s*(?:地区生产总值|生产总值|GDP)/;
/**
 * 总结2012年工作，部署2013年任务: a year-end meeting (全会, 经济工作会议) that reviews a
 * year's work reports on that whole year.
 */
const YEAR_REVIEWED =
  /(?:回顾|总结)\s*((?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:全[市县区旗州]|全年)?(?:经济)?工作/;
/** 上半年,青川县实现地区生产总值…: a place named right before what the sentence reports. */
const PLACE_REPORTING =
  /([\u4e00-\u9fa5]{1,8}?(?:自治县|自治州|自治旗|市|县|区|旗))(?:全年|上半年|前三季度|一季度|1-\d{1,2}月)?[,，]?\s*(?:实现|完成|累计|全年|经济|地区生产总值|生产总值|GDP|规模以上|规上)/g;

/** 全年目标任务, 年度计划: the year's goal an opening sets out to help meet, not the period it reports. */
const GOAL_AFTER = /^\s*(?:的)?(?:目标|任务|计划|预算)/;
/**
 * 全会指出，一年来，全县项目建设扎实推进: a year-end meeting's look back over the year it closes, the whole year (as
 * 总结YYYY年工作 is), before any schedule it sets for the next (明年…物流园上半年开工; fixleft43, F6982).
 */
const YEAR_LOOKED_BACK = /(?:^|[,，:：])\s*一年来\s*[,，]/;
/** 要抓早抓实一季度, 要抓好上半年: a charge (要 and up to four characters of its verb) right before a period word. */
const PERIOD_CHARGED = /(?<![主重需只])要[\u4e00-\u9fa5]{0,4}$/;
/** 预计全年, 有望全年: a forecast for the year, said while it runs. */
const FORECAST = /(?:预计|预测|有望)\s*$/;

/**
 * The first period word of a sentence that can date it. A survey's opening (为全面了解今年以来…，助推
 * 全年目标任务圆满完成，根据…2023年度工作要点安排，…听取了县政府关于1—10月…的汇报) names the year's
 * goal and its work plan's 年度 before the months it heard about: neither may hide the later 1—10月.
 */
function periodWord(sentence: string): RegExpExecArray | null {
  const words = new RegExp(PERIOD_ANYWHERE.source, 'g');
  let first: RegExpExecArray | null = null;
  for (let m = words.exec(sentence); m; m = words.exec(sentence)) {
    // 四季度是冲刺全年目标的攻坚期…确保全年投资增长A%以上 (a ceremony's speech opening a
    // quarter): a year driven toward dates nothing; the body's 前三季度 and 1—N月 then say the period
    // (session 30, fix103).
    if (DRIVE_TO_GOAL.test(sentence.slice(0, m.index))) continue;
    // 要抓早抓实一季度各项工作，力争一季度甲增长A%以上 (a year-end meeting's charge for the next year's first
    // quarter): the quarter a charge names is work to do, not the period the page reports (fix352, F7162).
    if (PERIOD_CHARGED.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    // 某旗秋收基本结束 预计全年粮食总产量32.6亿斤 (a harvest news headline in November): the year's forecast
    // dates nothing either; the body's 前三季度 says the period (fix278).
    if (m[1] === '全年' && FORECAST.test(sentence.slice(0, m.index))) continue;
    const goal = m[1] === '年度' || GOAL_AFTER.test(sentence.slice(m.index + m[0].length));
    if (!goal) return m;
    first ??= m;
  }
  return first;
}

/**
 * Period and place from the first sentences (上半年,全县实现地区生产总值…; 2022年1-9月,青川县…).
 * Only the first sentence of each opening line is read, so a comparison deeper in the text
 * (比上半年高1.5个百分点) cannot set the period.
 */
/** 全市实现, 全县完成: the whole place as a sentence's subject (not 居全市, 高于全市, 全市平均). */
const OWN_SCOPE = /(?:^|[^于居列比较在占])全(市|县|区|旗)(?=实现|完成|规模|地区|经济|生产|上下|累计|共)/;

/** 从园区看, 分区域看, 分县市区看: a line opening a breakdown of the whole into its parts. */
const BREAKDOWN_LEAD = /^\s*(?:从|分)[\u4e00-\u9fa5]{1,5}看[,，]/;

/** 甲指标（前三季度）\t…: a period in brackets closing a table row's first cell, after the row's name. */
function rowNamePeriod(first: string, found: RegExpExecArray): boolean {
  const tab = first.indexOf('\t');
  if (tab < 0 || found.index > tab) return false;
  const open = first[found.index - 1];
  const close = first[found.index + found[0].length];
  return (open === '（' || open === '(') && (close === '）' || close === ')') && found.index > 2;
}

export function readOpening(opening: readonly Line[]): OpeningInfo {
  const info: OpeningInfo = { region: null, year: null, code: null, periodLabel: null };
  let wholeYear: number | null = null;
  let scope: string | null = null;
  for (const line of opening) {
    const first = line.text.split(/[。;；]/)[0] ?? '';
    if (wholeYear === null) {
      const year = (YEAR_AS_TIME.exec(first) ??
        YEAR_REVIEWED.exec(first) ??
        YEAR_OF_RESULTS.exec(first))?.[1];
      if (year) wholeYear = Number(year);
    }
    const found = periodWord(first);
    // 2020年1—5月以来…累计增速 (a chart's caption): a span that starts then, not the period reported.
    // 地区生产总值（前三季度） as a table row's first cell in a 1—N月 sheet: the row's own period
    // (table-row-period.ts), not the report's (fix244).
    const period =
      found && (SINCE.test(first.slice(found.index + found[0].length)) || rowNamePeriod(first, found))
        ? null
        : found;
    if (!period && info.code === null && YEAR_LOOKED_BACK.test(first)) {
      info.code = 'FY';
      info.periodLabel = '全年';
      info.lookedBack = true;
    }
    const monthEnd = period ? null : monthEndPeriod(first);
    if (monthEnd && info.code === null) {
      info.code = monthEnd.code;
      info.periodLabel = monthEnd.label;
      info.year ??= monthEnd.year;
    }
    if (period?.[1] && period[1] !== '年度') {
      const code = periodCode(period[1]);
      if (info.code === null) {
        info.code = code;
        info.periodLabel = period[1];
      }
      // 上半年，全县…; 据初步核算，2023年上半年全县…: a later sentence may date the same period.
      const year =
        info.year === null && code === info.code ? YEAR_BEFORE.exec(first.slice(0, period.index)) : null;
      if (year?.[1]) info.year = Number(year[1]);
    }
    // 前三季度全市实现… then a paragraph per county (淮埝区　地区生产总值…): the opening's own scope is the
    // city; a place of another kind opening a later line is one of its parts, not the report's place.
    // 从园区看，甲经济开发区完成投资…; 分区域看，乙区…: a breakdown's line names a part of the place, never
    // the place itself (session 31, fix116).
    const named = info.region === null && !BREAKDOWN_LEAD.test(first) ? placeReporting(first) : null;
    if (named && (scope === null || named.endsWith(scope))) info.region = named;
    scope ??= OWN_SCOPE.exec(first)?.[1] ?? null;
  }
  // 报告指出，2010年，全县…: a news page of a congress opening reviews the whole year before it.
  // Only when no opening sentence names a part of a year.
  if (info.code === null && wholeYear !== null)
    return { ...info, year: wholeYear, code: 'FY', periodLabel: '全年' };
  // 2022年，面对…，全县上下… then 全年实现地区生产总值…: the year the opening is set in dates the
  // period a later sentence names without one.
  if (info.code !== null && info.year === null && wholeYear !== null) return { ...info, year: wholeYear };
  return info;
}

/**
 * Names that end like a place but are not one: kinds of area (地区生产总值, 城区, 园区), scopes
 * (一季度全县) and phrases that run into a place word (根据地区…).
 */
const NOT_PLACES =
  /(?:地区|城区|社区|园区|辖区|景区|市区|县区|片区|山区|矿区|库区|湖区|街区|城市|超市|上市|县市|城县)$|(?:全|本|我|该|各)(?:县|市|区|旗)$|季度|根据|以来|同比|其中/;

/** A name is a place's when it is short and not a phrase that happens to end in 县 (在县委县政府…全县). */
function placeReporting(sentence: string): string | null {
  for (const match of sentence.matchAll(PLACE_REPORTING)) {
    const place = match[1] ?? '';
    // The lazy name may start inside a phrase (今年以来青川县): keep its last regional name.
    // “十四五”时期苇县经济…: a period's word before the place is no part of its name (fixtail39a).
    const name = (/[^的在了和与及对下委府来年以,，]{2,7}$/.exec(place)?.[0] ?? '').replace(
      /^(?:时期|期间)/,
      '',
    );
    if (
      name.length >= 2 &&
      !isGenericRegion(name) &&
      !/^(?:全|本|我|该|各)/.test(name) &&
      !NOT_PLACES.test(name)
    )
      return name;
  }
  return null;
}

/** 地区生产总值…增长, 固定资产投资…亿元, 社零额…, 三次产业结构为…: a figure of the kind every sibling of the genre reports. */
const HEADLINE_FIGURE = new RegExp(`${HEADLINE_NAMES.source}[^。;；]{0,30}?(?:\\d|增长|下降)`);

/**
 * 完成投资Y亿元, 总投资X亿元的…: the headline figures of a bulletin on project progress; 到位资金X亿元 those of
 * a bulletin on 招商引资 (session 30, fix102).
 */
const INVESTMENT_FIGURE = /(?:完成投资|累计投资|总投资|计划投资|年度计划投资|到位资金)[^。;；]{0,10}?\d/;
// 十件民生实事1—8月完成情况: a table of the year's 民生实事 (named works with their goals, progress and money) is a
// bulletin on project progress whatever its title calls the works (session 47, fix421, F8613).
const ABOUT_INVESTMENT = /项目|投资|招商引资|民生实事/;
/**
 * 项目名称 | 总投资（万元） | 年度计划（万元） | …: a project workbook's header naming an investment column,
 * whose figures stand in the rows below it rather than next to the word (session 34, fix178).
 */
const INVESTMENT_COLUMN = /(?:^|\t)(?:总投资|年度计划|计划投资|完成投资)/;
const FIGURE_CELL = /\t\d/;

/** Whether a table row naming an investment column has a row of figures within the next three. */
function hasInvestmentTable(lines: readonly Line[]): boolean {
  return lines.some(
    (line, k) =>
      line.text.includes('\t') &&
      INVESTMENT_COLUMN.test(line.text) &&
      lines.slice(k + 1, k + 4).some((row) => FIGURE_CELL.test(row.text)),
  );
}

/**
 * “五一”假期我县接待游客X万人次 旅游综合收入同比增长Y%: a headline that itself gives the visitors or the tourism
 * revenue; the page's 接待游客…万人次 and 旅游综合收入…亿元 are then its headline figures (session 39, fix279).
 */
const TOURISM_HEADLINE = /(?:游客|旅游[^\s，,。]{0,4}收入)[^。;；]{0,12}?\d/;
const TOURISM_FIGURE =
  /(?:接待(?:国内外|海内外)?游客|游客接待量?|旅游(?:业)?(?:综合|总)?收入)[^。;；]{0,12}?\d/;

/**
 * Whether the text gives any headline economic figure near its start: a notice or a story gives
 * none. A text titled as a bulletin on projects or investment gives investment figures instead;
 * one headlined with the visitors or tourism revenue, those figures.
 */
export function hasHeadlineFigures(lines: readonly Line[], title: string | null = null): boolean {
  const aboutInvestment = title !== null && ABOUT_INVESTMENT.test(title);
  const aboutTourism = title !== null && TOURISM_HEADLINE.test(title);
  const figure = (text: string) =>
    HEADLINE_FIGURE.test(text) ||
    (aboutInvestment && INVESTMENT_FIGURE.test(text)) ||
    (aboutTourism && TOURISM_FIGURE.test(text));
  const opening = lines.slice(0, FIGURE_LINES);
  return (
    opening.some((line) => figure(line.text)) ||
    hasHeadlineTableRow(opening) ||
    (aboutInvestment && hasInvestmentTable(opening))
  );
}
