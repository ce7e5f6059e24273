// Session 15 (gxls): a key-project schedule attached as a workbook titled as a table (…年1-4月县重点项目
// 计划完成表, after a real county's 2025 .xls attachment, docs/corpus.md), and an attachment's file name
// read without its workbook or web-archive extension. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { fileNameTitle } from '../../src/parse/file-name-hint.js';
import { readTitleText } from '../../src/parse/meta.js';

describe('a key-project schedule titled …计划完成表', () => {
  it.each([
    ['瑶沙县2025年1-4月县重点项目计划完成表', '2025-M1-4'],
    ['瑶沙县2025年1-4月县重点项目及重大前期项目计划完成表', '2025-M1-4'],
    ['瑶沙县2025年上半年重点建设项目计划完成情况表', '2025-H1'],
  ])('%s is a key-project schedule of %s', (title, period) => {
    const read = readTitleText(title);
    expect(read?.genre).toBe('statistics-analysis');
    expect(read?.region).toBe('瑶沙县');
    expect(`${read?.year}-${read?.code}`).toBe(period);
  });

  it('does not take a plan table of another subject for one', () => {
    expect(readTitleText('瑶沙县2025年招生计划完成表')).toBeNull();
  });
});

describe("an attachment's file name", () => {
  it.each([
    '附件2：瑶沙县2025年1-4月县重点项目计划完成表.xls',
    '瑶沙县2025年1-4月县重点项目计划完成表(2).et',
    '瑶沙县2025年1-4月县重点项目计划完成表.xlsx',
    '瑶沙县2025年1-4月县重点项目计划完成表.mht',
  ])('%s reads as its title without the extension', (name) => {
    expect(fileNameTitle(name)).toMatchObject({
      title: '瑶沙县2025年1-4月县重点项目计划完成表',
      region: '瑶沙县',
      code: 'M1-4',
    });
  });
});
