// Forms the eightieth held-out batch showed the parser missed (session 26, branch fix80): a county
// development-and-reform commission's year plan of key projects issued as a workbook titled 计划表 (refused
// before: only 调度表, 进度表, 完成表 and the like were read as a bureau's schedule); a problem part's margin of
// one revenue's growth under another's (税收收入增长乏力，增速低于一般公共预算收入…); a comparison with neighbour
// counties led by its aspect (经济总量方面，五县中…，我县居第3位，与居首位的甲县相差…). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county's year plan: title, header with units, a 合计 row, a class row, two projects, a note and a signature. */
const PLAN: SheetCell[][] = [
  ['苇岚县2026年重点项目计划表', null, null, null, null, null, null, null],
  [
    '序号',
    '项目名称',
    '建设性质',
    '建设内容及规模',
    '起止年限',
    '总投资（万元）',
    '2026年计划投资（万元）',
    '责任单位',
  ],
  ['合计（2个）', null, null, null, null, '51300', '20400', null],
  ['一、产业项目（2个）', null, null, null, null, '51300', '20400', null],
  ['1', '苇岚县果蔬冷链加工园', '新建', '新建冷库3万吨', '2026—2027', '32100', '12200', '县商务局'],
  [
    '2',
    '苇岚县纺织产业园标准化厂房',
    '续建',
    '建设厂房9万平方米',
    '2025—2026',
    '19200',
    '8200',
    '县工业和信息化局',
  ],
  ['注：本计划共安排县重点项目2个，总投资5.13亿元。', null, null, null, null, null, null, null],
  ['苇岚县发展和改革委员会　2026年2月10日', null, null, null, null, null, null, null],
];

describe('a county’s year plan of key projects titled 计划表 (F1721)', () => {
  it('is read as a statistics analysis of the plan’s year, not refused', () => {
    const { meta } = sheetReport(PLAN, 'plan.xlsx');
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苇岚县', '2026-FY']);
  });

  it('is read likewise when the plan is a 计划安排表 of key and preparatory projects', () => {
    const rows: SheetCell[][] = [
      ['苇岚县2026年重点及重大前期项目计划安排表', ...(PLAN[0] ?? []).slice(1)],
      ...PLAN.slice(1),
    ];
    const { meta } = sheetReport(rows, 'plan.xlsx');
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苇岚县', '2026-FY']);
  });

  it('gives each project its 总投资 as planned investment and no completed figure', () => {
    const { projects } = sheetReport(PLAN, 'plan.xlsx');
    const figures = (p: (typeof projects)[number]) => [
      p.name,
      p.mentions.map((m) => m.plannedInvestment),
      p.mentions.map((m) => m.completedInvestment),
    ];
    expect(projects.map(figures)).toEqual([
      ['苇岚县果蔬冷链加工园', [321000000], [null]],
      ['苇岚县纺织产业园标准化厂房', [192000000], [null]],
    ]);
  });
});

describe('a growth said before 低于 and another indicator named after it (F1722)', () => {
  const TEXT = [
    '苇岚县统计局',
    '2024年前三季度苇岚县经济运行分析',
    '前三季度，全县一般公共预算收入12.6亿元，同比增长4.1%。其中，税收收入8.2亿元，增长2.5%。',
    '三、需要关注的问题',
    '三是税收收入增长乏力，增速低于一般公共预算收入1.6个百分点。',
  ].join('\n');

  it('is a comparison of the clause’s own indicator with the other’s growth, not a change of the other', () => {
    const { observations } = parsedReport(TEXT, { sourceName: 'analysis.txt' });
    const margins = observations.filter((o) => Math.abs(o.quantity?.value ?? 0) === 1.6);
    expect(margins.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['tax-revenue', 'comparison', -1.6],
    ]);
  });
});

describe('a comparison with neighbours led by its aspect, the group opening a clause (F1723–F1725)', () => {
  const TEXT = [
    '苇岚县统计局',
    '2024年前三季度苇岚县经济运行分析',
    '前三季度，全县实现地区生产总值186.2亿元，同比增长5.9%。',
    '二、与周边县比较',
    '经济总量方面，五县中甲河县、乙山县分列前两位，我县居第3位，与居首位的甲河县相差21.3亿元。',
  ].join('\n');
  const ranks = () =>
    parsedReport(TEXT, { sourceName: 'analysis.txt' }).rankings.map((r) => [r.indicatorCode, r.rank, r.of]);

  it('ranks the aspect’s indicator among the counted group (F1723, F1724)', () => {
    expect(ranks()).toContainEqual(['gdp', 3, 5]);
  });

  it('gives no rank for the place 居首位 describes after 与 (F1725)', () => {
    expect(ranks()).toEqual([['gdp', 3, 5]]);
  });
});
