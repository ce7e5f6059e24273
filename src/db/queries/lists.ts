// Read queries for the cross-report lists: targets, rankings and prose facts.

import type Database from 'better-sqlite3';
import {
  containsPattern,
  type PageRequest,
  PERIOD_ORDER,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  presentConditions,
  REPORT_CONDITIONS,
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

/**
 * What selects a list's rows beyond their report: SQL conditions by the name of the parameter they
 * bind, on the row (x) itself or on its sentence and section (s, sec: PROVENANCE_JOIN). Only the
 * conditions whose parameter is given go into the SQL, so SQLite can use the index on that column
 * with the report (`@x IS NULL OR x = @x` can use none: every row of every report was read).
 */
interface RowFilter {
  row: Record<string, string>;
  provenance?: Record<string, string>;
  /**
   * The filters no index serves (a substring of a text column). With only these and no report
   * filter, the rows are counted in one pass over the table, which reads it in order, instead of
   * report by report through the report index (3x slower at 10,000 reports: a look-up per row).
   */
  scanned: string[];
}

interface ListStatements {
  page: Database.Statement<Record<string, unknown>, Row>;
  counts: Database.Statement<Record<string, unknown>, { id: string; n: number }>;
}

/**
 * One paginated list over `table` (aliased x, joined to its report r and provenance), ordered by
 * report (period, region, id) and then by row. Counting every row and sorting them all for one page
 * took seconds at 10,000 reports; instead each report's matching rows are counted once per filter
 * (an index range per report: the table untouched when nothing filters its rows, the index of the
 * filtered column with report_id when one does) and kept, since the server is read-only: the total
 * is their sum, and a page reads only the few reports it spans. A row always has its sentence and
 * report (foreign keys), so counting without those joins counts the same rows.
 * One pair of statements per combination of the filters given, prepared on first use.
 */
function listQuery(sqlite: Database.Database, table: string, columns: string, filter: RowFilter) {
  const prepared = new Map<string, ListStatements>();
  const statementsFor = (params: Record<string, unknown>) => {
    const report = presentConditions(REPORT_CONDITIONS, params);
    const row = presentConditions(filter.row, params);
    const provenance = presentConditions(filter.provenance ?? {}, params);
    const key = [report.names, row.names, provenance.names].map((names) => names.join(',')).join('|');
    let statements = prepared.get(key);
    if (!statements) {
      const joins = provenance.names.length ? PROVENANCE_JOIN : '';
      const where = provenance.names.length ? `${row.where} AND ${provenance.where}` : row.where;
      const filtering = [...row.names, ...provenance.names];
      const scanOnly =
        filtering.length > 0 &&
        report.names.length === 0 &&
        filtering.every((n) => filter.scanned.includes(n));
      statements = {
        // The reports come from the counts, which applied the report filters already.
        page: sqlite.prepare(
          `SELECT x.id, r.region, r.period, ${columns}, ${PROVENANCE_COLUMNS}
           FROM ${table} x JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
           WHERE x.report_id IN (SELECT value FROM json_each(@reports)) AND ${where}
           ORDER BY ${PERIOD_ORDER('r.period')}, r.region, x.report_id, x.id LIMIT @limit OFFSET @offset`,
        ),
        counts: sqlite.prepare(
          scanOnly
            ? `WITH c AS MATERIALIZED (
                 SELECT x.report_id AS id, count(*) AS n FROM ${table} x NOT INDEXED ${joins}
                 WHERE ${where} GROUP BY x.report_id)
               SELECT c.id, c.n FROM c JOIN reports r ON r.id = c.id
               ORDER BY ${PERIOD_ORDER('r.period')}, r.region, r.id`
            : // MATERIALIZED: else SQLite copies the count into the outer WHERE and counts every report twice.
              `WITH c AS MATERIALIZED (
                 SELECT r.id, r.region, r.period,
                   (SELECT count(*) FROM ${table} x ${joins} WHERE x.report_id = r.id AND ${where}) AS n
                 FROM reports r WHERE ${report.where})
               SELECT id, n FROM c WHERE n > 0 ORDER BY ${PERIOD_ORDER('period')}, region, id`,
        ),
      };
      prepared.set(key, statements);
    }
    return {
      statements,
      counting: { ...report.bound, ...row.bound, ...provenance.bound },
      paging: { ...row.bound, ...provenance.bound },
    };
  };
  const kept = new Map<string, ReportCounts>();
  let keptReports = 0;

  function countsFor(statement: ListStatements['counts'], params: Record<string, unknown>): ReportCounts {
    const key = JSON.stringify(params);
    let counts = kept.get(key);
    if (!counts) {
      const rows = statement.all(params);
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
    const { statements, counting, paging } = statementsFor(params);
    const { ids, counts, total } = countsFor(statements.counts, counting);
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
      ? statements.page.all({
          ...paging,
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
      row: {
        code: 'x.indicator_code = @code',
        setBy: 'x.set_by = @setBy',
        attainment: 'x.attainment = @attainment',
      },
      scanned: [],
    },
  );
  const rankings = listQuery(
    sqlite,
    'rankings',
    `x.report_id AS reportId, x.indicator_code AS indicatorCode, x.subject, x.rank, x.of, x.scope, x.source, x.raw, x.change`,
    {
      row: {
        code: 'x.indicator_code = @code',
        scope: "x.scope LIKE @scope ESCAPE '\\'",
        maxRank: 'x.rank <= @maxRank',
      },
      scanned: ['scope'],
    },
  );
  const facts = listQuery(
    sqlite,
    'facts',
    `x.report_id AS reportId, x.subject, x.measure, x.value, x.unit, x.value_base AS valueBase,
     x.base_unit AS baseUnit, x.qualifier, x.raw, x.indicator_code AS indicatorCode,
     x.compared_with AS comparedWith`,
    {
      row: {
        measure: 'x.measure = @measure',
        unit: 'x.unit = @unit',
        q: "(x.subject LIKE @q ESCAPE '\\' OR x.raw LIKE @q ESCAPE '\\')",
      },
      provenance: { section: "sec.path LIKE @section ESCAPE '\\'" },
      scanned: ['q', 'section'],
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
