// A statistics bureau's table gives the period before beside the report's own: 1—8月 over 绝对值 | 增长（%）
// | 全市位次 beside 1—7月 over 增长（%） | 位次. The earlier column's growths are that period's figures
// (2018-M1-7), as 1-7月 scoping a figure in prose is (figure-period.ts); its ranks are left out, for a
// ranking carries no period and the report's own rank is in the column beside.

import { endMonth } from './figure-period.js';
import { periodCode } from './meta.js';
import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import type { Observation, Ranking } from './types.js';

/** A cumulative period leading a column's header: 1—7月增长（%）, 上半年位次, 一季度增速. */
const LEADING_PERIOD = /^(?:上半年|前半年|第?一季度|首季度|前三季度|1[-—–―~至到]\d{1,2}月份?)(?!末|底)/;

/**
 * The earlier cumulative period of the report's own year a column's header leads with (2018-M1-7 under
 * a 2018-M1-8 report), or null when it names none, the report's own, or a later one.
 */
export function earlierColumnPeriod(header: string, reportPeriod: string): string | null {
  const match = LEADING_PERIOD.exec(foldWidth(header).replace(/\s/g, ''));
  if (!match) return null;
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  const code = periodCode(match[0].replace(/^第/, '').replace(/―/g, '-'));
  const months = code === null ? null : endMonth(code);
  if (!year || reportEnd === null || months === null || months >= reportEnd) return null;
  return `${year}-${code}`;
}

/** The cell starts of each earlier-period column's cells, with that period, for actual and rank columns. */
function earlierCells(tables: readonly PlacedTable[], reportPeriod: string, role: 'actual' | 'rank') {
  const periodAt = new Map<number, string>();
  for (const { read } of tables)
    read.table.columns.forEach((column, c) => {
      if (column.role !== role) return;
      const period = earlierColumnPeriod(column.header, reportPeriod);
      if (!period) return;
      for (const row of read.rows) {
        const cell = row.cells[c];
        if (cell && cell.text !== '') periodAt.set(cell.start, period);
      }
    });
  return periodAt;
}

/** The table observations read from an earlier period's column, given that period. */
export function withEarlierColumnPeriods(
  observations: readonly Observation[],
  tables: readonly PlacedTable[],
  reportPeriod: string | null,
): Observation[] {
  if (!reportPeriod) return [...observations];
  const periodAt = earlierCells(tables, reportPeriod, 'actual');
  return withCellPeriods(observations, periodAt);
}

/**
 * The table observations whose cell (by its start) `periodAt` gives a period, with that period; one that
 * already has a period keeps it.
 */
export function withCellPeriods(
  observations: readonly Observation[],
  periodAt: ReadonlyMap<number, string>,
): Observation[] {
  if (periodAt.size === 0) return [...observations];
  return observations.map((o) => {
    const period =
      o.source === 'table' && o.period === undefined ? periodAt.get(o.provenance.start) : undefined;
    return period ? { ...o, period } : o;
  });
}

/** The table rankings less those read from an earlier period's rank column (1—7月位次). */
export function withoutEarlierColumnRanks(
  rankings: readonly Ranking[],
  tables: readonly PlacedTable[],
  reportPeriod: string | null,
): Ranking[] {
  if (!reportPeriod) return [...rankings];
  const earlier = earlierCells(tables, reportPeriod, 'rank');
  return rankings.filter((r) => r.source !== 'table' || !earlier.has(r.provenance.start));
}
