// A grid's section row (一、工业, 二、投资 …, as a 统计月报's 主要经济指标 sets them): a line filling only the
// name column with a heading that opens with a Chinese numeral and 、. It is a row of its own, never the
// wrapped rest of the row above (工业用电量二、投资) nor the last line of the header (指标一、工业).

import type { PlacedCell } from './pdf-lines.js';

// 六、金融（3月末）, and its first line 六、金融（3月 when the bracket wrapped: the heading's bracket may hold a
// date (F9990).
const SECTION_HEADING =
  /^[一二三四五六七八九十]{1,3}、[^\d，。；：:（(]{1,12}(?:[（(][^，。；：:（()）]{1,10}[)）]?)?$/u;

/**
 * Whether a line's cells are a section row: the name cell a numbered heading, every other cell empty. The
 * name cell is the first, or the second after an empty 序号 column (序号 | 项目名称 | …: a project table's
 * 一、工业项目; session 47, fix412, F8446).
 */
export function isSectionRow(cells: readonly PlacedCell[]): boolean {
  const at = cells[0]?.text === '' ? 1 : 0;
  const name = cells[at];
  return (
    name !== undefined &&
    SECTION_HEADING.test(name.text.trim()) &&
    cells.every((cell, k) => k === at || cell.text === '')
  );
}
