// A table's column of last year's figures (上年同期, 去年同期完成) beside this period's: each row's level of
// the same period a year before (2010-H1 beside a 2011-H1 report), in the unit of the row's own level.

import { foldWidth } from './normalise.js';
import { readQuantity, unitInfo } from './numbers.js';
import type { PlacedTable } from './structure.js';
import { LAST_YEAR_HEADER } from './table-column-roles.js';
import type { Observation } from './types.js';

/** The same period a year before the report's: 2011-H1 → 2010-H1, 2009-M1-5 → 2008-M1-5. */
export function yearBefore(reportPeriod: string): string | null {
  const year = Number(reportPeriod.slice(0, 4));
  return year ? `${year - 1}${reportPeriod.slice(4)}` : null;
}

/**
 * 101.8 under 上年同期 in the row 居民消费价格指数（上年同期=100） | 102.3: the row's growth was read from an
 * index number (its raw figure the index, its value the change), so last year's cell is last year's index
 * over the same base: a growth of 1.8%. Null when the row's growth is no index's or the cell no index number.
 */
function indexGrowth(actuals: readonly Observation[], text: string, value: number): Observation | null {
  const growth = actuals.find((o) => o.measure === 'growth' && o.quantity?.unit === '%');
  const quantity = growth?.quantity;
  if (!growth || !quantity || /[%％]/.test(text)) return null;
  const index = Number(quantity.raw.replace(/[^\d.]/g, ''));
  // value = (index − base) / base × 100, so base = index × 100 / (value + 100).
  const base = Math.round((index * 100) / (quantity.value + 100));
  if (!(index > 0) || index === quantity.value || base <= 0 || value < base / 2 || value > base * 2)
    return null;
  const decimals = (/\.(\d+)/.exec(text)?.[1] ?? '').length;
  const change = Number(((value - base) / (base / 100)).toFixed(decimals));
  return {
    ...growth,
    quantity: { ...quantity, raw: text.trim(), value: change, valueBase: change },
  };
}

/**
 * The levels of each row's last-year cell. `rowActuals` holds the actuals readTables read from each row
 * (keyed table:row): a row's level gives the indicator and the unit of its bare last-year number; a row
 * with no level (a rate, a growth only) gives none, for its last-year cell could be either.
 */
export function lastYearObservations(
  tables: readonly PlacedTable[],
  rowActuals: ReadonlyMap<string, readonly Observation[]>,
  reportPeriod: string | null,
): Observation[] {
  const period = reportPeriod ? yearBefore(reportPeriod) : null;
  if (!period) return [];
  const found: Observation[] = [];
  for (const [t, { read }] of tables.entries()) {
    const columns = read.table.columns
      .map((column, c) => (LAST_YEAR_HEADER.test(foldWidth(column.header).replace(/\s/g, '')) ? c : -1))
      .filter((c) => c >= 0);
    if (columns.length !== 1) continue;
    const c = columns[0] ?? -1;
    for (const [r, row] of read.rows.entries()) {
      const actuals = rowActuals.get(`${t}:${r}`) ?? [];
      const level = actuals.find((o) => o.measure === 'level' && o.quantity);
      const cell = row.cells[c];
      const written = cell ? readQuantity(cell.text) : null;
      const indexed = level || !cell || !written ? null : indexGrowth(actuals, cell.text, written.value);
      if (indexed && cell) {
        found.push({
          ...indexed,
          text: null,
          period,
          provenance: { ...indexed.provenance, start: cell.start, end: cell.end },
        });
        continue;
      }
      if (!level?.quantity || !cell || !written) continue;
      const unit = written.unit || level.quantity.unit;
      if (written.unit !== '' && written.unit !== level.quantity.unit) continue;
      const info = unitInfo(unit) ?? { factor: 1, baseUnit: unit };
      found.push({
        ...level,
        quantity: { ...written, unit, valueBase: written.value * info.factor, baseUnit: info.baseUnit },
        text: null,
        period,
        provenance: { ...level.provenance, start: cell.start, end: cell.end },
      });
    }
  }
  return found;
}
