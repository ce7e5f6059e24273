// One report, every format: the parser must find the same figures whichever file it came in, and every
// figure's provenance must point at its own text in the document it was read from.

import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/ingest/types.js';
import type { ParsedReport, Provenance } from '../../src/parse/types.js';
import { ingestedReport } from '../helpers/report.js';
import { figures, fixture } from './helpers.js';

function parse(name: string): Promise<{ document: SourceDocument; report: ParsedReport }> {
  return ingestedReport(fixture(name), name);
}

function expectProvenance(document: SourceDocument, report: ParsedReport) {
  /**
   * A prose target's raw text is its clause (确保全年地区生产总值增长7%左右), its span the figure's
   * words; a table target's raw text is its cell, which is its span.
   */
  const check = (raw: string, provenance: Provenance, clause = false) => {
    const figure = document.text.slice(provenance.start, provenance.end);
    if (clause) {
      expect(figure).not.toBe('');
      expect(raw.endsWith(figure)).toBe(true);
    } else expect(figure).toBe(raw);
    const sentence = report.sentences[provenance.sentenceIndex];
    expect(sentence).toBeDefined();
    expect(provenance.start).toBeGreaterThanOrEqual(sentence?.start ?? Number.POSITIVE_INFINITY);
    expect(provenance.end).toBeLessThanOrEqual(sentence?.end ?? -1);
    expect(document.text.slice(sentence?.start, sentence?.end)).toBe(sentence?.text);
  };
  for (const o of report.observations) check(o.quantity?.raw ?? o.text ?? '', o.provenance);
  for (const t of report.targets) check(t.raw, t.provenance, true);
  for (const r of report.rankings) check(r.raw, r.provenance);
}

describe.each([
  {
    report: 'xishan-2022-q3',
    text: 'xishan-2022-q3.txt',
    others: [
      'formats/xishan-2022-q3.gbk.html',
      'formats/xishan-2022-q3.traditional.html',
      'formats/xishan-2022-q3.docx',
      'formats/xishan-2022-q3.doc',
      'formats/xishan-2022-q3.pdf',
    ],
  },
  { report: 'beiling-2022-h1', text: 'beiling-2022-h1.txt', others: ['formats/beiling-2022-h1.br.html'] },
  // Real layouts (scripts/build-real-layout-fixtures.ts): a page pasted from Word, a .docx whose table
  // a page break split with its header typed again, a PDF Chromium printed over three pages.
  {
    report: 'zechuan-2023-h1',
    text: 'formats/zechuan-2023-h1.txt',
    others: [
      'formats/zechuan-2023-h1.word.html',
      'formats/zechuan-2023-h1.docx',
      'formats/zechuan-2023-h1.pdf',
    ],
  },
])('$report in every format', async ({ text, others }) => {
  const base = await parse(text);

  it('reads as text with a table, targets and rankings or with prose figures', () => {
    expect(base.report.observations.length).toBeGreaterThan(10);
    expect(base.report.targets.length).toBeGreaterThan(0);
    expect(base.report.rankings.length).toBeGreaterThan(0);
    expectProvenance(base.document, base.report);
  });

  it.each(others)('%s gives the same figures, each at its own text', async (name) => {
    const { document, report } = await parse(name);
    expect(figures(report)).toEqual(figures(base.report));
    expect(report.meta.title).toBe(base.report.meta.title);
    expect(report.meta.publisher).toBe(base.report.meta.publisher);
    expect(report.table?.columns.map((c) => c.role)).toEqual(base.report.table?.columns.map((c) => c.role));
    expectProvenance(document, report);
  });
});
