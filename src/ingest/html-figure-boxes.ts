// A newspaper story's figures box (相关链接, 数据链接: ●地区生产总值：203.48亿元，增长7.1%) stands beside
// the story's text container, not inside it, so the article finder leaves it out. Its bulleted lines
// are the desk's own summary of the story's figures, and may add one (完成年度预算的101.4%): read them.

import type { Element } from 'domhandler';
import { isTag } from 'domhandler';
import { cleanLine, type DraftLine } from './draft.js';
import { isSkipped, visibleText } from './html-dom.js';

/** ●, ■, ◆, ▲, •: the mark a box's line opens with. */
const BULLET = /^[●■◆▲•◎★]/;
/** A figure with its unit: 203.48亿元, 增长7.1%, 45128元. */
const FIGURE = /\d(?:\.\d+)?\s*(?:%|％|亿元|万元|元|万人|人|个|家|吨)/;
/** The fewest bulleted figure lines a box holds: one or two bullets are a list, not a figures box. */
const MIN_LINES = 3;

/** The lines (<p>, <li>) of a box, each as shown without its links. */
function boxLines(box: Element): string[] {
  const lines: string[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (!isTag(child) || isSkipped(child)) continue;
      // Link text left out: a list of related stories (●<a>2023年全县GDP增长6%</a>) is no figures box.
      if (child.name === 'p' || child.name === 'li') lines.push(cleanLine(visibleText(child, false)));
      else walk(child);
    }
  };
  walk(box);
  return lines.filter((line) => line !== '');
}

/** The bulleted figure lines of a box, or none when most of its lines are not such. */
function figureLines(box: Element): string[] {
  const lines = boxLines(box);
  const figures = lines.filter((line) => BULLET.test(line) && FIGURE.test(line));
  return figures.length >= MIN_LINES && figures.length * 2 > lines.length ? figures : [];
}

/**
 * The figures boxes standing after the article among its siblings, as paragraphs; each line's bullet is
 * the box's layout and dropped, so ●一般公共预算收入：… reads as the label line it is.
 */
export function figureBoxLines(article: Element): DraftLine[] {
  const lines: DraftLine[] = [];
  for (let next = article.nextSibling; next; next = next.nextSibling) {
    if (!isTag(next) || isSkipped(next)) continue;
    for (const text of figureLines(next))
      lines.push({ kind: 'paragraph', text: text.replace(BULLET, '').trim() });
  }
  return lines;
}
