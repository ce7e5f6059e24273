// Figures of a season inside the report's year (其中，冰雪季接待游客X万人次; 力争冰雪季接待游客突破Y万人次): the
// weeks of snow, of the peak or of a harvest are no period a code names, and their visitors are not the year's
// tourism indicators, so the figures and goals stay facts, as a holiday week's do (prose-holiday-window).

import { lastMarkIn } from './last-mark.js';

/**
 * 冰雪季, 雪季, 旅游旺季, 避暑季, 采摘季, 冬季 opening the figure's own clause (after 其中 or a goal's cue) and
 * naming its subject's time: 冰雪季接待游客. A season said in another clause (办好冰雪季和…节，全年接待游客…;
 * 抓住冬季封冻前的施工黄金期，力争全年…) scopes nothing, nor does a quarter (一季度, 三季度当季).
 */
const SEASON_LEAD =
  /^\s*(?:其中\s*)?(?:(?:力争|确保|争取|预计)\s*)?(?:今年|(?:19|20)\d{2}年(?:度)?)?\s*(?:冰雪|滑雪|雪|旅游旺|旅游淡|旺|淡|避暑|采摘|赏花|冬春|秋冬|[春夏秋冬])季(?:期间|以来)?(?=[\u4e00-\u9fa5])/;

/**
 * 11月中旬进入冰雪季以来，甲滑雪场、乙雪村等冰雪景区相继开门迎客，累计接待游客X万人次: a sentence opening on the weeks
 * since a season began dates every figure after it in the sentence (session 50, fix464, F9846), unless a clause names
 * the year or its months again.
 */
const SINCE_SEASON =
  /^[^,，;；:。]{0,12}?(?:进入|开启|迎来)(?:冰雪|滑雪|雪|旅游旺|旺|避暑|采摘)季(?:以来|之后|后)[,，]/;
const PERIOD_AGAIN = /全年|今年|1\s*[-—–~至到]\s*\d{1,2}\s*月/;

/**
 * Whether the figure's clause opens with a season (session 44, fix359, F7286: zhuhe's 冰雪季 visitors and goal,
 * answered facts only).
 */
export function isSeasonFigure(folded: string, sentenceStart: number, figureStart: number): boolean {
  const head = folded.slice(sentenceStart, figureStart);
  if (!head.includes('季')) return false;
  const mark = lastMarkIn(head, ',;:', 0, head.length);
  if (SEASON_LEAD.test(head.slice(mark + 1))) return true;
  return SINCE_SEASON.test(head) && !PERIOD_AGAIN.test(head);
}
