// The article element → draft blocks: a line per paragraph, heading and <br>, and tables as grids
// with rowspan/colspan expanded. Page furniture inside the article (share bars, print links) is left out.

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { DraftBlock, DraftCell, DraftLine } from './draft.js';
import { cardLine } from './html-cards.js';
import { BLOCK_TAGS, headingLevel, isFurniture, isSkipped, visibleText } from './html-dom.js';
import { boardCaptionLine, graphicCardLine } from './html-graphic-cards.js';
import { isJunkLine } from './junk.js';
import { withoutSegmentBreaks } from './spaces.js';

/** Direct rows of a table, through thead/tbody/tfoot but not into nested tables. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.name))
      rows.push(...child.children.filter((c): c is Element => isTag(c) && c.name === 'tr'));
  }
  return rows;
}

const span = (value: string | undefined) =>
  Math.min(Math.max(Number.parseInt(value ?? '1', 10) || 1, 1), 100);

/** A table used for page layout (one column, or cells holding paragraphs of prose) rather than data. */
function isLayoutTable(table: Element): boolean {
  const rows = rowsOf(table);
  const cells = rows.flatMap((row) => row.children.filter(isTag));
  if (
    rows.every(
      (row) => row.children.filter((c) => isTag(c) && (c.name === 'td' || c.name === 'th')).length < 2,
    )
  )
    return true;
  return cells.some(
    (cell) =>
      visibleText(cell).replace(/\s/g, '').length > 200 ||
      cell.children.some((c) => isTag(c) && c.name === 'table'),
  );
}

/** The table's grid: a merged cell is one DraftCell object in every slot it covers. */
export function tableGrid(table: Element): DraftCell[][] {
  const grid: DraftCell[][] = [];
  rowsOf(table).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of row.children) {
      if (!isTag(td) || (td.name !== 'td' && td.name !== 'th')) continue;
      const slots = grid[r] ?? [];
      while (slots[c]) c++;
      const cell: DraftCell = { text: cellText(td) };
      const rowSpan = span(td.attribs.rowspan);
      const colSpan = span(td.attribs.colspan);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] as DraftCell[])[c + dc] = cell;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  // Short rows and holes (a row that spans past the table) become empty cells.
  return grid.map((row) => Array.from({ length: width }, (_, k) => row[k] ?? { text: '' }));
}

/** A cell's text on one line: its paragraphs and breaks become spaces. */
function cellText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || isSkipped(node)) return '';
  if (node.name === 'br') return ' ';
  const inner = node.children.map(cellText).join('');
  return BLOCK_TAGS.has(node.name) ? ` ${inner} ` : inner;
}

/** An element whose source line breaks a browser shows: <pre>, <textarea>, white-space: pre, pre-wrap or pre-line. */
function isPreformatted(el: Element): boolean {
  return (
    el.name === 'pre' ||
    el.name === 'textarea' ||
    /white-space\s*:\s*pre(?:-wrap|-line)?\b/i.test(el.attribs.style ?? '')
  );
}

export function articleBlocks(article: Element): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let line = '';
  let heading = 0;
  const flush = () => {
    const text = withoutSegmentBreaks(line)
      .replace(/[\t\n\r\f ]+/g, ' ')
      .trim();
    line = '';
    if (text.replace(/[\s\u00a0\u3000]/g, '') === '' || isJunkLine(text)) return;
    const block: DraftLine = { kind: heading > 0 ? 'heading' : 'paragraph', text };
    blocks.push(block);
  };
  /** Inside <pre> or a block styled white-space: pre…, where a browser shows each source line break. */
  let preformatted = 0;
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      if (preformatted === 0) {
        line += node.data;
        return;
      }
      const [first = '', ...rest] = node.data.split(/\r\n?|\n/);
      line += first;
      for (const part of rest) {
        flush();
        line = part;
      }
      return;
    }
    if (!isTag(node) || isSkipped(node) || (node !== article && isFurniture(node))) return;
    if (node.name === 'br') return flush();
    if (node.name === 'table' && !isLayoutTable(node)) {
      flush();
      // A <caption> titles the table above it (表1 …主要经济指标完成情况), often with the unit.
      for (const child of node.children) if (isTag(child) && child.name === 'caption') walk(child);
      blocks.push({ kind: 'table', rows: tableGrid(node) });
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    const card =
      block && heading === 0 && preformatted === 0
        ? (cardLine(node) ?? graphicCardLine(node) ?? boardCaptionLine(node))
        : null;
    if (card) {
      flush();
      line = card;
      flush();
      return;
    }
    if (block) flush();
    const level = headingLevel(node);
    const pre = isPreformatted(node);
    if (level) heading++;
    if (pre) preformatted++;
    for (const child of node.children) walk(child);
    if (block) flush();
    if (level) heading--;
    if (pre) preformatted--;
  };
  walk(article);
  flush();
  return blocks;
}

const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'table']);
const FIGURE_CELL = /^[-+−]?\d[\d,.]*$/;

/** A data table of figures: not a layout table, and at least three rows with a figure cell. */
function isFigureTable(el: Element): boolean {
  if (el.name !== 'table' || isSkipped(el) || isFurniture(el) || isLayoutTable(el)) return false;
  let rows = 0;
  for (const row of rowsOf(el))
    if (row.children.some((c) => isTag(c) && FIGURE_CELL.test(visibleText(c).replace(/\s/g, '')))) rows++;
  return rows >= 3;
}

/** The element's nearest element sibling on one side, past whitespace. */
function elementSibling(el: Element, side: 'prev' | 'next'): Element | null {
  for (let node = side === 'prev' ? el.prev : el.next; node; node = side === 'prev' ? node.prev : node.next) {
    if (isTag(node)) return node;
    if (isText(node) && node.data.trim() !== '') return null;
  }
  return null;
}

/**
 * 主要经济指标 then 简要分析: a statistics site's page sets the indicator table and the analysis in
 * sibling tables, and the analysis's box gathers the most text; the figure table right above or below
 * the box (the outermost table the article sits in) is the page's too. F10442.
 */
export function besideTables(article: Element): { before: DraftBlock[]; after: DraftBlock[] } {
  let box = article;
  for (let el = article.parent; el && isTag(el) && TABLE_PARTS.has(el.name); el = el.parent)
    if (el.name === 'table') box = el;
  const side = (which: 'prev' | 'next'): DraftBlock[] => {
    const sibling = elementSibling(box, which);
    return sibling && isFigureTable(sibling) ? [{ kind: 'table', rows: tableGrid(sibling) }] : [];
  };
  return { before: side('prev'), after: side('next') };
}
