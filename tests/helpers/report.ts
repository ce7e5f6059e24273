// Reports for tests, and the documents they are read from, as the loader reads them; a refusal (no
// document, no report) fails the test with its problems, so a test needs no null check of its own.

import { expect } from 'vitest';
import { infoLineOf, render, titleOf } from '../../src/ingest/draft.js';
import { ingest } from '../../src/ingest/index.js';
import { type SheetCell, sheetBlocks } from '../../src/ingest/sheet-blocks.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { XLSX_MEDIA_TYPE } from '../../src/ingest/xlsx.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';

/** What parseReportText reads from `text` with these options, or a thrown error listing its problems. */
export function parsedReport(text: string, options: Parameters<typeof parseReportText>[1]): ParsedReport {
  const { report, problems } = parseReportText(text, options);
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
}

/**
 * What the parser reads from a workbook sheet's rows, drafted as the xlsx ingest drafts them (its title and
 * info line found among the rows), or a thrown error listing its problems; `given` is the region and period a
 * loader's --region/--period would give.
 */
export function sheetReport(
  rows: SheetCell[][],
  sourceName = 'sheet.xlsx',
  given: { region?: string; period?: string } = {},
): ParsedReport {
  const blocks = sheetBlocks(rows);
  const document = render(blocks, 'xlsx', XLSX_MEDIA_TYPE, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  const { report, problems } = parseDocument(document, { sourceName, sha256: '0', ...given });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
}

/** A small report for a form test: a title, one section heading, then the lines under test. */
export function sectionReport(sourceName: string, title: string, lines: readonly string[]): ParsedReport {
  return parsedReport([title, '一、综合', ...lines].join('\n'), { sourceName });
}

/** The document ingest reads from a file's bytes, or a thrown error listing its problems. */
export async function ingestedDocument(
  bytes: Uint8Array,
  options: Parameters<typeof ingest>[1],
): Promise<SourceDocument> {
  const { document, problems } = await ingest(bytes, options);
  if (!document) throw new Error(`${options.name}: no document: ${JSON.stringify(problems)}`);
  return document;
}

/** The document ingest reads from a file's bytes, asserting that it reads it without a single problem. */
export async function cleanlyIngested(
  bytes: Uint8Array,
  options: Parameters<typeof ingest>[1],
): Promise<SourceDocument> {
  const { document, problems } = await ingest(bytes, options);
  expect(problems).toEqual([]);
  if (!document) throw new Error(`${options.name}: no document`);
  return document;
}

/** A file read end to end as the loader reads it: its document, then the report parsed from that. */
export async function ingestedReport(
  bytes: Uint8Array,
  name: string,
): Promise<{ document: SourceDocument; report: ParsedReport }> {
  const document = await ingestedDocument(bytes, { name });
  const { report, problems } = parseDocument(document, { sourceName: name, sha256: '0' });
  if (!report) throw new Error(`${name}: no report: ${JSON.stringify(problems)}`);
  return { document, report };
}

/** A form test's reader: the lines under test, title and headings among them, as one report's text. */
export const linesReader =
  (sourceName: string) =>
  (...lines: string[]): ParsedReport =>
    parsedReport(lines.join('\n'), { sourceName });

/** A form test's reader: the lines under test as one section of a report under `title` (sectionReport). */
export const sectionReader =
  (sourceName: string, title: string) =>
  (...lines: string[]): ParsedReport =>
    sectionReport(sourceName, title, lines);

/** An observation as form tests compare it: indicator, measure, value and unit (null where none). */
export const observationRow = (o: ParsedReport['observations'][number]) => [
  o.indicatorCode,
  o.measure,
  o.quantity?.value ?? null,
  o.quantity?.unit ?? null,
];
