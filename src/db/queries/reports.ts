// Read queries for reports: the list with per-report counts, one report, and its section tree.

import { brotliDecompressSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { SectionNode } from '../../http/schemas/reports.js';
import { joinText, type TextGaps, type TextPiece } from '../report-text.js';
import type { reports } from '../schema.js';
import { type PageRequest, PERIOD_ORDER } from './shared.js';

const SUMMARY_COLUMNS = `
  r.id, r.title, r.region, r.parent_region AS parentRegion, r.year, r.period, r.period_label AS periodLabel,
  r.publisher, r.published_at AS publishedAt, r.sha256, r.source_file AS sourceFile, r.loaded_at AS loadedAt,
  r.genre, r.format, r.media_type AS mediaType, r.source_url AS sourceUrl,
  (SELECT count(*) FROM sections WHERE report_id = r.id) AS c_sections,
  (SELECT count(*) FROM sentences WHERE report_id = r.id) AS c_sentences,
  (SELECT count(*) FROM observations WHERE report_id = r.id) AS c_observations,
  (SELECT count(*) FROM targets WHERE report_id = r.id) AS c_targets,
  (SELECT count(*) FROM rankings WHERE report_id = r.id) AS c_rankings,
  (SELECT count(*) FROM projects WHERE report_id = r.id) AS c_projects,
  (SELECT count(*) FROM facts WHERE report_id = r.id) AS c_facts,
  (SELECT count(*) FROM flags WHERE report_id = r.id OR other_report_id = r.id) AS c_flags`;

const LIST_FILTER = `(@region IS NULL OR r.region = @region) AND (@period IS NULL OR r.period = @period)
  AND (@genre IS NULL OR r.genre = @genre)`;

/** The report's columns as the schema defines them (less its source text), plus the counts. */
type SummaryRow = Omit<typeof reports.$inferSelect, 'sourceText' | 'textGaps'> & {
  c_sections: number;
  c_sentences: number;
  c_observations: number;
  c_targets: number;
  c_rankings: number;
  c_projects: number;
  c_facts: number;
  c_flags: number;
};

interface SectionRow extends Omit<SectionNode, 'children'> {
  parentId: number | null;
}

function summaryOf(row: SummaryRow) {
  const {
    c_sections,
    c_sentences,
    c_observations,
    c_targets,
    c_rankings,
    c_projects,
    c_facts,
    c_flags,
    ...report
  } = row;
  return {
    ...report,
    counts: {
      sections: c_sections,
      sentences: c_sentences,
      observations: c_observations,
      targets: c_targets,
      rankings: c_rankings,
      projects: c_projects,
      facts: c_facts,
      flags: c_flags,
    },
  };
}

export type ReportSummaryRecord = ReturnType<typeof summaryOf>;

/** Builds the section tree from rows in document order (parents always precede children). */
function sectionTree(rows: SectionRow[]): SectionNode[] {
  const byId = new Map<number, SectionNode>();
  const roots: SectionNode[] = [];
  for (const { parentId, ...row } of rows) {
    const node: SectionNode = { ...row, children: [] };
    byId.set(node.id, node);
    const parent = parentId === null ? undefined : byId.get(parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function reportQueries(sqlite: Database.Database) {
  const list = sqlite.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE ${LIST_FILTER}
     ORDER BY ${PERIOD_ORDER('r.period')}, r.region, r.id LIMIT @limit OFFSET @offset`,
  );
  const count = sqlite.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM reports r WHERE ${LIST_FILTER}`,
  );
  const one = sqlite.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE r.id = ?`);
  const sections = sqlite.prepare<[string], SectionRow>(
    `SELECT id, parent_id AS parentId, number, title, level, phase, start, "end", line
     FROM sections WHERE report_id = ? ORDER BY ordinal`,
  );
  const total = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM reports');
  const sourceText = sqlite.prepare<[string], { text: string; gaps: string | null }>(
    'SELECT source_text AS text, text_gaps AS gaps FROM reports WHERE id = ?',
  );
  const sentencePieces = sqlite.prepare<[string], TextPiece>(
    'SELECT start, text FROM sentences WHERE report_id = ? ORDER BY ordinal',
  );
  const reportText = (id: string): string | null => {
    const row = sourceText.get(id);
    if (!row) return null;
    return row.gaps === null ? row.text : joinText(sentencePieces.all(id), JSON.parse(row.gaps) as TextGaps);
  };
  const original = sqlite.prepare<
    [string],
    { bytes: Buffer; compression: string; mediaType: string; sourceFile: string; sha256: string }
  >(
    `SELECT o.bytes, o.compression, r.media_type AS mediaType, r.source_file AS sourceFile, r.sha256
     FROM report_originals o JOIN reports r ON r.id = o.report_id WHERE o.report_id = ?`,
  );

  return {
    reportCount: () => total.get()?.n ?? 0,
    listReports(
      filter: { region?: string | undefined; period?: string | undefined; genre?: string | undefined },
      page: PageRequest,
    ) {
      const params = {
        region: filter.region ?? null,
        period: filter.period ?? null,
        genre: filter.genre ?? null,
      };
      return {
        items: list.all({ ...params, ...page }).map(summaryOf),
        total: count.get(params)?.n ?? 0,
        ...page,
      };
    },
    /** The text every provenance offset of the report indexes; null when there is no such report. */
    reportText,
    /** The report's file as it was loaded, with its media type; null when there is no such report. */
    reportOriginal: (id: string) => {
      const row = original.get(id);
      if (!row) return null;
      const { compression, ...rest } = row;
      const bytes =
        compression === 'br'
          ? brotliDecompressSync(row.bytes)
          : compression === 'text'
            ? Buffer.from(reportText(id) ?? '')
            : row.bytes;
      return { ...rest, bytes };
    },
    getReport(id: string) {
      const row = one.get(id);
      return row ? { ...summaryOf(row), sections: sectionTree(sections.all(id)) } : null;
    },
  };
}
