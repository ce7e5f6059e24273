// A 统计手册 sheet's history table: 指标 | 单位 | 2021年 | 2022年 | … | 2025年 | 2025年比上年增长（%）. Headed
// by bare years, the columns are each year's levels; the one headed by the report's own year holds the
// report's levels (and a growth row's growth), the earlier years' columns are history, read as nothing.
// Session 39, fix287.

import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';

/** 2025年, 2025: a header of a bare year alone. */
const BARE_YEAR_HEADER = /^((?:19|20)\d{2})年?$/;

function headerYear(header: string): number | null {
  const match = BARE_YEAR_HEADER.exec(foldWidth(header).replace(/\s/g, ''));
  return match ? Number(match[1]) : null;
}

/**
 * The tables with the column headed by the report's year made an actual column, when at least one other
 * column headed by a bare year stands beside it; other tables as they are.
 */
export function withReportYearColumns(
  tables: readonly PlacedTable[],
  year: number | undefined,
): PlacedTable[] {
  if (year === undefined) return [...tables];
  return Array.from(tables, (placed) => {
    const { columns } = placed.read.table;
    const years = Array.from(columns, (c) => headerYear(c.header));
    const own = years.indexOf(year);
    if (own < 0 || columns[own]?.role !== 'other') return placed;
    if (!years.some((y, k) => y !== null && k !== own && y < year)) return placed;
    const changed = Array.from(columns, (c, k) => (k === own ? { ...c, role: 'actual' as const } : c));
    return { ...placed, read: { ...placed.read, table: { ...placed.read.table, columns: changed } } };
  });
}
