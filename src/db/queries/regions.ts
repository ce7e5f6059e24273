// Regions: every place a loaded report is about or sits under, with its reports, periods and indicators.

import type Database from 'better-sqlite3';
import { type PageRequest, PERIOD_KEY, periodKey } from './shared.js';

export type RegionLevel = 'province' | 'city' | 'county-level-city' | 'county' | 'district' | 'other';

/**
 * A region's administrative level, from its name and its parent: 县/旗 are counties, 区 districts;
 * a 市 under another 市 (or a 州/盟/地区) is a county-level city, else a city.
 */
export function regionLevel(name: string, parent: string | null): RegionLevel {
  if (/(?:省|自治区)$/.test(name) && !/(?:新区|城区|园区)$/.test(name)) return 'province';
  if (/(?:县|旗|自治县|自治旗|特区|林区)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  if (/(?:州|盟|地区)$/.test(name)) return 'city';
  if (/市$/.test(name)) return parent && /(?:市|州|盟|地区)$/.test(parent) ? 'county-level-city' : 'city';
  return 'other';
}

interface RegionRow {
  name: string;
  parentRegion: string | null;
  reportCount: number;
  periods: string | null;
  children: string | null;
}

/**
 * Regions with reports, and regions that are only the parent of some (a city whose counties
 * report): one row each, the parent taken from the region's newest report.
 */
const REGIONS = `
  WITH named AS (
    SELECT region AS name, parent_region AS parent, period FROM reports
    UNION ALL
    SELECT DISTINCT parent_region, NULL, NULL FROM reports WHERE parent_region IS NOT NULL
  ),
  -- No index leads from a parent to its children: one pass over the reports here, rather than one per
  -- region below (that was 10 minutes at 10,000 regions).
  children AS (
    SELECT parent, json_group_array(region ORDER BY region) AS names FROM (
      SELECT DISTINCT parent_region AS parent, region FROM reports WHERE parent_region IS NOT NULL)
    GROUP BY parent
  ),
  regions AS (
    SELECT n.name,
      (SELECT r.parent_region FROM reports r WHERE r.region = n.name
       ORDER BY ${PERIOD_KEY('r.period')} DESC LIMIT 1) AS parentRegion,
      count(n.period) AS reportCount,
      (SELECT json_group_array(period) FROM (SELECT DISTINCT r.period FROM reports r WHERE r.region = n.name
       ORDER BY ${PERIOD_KEY('r.period')})) AS periods,
      c.names AS children
    FROM named n LEFT JOIN children c ON c.parent = n.name GROUP BY n.name
  )
  SELECT * FROM regions WHERE (@parent IS NULL OR parentRegion = @parent) AND (@q IS NULL OR instr(name, @q) > 0)`;

function regionOf(row: RegionRow) {
  return {
    name: row.name,
    parentRegion: row.parentRegion,
    level: regionLevel(row.name, row.parentRegion),
    reportCount: row.reportCount,
    periods: JSON.parse(row.periods ?? '[]') as string[],
    children: JSON.parse(row.children ?? '[]') as string[],
  };
}

export function regionQueries(sqlite: Database.Database) {
  const list = sqlite.prepare<Record<string, unknown>, RegionRow>(
    `${REGIONS} ORDER BY name LIMIT @limit OFFSET @offset`,
  );
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM (${REGIONS})`,
  );
  const one = sqlite.prepare<Record<string, unknown>, RegionRow>(`${REGIONS} AND name = @name`);
  const reports = sqlite.prepare<[string], { id: string; title: string; period: string; genre: string }>(
    `SELECT id, title, period, genre FROM reports WHERE region = ? ORDER BY ${PERIOD_KEY('period')}, id`,
  );
  const indicators = sqlite.prepare<
    [string],
    { code: string; name: string; observationCount: number; periods: string }
  >(
    `SELECT i.code, i.name, count(*) AS observationCount,
       json_group_array(DISTINCT coalesce(o.period, r.period)) AS periods
     FROM observations o JOIN reports r ON r.id = o.report_id JOIN indicators i ON i.code = o.indicator_code
     WHERE r.region = ? GROUP BY i.code ORDER BY count(*) DESC, i.code`,
  );

  return {
    listRegions(filter: { parentRegion?: string | undefined; q?: string | undefined }, page: PageRequest) {
      const params = { parent: filter.parentRegion ?? null, q: filter.q ?? null };
      return {
        items: list.all({ ...params, ...page }).map(regionOf),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },
    getRegion(name: string) {
      const row = one.get({ parent: null, q: null, name });
      if (!row) return null;
      return {
        ...regionOf(row),
        reports: reports.all(name),
        indicators: indicators.all(name).map(({ periods, ...i }) => ({
          ...i,
          periods: (JSON.parse(periods) as string[]).sort(
            (a, b) => (periodKey(a) ?? 0) - (periodKey(b) ?? 0),
          ),
        })),
      };
    },
  };
}
