// Consistency flags as a list: each with both places that disagree (see src/db/flags.ts).

import type Database from 'better-sqlite3';
import { type PageRequest, PERIOD_KEY, presentConditions, provenanceOf } from './shared.js';

export interface FlagFilter {
  kind?: string | undefined;
  severity?: string | undefined;
  report?: string | undefined;
  region?: string | undefined;
  period?: string | undefined;
}

/**
 * The filters by parameter name; only those given go into the SQL (one statement per combination).
 * The region, period and report filters match either side of a flag.
 */
const CONDITIONS = {
  kind: 'f.kind = @kind',
  severity: 'f.severity = @severity',
  report: '(f.report_id = @report OR f.other_report_id = @report)',
  region: '(r.region = @region OR o.region = @region)',
  period: '(r.period = @period OR o.period = @period)',
};

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
  type Statements = {
    page: Database.Statement<Record<string, unknown>, Row>;
    count: Database.Statement<Record<string, unknown>, { n: number }>;
  };
  const prepared = new Map<string, Statements>();
  const statementsFor = (params: Record<string, unknown>) => {
    const { where, names, bound } = presentConditions(CONDITIONS, params);
    const key = names.join(',');
    let statements = prepared.get(key);
    if (!statements) {
      // Flags and their two reports are all the filters and the order need: the page's flags are
      // chosen from those alone and only they are joined to their sentences and sections (sorting
      // every flag with its sentences took seconds at 10,000 reports). Every flag has both
      // sentences (foreign keys), so the count needs no join to them either.
      const chosen = `FROM flags f JOIN reports r ON r.id = f.report_id JOIN reports o ON o.id = f.other_report_id
        WHERE ${where}`;
      const order = `${PERIOD_KEY('r.period')}, r.region, f.id`;
      statements = {
        page: sqlite.prepare(
          `WITH page AS MATERIALIZED (SELECT f.id ${chosen} ORDER BY ${order} LIMIT @limit OFFSET @offset)
           SELECT f.id, f.kind, f.severity, f.message, f.indicator_code AS indicatorCode, f.start, f."end",
             f.other_start AS otherStart, f.other_end AS otherEnd,
             ${place('', 'r', 's', 'sec')}, ${place('o_', 'o', 'os', 'osec')}
           FROM page CROSS JOIN flags f ON f.id = page.id
             JOIN reports r ON r.id = f.report_id JOIN sentences s ON s.id = f.sentence_id
             LEFT JOIN sections sec ON sec.id = s.section_id
             JOIN reports o ON o.id = f.other_report_id JOIN sentences os ON os.id = f.other_sentence_id
             LEFT JOIN sections osec ON osec.id = os.section_id
           ORDER BY ${order}`,
        ),
        count: sqlite.prepare(`SELECT count(*) AS n ${chosen}`),
      };
      prepared.set(key, statements);
    }
    return { ...statements, bound };
  };
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
      const { page, count, bound } = statementsFor({ ...filter });
      return {
        items: page.all({ ...bound, ...request }).map((row) => ({
          id: row.id,
          kind: row.kind,
          severity: row.severity,
          message: row.message,
          indicatorCode: row.indicatorCode,
          at: side(row, '', row.start, row.end),
          other: side(row, 'o_', row.otherStart, row.otherEnd),
        })),
        total: count.get(bound)?.n ?? 0,
        ...request,
      };
    },
  };
}
