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

/** One paginated list over `table` (aliased x, joined to its report r and provenance). */
function listQuery(sqlite: Database.Database, table: string, columns: string, where: string) {
  const from = `FROM ${table} x JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
    WHERE ${REPORT_FILTER} AND ${where}`;
  const page = sqlite.prepare<Record<string, unknown>, Row>(
    `SELECT x.id, r.region, r.period, ${columns}, ${PROVENANCE_COLUMNS} ${from}
     ORDER BY ${PERIOD_ORDER('r.period')}, r.region, x.report_id, x.id LIMIT @limit OFFSET @offset`,
  );
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n ${from}`);
  return (params: Record<string, unknown>, request: PageRequest) => ({
    items: page.all({ ...params, ...request }).map((row) => {
      const { own, provenance } = splitProvenance(row);
      return { ...withDerivedFlag(own), provenance };
    }),
    total: count.get(params)?.n ?? 0,
    ...request,
  });
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
    `(@code IS NULL OR x.indicator_code = @code)
     AND (@setBy IS NULL OR x.set_by = @setBy) AND (@attainment IS NULL OR x.attainment = @attainment)`,
  );
  const rankings = listQuery(
    sqlite,
    'rankings',
    `x.report_id AS reportId, x.indicator_code AS indicatorCode, x.subject, x.rank, x.of, x.scope, x.source, x.raw, x.change`,
    `(@code IS NULL OR x.indicator_code = @code)
     AND (@scope IS NULL OR x.scope LIKE @scope ESCAPE '\\') AND (@maxRank IS NULL OR x.rank <= @maxRank)`,
  );
  const facts = listQuery(
    sqlite,
    'facts',
    `x.report_id AS reportId, x.subject, x.measure, x.value, x.unit, x.value_base AS valueBase,
     x.base_unit AS baseUnit, x.qualifier, x.raw, x.indicator_code AS indicatorCode,
     x.compared_with AS comparedWith`,
    `(@q IS NULL OR x.subject LIKE @q ESCAPE '\\' OR x.raw LIKE @q ESCAPE '\\')
     AND (@unit IS NULL OR x.unit = @unit) AND (@measure IS NULL OR x.measure = @measure)
     AND (@section IS NULL OR sec.path LIKE @section ESCAPE '\\')`,
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
