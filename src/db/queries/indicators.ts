// Read queries for indicators: the filtered list, name resolution and the per-report detail.

import type Database from 'better-sqlite3';
import { normaliseName } from '../../parse/normalise.js';
import {
  containsPattern,
  type PageRequest,
  PERIOD_KEY,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  periodKey,
  REPORT_FILTER,
  type ReportFilter,
  ROW_PERIOD,
  reportFilter,
  reportParams,
  splitProvenance,
  VINTAGE_ORDER_DESC,
  withDerivedFlag,
} from './shared.js';
import { closestNames } from './suggest.js';

interface IndicatorRow {
  code: string;
  name: string;
  nameEn: string | null;
  category: string;
  unit: string | null;
  direction: string;
  aliases: string;
  known: number;
}

const INDICATOR_COLUMNS = `i.code, i.name, i.name_en AS nameEn, i.category, i.unit, i.direction, i.aliases, i.known`;

/** An indicator "appears" in the filtered reports when any of them gives a value or a target for it. */
const APPEARS = (table: string) => `
  SELECT 1 FROM ${table} o JOIN reports r ON r.id = o.report_id
  WHERE o.indicator_code = i.code AND ${REPORT_FILTER}`;

const LIST_FILTER = `
  (@category IS NULL OR i.category = @category)
  AND (@q IS NULL OR EXISTS (
    SELECT 1 FROM indicator_names n WHERE n.code = i.code AND n.normalised LIKE @q ESCAPE '\\'))
  AND (@anyReport = 0 OR EXISTS (${APPEARS('observations')}) OR EXISTS (${APPEARS('targets')}))`;

function indicatorOf(row: IndicatorRow) {
  const aliases: unknown = JSON.parse(row.aliases);
  return { ...row, aliases: Array.isArray(aliases) ? aliases.map(String) : [], known: row.known === 1 };
}

interface WithReport extends ProvenanceRow {
  /** The row's own id: document order within its report. */
  rowId: number;
  region: string;
  period: string;
  title: string;
}

/** Groups rows by report, keeping the order the rows came in (period order). */
function byReport<T extends { provenance: { reportId: string } }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.provenance.reportId);
    if (group) group.push(row);
    else groups.set(row.provenance.reportId, [row]);
  }
  return groups;
}

export function indicatorQueries(sqlite: Database.Database) {
  // Per indicator, how many of the filtered reports give it a value or a target, and how many
  // values they give. Filtered to some reports, the reports are walked; over all of them the
  // indicator's own index entries are counted instead (a row's report exists by foreign key): walking
  // 10,000 reports for each of the page's indicators took a second.
  const listOf = (reportCount: string, observationCount: string) =>
    sqlite.prepare<Record<string, unknown>, IndicatorRow & { reportCount: number; observationCount: number }>(
      `SELECT ${INDICATOR_COLUMNS}, (${reportCount}) AS reportCount, (${observationCount}) AS observationCount
       FROM indicators i WHERE ${LIST_FILTER}
       -- An indicator known by exactly the searched name (q=GDP) comes before ones merely containing it.
       ORDER BY EXISTS (SELECT 1 FROM indicator_names n WHERE n.code = i.code AND n.normalised = @exact) DESC,
         i.known DESC, i.code
       LIMIT @limit OFFSET @offset`,
    );
  const list = {
    someReports: listOf(
      `SELECT count(DISTINCT r.id) FROM reports r WHERE ${REPORT_FILTER} AND (
         EXISTS (SELECT 1 FROM observations o WHERE o.report_id = r.id AND o.indicator_code = i.code)
         OR EXISTS (SELECT 1 FROM targets o WHERE o.report_id = r.id AND o.indicator_code = i.code))`,
      `SELECT count(*) FROM observations o JOIN reports r ON r.id = o.report_id
       WHERE o.indicator_code = i.code AND ${REPORT_FILTER}`,
    ),
    allReports: listOf(
      `SELECT count(*) FROM (SELECT report_id FROM observations WHERE indicator_code = i.code
         UNION SELECT report_id FROM targets WHERE indicator_code = i.code)`,
      'SELECT count(*) FROM observations o WHERE o.indicator_code = i.code',
    ),
  };
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM indicators i WHERE ${LIST_FILTER}`,
  );
  const byCode = sqlite.prepare<[string], IndicatorRow>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE code = ?`,
  );
  const byName = sqlite.prepare<[string], { code: string }>(
    `SELECT n.code FROM indicator_names n JOIN indicators i ON i.code = n.code
     WHERE n.normalised = ? ORDER BY i.known DESC, n.code LIMIT 1`,
  );
  const allNames = sqlite.prepare<[], { code: string; name: string; normalised: string }>(
    `SELECT n.code, i.name, n.normalised FROM indicator_names n JOIN indicators i ON i.code = n.code
     ORDER BY n.code, n.normalised`,
  );

  // The newest rows first (the order of /v1/observations?sort=-period, so its pages continue where
  // the detail stops), at most @limit of each kind.
  // Observations are filtered and ordered by their own period (ROW_PERIOD), as on /v1/observations.
  const detailRows = (table: string, columns: string, period = 'r.period') =>
    sqlite.prepare<Record<string, unknown>, WithReport & Record<string, unknown>>(
      `SELECT ${columns}, ${PROVENANCE_COLUMNS}, x.id AS rowId, r.region, r.period, r.title
       FROM ${table} x JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
       WHERE x.indicator_code = @code AND ${reportFilter(period)}
       ORDER BY ${PERIOD_KEY(period)} DESC, r.region, ${VINTAGE_ORDER_DESC}, x.id LIMIT @limit`,
    );
  const detailTotal = (table: string, period = 'r.period') =>
    sqlite.prepare<Record<string, unknown>, { n: number }>(
      `SELECT count(*) AS n FROM ${table} x JOIN reports r ON r.id = x.report_id
       WHERE x.indicator_code = @code AND ${reportFilter(period)}`,
    );
  const totals = {
    observations: detailTotal('observations', ROW_PERIOD),
    targets: detailTotal('targets'),
    rankings: detailTotal('rankings'),
  };
  const observations = detailRows(
    'observations',
    `${ROW_PERIOD} AS figurePeriod, x.indicator_name AS indicatorName, x.source, x.measure, x.value, x.unit,
     x.value_base AS valueBase, x.base_unit AS baseUnit, x.qualifier, x.text, x.raw, x.compared_with AS comparedWith`,
    ROW_PERIOD,
  );
  const targets = detailRows(
    'targets',
    `x.indicator_name AS indicatorName, x.set_by AS setBy, x.kind, x.horizon, x.value, x.unit, x.comparator,
     x.text, x.raw, x.attainment, x.attainment_reason AS attainmentReason, x.derived`,
  );
  const rankings = detailRows('rankings', 'x.subject, x.rank, x.of, x.scope, x.source, x.raw, x.change');

  /** Splits a joined row into the record's own fields and its provenance. */
  function split(row: WithReport & Record<string, unknown>) {
    const {
      own: { reportId, region, period, title, rowId, figurePeriod, ...own },
      provenance,
    } = splitProvenance(row);
    return {
      // An observation's own period (the report's, unless the report scopes the figure otherwise).
      ...(figurePeriod === undefined ? {} : { period: figurePeriod }),
      ...withDerivedFlag(own),
      provenance,
      rowId: rowId as number,
      report: { reportId, region, period, title } as ReportRef,
    };
  }

  /** Reports in period order, then region (how the detail lists them). */
  const reportOrder = (a: ReportRef, b: ReportRef) =>
    (periodKey(a.period) ?? 0) - (periodKey(b.period) ?? 0) ||
    (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
    (a.reportId < b.reportId ? -1 : 1);

  let names: { code: string; name: string; normalised: string }[] | undefined;

  return {
    listIndicators(filter: ReportFilter & { q?: string; category?: string }, page: PageRequest) {
      const params = {
        ...reportParams(filter),
        anyReport: filter.region || filter.period || filter.report ? 1 : 0,
        q: containsPattern(filter.q === undefined ? undefined : normaliseName(filter.q)),
        category: filter.category ?? null,
      };
      const exact = filter.q === undefined ? null : normaliseName(filter.q);
      return {
        items: (params.anyReport ? list.someReports : list.allReports)
          .all({ ...params, exact, ...page })
          .map((row) => ({
            ...indicatorOf(row),
            reportCount: row.reportCount,
            observationCount: row.observationCount,
          })),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },

    /** The code a key names: a code as is, else any name after width/space/unit normalisation. */
    resolveIndicator(key: string): string | null {
      if (byCode.get(key)) return key;
      const normalised = normaliseName(key);
      return normalised ? (byName.get(normalised)?.code ?? null) : null;
    },

    /** The indicator's own fields, without what the reports say. */
    indicatorInfo(code: string) {
      const row = byCode.get(code);
      return row ? indicatorOf(row) : null;
    },

    suggestIndicators(key: string) {
      names ??= allNames.all();
      return closestNames(normaliseName(key), names, 5);
    },

    getIndicator(code: string, filter: ReportFilter & { limit: number }) {
      const row = byCode.get(code);
      if (!row) return null;
      const params = { code, ...reportParams(filter) };
      const limited = { ...params, limit: filter.limit };
      const rows = {
        observations: observations.all(limited).map(split),
        targets: targets.all(limited).map(split),
        rankings: rankings.all(limited).map(split),
      };
      const reports = new Map<string, ReportRef>();
      for (const list of Object.values(rows))
        for (const { report } of list) reports.set(report.reportId, report);
      // Within a report, document order (the rows came newest report first).
      const groups = {
        observations: byReport(rows.observations),
        targets: byReport(rows.targets),
        rankings: byReport(rows.rankings),
      };
      const strip = <T extends { report: unknown; rowId: number }>(list: T[] | undefined) =>
        (list ?? [])
          .sort((a, b) => a.rowId - b.rowId)
          .map(({ report: _report, rowId: _id, ...rest }) => rest);
      return {
        ...indicatorOf(row),
        observationsTotal: totals.observations.get(params)?.n ?? 0,
        targetsTotal: totals.targets.get(params)?.n ?? 0,
        rankingsTotal: totals.rankings.get(params)?.n ?? 0,
        reports: [...reports.values()].sort(reportOrder).map((report) => ({
          ...report,
          observations: strip(groups.observations.get(report.reportId)),
          targets: strip(groups.targets.get(report.reportId)),
          rankings: strip(groups.rankings.get(report.reportId)),
        })),
      };
    },
  };
}

interface ReportRef {
  reportId: string;
  region: string;
  period: string;
  title: string;
}
