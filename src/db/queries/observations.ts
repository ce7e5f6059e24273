// Observations as flat rows across reports: the time-series and cross-section query a chart reads.
// Several reports can give a value for one key (indicator, region, period, measure): a plan report,
// the review that repeats it, a statistics analysis that revises it. Those are vintages, ordered by
// publication (reports.published_at; none sorts oldest, then the order loaded); by default only the
// latest report's rows of each key are served, as of today or of `asOf`.

import type Database from 'better-sqlite3';
import { type Figure, figuresAgree } from '../tolerance.js';
import {
  type PageRequest,
  PERIOD_KEY,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  periodEndDate,
  periodKey,
  splitProvenance,
  VINTAGE_ORDER,
  VINTAGE_ORDER_DESC,
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
  /** latest (the default): each key's latest report only; all: every vintage. */
  vintages?: 'latest' | 'all' | undefined;
  /** YYYY-MM-DD: ignore reports published after this day (Asia/Shanghai dates, as published). */
  asOf?: string | undefined;
  sort?: 'period' | '-period' | 'value' | '-value' | undefined;
}

/**
 * Filters on the key: they choose which keys are served, and every vintage of a chosen key stays a
 * candidate. A region's parent is known from any of its reports (a review may not name it).
 */
const KEY_FILTER = `
  (@code IS NULL OR x.indicator_code = @code)
  AND (@region IS NULL OR r.region = @region)
  AND (@parentRegion IS NULL OR r.region IN (SELECT region FROM reports WHERE parent_region = @parentRegion))
  AND (@period IS NULL OR r.period = @period)
  AND (@from IS NULL OR ${PERIOD_KEY('r.period')} >= @from)
  AND (@to IS NULL OR ${PERIOD_KEY('r.period')} <= @to)
  AND (@measure IS NULL OR x.measure = @measure)`;

/** Reports published by asOf; a report without a date counts as the oldest, so it is always in. */
const AS_OF = `(@asOf IS NULL OR r.published_at IS NULL OR substr(r.published_at, 1, 10) <= @asOf)`;

/** Filters on where a served row comes from, applied after the latest vintage is chosen. */
const ROW_FILTER = `
  (@all = 1 OR v.vintage = 1)
  AND (@source IS NULL OR x.source = @source)
  AND (@report IS NULL OR r.id = @report)
  AND (@genre IS NULL OR r.genre = @genre)`;

// vintage 1 = the latest report with the key; the count of vintages is the rank from either end less one.
const VINTAGES = `WITH v AS (
  SELECT x.id AS oid,
    dense_rank() OVER (PARTITION BY x.indicator_code, r.region, r.period, x.measure ORDER BY ${VINTAGE_ORDER_DESC}) AS vintage,
    dense_rank() OVER (PARTITION BY x.indicator_code, r.region, r.period, x.measure ORDER BY ${VINTAGE_ORDER})
      AS oldestFirst
  FROM observations x JOIN reports r ON r.id = x.report_id
  WHERE ${KEY_FILTER} AND ${AS_OF})`;

const ORDER = {
  // Within a region and period, vintages oldest first (newest first when reversed).
  period: `${PERIOD_KEY('r.period')}, r.region, ${VINTAGE_ORDER}, x.id`,
  '-period': `${PERIOD_KEY('r.period')} DESC, r.region, ${VINTAGE_ORDER_DESC}, x.id`,
  // Word-only values (no number) last either way.
  value: 'x.value IS NULL, x.value_base, x.value, x.id',
  '-value': 'x.value IS NULL, x.value_base DESC, x.value DESC, x.id',
} as const;

type Row = ProvenanceRow &
  Record<string, unknown> &
  Figure & {
    period: string;
    region: string;
    indicatorCode: string;
    measure: string;
    vintage: number;
    vintageCount: number;
    vintageOrder: number;
    vintagePublished: string;
    vintageLoaded: number;
  };

export function observationQueries(sqlite: Database.Database) {
  const from = `FROM v JOIN observations x ON x.id = v.oid JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
    WHERE ${ROW_FILTER}`;
  const columns = `x.id, r.region, r.parent_region AS parentRegion, r.period, r.genre, r.published_at AS publishedAt,
    x.indicator_code AS indicatorCode, x.indicator_name AS indicatorName, x.source, x.measure, x.value, x.unit,
    x.value_base AS valueBase, x.base_unit AS baseUnit, x.qualifier, x.text, x.raw,
    v.vintage, v.vintage + v.oldestFirst - 1 AS vintageCount, v.oldestFirst AS vintageOrder,
    coalesce(r.published_at, '') AS vintagePublished, r.rowid AS vintageLoaded, ${PROVENANCE_COLUMNS}`;
  const pages = Object.fromEntries(
    Object.entries(ORDER).map(([sort, order]) => [
      sort,
      sqlite.prepare<Record<string, unknown>, Row>(
        `${VINTAGES} SELECT ${columns} ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ),
    ]),
  ) as Record<keyof typeof ORDER, Database.Statement<Record<string, unknown>, Row>>;
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(
    `${VINTAGES} SELECT count(*) AS n ${from}`,
  );
  // The values of a key in the vintages before a row's: the reports of its region and period
  // published before it (and by asOf).
  const earlier = sqlite.prepare<Record<string, unknown>, Figure>(
    `SELECT x.value, x.unit, x.value_base AS valueBase FROM reports r CROSS JOIN observations x ON x.report_id = r.id
     WHERE r.region = @region AND r.period = @period AND x.indicator_code = @code AND x.measure = @measure
       AND (coalesce(r.published_at, ''), r.rowid) < (@published, @loaded) AND ${AS_OF}`,
  );
  const revised = (row: Row, asOf: string | null) =>
    row.vintageOrder > 1 &&
    earlier
      .all({
        region: row.region,
        period: row.period,
        code: row.indicatorCode,
        measure: row.measure,
        asOf,
        published: row.vintagePublished,
        loaded: row.vintageLoaded,
      })
      .some((before) => !figuresAgree(row, before));

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
        all: filter.vintages === 'all' ? 1 : 0,
        asOf: filter.asOf ?? null,
      };
      return {
        items: pages[filter.sort ?? 'period'].all({ ...params, ...page }).map((row) => {
          const { own, provenance } = splitProvenance(row);
          const { vintage, vintageOrder: _order, vintagePublished: _p, vintageLoaded: _l, ...fields } = own;
          return {
            ...fields,
            periodEnd: periodEndDate(row.period),
            latest: vintage === 1,
            revised: revised(row, params.asOf),
            provenance,
          };
        }),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },
  };
}
