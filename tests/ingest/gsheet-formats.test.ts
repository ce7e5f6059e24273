// File formats offices and statistics bureaus attach besides Word and PDF (session 13, gsheet): Excel
// workbooks (.xlsx read; .xls and WPS .et, refused then, are read since session 15: gxls-workbooks.test.ts), WPS documents (.wps, the Word 97
// binary format) and pages saved as web archives (.mht). Invented places and figures.

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ole2Kind, unreadableContainer, zipKind } from '../../src/ingest/containers.js';
import { detectFormat, ingest } from '../../src/ingest/index.js';
import { htmlPartOf, isMht } from '../../src/ingest/mht.js';
import { sheetBlocks } from '../../src/ingest/sheet-blocks.js';
import { cleanlyIngested, ingestedDocument } from '../helpers/report.js';
import { accuracyFile, expectSpansHold, fixture } from './helpers.js';

const accuracy = accuracyFile;
const WORKBOOK = 'ruochuan-2024-m8-indicators.xlsx';

/** The first bytes of an OLE2 file and a directory sector naming the given streams (what detection reads). */
function ole2With(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (streams.length + 1));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + 128 * i;
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

/** A ZIP whose one part, stored, has the given name (the local header is what detection reads). */
function zipWith(name: string): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  new DataView(header.buffer).setUint16(26, name.length, true);
  header.set(new TextEncoder().encode(name), 30);
  return header;
}

describe('telling containers apart by their parts', () => {
  it('sends a ZIP with xl/workbook.xml to the workbook reader and one with word/document.xml to Word', () => {
    expect(zipKind(accuracy(WORKBOOK))).toBe('workbook');
    expect(detectFormat(accuracy(WORKBOOK), 'report.docx')).toBe('xlsx');
    expect(zipKind(fixture('formats/xishan-2022-q3.docx'))).toBe('word');
    expect(detectFormat(fixture('formats/xishan-2022-q3.docx'), 'report.xlsx')).toBe('docx');
  });

  it('knows an OLE2 file by its streams: WordDocument, or Workbook/Book for .xls and .et', () => {
    expect(ole2Kind(fixture('formats/xishan-2022-q3.doc'))).toBe('word');
    expect(ole2Kind(ole2With('Workbook', 'ETExtData', '\u0005SummaryInformation'))).toBe('workbook');
    expect(ole2Kind(ole2With('Book'))).toBe('workbook');
    expect(ole2Kind(ole2With('PowerPoint Document'))).toEqual({ other: expect.stringMatching(/PowerPoint/) });
    expect(ole2Kind(ole2With('EncryptedPackage'))).toEqual({ other: expect.stringMatching(/password/) });
    // A file cut before its directory: the .doc reader tries it and says why it cannot.
    const doc = fixture('formats/xishan-2022-q3.doc');
    expect(ole2Kind(doc.subarray(0, doc.length / 2))).toBe('unknown');
  });

  // Session 15 (gxls): .xls and .et were refused here ('save it as .xlsx'); they are read now, so a
  // Workbook stream with nothing in it is a damaged workbook, not an unsupported format.
  it('sends an .xls or .et workbook to the .xls reader, refuses other OLE2 and ZIP files, and loses no other file', async () => {
    expect(unreadableContainer(ole2With('Workbook'))).toBeNull();
    const empty = await ingest(ole2With('Workbook'), { name: '1-8月主要指标.et' });
    expect(empty.document).toBeNull();
    expect(empty.problems).toEqual([
      expect.objectContaining({
        code: 'xls-unreadable',
        severity: 'error',
        message: expect.stringMatching(/\.xls/),
      }),
    ]);
    expect(unreadableContainer(ole2With('PowerPoint Document'))).toMatch(
      /no Word document or workbook but a PowerPoint/,
    );
    expect(unreadableContainer(zipWith('ppt/presentation.xml'))).toMatch(/ZIP archive/);
    expect((await ingest(accuracy(WORKBOOK), { name: 'next.xlsx' })).document?.format).toBe('xlsx');
  });
});

describe('Excel workbooks (.xlsx)', () => {
  it('gives each sheet its title and unit lines as paragraphs and its grid as a table', async () => {
    const document = await cleanlyIngested(accuracy(WORKBOOK), { name: 'ruochuan.xlsx' });
    expectSpansHold(document);
    expect(document.format).toBe('xlsx');
    expect(document.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'paragraph',
      'paragraph',
      'table',
    ]);
    const lines = document.text.split('\n');
    expect(lines[0]).toBe('若川县2024年1-8月主要经济指标');
    expect(lines).toContain('规模以上工业增加值\t%\t—\t9.3\t—\t7.8');
    expect(lines).toContain('其中：工业用电量\t万千瓦时\t6127\t14.6\t43185\t11.3');
  });

  it('keeps a group label alone on its row inside the table, and notes after it as paragraphs', () => {
    const blocks = sheetBlocks([
      ['岚岙县2023年5月工业主要指标', null, null],
      ['指标', '本月', '1-5月'],
      ['其中：开发区', null, null],
      ['工业总产值', 1.5, 7.25],
      ['注：本表为快报数。', null, null],
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '岚岙县2023年5月工业主要指标' },
      {
        kind: 'table',
        rows: [
          [{ text: '指标' }, { text: '本月' }, { text: '1-5月' }],
          [{ text: '其中：开发区' }, { text: '' }, { text: '' }],
          [{ text: '工业总产值' }, { text: '1.5' }, { text: '7.25' }],
        ],
      },
      { kind: 'paragraph', text: '注：本表为快报数。' },
    ]);
  });

  it('reports a damaged workbook as unreadable instead of throwing', async () => {
    const whole = accuracy(WORKBOOK);
    const { document, problems } = await ingest(whole.subarray(0, 1200), { name: 'cut.xlsx' });
    expect(document).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'xlsx-unreadable',
        severity: 'error',
        message: expect.stringMatching(/damaged/),
      }),
    ]);
  });
});

describe('WPS documents (.wps)', () => {
  it('reads a .wps in the Word 97 format through the .doc reader, as its .doc twin', async () => {
    const wps = fixture('formats/xishan-2022-q3.wps');
    expect(detectFormat(wps, 'report.wps')).toBe('doc');
    const { document } = await ingest(wps, { name: 'report.wps' });
    const { document: doc } = await ingest(fixture('formats/xishan-2022-q3.doc'), { name: 'report.doc' });
    if (!document || !doc) throw new Error('no document');
    expect(document.format).toBe('doc');
    expect(document.text).toContain('西山');
    expect(document.text.replace(/\s+/g, '')).toBe(doc.text.replace(/\s+/g, ''));
  });
});

describe('web archives (.mht)', () => {
  const message = (part: string[]) =>
    Buffer.from(
      [
        'From: <Saved by Windows Internet Explorer 8>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related;',
        '\tboundary="----=_NextPart_000_0001";',
        '\ttype="text/html"',
        '',
        '------=_NextPart_000_0001',
        ...part,
        '------=_NextPart_000_0001--',
        '',
      ].join('\r\n'),
      'latin1',
    );

  it('reads the GB2312 quoted-printable html part as a page', async () => {
    const bytes = accuracy('enqiao-2022-q3-analysis.mht');
    expect(detectFormat(bytes, 'page.mht')).toBe('mht');
    const document = await ingestedDocument(bytes, { name: 'page.mht' });
    expectSpansHold(document);
    expect(document.format).toBe('mht');
    expect(document.hints.charset).toBe('gb2312');
    expect(document.hints.title).toBe('前三季度恩桥区经济运行情况');
    expect(document.text).not.toMatch(/打印本页|网站标识码|=\r?\n|=[0-9A-F]{2}/);
  });

  it('unwraps a base64 part and a quoted-printable one with soft breaks', () => {
    const html = '<html><body><p>岚岙县上半年实现地区生产总值12.5亿元。</p></body></html>';
    const base64 = message([
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64'),
      '',
    ]);
    expect(htmlPartOf(base64)?.html.toString('utf8')).toBe(html);
    const gbk = iconv.encode('增长6.5%', 'gbk');
    const qp = `${[...gbk].map((b) => `=${b.toString(16).toUpperCase()}`).join('')}`;
    const soft = message([
      'Content-Type: text/html; charset=gb2312',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      `<p>${qp.slice(0, 12)}=`,
      `${qp.slice(12)}</p>`,
      '',
    ]);
    const part = htmlPartOf(soft);
    expect(part?.charset).toBe('gb2312');
    expect(iconv.decode(part?.html ?? Buffer.alloc(0), 'gbk')).toBe('<p>增长6.5%</p>\r\n');
  });

  it('is told by its MIME headers, not by a page that mentions them', () => {
    expect(isMht('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n')).toBe(true);
    expect(isMht('全县实现地区生产总值\nMIME-Version: 1.0\n')).toBe(false);
    expect(isMht('Content-Type: text/plain\r\nMIME-Version: 1.0\r\n\r\n')).toBe(false);
  });

  it('gives a clear error for an archive without an html part', async () => {
    const bytes = message([
      'Content-Type: image/gif',
      'Content-Transfer-Encoding: base64',
      '',
      'R0lGODlhAQABAAAAACw=',
      '',
    ]);
    const { document, problems } = await ingest(bytes, { name: 'x.mht' });
    expect(document).toBeNull();
    expect(problems[0]?.code).toBe('mht-unreadable');
  });
});
