// Forms the held-out batches 142, 143 and 145 showed the parser missed (session 33, branch fix142): a project
// named with only the pipes it has laid (已铺设管网N公里); a key-project workbook whose title puts the months
// before 进度表 (重点建设项目1—N月进度表); a numbered building after a project's full name (…项目二号厂房).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const PLAN = [
  '关于甲岭县2026年1—9月国民经济和社会发展计划执行情况的报告',
  '甲岭县发展和改革局',
  '一、总体情况',
  '1—9月，全县地区生产总值增长5.8%。',
  '二、重点项目推进情况',
  '甲岭县物流园项目总投资12亿元，1—9月完成投资4.2亿元。甲岭县农村供水保障项目已铺设管网42公里。',
  '三、下一步工作',
  '推动甲岭县高新区电子材料产业园项目三号厂房9月底前完成主体施工。',
].join('\n');

describe('a project named with the pipes it has laid (F3181)', () => {
  it('reads 甲项目已铺设管网N公里 as the project with its progress, no amounts', () => {
    const names = parsedReport(PLAN, { sourceName: 'plan.txt' }).projects.map((p) => p.name);
    expect(names).toContain('甲岭县农村供水保障项目');
  });
});

describe('a numbered building after a project named in full (F3183)', () => {
  it('names the project, not 项目N号厂房', () => {
    const names = parsedReport(PLAN, { sourceName: 'plan.txt' }).projects.map((p) => p.name);
    expect(names).toContain('甲岭县高新区电子材料产业园项目');
    expect(names.some((n) => n.includes('厂房'))).toBe(false);
  });
});

/** A bureau's key-project workbook whose title gives the months before 进度表. */
const WORKBOOK: SheetCell[][] = [
  ['乙川县2026年重点建设项目1—7月进度表', null, null, null, null],
  ['单位：万元', null, null, null, null],
  ['项目名称', '总投资', '年度计划投资', '1—7月完成', '进展情况'],
  ['乙川县城南污水处理厂扩建工程', 18000, 6000, 3900, '主体施工'],
  ['乙川县职业中学新校区', 26000, 9000, 5100, '基础施工'],
  ['合计', 44000, 15000, 9000, null],
];

describe('a key-project workbook titled …项目1—N月进度表 (F3182)', () => {
  it('takes the period from the header of the months done, not the year', () => {
    expect(sheetReport(WORKBOOK, 'projects.xls').meta.period).toBe('2026-M1-7');
  });
});

const REVIEW = [
  '关于丙塘县2026年上半年国民经济和社会发展计划执行情况的审查意见',
  '上半年，全县地区生产总值增长5.6%。',
  '一是农村居民收入增长偏慢，低于经济增长0.4个百分点。',
].join('\n');

describe('an income’s margin under the economy’s growth said with 增长 (F3184)', () => {
  it('reads 低于经济增长B个百分点 as a comparison of the income before it', () => {
    const comparisons = parsedReport(REVIEW, { sourceName: 'review.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(comparisons).toEqual([['rural-disposable-income-per-capita', -0.4]]);
  });
});
