// Forms the two-hundred-and-twenty-ninth to thirty-first held-out batches showed the parser missed (session 36,
// branch fix229): a note mark set inline at the text's size ([1]) glued to the figure a PDF line wrapped before; a
// year's 重点项目计划表 whose amount-done column runs to a month; 确保完成市下达的能耗双控任务; 该项目已累计完成投资;
// a stage of the works done whole after a project's name; horses in 匹. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { wrappedBefore, wrappedBeforeUnit } from '../../src/ingest/pdf-wrap.js';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

describe('a PDF line broken before an inline note mark and its figure (总值 / [1]N亿元，…) (F4781)', () => {
  // 16-point text, digits a little over half an em: the line stopped 4 ems short, no room for [1]87.14.
  it('was wrapped: the mark goes with the number and its unit', () => {
    expect(wrappedBeforeUnit('全年实现地区生产总值', 64, '[1]87.14亿元，增长5.2%。', 16, 0.54)).toBe(true);
    expect(wrappedBefore(64, '[1]87.14，增长5.2%。', 16, 0.54)).toBe(true);
  });

  it('but not with a gap wider than the mark and the number', () => {
    expect(wrappedBeforeUnit('全年实现地区生产总值', 120, '[1]87.14亿元，增长5.2%。', 16, 0.54)).toBe(false);
  });
});

const PLAN_SHEET: SheetCell[][] = [
  ['甲川县2026年重点项目计划表', null, null, null, null, null],
  ['单位：万元', null, null, null, null, null],
  ['序号', '项目名称', '建设性质', '总投资', '年度计划投资', '1—9月完成'],
  [1, '甲川县新型建材产业园项目', '新开工', 64000, 21000, 16800],
  [2, '甲川县城区供水管网改造工程', '续建', 22000, 8000, 5000],
  ['合计', null, null, 86000, 29000, 21800],
];

describe('a year’s 重点项目计划表 whose amount-done column runs to a month (1—9月完成) (F4782)', () => {
  it('reports on those months: the period is the first three quarters', () => {
    expect(sheetReport(PLAN_SHEET, 'projects.xlsx').meta.period).toBe('2026-Q3');
  });
});

const PLAN_REPORT = [
  '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '一、2026年计划执行情况',
  '全年地区生产总值增长5.1%，固定资产投资增长4.3%。',
  '二、2027年经济社会发展的主要目标和任务',
  '2027年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业3000人以上；确保完成市下达的能耗双控任务。',
].join('\n');

describe('a goal in words after 确保, the indicator named inside it (确保完成市下达的能耗双控任务) (F4783)', () => {
  it('is the binding energy goal of the next year, with no figure', () => {
    const report = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt' });
    const energy = report.targets.filter((t) => t.indicatorCode === 'energy-emission-targets');
    expect(energy.map((t) => [t.horizon, t.value])).toEqual([['next-year', null]]);
  });
});

const PROJECT_PLAN = [
  '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '二、2027年经济社会发展的主要任务',
  '（一）全力扩大有效投资。全年安排重点项目60个，年度计划投资45亿元。加快总投资12.4亿元的甲川经开区新型材料产业园建设，该项目已累计完成投资5.2亿元；开工建设总投资3.6亿元的甲川县城乡供水工程。',
].join('\n');

describe('a project’s amount done said after 该项目 with both 已 and 累计 (该项目已累计完成投资Y亿元) (F4784)', () => {
  it('is the completed investment of the project the clause before named', () => {
    const report = parsedReport(PROJECT_PLAN, { sourceName: 'plan.txt' });
    const park = report.projects.find((p) => p.name === '甲川经开区新型材料产业园');
    expect(park?.mentions.map((m) => m.plannedInvestment)).toContain(1240000000);
    expect(park?.mentions.map((m) => m.completedInvestment)).toContain(520000000);
  });
});

const PROGRESS = [
  '关于甲川县2026年前三季度国民经济和社会发展计划执行情况的报告',
  '一、前三季度计划执行情况',
  '项目建设加快推进。总投资4.8亿元的甲川县50兆瓦风电项目风机基础全部完成；乙河县城供水工程完成投资0.6亿元。',
].join('\n');

describe('a project named with a stage of its works done whole (甲风电项目风机基础全部完成) (F4785)', () => {
  it('ends the name at the project: the stage is where it stands', () => {
    const report = parsedReport(PROGRESS, { sourceName: 'plan.txt' });
    expect(report.projects.map((p) => p.name)).toContain('甲川县50兆瓦风电项目');
  });
});

const HERD = [
  '甲川县2026年国民经济和社会发展统计公报',
  '二、农业',
  '年末牲畜存栏40.2万头（只），比上年末增长2.1%。其中，牛存栏6.4万头；羊存栏32.5万只；马存栏1.3万匹。',
].join('\n');

describe('horses counted in 匹 (马存栏N万匹) (F4786)', () => {
  it('is a count in 匹, the classifier kept with its magnitude', () => {
    const report = parsedReport(HERD, { sourceName: 'communique.txt' });
    const horses = report.facts.filter((f) => f.subject === '马存栏');
    expect(horses.map((f) => [f.quantity.unit, f.quantity.valueBase])).toEqual([['万匹', 13000]]);
  });
});

const ROAD = [
  '甲川县2026年1—10月经济运行分析',
  '1—10月，全县固定资产投资增长4.2%。',
  '重点项目建设有序推进。甲川至乙河二级公路改建工程路基工程已全部完成，丙河大桥桩基全部完成。',
].join('\n');

describe('a road named with its bed done whole; a bridge’s piles are no project of their own (F4785)', () => {
  it('ends the road’s name at 工程 and reads no bridge project', () => {
    const names = parsedReport(ROAD, { sourceName: 'analysis.txt' }).projects.map((p) => p.name);
    expect(names).toContain('甲川至乙河二级公路改建工程');
    expect(names).not.toContain('丙河大桥');
  });
});
