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

/**
 * Splits a row selected with PROVENANCE_COLUMNS into the record's own fields (reportId stays among
 * them) and its provenance.
 */
export function splitProvenance<T extends ProvenanceRow>(row: T) {
  const { start, end, sentence, sentenceStart, sentenceEnd, line, sectionPath, ...own } = row;
  return { own, provenance: provenanceOf(row) };
}

/** Filters on the report a row belongs to (`r`); every parameter may be null to mean "any". */
export const REPORT_FILTER = `
  (@region IS NULL OR r.region = @region)
  AND (@period IS NULL OR r.period = @period)
  AND (@report IS NULL OR r.id = @report)`;

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

/** `%text%` with LIKE's own wildcards escaped (use with ESCAPE '\\'). */
export function containsPattern(text: string | undefined): string | null {
  return text === undefined ? null : `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
