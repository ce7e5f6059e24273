// Read queries for the cross-report lists: targets, rankings and prose facts.

import type Database from 'better-sqlite3';
import {
  containsPattern,
  type PageRequest,
  PERIOD_ORDER,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  REPORT_FILTER,
  type ReportFilter,
  reportParams,
  splitProvenance,
  withDerivedFlag,
} from './shared.js';

type Row = ProvenanceRow & Record<string, unknown>;

/** How many rows each filtered report holds, in list order; the same filter gives the same answer. */
interface ReportCounts {
  ids: string[];
  /** counts[i]: rows in ids[i] that pass the filter (never 0: empty reports are left out). */
  counts: number[];
  total: number;
}

/**
 * How many reports' counts each list keeps, over all the filters it has seen (oldest dropped
 * first): about 2.5 MB, five unfiltered lists at 10,000 reports, or many narrower ones.
 */
const KEPT_REPORTS = 50_000;

/** What selects a list's rows beyond their report (x the row, sec its section). */
interface RowFilter {
  where: string;
  /** Whether any of the row's own filters is set. */
  active: (params: Record<string, unknown>) => boolean;
  /** A condition on the row's sentence or section (PROVENANCE_JOIN), and whether it is set. */
  provenance?: { where: string; active: (params: Record<string, unknown>) => boolean };
}

/**
 * One paginated list over `table` (aliased x, joined to its report r and provenance), ordered by
 * report (period, region, id) and then by row. Counting every row and sorting them all for one page
 * took seconds at 10,000 reports; instead each report's matching rows are counted once per filter
 * (an index range per report, the table untouched when nothing filters its rows) and kept, since the
 * server is read-only: the total is their sum, and a page reads only the few reports it spans.
 * A row always has its sentence and report (foreign keys), so counting without those joins counts
 * the same rows.
 */
function listQuery(sqlite: Database.Database, table: string, columns: string, filter: RowFilter) {
  const where = filter.provenance ? `${filter.where} AND ${filter.provenance.where}` : filter.where;
  const page = sqlite.prepare<Record<string, unknown>, Row>(
    `SELECT x.id, r.region, r.period, ${columns}, ${PROVENANCE_COLUMNS}
     FROM ${table} x JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
     WHERE x.report_id IN (SELECT value FROM json_each(@reports)) AND ${REPORT_FILTER} AND ${where}
     ORDER BY ${PERIOD_ORDER('r.period')}, r.region, x.report_id, x.id LIMIT @limit OFFSET @offset`,
  );
  const perReport = (rowWhere: string, joins: string) =>
    sqlite.prepare<Record<string, unknown>, { id: string; n: number }>(
      `SELECT id, n FROM (
         SELECT r.id, r.region, r.period,
           (SELECT count(*) FROM ${table} x ${joins} WHERE x.report_id = r.id AND ${rowWhere}) AS n
         FROM reports r WHERE ${REPORT_FILTER})
       WHERE n > 0 ORDER BY ${PERIOD_ORDER('period')}, region, id`,
    );
  const countStatements = {
    all: perReport('1', ''),
    filtered: perReport(filter.where, ''),
    joined: perReport(where, PROVENANCE_JOIN),
  };
  const kept = new Map<string, ReportCounts>();
  let keptReports = 0;

  function countsFor(params: Record<string, unknown>): ReportCounts {
    const key = JSON.stringify(params);
    let counts = kept.get(key);
    if (!counts) {
      const which = filter.provenance?.active(params) ? 'joined' : filter.active(params) ? 'filtered' : 'all';
      const rows = countStatements[which].all(params);
      counts = {
        ids: rows.map((row) => row.id),
        counts: rows.map((row) => row.n),
        total: rows.reduce((sum, row) => sum + row.n, 0),
      };
      // An entry weighs one more than its reports, so filters that match nothing are bounded too.
      const weight = (entry: ReportCounts) => entry.ids.length + 1;
      for (const [oldest, dropped] of kept) {
        if (keptReports + weight(counts) <= KEPT_REPORTS) break;
        kept.delete(oldest);
        keptReports -= weight(dropped);
      }
      if (weight(counts) <= KEPT_REPORTS) {
        kept.set(key, counts);
        keptReports += weight(counts);
      }
    }
    return counts;
  }

  return (params: Record<string, unknown>, request: PageRequest) => {
    const { ids, counts, total } = countsFor(params);
    // The reports the page spans, and how many of the first one's rows come before it.
    let before = 0;
    let first = 0;
    while (first < ids.length && before + (counts[first] ?? 0) <= request.offset)
      before += counts[first++] ?? 0;
    const spanned: string[] = [];
    for (let i = first, rows = before - request.offset; i < ids.length && rows < request.limit; i++) {
      spanned.push(ids[i] as string);
      rows += counts[i] ?? 0;
    }
    const rows = spanned.length
      ? page.all({
          ...params,
          reports: JSON.stringify(spanned),
          limit: request.limit,
          offset: request.offset - before,
        })
      : [];
    return {
      items: rows.map((row) => {
        const { own, provenance } = splitProvenance(row);
        return { ...withDerivedFlag(own), provenance };
      }),
      total,
      ...request,
    };
  };
}

export interface TargetFilter extends ReportFilter {
  codes: string[] | null;
  setBy?: string | undefined;
  attainment?: string | undefined;
}

export interface RankingFilter extends ReportFilter {
  codes: string[] | null;
  scope?: string | undefined;
  maxRank?: number | undefined;
}

export interface FactFilter extends ReportFilter {
  q?: string | undefined;
  unit?: string | undefined;
  section?: string | undefined;
  measure?: string | undefined;
}

export function listQueries(sqlite: Database.Database) {
  const targets = listQuery(
    sqlite,
    'targets',
    `x.report_id AS reportId, x.indicator_code AS indicatorCode, x.indicator_name AS indicatorName,
     x.set_by AS setBy, x.kind, x.horizon, x.value, x.unit, x.comparator, x.text, x.raw, x.attainment,
     x.attainment_reason AS attainmentReason, x.derived`,
    {
      where: `(@code IS NULL OR x.indicator_code = @code)
     AND (@setBy IS NULL OR x.set_by = @setBy) AND (@attainment IS NULL OR x.attainment = @attainment)`,
      active: (p) => p.code !== null || p.setBy !== null || p.attainment !== null,
    },
  );
  const rankings = listQuery(
    sqlite,
    'rankings',
    `x.report_id AS reportId, x.indicator_code AS indicatorCode, x.subject, x.rank, x.of, x.scope, x.source, x.raw, x.change`,
    {
      where: `(@code IS NULL OR x.indicator_code = @code)
     AND (@scope IS NULL OR x.scope LIKE @scope ESCAPE '\\') AND (@maxRank IS NULL OR x.rank <= @maxRank)`,
      active: (p) => p.code !== null || p.scope !== null || p.maxRank !== null,
    },
  );
  const facts = listQuery(
    sqlite,
    'facts',
    `x.report_id AS reportId, x.subject, x.measure, x.value, x.unit, x.value_base AS valueBase,
     x.base_unit AS baseUnit, x.qualifier, x.raw, x.indicator_code AS indicatorCode,
     x.compared_with AS comparedWith`,
    {
      where: `(@q IS NULL OR x.subject LIKE @q ESCAPE '\\' OR x.raw LIKE @q ESCAPE '\\')
     AND (@unit IS NULL OR x.unit = @unit) AND (@measure IS NULL OR x.measure = @measure)`,
      active: (p) => p.q !== null || p.unit !== null || p.measure !== null,
      provenance: {
        where: `(@section IS NULL OR sec.path LIKE @section ESCAPE '\\')`,
        active: (p) => p.section !== null,
      },
    },
  );

  return {
    listTargets(filter: TargetFilter, page: PageRequest) {
      if (filter.codes?.length === 0) return { items: [], total: 0, ...page };
      const params = {
        ...reportParams(filter),
        code: filter.codes?.[0] ?? null,
        setBy: filter.setBy ?? null,
        attainment: filter.attainment ?? null,
      };
      return targets(params, page);
    },
    listRankings(filter: RankingFilter, page: PageRequest) {
      if (filter.codes?.length === 0) return { items: [], total: 0, ...page };
      const params = {
        ...reportParams(filter),
        code: filter.codes?.[0] ?? null,
        scope: containsPattern(filter.scope),
        maxRank: filter.maxRank ?? null,
      };
      return rankings(params, page);
    },
    listFacts(filter: FactFilter, page: PageRequest) {
      const params = {
        ...reportParams(filter),
        q: containsPattern(filter.q),
        unit: filter.unit ?? null,
        measure: filter.measure ?? null,
        section: containsPattern(filter.section),
      };
      return facts(params, page);
    },
  };
}
