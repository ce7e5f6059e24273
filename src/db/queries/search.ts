// Full-text search over report sentences. The FTS5 index uses the trigram tokenizer, which needs
// three or more characters; shorter queries (风电) scan the sentences with LIKE instead. User text
// is always quoted as one FTS5 string, so its syntax characters are searched for literally.

import type Database from 'better-sqlite3';
import {
  containsPattern,
  type PageRequest,
  PERIOD_ORDER,
  PROVENANCE_COLUMNS,
  type ProvenanceRow,
  provenanceOf,
  REPORT_FILTER,
  type ReportFilter,
  reportParams,
} from './shared.js';

/** Quotes text as an FTS5 string literal: inside double quotes, a quote is doubled. */
export function ftsLiteral(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

const SNIPPET_RADIUS = 40;

/** A window of `text` around the first match of `q`, and where every match falls inside it. */
export function snippetOf(text: string, q: string) {
  const haystack = text.toLowerCase();
  const needle = q.toLowerCase();
  const first = haystack.indexOf(needle);
  if (first < 0 || needle.length === 0) return { snippet: text.slice(0, 2 * SNIPPET_RADIUS), highlights: [] };
  const from = Math.max(0, first - SNIPPET_RADIUS);
  const to = Math.min(text.length, first + needle.length + SNIPPET_RADIUS);
  const prefix = from > 0 ? '…' : '';
  const highlights: { start: number; end: number }[] = [];
  for (
    let at = first;
    at >= 0 && at + needle.length <= to;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    highlights.push({ start: at - from + prefix.length, end: at - from + prefix.length + needle.length });
  }
  return { snippet: `${prefix}${text.slice(from, to)}${to < text.length ? '…' : ''}`, highlights };
}

type HitRow = ProvenanceRow & {
  sentenceId: number;
  region: string;
  period: string;
  kind: string;
  text: string;
};

const COLUMNS = `x.id AS sentenceId, r.region, r.period, x.kind, x.text, ${PROVENANCE_COLUMNS}`;

export function searchQueries(sqlite: Database.Database) {
  // Provenance of a sentence is the sentence itself: join it to itself as `s`.
  const from = `JOIN reports r ON r.id = x.report_id JOIN sentences s ON s.id = x.id
    LEFT JOIN sections sec ON sec.id = x.section_id`;
  const fts = {
    page: sqlite.prepare<Record<string, unknown>, HitRow>(
      `SELECT ${COLUMNS} FROM sentences_fts f JOIN sentences x ON x.id = f.rowid ${from}
       WHERE sentences_fts MATCH @match AND ${REPORT_FILTER}
       ORDER BY f.rank, x.id LIMIT @limit OFFSET @offset`,
    ),
    count: sqlite.prepare<Record<string, unknown>, { n: number }>(
      `SELECT count(*) AS n FROM sentences_fts f JOIN sentences x ON x.id = f.rowid ${from}
       WHERE sentences_fts MATCH @match AND ${REPORT_FILTER}`,
    ),
  };
  const like = {
    page: sqlite.prepare<Record<string, unknown>, HitRow>(
      `SELECT ${COLUMNS} FROM sentences x ${from}
       WHERE x.text LIKE @like ESCAPE '\\' AND ${REPORT_FILTER}
       ORDER BY ${PERIOD_ORDER('r.period')}, r.region, x.report_id, x.ordinal LIMIT @limit OFFSET @offset`,
    ),
    count: sqlite.prepare<Record<string, unknown>, { n: number }>(
      `SELECT count(*) AS n FROM sentences x ${from} WHERE x.text LIKE @like ESCAPE '\\' AND ${REPORT_FILTER}`,
    ),
  };

  return {
    search(q: string, filter: ReportFilter, page: PageRequest) {
      // Trigrams count characters; a query under three code points cannot use the index.
      const useFts = [...q].length >= 3;
      const statements = useFts ? fts : like;
      const params = { ...reportParams(filter), match: ftsLiteral(q), like: containsPattern(q) };
      return {
        items: statements.page.all({ ...params, ...page }).map((row) => {
          const { sentenceId, region, period, kind, text } = row;
          return {
            sentenceId,
            reportId: row.reportId,
            region,
            period,
            kind,
            text,
            ...snippetOf(text, q),
            provenance: provenanceOf(row),
          };
        }),
        total: statements.count.get(params)?.n ?? 0,
        ...page,
      };
    },
  };
}
