// The same report loaded from text, a GBK web page, .docx, .doc, a PDF and a traditional-character
// mirror: through the API, /v1/reports/{id}/text sliced at every provenance span gives the sentence
// and the figure, and the observations, targets and rankings agree with the text's.

import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { buildSeedDb, type TempDb } from '../helpers/seed-db.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const FORMATS = [
  ['text', 'xishan-2022-q3.txt', 'text/plain'],
  ['html', 'formats/xishan-2022-q3.gbk.html', 'text/html'],
  ['html', 'formats/xishan-2022-q3.traditional.html', 'text/html'],
  [
    'docx',
    'formats/xishan-2022-q3.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  ['doc', 'formats/xishan-2022-q3.doc', 'application/msword'],
  ['pdf', 'formats/xishan-2022-q3.pdf', 'application/pdf'],
] as const;

interface Served {
  original: Buffer;
  compression: string;
  format: string;
  mediaType: string;
  text: string;
  rows: Record<string, { provenance: Record<string, number | string>; raw?: string; [k: string]: unknown }[]>;
}

const served = new Map<string, Served>();
const dbs: TempDb[] = [];

beforeAll(async () => {
  for (const [, file] of FORMATS) {
    const db = await buildSeedDb([fixture(file)]);
    dbs.push(db);
    const app = await buildApp({ dbFile: db.file, logLevel: 'silent' });
    const [report] = (await app.inject('/v1/reports')).json().items;
    const text = (await app.inject(`/v1/reports/${report.id}/text`)).body;
    const rows: Served['rows'] = {};
    for (const list of ['observations', 'targets', 'rankings', 'facts'])
      rows[list] = (await app.inject(`/v1/${list}?limit=500`)).json().items;
    const original = (await app.inject(`/v1/reports/${report.id}/original`)).rawPayload;
    const sqlite = new Database(db.file, { readonly: true });
    const compression = sqlite.prepare('SELECT compression FROM report_originals').pluck().get() as string;
    sqlite.close();
    served.set(file, {
      format: report.format,
      mediaType: report.mediaType,
      text,
      rows,
      original,
      compression,
    });
    await app.close();
  }
}, 120_000);
afterAll(() => {
  for (const db of dbs) db.cleanup();
});

describe.each(FORMATS)('a %s report (%s)', (format, file, mediaType) => {
  it('records its format and media type', () => {
    const report = served.get(file);
    expect(report?.format).toBe(format);
    expect(report?.mediaType.split(';')[0]).toBe(mediaType);
  });

  it('gives back its original bytes, stored compressed only where that pays', () => {
    const report = served.get(file) as Served;
    expect(report.original.equals(readFileSync(fixture(file)))).toBe(true);
    // This PDF gains 4% (left as it is); the .docx, a zip with stored parts, 16%; text and pages far more.
    expect(report.compression).toBe(format === 'pdf' ? 'none' : format === 'text' ? 'text' : 'br');
  });

  it('gives, at every provenance span of its text, the sentence and the figure', () => {
    const { text, rows } = served.get(file) as Served;
    let checked = 0;
    for (const list of Object.values(rows))
      for (const row of list) {
        const p = row.provenance as {
          start: number;
          end: number;
          sentenceStart: number;
          sentenceEnd: number;
          sentence: string;
        };
        expect(text.slice(p.sentenceStart, p.sentenceEnd)).toBe(p.sentence);
        expect(p.start).toBeGreaterThanOrEqual(p.sentenceStart);
        expect(p.end).toBeLessThanOrEqual(p.sentenceEnd);
        expect(p.end).toBeGreaterThan(p.start);
        checked++;
      }
    expect(checked).toBeGreaterThan(30);
  });

  it('serves the same observations, targets and rankings as the text', () => {
    const key = (rows: Served['rows'][string], fields: string[]) =>
      rows.map((r) => fields.map((f) => String(r[f])).join('|')).sort();
    const { rows } = served.get(file) as Served;
    const { rows: base } = served.get('xishan-2022-q3.txt') as Served;
    const fields = {
      observations: ['indicatorCode', 'measure', 'value', 'unit'],
      targets: ['indicatorCode', 'kind', 'horizon', 'value', 'comparator', 'attainment'],
      rankings: ['indicatorCode', 'rank', 'of', 'scope'],
    };
    for (const [list, keys] of Object.entries(fields))
      expect(key(rows[list] ?? [], keys), list).toEqual(key(base[list] ?? [], keys));
  });
});
