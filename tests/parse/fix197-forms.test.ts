// Forms the one-hundred-and-ninety-seventh held-out batch showed the parser missed (session 35, branch fix197): a
// key-project workbook whose header runs over two rows, 投资（万元） spanning 总投资 and the year's plan (every
// project was lost); a plan table's %-row naming an indicator the catalogue lacks with 增长 glued on.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { joinedHeader, restatesSpanningHeader } from '../../src/parse/table-header-pieces.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county's key-project plan sheet: the header over two rows, class rows, the 合计 row last, a 说明 row. */
const PLAN_SHEET: SheetCell[][] = [
  ['甲川县2026年重点建设项目计划表', null, null, null, null, null, null],
  ['序号', '项目名称', '建设性质', '起止年限', '投资（万元）', null, '责任单位'],
  [null, null, null, null, '总投资', '2026年计划投资', null],
  ['一、产业项目（2个）', null, null, null, 47000, 15000, null],
  [1, '甲川县新型材料产业园（一期）', '新建', '2026-2028', 35000, 10000, '县工信局'],
  [2, '乙镇茶叶精深加工项目', '续建', '2025-2026', 12000, 5000, '县农业局'],
  ['二、社会事业项目（1个）', null, null, null, 9400, 4000, null],
  [3, '甲川县中医医院住院楼', '新建', '2026-2027', 9400, 4000, '县卫健局'],
  ['合计（3个）', null, null, null, 56400, 19000, null],
  ['说明：全县安排重点建设项目3个，总投资5.64亿元。', null, null, null, null, null, null],
];

describe('a project workbook’s header over two rows, 投资（万元） spanning 总投资 and the year’s plan (F4171)', () => {
  it('reads every project with its 总投资 in 元, the spanning cell’s unit its own', () => {
    const projects = sheetReport(PLAN_SHEET, 'projects.xlsx').projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      ['甲川县新型材料产业园(一期)', 350000000, null],
      ['乙镇茶叶精深加工项目', 120000000, null],
      ['甲川县中医医院住院楼', 94000000, null],
    ]);
  });

  it('joins a sub-header restating the spanning word under the spanning unit, any other as before', () => {
    expect(restatesSpanningHeader('投资（万元）', '总投资')).toBe(true);
    expect(restatesSpanningHeader('投资（万元）', '丙村道路')).toBe(false);
    expect(restatesSpanningHeader('投资（万元）', '投资')).toBe(false);
    expect(joinedHeader('投资（万元）', '总投资')).toBe('总投资（万元）');
    expect(joinedHeader('投资（万元）', '2026年计划投资')).toBe('2026年计划投资（万元）');
    expect(joinedHeader('1-6月', '绝对值')).toBe('1-6月绝对值');
  });
});

const PLAN_REPORT = [
  '甲川县关于2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
  '一、2025年计划执行情况',
  '全县生物医药产业增加值12.40亿元，增长9.1%。',
  '二、2026年主要预期目标',
  '表2　甲川县2026年主要预期目标',
  '指标名称\t单位\t2025年完成\t2026年目标\t指标属性',
  '地区生产总值增长\t%\t6.2\t6左右\t预期性',
  '生物医药产业增加值增长\t%\t9.1\t10以上\t预期性',
  '固定资产投资增长\t%\t7.4\t8\t预期性',
].join('\n');

describe('a plan table’s %-row naming an amount the catalogue lacks with 增长 glued on (F4172)', () => {
  it('files the row’s growth and goal under the indicator the prose names, not a new one with 增长', () => {
    const report = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' });
    const prose = report.observations.find((o) => o.source === 'prose' && o.measure === 'level');
    expect(prose?.indicatorName).toBe('生物医药产业增加值');
    const row = report.observations.find((o) => o.source === 'table' && o.quantity?.value === 9.1);
    expect(row?.indicatorCode).toBe(prose?.indicatorCode);
    const goal = report.targets.find((t) => t.value === 10);
    expect([goal?.indicatorCode, goal?.comparator]).toEqual([prose?.indicatorCode, 'gte']);
  });
});
