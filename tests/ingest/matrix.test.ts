// The ingest matrix: the same small report, composed from seeded choices (matrix-report.ts), is read
// as plain text and in the file layouts real sites serve it in — web pages of every charset, CMS
// furniture, article markup and table shape (matrix-html.ts), Word files (matrix-docx.ts) — and every
// layout must give the figures the plain text gives, each at its own text. A failure names the case
// and its layout, which the seeds rebuild.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';
import { expectSpansHold, figures } from './helpers.js';
import { docxLayout, renderDocx } from './matrix-docx.js';
import { describeLayout, htmlLayout, renderHtml } from './matrix-html.js';
import { composeReport, plainText, random } from './matrix-report.js';

const REPORTS = 100;
/** Web pages drawn per report; a Word file for every second report (building and reading one costs most). */
const PAGES = 2;
const WORD_EVERY = 2;

interface Case {
  name: string;
  seed: number;
  layout: string;
  read: () => Promise<{ bytes: Uint8Array; name: string; mediaType?: string }>;
}

const reports = Array.from({ length: REPORTS }, (_, k) => composeReport(7919 * (k + 1)));
const cases: Case[] = reports.flatMap((report, k) => {
  const r = random(104729 * (k + 1));
  const pages = Array.from({ length: PAGES }, (): Case => {
    const layout = htmlLayout(r);
    return {
      name: `${report.id} as a web page`,
      seed: k,
      layout: describeLayout(layout),
      read: async () => ({ ...renderHtml(report, layout), name: 'report.html' }),
    };
  });
  const words = Array.from({ length: k % WORD_EVERY === 0 ? 1 : 0 }, (): Case => {
    const layout = docxLayout(r);
    return {
      name: `${report.id} as a Word file`,
      seed: k,
      layout: describeLayout(layout),
      read: async () => ({ bytes: await renderDocx(report, layout), name: 'report.docx' }),
    };
  });
  return [...pages, ...words];
});

const plainReports = new Map<number, ParsedReport>();
function plainReport(seed: number): ParsedReport {
  const known = plainReports.get(seed);
  if (known) return known;
  const { report } = parseReportText(plainText(reports[seed] ?? composeReport(0)), {
    sourceName: 'report.txt',
  });
  if (!report) throw new Error(`report ${seed} does not parse as plain text`);
  plainReports.set(seed, report);
  return report;
}

describe('the composed reports as plain text', () => {
  it.each(reports.map((report, seed) => ({ id: report.id, seed })))(
    '$id reads its prose and table figures, goals, ranks and project',
    ({ seed }) => {
      const report = plainReport(seed);
      expect(report.observations.length).toBeGreaterThan(5);
      expect(report.targets.length).toBeGreaterThan(0);
      expect(report.rankings.length).toBeGreaterThan(0);
      expect(report.projects.length).toBe(1);
    },
  );
});

describe('the composed reports in file layouts', () => {
  it.each(cases)('$name ($layout)', async ({ seed, layout, read }) => {
    const file = await read();
    const { document, problems } = await ingest(file.bytes, file);
    expect(document, `${layout}: ${problems.map((p) => p.message).join('; ')}`).not.toBeNull();
    if (!document) return;
    expectSpansHold(document);
    const { report } = parseDocument(document, { sourceName: file.name, sha256: '0' });
    const context = `${layout}\n--- ingested text:\n${document.text}`;
    if (!report) throw new Error(`no report: ${context}`);
    // Every line of the plain text is a line of the ingested text: nothing of the report is lost.
    // (The title may be typed over two lines: its reading is checked below.)
    const lines = (text: string) => text.split('\n').map((l) => l.replace(/\s/g, ''));
    const ingested = new Set(lines(document.text));
    const [, ...body] = lines(plainText(reports[seed] ?? composeReport(0)));
    const missing = body.filter((l) => l !== '' && !ingested.has(l));
    expect(missing, context).toEqual([]);
    expect(figures(report), context).toEqual(figures(plainReport(seed)));
    expect(report.meta.title, context).toBe(plainReport(seed).meta.title);
  });
});
