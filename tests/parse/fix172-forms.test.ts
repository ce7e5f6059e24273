// Forms the one-hundred-and-seventy-second and -fifth held-out batches showed the parser missed (session 34,
// branch fix172): a bare 利润总额 after 规模以上工业营业收入 (no 企业); a 片区's investment read as the
// region's; a WeChat post's 阅读/赞/在看 counts on one line; a key-project workbook's 1—N月 before 调度 in its
// title; a 形象进度 cell's 累计完成投资 over the period's column. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { readTitleText } from '../../src/parse/meta.js';
import { rules } from '../../src/parse/rules.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const ANALYSIS = [
  '甲川县2026年一季度经济运行简析',
  '一、工业生产',
  '一季度，全县规模以上工业增加值同比增长7.2%。规模以上工业营业收入88.4亿元，增长5.1%；利润总额4.36亿元，增长2.7%。',
  '二、投资',
  '一季度，全县固定资产投资增长6.0%。乙湖新城片区完成固定资产投资12.8亿元，增长9.4%。',
  '来源：甲川县统计局',
  '阅读 2345　赞 17　在看 6',
].join('\n');

describe('a bare 利润总额 after the industry’s 营业收入 named without 企业 (F3711)', () => {
  it('reads the profits of the same firms, level and growth', () => {
    const profits = parsedReport(ANALYSIS, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.indicatorCode === 'industrial-profits')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(profits).toContainEqual(['level', 4.36]);
    expect(profits).toContainEqual(['growth', 2.7]);
  });
});

describe('a 片区 of the region with its own investment (F3712)', () => {
  it('gives the 片区’s figures to no observation of the county', () => {
    const investment = parsedReport(ANALYSIS, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.indicatorCode === 'fixed-asset-investment')
      .map((o) => o.quantity?.value);
    expect(investment).toContain(6.0);
    expect(investment).not.toContain(12.8);
    expect(investment).not.toContain(9.4);
  });
});

describe('a WeChat post’s 阅读/赞/在看 counts on one line (F3713)', () => {
  it('is page furniture', () => {
    expect(rules.junk.test('阅读 2345　赞 17　在看 6')).toBe(true);
    expect(rules.junk.test('阅读 2345 点赞 17')).toBe(true);
  });

  it('gives no fact', () => {
    const facts = parsedReport(ANALYSIS, { sourceName: 'analysis.txt' }).facts.map((f) => f.quantity.raw);
    expect(facts).not.toContain('2345');
  });
});

describe('a key-project workbook’s 1—N月 before 调度 in its title (F3714)', () => {
  it('reads the months as the period', () => {
    expect(readTitleText('甲川县2026年重点项目1—7月调度情况表')?.code).toBe('M1-7');
  });
});

/** A county's key-project workbook: the title, the unit, the header, two rows. */
const PROJECT_SHEET: SheetCell[][] = [
  ['甲川县2026年重点项目1—7月调度情况表', null, null, null, null, null],
  ['单位：万元', null, null, null, null, null],
  ['序号', '项目名称', '总投资', '年度计划投资', '1—7月完成', '形象进度'],
  [1, '甲川县绿色建材产业园项目', 92000, 30000, 21000, '已建成投产，累计完成投资8.4亿元'],
  [2, '甲川县城区供水管网改造工程', 26000, 9000, 5200, '完成管网铺设60%'],
];

describe('a 形象进度 cell’s 累计完成投资 over the period’s column (F3715)', () => {
  it('takes the cumulative amount as the completed investment, the column elsewhere', () => {
    const projects = sheetReport(PROJECT_SHEET, 'projects.xlsx').projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      ['甲川县绿色建材产业园项目', 920000000, 840000000],
      ['甲川县城区供水管网改造工程', 260000000, 52000000],
    ]);
  });
});
