// Excel 97–2003 (.xls) and WPS (.et) workbooks (session 15, gxls), read through SheetJS into the blocks the
// .xlsx reader gives: merged header cells, numbers as their formats show them, dates, two sheets, an empty
// sheet; a cut or damaged file is a clear problem and nothing is loaded. Invented place and figures (瑶沙县,
// scripts/accuracy-files/yaosha.ts builds both files).

import { describe, expect, it } from 'vitest';
import { ole2Kind } from '../../src/ingest/containers.js';
import { detectFormat, ingest } from '../../src/ingest/index.js';
import { xlsCell } from '../../src/ingest/xls.js';
import { cleanlyIngested } from '../helpers/report.js';
import { accuracyFile, expectSpansHold, fixture } from './helpers.js';

const INDICATORS = 'formats/yaosha-2025-m4-indicators.xls';
const schedule = (): Uint8Array => accuracyFile('yaosha-2025-m4-projects.xls');

describe('Excel 97–2003 workbooks (.xls, .et)', () => {
  it('is told by its Workbook stream, whatever the file is called', () => {
    const bytes = fixture(INDICATORS);
    expect(ole2Kind(bytes)).toBe('workbook');
    expect(detectFormat(bytes, '1-4月主要指标.xls')).toBe('xls');
    expect(detectFormat(bytes, '1-4月主要指标.docx')).toBe('xls');
  });

  it('reads two sheets: title and unit lines as paragraphs, each grid as a table, merged headers in their first cell', async () => {
    const document = await cleanlyIngested(fixture(INDICATORS), { name: '主要指标.xls' });
    expectSpansHold(document);
    expect(document.format).toBe('xls');
    expect(document.mediaType).toBe('application/vnd.ms-excel');
    expect(document.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'table',
    ]);
    expect(document.text.split('\n')).toEqual([
      '瑶沙县2025年1-4月主要经济指标',
      '单位：万元',
      '指标名称\t单位\t4月\t\t1-4月\t',
      '\t\t绝对值\t增长%\t绝对值\t增长%',
      // Numbers as the formats show them: #,##0.0, 0.0 (4.300000000000001 shows 4.3), 0.0%.
      '规模以上工业总产值\t万元\t38,615.0\t7.1\t146,273.00\t6.3',
      '社会消费品零售总额\t万元\t21,408.5\t4.3\t83,127.25\t4.6',
      '外贸进出口总额\t万美元\t1,204.0\t15.2%\t4,712.00\t11.8%',
      '制表日期\t\t2025年5月12日\t\t\t',
      '瑶沙县2025年4月末金融机构存贷款',
      '指标名称\t4月末\t比年初增长%\t同比增长%',
      '金融机构本外币各项存款余额（亿元）\t152.36\t5.27\t8.40',
      '金融机构本外币各项贷款余额（亿元）\t118.09\t3.10\t6.25',
    ]);
  });

  it('reads a workbook renamed .docx as a workbook, and skips an empty sheet', async () => {
    const document = await cleanlyIngested(schedule(), { name: '重点项目.docx' });
    expect(document.format).toBe('xls');
    expect(document.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'paragraph',
    ]);
    // A share computed as 2560 / 6200 × 100 is stored as a double and shown by its 0.0 format.
    expect(document.text).toContain(
      '1\t瑶沙县城区供水管网改造工程\t改造供水主管网46公里，新建加压泵站2座\t18600\t6200\t2560\t41.3\t',
    );
  });

  it('reports a cut or damaged workbook as xls-unreadable and loads nothing', async () => {
    const whole = fixture(INDICATORS);
    for (const cut of [whole.subarray(0, 2048), whole.subarray(0, whole.length - 600)]) {
      const { document, problems } = await ingest(cut, { name: 'cut.xls' });
      expect(document).toBeNull();
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'xls-unreadable',
          severity: 'error',
          message: expect.stringMatching(/\.xls.*truncated, damaged or password-protected/),
        }),
      ]);
    }
  });

  it('reports a password-protected workbook as xls-unreadable, saying so', async () => {
    // Encryption shows as a FILEPASS record after the workbook's BOF: turn the record there into one.
    const bytes = new Uint8Array(fixture(INDICATORS));
    const bof = Buffer.from(bytes).indexOf(Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    view.setUint16(bof + 20, 0x002f, true);
    view.setUint16(bof + 24, 0, true);
    const { document, problems } = await ingest(bytes, { name: 'locked.xls' });
    expect(document).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'xls-unreadable',
        message: expect.stringMatching(/password-protected$/),
      }),
    ]);
  });

  it('says a file cut before its directory may be a truncated .xls', async () => {
    const { document, problems } = await ingest(fixture(INDICATORS).subarray(0, 1024), { name: 'cut.xls' });
    expect(document).toBeNull();
    expect(problems[0]?.code).toBe('doc-unreadable');
    expect(problems[0]?.message).toMatch(/cut short, a truncated \.doc or \.xls/);
  });

  it('shows a cell as Excel does: the number format, a date as its calendar day, errors as their code', () => {
    expect(xlsCell(undefined)).toBeNull();
    expect(xlsCell({ t: 'n', v: 12.299999999999999, z: '0.0', w: '12.3' })).toBe('12.3');
    expect(xlsCell({ t: 'n', v: 1.86, z: '0', w: '2' })).toBe('1.86');
    expect(xlsCell({ t: 'n', v: 41.29032258064516, z: '0.0', w: '41.3' })).toBe('41.3');
    expect(xlsCell({ t: 'n', v: 68420, z: '#,##0', w: '68,420' })).toBe('68,420');
    expect(xlsCell({ t: 'n', v: 0.061, z: '0.0%', w: '6.1%' })).toBe('6.1%');
    expect(xlsCell({ t: 'n', v: 45789, z: 'yyyy"年"m"月"d"日"' })).toEqual(new Date(Date.UTC(2025, 4, 12)));
    expect(xlsCell({ t: 's', v: '单位：万元' })).toBe('单位：万元');
    expect(xlsCell({ t: 'e', v: 7, w: '#DIV/0!' })).toBe('#DIV/0!');
  });
});
