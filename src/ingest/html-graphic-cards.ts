// A 一图读懂/图解 page's figure card: a label, a big figure, a rate line drawn with an arrow, a rank badge
// (全市第1 ▲前移2位) and captions broken by <br> to fit the tile (比一季度<br>提高0.5个百分点). A browser
// shows a tile; its text is one statement, so it is read as one sentence: 规上工业增加值52.36亿元，同比增长9.1%，
// 全市第1，前移2位，…。 Cards html-cards.ts reads (four or five one-line blocks) never reach here.

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { BLOCK_TAGS, blockChildren, isSkipped } from './html-dom.js';
import { withoutSegmentBreaks } from './spaces.js';

/** The card's label: a short name without figures (地区生产总值, 财政收入, 金融·用电). */
const LABEL = /^[\p{Script=Han}（）()、·]{2,16}$/u;
/** The big figure alone: 186.42亿元, 34862元. */
const BIG_FIGURE = /^\d+(?:\.\d+)?[\p{Script=Han}%％]{1,4}$/u;
/** A rate in words or by arrow: 同比增长6.3%, 下降8.3%, ↑18.2%. */
const RATE = /(?:增长|下降|回落|提高|[↑↓])\s*\d+(?:\.\d+)?\s*[%％]/;
/** A card's line is short: a tile holds a few words a line. */
const MAX_LINE = 32;
const MAX_BLOCKS = 8;

/** A leaf block's lines as the <br>s break them, each with its spaces collapsed. */
function brokenLines(el: Element): string[] | null {
  const lines: string[] = [''];
  let nested = false;
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      lines[lines.length - 1] += node.data;
      return;
    }
    if (!isTag(node) || isSkipped(node)) return;
    if (node !== el && BLOCK_TAGS.has(node.name)) nested = true;
    if (node.name === 'br') {
      lines.push('');
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(el);
  if (nested) return null;
  return lines
    .map((line) =>
      withoutSegmentBreaks(line)
        .replace(/[\s\u00a0\u3000]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/**
 * One line of a card in words: 工业投资 ↑18.2% is 工业投资增长18.2%; the arrow after a rate written out
 * (同比增长6.3% ↑) repeats it; a badge's ▲前移2位/▼后移1位 is the move, 第4 持平 a rank held; a figure and its
 * rate beside it (24.73亿元　增长2.1%) are two clauses.
 */
function inWords(line: string): string {
  return line
    .replace(/\s*↑\s*(?=\d)/g, '增长')
    .replace(/\s*↓\s*(?=\d)/g, '下降')
    .replace(/([%％])\s*[↑↓]/g, '$1')
    .replace(/\s*[▲▼]\s*(?=前移|后移|上升|下降|提升)/g, '，')
    .replace(/(第\d+)\s*持平$/, '$1，位次持平')
    .replace(/(\d[\p{Script=Han}%％]{0,4})\s+(?=同比|增长|下降)/gu, '$1，')
    .replace(/\s+/g, '');
}

/** A line ending in a figure (23.65亿千瓦时, 0.5个百分点, 第2); 6月末…余额 names one still to come. */
const FIGURE_END = /\d[\p{Script=Han}%％]{0,5}$/u;
/** A rate line opening a card with no big figure: 同比增长4.6%. */
const RATE_LINE = /^(?:同比|环比)?(?:增长|下降)\s*\d/;

/** A caption's broken lines as one clause: a line without a figure runs on into the next (比一季度 / 提高…). */
function joined(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    const words = inWords(line);
    if (text === '' || !FIGURE_END.test(text)) text += words;
    else text += `，${words}`;
  }
  return text;
}

/**
 * The sentence a figure card shows, or null when the element is none: a label, then at least one rate,
 * every line short. 规上服务业 / 38.6亿元 / 营业收入增长6.8% names what the figure measures in the rate line:
 * 规上服务业营业收入38.6亿元，增长6.8%. A card with no big figure (财政收入 over its captions) is its label and
 * the captions' clauses: 财政收入：财政总收入24.73亿元，增长2.1%；…。
 */
export function graphicCardLine(el: Element): string | null {
  const blocks = blockChildren(el);
  if (!blocks || blocks.length < 3 || blocks.length > MAX_BLOCKS) return null;
  const parts: string[][] = [];
  for (const block of blocks) {
    const lines = brokenLines(block);
    if (!lines || lines.length === 0 || lines.some((line) => line.length > MAX_LINE)) return null;
    parts.push(lines);
  }
  const [labelLines = [], ...rest] = parts;
  const label = labelLines.join('');
  if (labelLines.length !== 1 || !LABEL.test(label)) return null;
  if (!rest.some((lines) => lines.some((line) => RATE.test(line)))) return null;
  const first = rest[0]?.join('') ?? '';
  if (BIG_FIGURE.test(first)) {
    const clauses = rest.slice(1).map(joined);
    const named = /^([\p{Script=Han}]{2,8}?)((?:同比)?(?:增长|下降).*)$/u.exec(clauses[0] ?? '');
    if (named?.[1] && !/^(?:同比|同口径|环比|增速|增幅|比|较)/.test(named[1])) {
      clauses[0] = named[2] ?? '';
      return `${[`${label}${named[1]}${first}`, ...clauses].join('，')}。`;
    }
    return `${[`${label}${first}`, ...clauses].join('，')}。`;
  }
  if (rest[0]?.length === 1 && RATE_LINE.test(first))
    return `${[`${label}${joined(rest[0] ?? [])}`, ...rest.slice(1).map(joined)].join('，')}。`;
  return `${label}：${rest.map(joined).join('；')}。`;
}

/**
 * A caption standing among a page's cards, broken to fit the board (三次产业结构<br>4.2:47.3:48.5): one line
 * when a sibling is a figure card and the caption's lines are a name and the figures it names.
 */
export function boardCaptionLine(el: Element): string | null {
  const lines = brokenLines(el);
  if (lines?.length !== 2) return null;
  const [name = '', figures = ''] = lines;
  if (!LABEL.test(name) || !/^\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)+$/.test(figures)) return null;
  const siblings = el.parent?.children ?? [];
  if (!siblings.some((s) => s !== el && isTag(s) && graphicCardLine(s) !== null)) return null;
  return `${name}${figures}。`;
}
