// The ingest facade passes the file's own name on as a hint (session 13, gmeta): the parser's last
// resort for the place and period of an attachment saved under its title. Places are invented.

import { describe, expect, it } from 'vitest';
import { fileNameOf } from '../../src/ingest/file-name.js';
import { ingest } from '../../src/ingest/index.js';

describe('fileNameOf', () => {
  it.each([
    ['/data/reports/农皋县2021年上半年报告.docx', '农皋县2021年上半年报告.docx'],
    ['C:\\附件\\孔塘县1-5月经济运行情况.pdf', '孔塘县1-5月经济运行情况.pdf'],
    ['https://example.gov.cn/files/%E5%AD%94%E5%A1%98%E5%8E%BF.doc?id=3#p1', '孔塘县.doc'],
    ['https://example.gov.cn/files/', null],
  ])('%s → %s', (name, expected) => {
    expect(fileNameOf(name)).toBe(expected);
  });
});

describe('ingest', () => {
  it("sets the document's fileName hint", async () => {
    const bytes = new TextEncoder().encode('上半年，全县实现地区生产总值68.42亿元。');
    const { document } = await ingest(bytes, { name: 'uploads/农皋县2021年上半年报告.txt' });
    expect(document?.hints.fileName).toBe('农皋县2021年上半年报告.txt');
  });
});
