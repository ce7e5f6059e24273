// Consistency flags as a list: each with both places that disagree (see src/db/flags.ts).

import type Database from 'better-sqlite3';
import { type PageRequest, PERIOD_KEY, provenanceOf } from './shared.js';

export interface FlagFilter {
  kind?: string | undefined;
  severity?: string | undefined;
  report?: string | undefined;
  region?: string | undefined;
  period?: string | undefined;
}

/** The region, period and report filters match either side of a flag. */
const FILTER = `
  (@kind IS NULL OR f.kind = @kind) AND (@severity IS NULL OR f.severity = @severity)
  AND (@report IS NULL OR f.report_id = @report OR f.other_report_id = @report)
  AND (@region IS NULL OR r.region = @region OR o.region = @region)
  AND (@period IS NULL OR r.period = @period OR o.period = @period)`;

const place = (prefix: string, report: string, sentence: string, section: string) => `
  ${report}.id AS ${prefix}reportId, ${report}.region AS ${prefix}region, ${report}.period AS ${prefix}period,
  ${sentence}.text AS ${prefix}sentence, ${sentence}.start AS ${prefix}sentenceStart,
  ${sentence}."end" AS ${prefix}sentenceEnd, ${sentence}.line AS ${prefix}line, ${section}.path AS ${prefix}sectionPath`;

interface PlaceRow {
  reportId: string;
  region: string;
  period: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  line: number;
  sectionPath: string | null;
}

type Row = {
  id: number;
  kind: string;
  severity: string;
  message: string;
  indicatorCode: string | null;
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
} & Record<string, unknown>;

export function flagQueries(sqlite: Database.Database) {
  const from = `FROM flags f
    JOIN reports r ON r.id = f.report_id JOIN sentences s ON s.id = f.sentence_id
    LEFT JOIN sections sec ON sec.id = s.section_id
    JOIN reports o ON o.id = f.other_report_id JOIN sentences os ON os.id = f.other_sentence_id
    LEFT JOIN sections osec ON osec.id = os.section_id
    WHERE ${FILTER}`;
  const page = sqlite.prepare<Record<string, unknown>, Row>(
    `SELECT f.id, f.kind, f.severity, f.message, f.indicator_code AS indicatorCode, f.start, f."end",
       f.other_start AS otherStart, f.other_end AS otherEnd,
       ${place('', 'r', 's', 'sec')}, ${place('o_', 'o', 'os', 'osec')}
     ${from}
     ORDER BY ${PERIOD_KEY('r.period')}, r.region, f.id LIMIT @limit OFFSET @offset`,
  );
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n ${from}`);

  const side = (row: Row, prefix: string, start: number, end: number) => {
    const at = (key: string) => row[`${prefix}${key}`];
    return {
      region: at('region') as string,
      period: at('period') as string,
      provenance: provenanceOf({
        ...(Object.fromEntries(
          ['reportId', 'sentence', 'sentenceStart', 'sentenceEnd', 'line', 'sectionPath'].map((k) => [
            k,
            at(k),
          ]),
        ) as unknown as PlaceRow),
        start,
        end,
      }),
    };
  };

  return {
    listFlags(filter: FlagFilter, request: PageRequest) {
      const params = {
        kind: filter.kind ?? null,
        severity: filter.severity ?? null,
        report: filter.report ?? null,
        region: filter.region ?? null,
        period: filter.period ?? null,
      };
      return {
        items: page.all({ ...params, ...request }).map((row) => ({
          id: row.id,
          kind: row.kind,
          severity: row.severity,
          message: row.message,
          indicatorCode: row.indicatorCode,
          at: side(row, '', row.start, row.end),
          other: side(row, 'o_', row.otherStart, row.otherEnd),
        })),
        total: count.get(params)?.n ?? 0,
        ...request,
      };
    },
  };
}
