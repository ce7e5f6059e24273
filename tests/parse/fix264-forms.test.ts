// Forms the two-hundred-and-sixty-fourth held-out batch showed the parser missed (session 38, branch fix264): a
// county's key-project programme workbook titled 重点项目建设计划 with its sheet's class in brackets and a 1—N月
// amount-done column (F5401); a department's year summary naming its field before 工作总结 (2027年招商引资工作总结和
// 2028年工作计划, F5402); a size class said to be lacking with no count (50亿元以上项目仍未突破, F5403). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const CLASS_SHEET: SheetCell[][] = [
  ['沄溪县2027年重点项目建设计划（产业项目）', null, null, null, null, null, null],
  ['单位：万元', null, null, null, null, null, null],
  ['序号', '项目名称', '建设起止年限', '总投资', '年度计划投资', '1—9月完成投资', '责任单位'],
  ['小计', null, null, 91000, 30000, 24100, null],
  [1, '沄溪县新型纺织产业园项目', '2026—2028', 63000, 21000, 17400, '县工业和信息化局'],
  [2, '沄溪县冷链物流中心项目', '2027—2028', 28000, 9000, 6700, '县商务局'],
  ['说明：1—9月，产业项目完成投资2.41亿元，完成年度计划的80.3%。', null, null, null, null, null, null],
];

describe('a key-project programme workbook titled 重点项目建设计划（产业项目） (F5401)', () => {
  const report = sheetReport(CLASS_SHEET, 'projects.xlsx');

  it('is read as the programme’s schedule of the months its amount-done column runs to', () => {
    expect(report.meta.genre).toBe('statistics-analysis');
    expect(report.meta.period).toBe('2027-Q3');
  });

  it('with its projects: planned the 总投资, completed the 1—9月 cell', () => {
    const textile = report.projects.find((p) => p.name === '沄溪县新型纺织产业园项目');
    expect(textile).toBeDefined();
  });
});

const SUMMARY = [
  '沄溪县2027年招商引资工作总结和2028年工作计划',
  '一、2027年招商引资工作完成情况',
  '全年招商引资实际到位资金64.2亿元，同比增长6.1%，完成年度目标任务的101.5%。',
  '二、存在的问题',
  '一是大项目偏少，30亿元以上项目仍未突破，20亿元以上项目仍是空白；二是外资利用不足。',
  '三、2028年工作计划',
  '2028年，全县招商引资实际到位资金增长7%左右。',
].join('\n');

describe('a department’s year summary naming its field before 工作总结 (F5402)', () => {
  it('is the year’s execution with next year’s plan', () => {
    const report = parsedReport(SUMMARY, { sourceName: 'summary.txt' });
    expect(report.meta.genre).toBe('plan-execution-and-draft');
    expect(report.meta.period).toBe('2027-FY');
  });
});

describe('a size class said to be lacking, with no count (30亿元以上项目仍未突破) (F5403)', () => {
  it('is a bound of the class’s name, not a figure', () => {
    const report = parsedReport(SUMMARY, { sourceName: 'summary.txt' });
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws.some((r) => r.includes('30亿元'))).toBe(false);
    expect(raws.some((r) => r.includes('20亿元'))).toBe(false);
    expect(raws.some((r) => r.includes('64.2亿元'))).toBe(true);
  });
});
