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
  ROW_PERIOD,
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
 * Only the filters given go into the SQL (one statement per combination, prepared on first use),
 * so SQLite can use the region and period indexes; `@x IS NULL OR …` would scan every row.
 * `period` is the column the row's period is in: its report's, or its own (see ROW_PERIOD).
 */
const keyFiltersOn = (period: string) =>
  ({
    code: 'x.indicator_code = @code',
    region: 'r.region = @region',
    parentRegion: 'r.region IN (SELECT region FROM reports WHERE parent_region = @parentRegion)',
    period: `${period} = @period`,
    from: `${PERIOD_KEY(period)} >= @from`,
    to: `${PERIOD_KEY(period)} <= @to`,
    measure: 'x.measure = @measure',
    // Reports published by asOf; a report without a date counts as the oldest, so it is always in.
    asOf: '(r.published_at IS NULL OR substr(r.published_at, 1, 10) <= @asOf)',
  }) as const;
const KEY_FILTERS = { 'r.period': keyFiltersOn('r.period'), 'x.period': keyFiltersOn('x.period') };
const keyFilters = (period: keyof typeof KEY_FILTERS) => KEY_FILTERS[period];
const KEY_NAMES = Object.keys(KEY_FILTERS['x.period']);

/** Filters on where a served row comes from, applied after the latest vintage is chosen. */
const ROW_FILTERS = {
  latest: 'v.vintage = 1',
  source: 'x.source = @source',
  report: 'r.id = @report',
  genre: 'r.genre = @genre',
} as const;

const AS_OF = `(@asOf IS NULL OR r.published_at IS NULL OR substr(r.published_at, 1, 10) <= @asOf)`;

const conditions = (filters: Record<string, string>, params: Record<string, unknown>) =>
  ['1', ...Object.entries(filters).flatMap(([name, sql]) => (params[name] == null ? [] : [sql]))].join(
    ' AND ',
  );

// vintage 1 = the latest report with the key; the count of vintages is the rank from either end less
// one. Only rows of a region and period with several reports, or whose key a row of another report
// also gives (a full-year report restating the half-year), need the window (and its sort): the rest
// are each key's only vintage, which keeps the common, one-report case as cheap as before.
// t: the rows with a period of their own that the same filters choose (`own` says how they are
// reached, ownRows), given only when there are any: even an empty t's look-up, made for every row,
// would cost the one-report case a third more.
const vintages = (ofReport: string, own: { from: string; where: string } | null) => `WITH ${
  own
    ? `t AS MATERIALIZED (
  SELECT x.id AS oid, x.indicator_code AS code, r.region, x.period, x.measure,
    coalesce(r.published_at, '') AS published, r.rowid AS loaded
  FROM ${own.from}
  WHERE x.period IS NOT NULL AND ${own.where}),`
    : ''
} c AS (
  SELECT x.id AS oid, x.indicator_code AS code, r.region, r.period, x.measure,
    coalesce(r.published_at, '') AS published, r.rowid AS loaded,
    (SELECT count(*) FROM reports o WHERE o.region = r.region AND o.period = r.period) > 1${
      own
        ? `
    OR EXISTS (SELECT 1 FROM t WHERE t.code = x.indicator_code AND t.region = r.region
               AND t.period = r.period AND t.measure = x.measure)`
        : ''
    } AS several
  FROM observations x JOIN reports r ON r.id = x.report_id
  WHERE x.period IS NULL AND ${ofReport}),
v AS (
  SELECT oid, 1 AS vintage, 1 AS oldestFirst FROM c WHERE NOT several
  UNION ALL
  SELECT oid,
    dense_rank() OVER (PARTITION BY code, region, period, measure ORDER BY published DESC, loaded DESC),
    dense_rank() OVER (PARTITION BY code, region, period, measure ORDER BY published, loaded)
  FROM (SELECT oid, code, region, period, measure, published, loaded FROM c WHERE several${
    own
      ? `
        UNION ALL SELECT oid, code, region, period, measure, published, loaded FROM t`
      : ''
  }))`;

/**
 * The rows with a period of their own that the key filters choose: through the region's reports,
 * or the reports of the period's year (the only ones that can give a figure of it), each led to its
 * few such rows by observations_period_idx; with neither filter, that index is read whole (it holds
 * only those rows). CROSS JOIN keeps SQLite to the order meant.
 */
function ownRows(params: Record<string, unknown>) {
  const where = conditions(keyFilters('x.period'), params);
  if (params.region != null || params.parentRegion != null)
    return { from: 'reports r CROSS JOIN observations x ON x.report_id = r.id', where };
  if (params.period != null)
    return {
      from: 'reports r CROSS JOIN observations x ON x.report_id = r.id',
      where: `r.period > substr(@period, 1, 4) || '-' AND r.period < substr(@period, 1, 4) || '.' AND ${where}`,
    };
  return { from: 'observations x JOIN reports r ON r.id = x.report_id', where };
}

const ORDER = {
  // Within a region and period, vintages oldest first (newest first when reversed).
  period: `${PERIOD_KEY(ROW_PERIOD)}, r.region, ${VINTAGE_ORDER}, x.id`,
  '-period': `${PERIOD_KEY(ROW_PERIOD)} DESC, r.region, ${VINTAGE_ORDER_DESC}, x.id`,
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
  const columns = `x.id, r.region, r.parent_region AS parentRegion, ${ROW_PERIOD} AS period,
    r.period AS reportPeriod, r.genre, r.published_at AS publishedAt,
    x.indicator_code AS indicatorCode, x.indicator_name AS indicatorName, x.source, x.measure, x.value, x.unit,
    x.value_base AS valueBase, x.base_unit AS baseUnit, x.qualifier, x.text, x.raw,
    x.compared_with AS comparedWith,
    v.vintage, v.vintage + v.oldestFirst - 1 AS vintageCount, v.oldestFirst AS vintageOrder,
    coalesce(r.published_at, '') AS vintagePublished, r.rowid AS vintageLoaded, ${PROVENANCE_COLUMNS}`;
  type Statements = {
    page: Database.Statement<Record<string, unknown>, Row>;
    count: Database.Statement<Record<string, unknown>, { n: number }>;
  };
  const prepared = new Map<string, Statements>();
  const ownChecks = new Map<string, Database.Statement<Record<string, unknown>, unknown>>();
  /** Whether the key filters choose any row with a period of its own (an index look-up or two). */
  const anyOwn = (params: Record<string, unknown>, bound: Record<string, unknown>) => {
    const own = ownRows(params);
    const id = `${own.from}|${own.where}`;
    let check = ownChecks.get(id);
    if (!check) {
      check = sqlite.prepare(`SELECT 1 FROM ${own.from} WHERE x.period IS NOT NULL AND ${own.where} LIMIT 1`);
      ownChecks.set(id, check);
    }
    return (
      check.get(Object.fromEntries(Object.entries(bound).filter(([name]) => KEY_NAMES.includes(name)))) !==
      undefined
    );
  };
  const statementsFor = (sort: keyof typeof ORDER, params: Record<string, unknown>, withOwn: boolean) => {
    const ofReport = conditions(keyFilters('r.period'), params);
    const own = withOwn ? ownRows(params) : null;
    const rowWhere = conditions(ROW_FILTERS, params);
    const id = `${sort}|${ofReport}|${rowWhere}|${withOwn}`;
    let statements = prepared.get(id);
    if (!statements) {
      // CROSS JOIN: v first, each row's observation by primary key; the other way round SQLite scanned
      // v (no index) for every observation, 40x slower unfiltered.
      const from = `FROM v CROSS JOIN observations x ON x.id = v.oid JOIN reports r ON r.id = x.report_id ${PROVENANCE_JOIN}
        WHERE ${rowWhere}`;
      statements = {
        page: sqlite.prepare(
          `${vintages(ofReport, own)} SELECT ${columns} ${from} ORDER BY ${ORDER[sort]} LIMIT @limit OFFSET @offset`,
        ),
        count: sqlite.prepare(`${vintages(ofReport, own)} SELECT count(*) AS n ${from}`),
      };
      prepared.set(id, statements);
    }
    return statements;
  };
  // The values of a key in the vintages before a row's: the figures of its region and period (of
  // that year's reports, the only ones that can give one) published before it (and by asOf).
  const earlier = sqlite.prepare<Record<string, unknown>, Figure>(
    `SELECT x.value, x.unit, x.value_base AS valueBase FROM reports r CROSS JOIN observations x ON x.report_id = r.id
     WHERE r.region = @region AND r.period > @year || '-' AND r.period < @year || '.' AND ${ROW_PERIOD} = @period
       AND x.indicator_code = @code AND x.measure = @measure
       AND (coalesce(r.published_at, ''), r.rowid) < (@published, @loaded) AND ${AS_OF}`,
  );
  const revised = (row: Row, asOf: string | null) =>
    row.vintageOrder > 1 &&
    earlier
      .all({
        region: row.region,
        year: row.period.slice(0, 4),
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
      const given = {
        code: filter.codes?.[0],
        region: filter.region,
        parentRegion: filter.parentRegion,
        period: filter.period,
        from: filter.from === undefined ? undefined : periodKey(filter.from),
        to: filter.to === undefined ? undefined : periodKey(filter.to),
        measure: filter.measure,
        asOf: filter.asOf,
        latest: filter.vintages === 'all' ? undefined : 1,
        source: filter.source,
        report: filter.report,
        genre: filter.genre,
      };
      // Only the parameters the statement names (better-sqlite3 refuses others).
      const params = Object.fromEntries(
        Object.entries(given).filter(([name, value]) => value != null && name !== 'latest'),
      );
      const { page: pageOf, count } = statementsFor(
        filter.sort ?? 'period',
        { ...given },
        anyOwn(given, params),
      );
      const asOf = filter.asOf ?? null;
      return {
        items: pageOf.all({ ...params, ...page }).map((row) => {
          const { own, provenance } = splitProvenance(row);
          const { vintage, vintageOrder: _order, vintagePublished: _p, vintageLoaded: _l, ...fields } = own;
          return {
            ...fields,
            periodEnd: periodEndDate(row.period),
            latest: vintage === 1,
            revised: revised(row, asOf),
            provenance,
          };
        }),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },
  };
}
