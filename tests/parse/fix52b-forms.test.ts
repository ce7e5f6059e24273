// Forms of the held-out-52 batch's year report and county indicator page (session 21, fix52b), in tables
// and sentences of our own with invented places and figures: a year report's 市下达指导目标 column (the
// year's guidance), a named ceiling written 左右 (低于3%左右的调控目标).

import { describe, expect, it } from 'vitest';
import { sectionReport } from '../helpers/report.js';

const report = (title: string, ...lines: string[]) => sectionReport('fix52b.txt', title, lines);
const FY = '关于柘岭区2022年国民经济和社会发展计划执行情况及2023年国民经济和社会发展计划草案的报告';
const H1 = '柘岭区2022年上半年国民经济和社会发展计划执行情况的报告';

const GUIDANCE_TABLE = [
  '表1　柘岭区2022年主要经济指标完成情况',
  '指标名称\t单位\t年度目标（增长%）\t市下达指导目标（增长%）\t完成数\t增长（%）\t全市排位',
  '地区生产总值\t亿元\t7\t6.5\t196.42\t6.8\t3',
  '社会消费品零售总额\t亿元\t9\t8\t84.17\t8.4\t5',
];

describe("a year report's guidance column (table-guidance-horizon.ts)", () => {
  it('holds the year’s guidance, as the 年度目标 beside it holds the year’s goal', () => {
    const read = report(FY, ...GUIDANCE_TABLE);
    expect(read.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.attainment])).toEqual([
      ['gdp', 'target', 'full-year', 7, 'missed'],
      ['gdp', 'guidance', 'full-year', 6.5, 'met'],
      ['retail-sales', 'target', 'full-year', 9, 'missed'],
      ['retail-sales', 'guidance', 'full-year', 8, 'met'],
    ]);
  });

  it("keeps a half-year report's guidance the period's", () => {
    const read = report(H1, ...GUIDANCE_TABLE.map((l) => l.replace('完成数', '1-6月完成')));
    expect(read.targets.filter((t) => t.kind === 'guidance').map((t) => t.horizon)).toEqual([
      'period',
      'period',
    ]);
  });
});

describe('a named ceiling written 左右 (prose-figure-targets.ts)', () => {
  it('is a goal of about the figure, the 低于 its verdict', () => {
    const read = report(FY, '居民消费价格上涨1.1%，低于3.5%左右的调控目标。');
    expect(
      read.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([['cpi', 'full-year', 3.5, 'approx', 'met']]);
  });

  it('keeps a ceiling written bare at most its figure', () => {
    const read = report(FY, '居民消费价格上涨1.1%，低于3.5%的调控目标。');
    expect(read.targets.map((t) => [t.value, t.comparator])).toEqual([[3.5, 'lte']]);
  });
});

describe('a numbered result line that says its plan was met in words (prose.ts, prose-named-verdicts.ts)', () => {
  it('is a word-only target judged by its words, though read as an item heading', () => {
    const read = report(
      FY,
      '9.居民消费价格上涨1.1%，低于3.5%左右的调控目标。',
      '10.单位地区生产总值能耗下降完成市下达的年度目标任务。',
    );
    expect(
      read.targets
        .filter((t) => t.indicatorCode === 'energy-emission-targets')
        .map((t) => [t.kind, t.value, t.attainment]),
    ).toEqual([['target', null, 'met']]);
  });

  it('leaves an item heading that names no indicator', () => {
    const read = report(FY, '2.工业经济完成年度目标任务。', '规模以上工业企业达到126户。');
    expect(read.targets).toEqual([]);
  });
});

describe('a works carried out with its phase in brackets (project-implemented.ts)', () => {
  const PLAN = '二、2023年国民经济和社会发展计划草案';
  it('names one project, though nothing is said of how it stands', () => {
    const read = report(
      FY,
      '岚柘河流域水环境综合治理项目（一期）总投资2.8亿元，完成投资1.6亿元。',
      PLAN,
      '（三）坚持乡村振兴。新建高标准农田1.5万亩；实施岚柘河流域水环境综合治理项目（二期）。',
    );
    expect(read.projects.map((p) => [p.name, p.mentions.map((m) => m.phase)])).toEqual([
      ['岚柘河流域水环境综合治理项目(一期)', ['reported']],
      ['岚柘河流域水环境综合治理项目(二期)', ['planned']],
    ]);
  });

  it('keeps a works carried out with no phase and nothing said of it no project', () => {
    const read = report(FY, PLAN, '（三）坚持乡村振兴。实施岚柘河流域水环境综合治理项目。');
    expect(read.projects).toEqual([]);
  });
});

describe('a table row named with the period its figures are for (table-row-period.ts)', () => {
  const M10 = '2023年1—10月岑柳县主要经济指标完成情况';
  const TABLE = [
    '指标名称\t单位\t1—10月\t同比增长（%）\t增速全市排位',
    '社会消费品零售总额\t亿元\t12.45\t6.2\t2',
    '城镇居民人均可支配收入（前三季度）\t元\t31208\t5.1\t4',
  ];

  it('is the catalogue indicator, its figures that period’s and its rank the indicator’s', () => {
    const read = report(M10, ...TABLE);
    expect(
      read.observations
        .filter((o) => o.source === 'table')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['retail-sales', 'level', 12.45, null],
      ['retail-sales', 'growth', 6.2, null],
      ['urban-disposable-income-per-capita', 'level', 31208, '2023-Q3'],
      ['urban-disposable-income-per-capita', 'growth', 5.1, '2023-Q3'],
    ]);
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['retail-sales', 2],
      ['urban-disposable-income-per-capita', 4],
    ]);
  });

  it("keeps the report's own period when the row names it", () => {
    const read = report(
      '2023年前三季度岑柳县主要经济指标完成情况',
      ...TABLE.map((l) => l.replace('1—10月', '前三季度')),
    );
    expect(
      read.observations
        .filter((o) => o.indicatorCode === 'urban-disposable-income-per-capita')
        .map((o) => o.period ?? null),
    ).toEqual([null, null]);
  });
});
