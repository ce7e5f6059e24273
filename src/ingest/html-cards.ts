// A figure card of a 【数说】/一组数据看… page: a block holding a big number, a caption naming the
// indicator and perhaps a sub line (<p>21.36亿元</p><p>地区生产总值</p><p>同比增长6.4%</p>). A
// browser shows it as a tile; the text is one statement, so it is read as one line, caption first:
// 地区生产总值21.36亿元，同比增长6.4%.

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { BLOCK_TAGS, isSkipped, visibleText } from './html-dom.js';
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

/** The element's children when they are all blocks (text between them only blank). */
function blockChildren(el: Element): Element[] | null {
  const blocks: Element[] = [];
  for (const child of el.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
      continue;
    }
    if (!isTag(child) || isSkipped(child)) continue;
    if (!BLOCK_TAGS.has(child.name)) return null;
    blocks.push(child);
  }
  return blocks;
}

/** A figure card's one line (caption, figure, then the sub line after a comma), or null if it is none. */
export function cardLine(el: Element): string | null {
  const blocks = blockChildren(el);
  if (!blocks || blocks.length < 2 || blocks.length > 3) return null;
  if (blocks.some((b) => blockChildren(b)?.length)) return null;
  const [figure = '', caption = '', sub = ''] = blocks.map(lineOf);
  // 2023年 over 工作回顾 is a date and a heading, not a figure and its caption.
  if (!FIGURE.test(figure) || DATE_END.test(figure) || !CAPTION.test(caption)) return null;
  const head = `${caption}${figure.replace(/\s+/g, '')}`;
  return sub === '' ? head : `${head}，${sub.replace(/^[，,；;]/, '')}`;
}
