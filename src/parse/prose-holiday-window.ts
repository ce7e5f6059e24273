// Figures of a holiday week (“十一”黄金周期间，全县接待游客X万人次，实现旅游收入Y亿元): a window of a few days
// inside the report's period, which no period code names; its visitors and takings are not the
// period's tourism indicators, so the figures stay facts.

import { lastMarkIn } from './last-mark.js';

/** The holidays whose weeks news pages report: 国庆, 春节, “五一”, “十一”, 中秋国庆 …. */
const HOLIDAY = '(?:国庆中秋|中秋国庆|国庆|春节|元旦|清明|端午|中秋|劳动节|五一|十一)';
/**
 * 荔枝季期间, 桃花节期间, 旅游旺季期间: a season or a festival of some weeks named by what it shows, said
 * with 期间 (its figures are the season's, not the period's; session 27, fix86).
 */
const SEASON = '[\\u4e00-\\u9fa5]{1,6}?(?:季|节)(?=期间)';
/**
 * 奥运会和残奥会期间, 博览会期间, 运动会期间: an event of some days named with 会期间, whose visitors and takings
 * are the event's as a festival's are (session 48, fix436; F9152).
 */
const EVENT = '[\\u4e00-\\u9fa5]{1,8}?会(?=期间)';
/**
 * 春节黄金周期间（2月4日至10日），: the window's days in brackets after it, before its comma (session 41, fix308).
 */
const DATES = '(?:\\s*[(（][^()（）,，。]{1,16}[)）])?';

/**
 * A holiday window opening its sentence as a clause of its own (after at most a short lead such as
 * 据统计，): “十一”黄金周期间, 国庆假期, 春节期间, 2023年“五一”小长假期间, 黄金周期间; a holiday named inside
 * a clause (受春节期间停工影响) scopes nothing.
 */
const HOLIDAY_WINDOW = new RegExp(
  `^(?:[^,;:。]{0,6}[,:])?\\s*(?:今年|(?:19|20)\\d{2}年)?\\s*(?:[“"‘「]?${HOLIDAY}[”"’」]?节?(?:黄金周|小长假|长假|假期|假日)?|黄金周|小长假|节假日(?=期间)|${SEASON}|${EVENT})(?:期间)?${DATES}\\s*,`,
);

/**
 * 其中“五一”假期接待游客X万人次: a holiday window named after 其中 inside the sentence, as the part of the
 * period's tourism figures before it; the window word (假期, 黄金周, 期间 …) is needed there, for 其中春节
 * alone may name something else.
 */
const HOLIDAY_PART = new RegExp(
  `(?:^|[,;])\\s*其中\\s*,?\\s*[“"‘「]?${HOLIDAY}[”"’」]?节?(?:黄金周|小长假|长假|假期|假日|期间)(?:期间)?`,
);

/**
 * ，“五一”假期全县接待游客X万人次，实现旅游收入Y亿元: a holiday window opening a later clause of the sentence
 * (or the sentence) with no comma of its own, the clause's subject after it; the window word (假期, 黄金周 …) is
 * needed, as after 其中, and a time after it (假期后) is none (session 36, fix226).
 */
const HOLIDAY_CLAUSE = new RegExp(
  `(?:^|[,;])\\s*(?:今年|(?:19|20)\\d{2}年)?\\s*[“"‘「]?${HOLIDAY}[”"’」]?节?(?:黄金周|小长假|长假|假期|假日)(?:期间)?(?![后前以])`,
);

/**
 * 据统计，假期全县共接待游客X万人次; 假期期间，…; 5天累计接待游客Y万人次: a news page's holiday named once in its lead
 * and then said bare (假期, 假日) or as its count of days, opening a clause (session 39, fix279).
 */
const BARE_WINDOW =
  /(?:^|[,;:])\s*(?:假期|假日期间|\d{1,2}\s*天(?:内|来|里|间|累计|共))(?:期间)?(?![后前以])/;

/**
 * 春节期间，企业坚持生产，1-2月规上工业增加值增长5%: a period of the report's kind said after the window
 * takes the figures back from it.
 */
const LATER_PERIOD = /[一二三四]季度|上半年|前三季度|\d{1,2}\s*月|全年|今年以来|年初以来/;

/**
 * A word both window patterns need (a holiday, 黄金周, 小长假, 节假日, or SEASON's 季/节 or EVENT's 会 before 期间; keep it in
 * step with them): most heads hold none, and the two patterns tried on every figure's head were 0.5% of
 * the parser's time (session 32).
 */
const NAMES_A_WINDOW = new RegExp(`${HOLIDAY}|黄金周|小长假|节假日|[季节会]期间|假期|假日|\\d\\s*天`);

/** Whether a head of words opens with a holiday window (or names one after 其中) that scopes its end. */
function scopedBy(head: string): boolean {
  if (!NAMES_A_WINDOW.test(head)) return false;
  const window =
    HOLIDAY_WINDOW.exec(head) ??
    HOLIDAY_PART.exec(head) ??
    HOLIDAY_CLAUSE.exec(head) ??
    BARE_WINDOW.exec(head);
  return window !== null && !LATER_PERIOD.test(head.slice(window.index + window[0].length));
}

/**
 * Where the run of sentences joined by ； (folded to ;) that ends at `sentenceStart` opens: after the last
 * 。, ！, ？ or line break before it.
 */
function semicolonRunStart(folded: string, sentenceStart: number): number {
  if (!/;\s*$/.test(folded.slice(Math.max(0, sentenceStart - 3), sentenceStart))) return sentenceStart;
  const stop = lastMarkIn(folded, '。!?！？\n', Math.max(0, sentenceStart - 400), sentenceStart);
  return stop < 0 ? sentenceStart : stop + 1;
}

/**
 * Whether the figure's sentence opens with a holiday window that scopes it, or the run of ；-joined
 * sentences it closes does (春节假期，商贸企业实现销售额a亿元，增长b%；接待游客c万人次: the window holds
 * past the ；).
 */
export function isHolidayFigure(folded: string, sentenceStart: number, figureStart: number): boolean {
  if (scopedBy(folded.slice(sentenceStart, figureStart))) return true;
  const runStart = semicolonRunStart(folded, sentenceStart);
  if (runStart < sentenceStart && scopedBy(folded.slice(runStart, figureStart).trimStart())) return true;
  return partOfWindow(folded, runStart);
}

/**
 * 假期全县共接待游客X万人次。其中，接待过夜游客Y万人次: a sentence opening with 其中 breaks down the one before it, so
 * that sentence's holiday window holds for it too (session 39, fix279).
 */
function partOfWindow(folded: string, start: number): boolean {
  if (!/^\s*其中/.test(folded.slice(start, start + 6))) return false;
  const end = lastMarkIn(folded, '。!?！？', Math.max(0, start - 3), start);
  if (end < 0 || /\n/.test(folded.slice(end, start))) return false;
  const stop = lastMarkIn(folded, '。!?！？\n', Math.max(0, end - 400), end);
  return scopedBy(folded.slice(stop + 1, end).trimStart());
}
