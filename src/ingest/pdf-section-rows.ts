// A grid's section row (一、工业, 二、投资 …, as a 统计月报's 主要经济指标 sets them): a line filling only the
// name column with a heading that opens with a Chinese numeral and 、. It is a row of its own, never the
// wrapped rest of the row above (工业用电量二、投资) nor the last line of the header (指标一、工业).

import type { PlacedCell } from './pdf-lines.js';

const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、[^\d，。；：:]{1,12}$/u;

/** Whether a line's cells are a section row: the first cell a numbered heading, every other cell empty. */
export function isSectionRow(cells: readonly PlacedCell[]): boolean {
  const [name, ...rest] = cells;
  return (
    name !== undefined && SECTION_HEADING.test(name.text.trim()) && rest.every((cell) => cell.text === '')
  );
}
