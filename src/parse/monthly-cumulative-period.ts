// A statistics bureau's monthly titled by one month (某县YYYY年N月统计月报) whose sheet gives no sentence
// and no 1—N月 of its own, only 本月 and 累计 columns: the 累计 figures run from January to the title's
// month, so the report is of 1—N月 (fix244).

import type { Line } from './lines.js';
import { periodCode } from './meta.js';

/** YYYY年N月 not closing a range (1—N月) nor a day (N月M日), in a monthly's title. */
const TITLE_MONTH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:份)?(?!\s*\d|\s*[-—–~至到])/;
/** How many lines of the head a table's header is looked for in. */
const HEADER_LINES = 12;
/** 累计, 本月止累计, 累计数: a cell naming the running total since January. */
const CUMULATIVE_CELL = /^(?:本月止)?累计(?:数|值)?$/;

/** The period 1—N月 of a monthly titled by its month N over a table with a 累计 column; else null. */
export function cumulativeMonthPeriod(
  title: string | null | undefined,
  lines: readonly Line[],
): { year: number; code: string; periodLabel: string } | null {
  if (!title || !(title.includes('月报') || title.includes('快报'))) return null;
  const month = TITLE_MONTH.exec(title);
  if (!month?.[1] || !month[2]) return null;
  if (/[-—–~至到]\s*$/.test(title.slice(0, month.index + month[1].length + 1))) return null;
  const n = Number(month[2]);
  if (n < 1 || n > 12) return null;
  const header = lines
    .slice(0, HEADER_LINES)
    .some(
      (line) =>
        line.text.includes('累计') && line.text.split('\t').some((cell) => CUMULATIVE_CELL.test(cell.trim())),
    );
  if (!header) return null;
  const code = periodCode(`1-${n}月`);
  return code ? { year: Number(month[1]), code, periodLabel: n === 1 ? '1月' : `1—${n}月` } : null;
}
