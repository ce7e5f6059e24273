// A bureau's workbook keeps each month's issue as a sheet beside the latest (1—6月, 1—7月, 1—8月), each
// table under its own title: 某县2024年1—6月主要经济指标. The report is the latest issue's; a table whose
// title names an earlier cumulative period of the same year holds that period's figures (2024-H1), as an
// earlier column does (table-earlier-columns.ts), and its ranks are left out, a ranking carrying no period.

import { endMonth } from './figure-period.js';
import type { Line } from './lines.js';
import { periodCode } from './meta.js';
import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import { withCellPeriods } from './table-earlier-columns.js';
import type { Observation, Ranking } from './types.js';

/** 2024年1—6月, 2024年上半年: the year and cumulative period a table's title names. */
const TITLE_PERIOD = /(\d{4})年(上半年|前半年|第?一季度|首季度|前三季度|1[-—–―~至到]\d{1,2}月份?)(?![末底])/;
/** 单位：万元、%: the unit line between the title and the header. */
const UNIT_LINE = /^(?:计量)?单位\s*[:：]/;

/** The title line over a table's header: the nearest line above it that is not its unit line. */
function titleOver(read: PlacedTable['read'], lines: readonly Line[]): string | null {
  const firstRow = read.rows[0]?.line;
  if (firstRow === undefined) return null;
  // The header is the line over the first row; the title at most two lines above it.
  const headerIndex = lines.findIndex((l) => l.number === firstRow) - 1;
  for (let i = headerIndex - 1; i >= Math.max(0, headerIndex - 3); i--) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '' || UNIT_LINE.test(text)) continue;
    return text;
  }
  return null;
}

/** The earlier period of the report's year a title names (2024-H1 under 2024-M1-8), or null. */
export function titlePeriod(title: string, reportPeriod: string): string | null {
  const text = foldWidth(title).replace(/\s/g, '');
  // A title, not a sentence: short and without a full stop.
  if (text.length > 40 || /[。；;，,]/.test(text)) return null;
  const match = TITLE_PERIOD.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const reportEnd = endMonth(reportPeriod.slice(5));
  const code = periodCode(match[2].replace(/^第/, '').replace(/―/g, '-'));
  const months = code === null ? null : endMonth(code);
  if (Number(match[1]) !== Number(reportPeriod.slice(0, 4)) || reportEnd === null || months === null)
    return null;
  return months < reportEnd ? `${match[1]}-${code}` : null;
}

/** Each table (by index) whose title names an earlier period, with that period. */
function earlierTables(tables: readonly PlacedTable[], lines: readonly Line[], reportPeriod: string) {
  const periods = new Map<number, string>();
  tables.forEach(({ read }, t) => {
    const title = titleOver(read, lines);
    const period = title ? titlePeriod(title, reportPeriod) : null;
    if (period) periods.set(t, period);
  });
  return periods;
}

/** The observations of a table titled with an earlier period, given that period. */
export function withTitlePeriods(
  observations: readonly Observation[],
  tables: readonly PlacedTable[],
  lines: readonly Line[],
  reportPeriod: string | null,
): Observation[] {
  if (!reportPeriod) return [...observations];
  const periodAt = new Map<number, string>();
  for (const [t, period] of earlierTables(tables, lines, reportPeriod))
    for (const row of tables[t]?.read.rows ?? [])
      for (const cell of row.cells) if (cell.text !== '') periodAt.set(cell.start, period);
  return withCellPeriods(observations, periodAt);
}

/** The table rankings less those of a table titled with an earlier period. */
export function withoutTitlePeriodRanks(
  rankings: readonly Ranking[],
  tables: readonly PlacedTable[],
  lines: readonly Line[],
  reportPeriod: string | null,
): Ranking[] {
  if (!reportPeriod) return [...rankings];
  const earlier = new Set<number>();
  for (const t of earlierTables(tables, lines, reportPeriod).keys())
    for (const row of tables[t]?.read.rows ?? []) for (const cell of row.cells) earlier.add(cell.start);
  return rankings.filter((r) => r.source !== 'table' || !earlier.has(r.provenance.start));
}
