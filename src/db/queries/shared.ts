// SQL fragments and row mappers every read query shares: provenance joins, report filters,
// chronological period order and LIKE escaping.

import type { ProvenanceBody } from '../../http/schemas/common.js';

/** Columns selected by PROVENANCE_JOIN for `provenanceOf`; `x` is the alias of the row's table. */
export const PROVENANCE_COLUMNS = `
  x.report_id AS reportId, x.start AS start, x."end" AS "end",
  s.text AS sentence, s.start AS sentenceStart, s."end" AS sentenceEnd, s.line AS line,
  sec.path AS sectionPath`;

export const PROVENANCE_JOIN = `
  JOIN sentences s ON s.id = x.sentence_id
  LEFT JOIN sections sec ON sec.id = s.section_id`;

export interface ProvenanceRow {
  reportId: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  line: number;
  sectionPath: string | null;
}

const parsedPaths = new Map<string, string[]>();

function sectionPath(json: string | null): string[] {
  if (!json) return [];
  let path = parsedPaths.get(json);
  if (!path) {
    const parsed: unknown = JSON.parse(json);
    path = Array.isArray(parsed) ? parsed.map(String) : [];
    if (parsedPaths.size < 10_000) parsedPaths.set(json, path);
  }
  return path;
}

export function provenanceOf(row: ProvenanceRow): ProvenanceBody {
  return {
    reportId: row.reportId,
    sectionPath: sectionPath(row.sectionPath),
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    sentenceStart: row.sentenceStart,
    sentenceEnd: row.sentenceEnd,
    line: row.line,
  };
}

/** SQLite keeps booleans as 0/1: a target's `derived` flag as the boolean the API promises. */
export function withDerivedFlag<T extends Record<string, unknown>>(row: T): T {
  return 'derived' in row ? { ...row, derived: row.derived === 1 || row.derived === true } : row;
}

/**
 * Splits a row selected with PROVENANCE_COLUMNS into the record's own fields (reportId stays among
 * them) and its provenance.
 */
export function splitProvenance<T extends ProvenanceRow>(row: T) {
  const { start, end, sentence, sentenceStart, sentenceEnd, line, sectionPath, ...own } = row;
  return { own, provenance: provenanceOf(row) };
}

/**
 * An observation's period (`x` the observation, `r` its report): its own when the report scopes the
 * figure to an earlier period of its year (a full-year report's 上半年 figure), else its report's.
 * Queries that filter on it select the two kinds apart where they need an index (reports by period;
 * the few rows with a period of their own by observations_period_idx): one condition on the
 * coalesce could use neither.
 */
export const ROW_PERIOD = 'coalesce(x.period, r.period)';

/**
 * Filters on the report a row belongs to (`r`); every parameter may be null to mean "any". `period`
 * is where the row's period is (an observation's may be its own: ROW_PERIOD in observations.ts).
 */
export const reportFilter = (period = 'r.period') => `
  (@region IS NULL OR r.region = @region)
  AND (@period IS NULL OR ${period} = @period)
  AND (@report IS NULL OR r.id = @report)`;
export const REPORT_FILTER = reportFilter();

/**
 * The report filters as separate conditions (`r` the report), for queries that put only the given
 * ones into their SQL (`presentConditions`): `@x IS NULL OR …` can use no index.
 */
export const REPORT_CONDITIONS = {
  region: 'r.region = @region',
  period: 'r.period = @period',
  report: 'r.id = @report',
} as const;

/**
 * The conditions whose parameter is given (not null or undefined), joined with AND ('1' when none),
 * the names of those parameters (a key for the statement prepared from them) and the parameters
 * themselves, since better-sqlite3 refuses a named parameter the statement does not use. Values are
 * always bound, never written into the SQL.
 */
export function presentConditions(conditions: Record<string, string>, params: Record<string, unknown>) {
  const names = Object.keys(conditions).filter((name) => params[name] != null);
  return {
    where: names.length ? names.map((name) => conditions[name]).join(' AND ') : '1',
    names,
    bound: Object.fromEntries(names.map((name) => [name, params[name]])),
  };
}

export interface ReportFilter {
  region?: string | undefined;
  period?: string | undefined;
  report?: string | undefined;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

/** Named parameters for REPORT_FILTER: better-sqlite3 needs every name bound, so absent means null. */
export function reportParams(filter: ReportFilter) {
  return { region: filter.region ?? null, period: filter.period ?? null, report: filter.report ?? null };
}

/**
 * Sorts periods chronologically within a year: 2020-Q1 < 2020-H1 < 2020-M1-9 < 2020-FY.
 * Plain string order would put FY first.
 */
export const PERIOD_ORDER = (column: string) => `
  CAST(substr(${column}, 1, 4) AS INTEGER),
  CASE
    WHEN ${column} LIKE '%-Q1' THEN 3 WHEN ${column} LIKE '%-Q2' THEN 6
    WHEN ${column} LIKE '%-H1' THEN 6 WHEN ${column} LIKE '%-Q3' THEN 9
    WHEN ${column} LIKE '%-Q4' OR ${column} LIKE '%-FY' OR ${column} LIKE '%-H2' THEN 12
    WHEN ${column} LIKE '%-M%-%' THEN CAST(substr(${column}, instr(substr(${column}, 7), '-') + 7) AS INTEGER)
    ELSE 99
  END`;

/** The month a period code ends in: Q1 → 3, H1 → 6, Q3 and M1-9 → 9, FY → 12 (null when it is none). */
export function periodEndMonth(period: string): number | null {
  const m = /^\d{4}-(?:(Q[1-4])|(H[12])|(FY)|M\d{1,2}-(\d{1,2}))$/.exec(period);
  if (!m) return null;
  if (m[1]) return Number(m[1].slice(1)) * 3;
  if (m[2]) return m[2] === 'H1' ? 6 : 12;
  if (m[3]) return 12;
  return Number(m[4]);
}

/** One sortable number per period, year × 100 + its end month (2020-H1 → 202006), as SQL. */
export const PERIOD_KEY = (column: string) => `
  (CAST(substr(${column}, 1, 4) AS INTEGER) * 100 + CASE
    WHEN ${column} LIKE '%-Q1' THEN 3 WHEN ${column} LIKE '%-Q2' THEN 6
    WHEN ${column} LIKE '%-H1' THEN 6 WHEN ${column} LIKE '%-Q3' THEN 9
    WHEN ${column} LIKE '%-Q4' OR ${column} LIKE '%-FY' OR ${column} LIKE '%-H2' THEN 12
    WHEN ${column} LIKE '%-M%-%' THEN CAST(substr(${column}, instr(substr(${column}, 7), '-') + 7) AS INTEGER)
    ELSE 99
  END)`;

/** PERIOD_KEY of a period code, computed here (for from/to bounds). */
export function periodKey(period: string): number | null {
  const month = periodEndMonth(period);
  return month === null ? null : Number(period.slice(0, 4)) * 100 + month;
}

/** The last day of a period (2020-H1 → 2020-06-30), for charts that place values on a time axis. */
export function periodEndDate(period: string): string | null {
  const month = periodEndMonth(period);
  if (month === null) return null;
  const year = Number(period.slice(0, 4));
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reports of one region and period in vintage order, oldest first: by publication (a report that
 * does not say when sorts oldest), then in the order loaded. `r` is the report's alias.
 */
export const VINTAGE_ORDER = `coalesce(r.published_at, ''), r.rowid`;
export const VINTAGE_ORDER_DESC = `coalesce(r.published_at, '') DESC, r.rowid DESC`;

/** `%text%` with LIKE's own wildcards escaped (use with ESCAPE '\\'). */
export function containsPattern(text: string | undefined): string | null {
  return text === undefined ? null : `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
