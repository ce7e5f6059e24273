// Observations as flat rows across reports: the time-series and cross-section query a chart reads.

import type Database from 'better-sqlite3';
import {
  type PageRequest,
  PERIOD_KEY,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  periodEndDate,
  periodKey,
  splitProvenance,
} from './shared.js';

export interface ObservationFilter {
  codes: string[] | null;
  region?: string | undefined;
  parentRegion?: string | undefined;
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  measure?: string | undefined;
  source?: string | undefined;
  report?: string | undefined;
  genre?: string | undefined;
  sort?: 'period' | '-period' | 'value' | '-value' | undefined;
}

const FILTER = `
  (@code IS NULL OR x.indicator_code = @code)
  AND (@region IS NULL OR r.region = @region)
  AND (@parentRegion IS NULL OR r.parent_region = @parentRegion)
  AND (@period IS NULL OR r.period = @period)
  AND (@from IS NULL OR ${PERIOD_KEY('r.period')} >= @from)
  AND (@to IS NULL OR ${PERIOD_KEY('r.period')} <= @to)
  AND (@measure IS NULL OR x.measure = @measure)
  AND (@source IS NULL OR x.source = @source)
  AND (@report IS NULL OR r.id = @report)
  AND (@genre IS NULL OR r.genre = @genre)`;

const ORDER = {
  period: `${PERIOD_KEY('r.period')}, r.region, x.report_id, x.id`,
  '-period': `${PERIOD_KEY('r.period')} DESC, r.region, x.report_id, x.id`,
  // Word-only values (no number) last either way.
  value: 'x.value IS NULL, x.value_base, x.value, x.id',
  '-value': 'x.value IS NULL, x.value_base DESC, x.value DESC, x.id',
} as const;

type Row = ProvenanceRow & Record<string, unknown> & { period: string };

export function observationQueries(sqlite: Database.Database) {
  const from = `FROM observations x JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN} WHERE ${FILTER}`;
  const columns = `x.id, r.region, r.parent_region AS parentRegion, r.period, r.genre,
    x.indicator_code AS indicatorCode, x.indicator_name AS indicatorName, x.source, x.measure, x.value, x.unit,
    x.value_base AS valueBase, x.base_unit AS baseUnit, x.qualifier, x.text, x.raw,
    x.compared_with AS comparedWith, ${PROVENANCE_COLUMNS}`;
  const pages = Object.fromEntries(
    Object.entries(ORDER).map(([sort, order]) => [
      sort,
      sqlite.prepare<Record<string, unknown>, Row>(
        `SELECT ${columns} ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ),
    ]),
  ) as Record<keyof typeof ORDER, Database.Statement<Record<string, unknown>, Row>>;
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n ${from}`);

  return {
    listObservations(filter: ObservationFilter, page: PageRequest) {
      if (filter.codes?.length === 0) return { items: [], total: 0, ...page };
      const params = {
        code: filter.codes?.[0] ?? null,
        region: filter.region ?? null,
        parentRegion: filter.parentRegion ?? null,
        period: filter.period ?? null,
        from: filter.from === undefined ? null : periodKey(filter.from),
        to: filter.to === undefined ? null : periodKey(filter.to),
        measure: filter.measure ?? null,
        source: filter.source ?? null,
        report: filter.report ?? null,
        genre: filter.genre ?? null,
      };
      return {
        items: pages[filter.sort ?? 'period'].all({ ...params, ...page }).map((row) => {
          const { own, provenance } = splitProvenance(row);
          return { ...own, periodEnd: periodEndDate(row.period), provenance };
        }),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },
  };
}
