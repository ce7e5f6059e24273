// A table row named with the period its figures are for: 城镇居民人均可支配收入（前三季度） in a 1—10月
// table, the incomes being surveyed by quarter. The period is no part of the indicator's name, and the
// row's figures are that period's (2024-Q3), as a prose figure headed 前三季度 is (figure-period.ts).

import { endMonth } from './figure-period.js';
import { periodCode } from './meta.js';
import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import { nameColumnOf } from './table-column-roles.js';
import { withCellPeriods } from './table-earlier-columns.js';
import type { Observation } from './types.js';

/** A cumulative period in brackets closing a row's name: (前三季度), (1-9月), (上半年). */
const ROW_PERIOD = /\s*\((上半年|前半年|第?一季度|首季度|前三季度|1\s*[-—–―~至到]\s*\d{1,2}\s*月份?)\)$/;

/** The row's name without a period in brackets after it (the name rowName gives, brackets folded). */
export function withoutRowPeriod(name: string): string {
  return name.replace(ROW_PERIOD, '');
}

/**
 * The earlier cumulative period of the report's own year a row's name closes with (2024-Q3 under a
 * 2024-M1-10 report), or null when it names none, the report's own, or a later one.
 */
export function rowPeriod(name: string, reportPeriod: string): string | null {
  const match = ROW_PERIOD.exec(foldWidth(name).trim());
  if (!match?.[1]) return null;
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  const code = periodCode(match[1].replace(/^第/, '').replace(/―/g, '-').replace(/\s/g, ''));
  const months = code === null ? null : endMonth(code);
  if (!year || reportEnd === null || months === null || months >= reportEnd) return null;
  return `${year}-${code}`;
}

/** The table observations of a row named with an earlier period, given that period. */
export function withRowPeriods(
  observations: readonly Observation[],
  tables: readonly PlacedTable[],
  reportPeriod: string | null,
): Observation[] {
  if (!reportPeriod) return [...observations];
  const periodAt = new Map<number, string>();
  for (const { read } of tables) {
    const nameColumn = nameColumnOf(read.table.columns);
    for (const row of read.rows) {
      const period = rowPeriod(row.cells[nameColumn]?.text ?? '', reportPeriod);
      if (!period) continue;
      for (const cell of row.cells) if (cell.text !== '') periodAt.set(cell.start, period);
    }
  }
  return withCellPeriods(observations, periodAt);
}
