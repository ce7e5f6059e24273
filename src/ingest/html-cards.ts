// A figure card of a 【数说】/一组数据看… page: a block holding a big number, a caption naming the
// indicator and perhaps a sub line (<p>21.36亿元</p><p>地区生产总值</p><p>同比增长A%</p>). A
// browser shows it as a tile; the text is one statement, so it is read as one line, caption first:
// 地区生产总值21.36亿元，同比增长A%.

import type { AnyNode, Element } from 'domhandler';
import { blockChildren, visibleText } from './html-dom.js';
import { withoutSegmentBreaks } from './spaces.js';

/** The big number: a figure and its unit, nothing else (21.36亿元, 18.5%, 26.8万人次, 19846元); a bare 01 is a badge. */
const FIGURE = /^[-+－]?\d+(?:[.,]\d+)*\s*[\p{Script=Han}%‰％]{1,4}$/u;
/** The caption: a short name without figures (地区生产总值, 固定资产投资增速, 接待游客). */
const CAPTION = /^[\p{Script=Han}（）()、·]{2,16}$/u;

const DATE_END = /[年月日号]$/;

const lineOf = (node: AnyNode) =>
  withoutSegmentBreaks(visibleText(node))
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();

/**
 * A card's rate line drawn with an arrow icon (同比 ↑5.9%, 同比 ↓ under the figure 3.4%, 增速 under 7.8%): the
 * arrow says the direction a page's text would say in words.
 */
const ARROW_RATE = /^(同比|环比)?\s*([↑↓▲▼])\s*(\d+(?:\.\d+)?\s*[%％])?$/u;
const GROWTH_WORD = /^(?:增速|增幅|同比增速)$/;
const PERCENT = /[%％]$/;

/**
 * A caption-first card (<li><div>地区生产总值</div><div>386.42亿元</div><div>同比 ↑5.9%</div><div>增速高于…</div></li>):
 * caption, figure, rate and perhaps a foot line, read as the one sentence they show: 地区生产总值386.42亿元，
 * 同比增长A%，增速高于…; 固定资产投资 / 3.4% / 同比 ↓ is 固定资产投资同比下降3.4%; 规上工业增加值 / 7.8% / 增速 is
 * 规上工业增加值增速7.8%. Null when the rate line is none of these.
 */
function captionFirstLine(lines: string[]): string | null {
  const [caption = '', rawFigure = '', rate = '', foot = ''] = lines;
  const under = lines.slice(2);
  const figure = arrowGrowth(rawFigure.replace(/\s+/g, ''));
  if (!CAPTION.test(caption)) return null;
  // 规上工业增加值 / 增长9.4% / 高于全市N个百分点: a growth as the big figure, the lines under it its clauses.
  if (GROWTH_FIGURE.test(figure)) return clauses(`${caption}${figure}`, under);
  if (!FIGURE.test(figure) || DATE_END.test(figure)) return null;
  // 地区生产总值 / 276.9亿元 / 增长6.3% / 增速居…第2位: the growth written out under the level.
  // 特色农业产值 / X亿元 / 占农业总产值A%; 城镇新增就业 / N人 / 完成目标的B%: the share line too.
  // A budget 图解's card says both on one line (完成预算的A%，同比增长A%) and may list the parts
  // under it (其中：税收收入…): the first clause decides, every line is a clause. Session 27, fix84.
  const first = rate.split(/[，,；;]/)[0] ?? '';
  if (WRITTEN_RATE.test(first) || SHARE_LINE.test(first)) return clauses(`${caption}${figure}`, under);
  if (lines.length > 4) return null;
  let head: string | null = null;
  const arrow = ARROW_RATE.exec(rate);
  if (arrow) {
    const word = `${arrow[1] ?? '同比'}${/[↑▲]/.test(arrow[2] ?? '') ? '增长' : '下降'}`;
    const rateFigure = arrow[3]?.replace(/\s+/g, '');
    if (rateFigure) head = `${caption}${figure}，${word}${rateFigure}`;
    else if (PERCENT.test(figure)) head = `${caption}${word}${figure}`;
  } else if (GROWTH_WORD.test(rate) && PERCENT.test(figure)) head = `${caption}${rate}${figure}`;
  if (!head) return null;
  return foot === '' ? `${head}。` : `${head}，${foot.replace(/^[，,；;]/, '').replace(/[。.]$/, '')}。`;
}

/**
 * ↑A% as a card's big figure (固定资产投资 / ↑A% / 高于年度目标B个百分点): the arrow is the growth's word,
 * as in a rate line; read as 增长A% so that the card is a growth card. Session 26, fix79.
 */
function arrowGrowth(figure: string): string {
  const arrow = /^([↑↓▲▼])(\d+(?:\.\d+)?[%％])$/u.exec(figure);
  if (!arrow) return figure;
  return `${/[↑▲]/.test(arrow[1] ?? '') ? '增长' : '下降'}${arrow[2]}`;
}
/** 占农业总产值A%, 完成目标的B%, 完成年度计划的C%: a card's line giving the level's share of a whole or a goal. */
const SHARE_LINE = /^(?:占|完成)[\p{Script=Han}]{1,12}?\d+(?:\.\d+)?\s*[%％]$/u;
/** 增长9.4%, 同比下降2.1%: a card's big figure that is a growth rather than a level. */
const GROWTH_FIGURE = /^(?:同比|同口径|比上年|较上年)?(?:增长|下降)\d+(?:\.\d+)?[%％]$/;
/**
 * 增长6.3%, 同口径增长7.2%, 较年初增加52.3亿元, 比上年执行数增长A% (a budget's draft against the year's
 * outturn): a card's rate line written in words under the level.
 */
const WRITTEN_RATE =
  /^(?:同比|同口径|(?:比|较)上年(?:执行数|预算数|决算数|末)?|比年初|较年初)?(?:增长|下降|增加|减少)\d+(?:\.\d+)?\s*(?:[%％]|[\p{Script=Han}]{1,4})$/u;

/** A card's head and the lines under it as one sentence's clauses: 地区生产总值276.9亿元，增长6.3%，…。 */
function clauses(head: string, rest: readonly string[]): string {
  const tail = rest
    .map((text) => text.replace(/^[，,；;]/, '').replace(/[。.]$/, ''))
    .filter((text) => text !== '');
  return `${[head, ...tail].join('，')}。`;
}

/** A figure card's one line (caption, figure, then the sub line after a comma), or null if it is none. */
export function cardLine(el: Element): string | null {
  const blocks = blockChildren(el);
  // A caption-first card may carry a fifth line (a part under its rate line: 其中：税收收入…).
  if (!blocks || blocks.length < 2 || blocks.length > 5) return null;
  if (blocks.some((b) => blockChildren(b)?.length)) return null;
  const lines = blocks.map(lineOf);
  if (blocks.length >= 3) {
    const captionFirst = captionFirstLine(lines);
    if (captionFirst) return captionFirst;
  }
  if (blocks.length > 3) return null;
  const [figure = '', caption = '', sub = ''] = lines;
  // 2023年 over 工作回顾 is a date and a heading, not a figure and its caption.
  if (!FIGURE.test(figure) || DATE_END.test(figure) || !CAPTION.test(caption)) return null;
  const head = `${caption}${figure.replace(/\s+/g, '')}`;
  return sub === '' ? head : `${head}，${sub.replace(/^[，,；;]/, '')}`;
}
