import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect.js';
import { fixture } from './helpers.js';

describe('detectFormat', () => {
  it('knows each fixture by its content, whatever its name says', () => {
    expect(detectFormat(fixture('formats/xishan-2022-q3.pdf'), 'report.txt')).toBe('pdf');
    expect(detectFormat(fixture('formats/xishan-2022-q3.doc'), 'report.docx')).toBe('doc');
    expect(detectFormat(fixture('formats/xishan-2022-q3.docx'), 'report.doc')).toBe('docx');
    expect(detectFormat(fixture('formats/xishan-2022-q3.gbk.html'), 'report.txt')).toBe('html');
    expect(detectFormat(fixture('formats/beiling-2022-h1.br.html'), 'download')).toBe('html');
    expect(detectFormat(fixture('xishan-2022-q3.txt'), 'report.html')).toBe('text');
  });

  it('takes a fragment of markup for a page only when the name or the media type says so', () => {
    const fragment = new TextEncoder().encode('  <span>报告</span><br>全县实现地区生产总值');
    expect(detectFormat(fragment, 'page.htm')).toBe('html');
    expect(detectFormat(fragment, 'x', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat(fragment, 'report.txt')).toBe('text');
  });
});
