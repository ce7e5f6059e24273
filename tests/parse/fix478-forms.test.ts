// Forms held-out-478 and held-out-479 showed (a 统计月报 sheet with 本年实际 over 5月 | 1—5月, a PDF sheet cut over a page
// under a repeated header, an analysis's bracketed city average, 增长率达, 比上月末增加, a project list's 概算投资 and
// 新列入的), in rows and sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { gridLine, pagesTexts } from '../helpers/pdf-items.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const observations = (report: ReturnType<typeof parsedReport>) =>
  report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);
const rankings = (report: ReturnType<typeof parsedReport>) =>
  report.rankings.map((r) => [r.subject, r.rank, r.of, r.scope, r.change]);
const projects = (report: ReturnType<typeof parsedReport>) =>
  report.projects.map((p) => [
    p.name,
    ...p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]),
  ]);

const ANALYSIS = '岑溪县2009年1—7月经济运行分析';
const PROJECTS = '岑溪县2009年1—7月重点项目建设进展情况';

describe('F9981 a month alone under a spanning word of a two-row header (table.ts)', () => {
  it("reads both columns under each spanning word, the month's with its own period", () => {
    const report = sheetReport([
      ['岑溪县2009年7月统计月报'],
      ['指标名称', '计量单位', '本年实际', '', '比上年同期增长（%）', ''],
      ['', '', '7月', '1—7月', '7月', '1—7月'],
      ['规模以上工业增加值', '万元', 3120, 20480, 15.2, 13.6],
      ['规模以上工业利润总额', '万元', '—', 2260, '—', 9.4],
    ]);
    const read = report.observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.value,
      o.period ?? null,
    ]);
    expect(read).toEqual([
      ['规模以上工业增加值', 'level', 3120, '2009-M7-7'],
      ['规模以上工业增加值', 'level', 20480, null],
      ['规模以上工业增加值', 'growth', 15.2, '2009-M7-7'],
      ['规模以上工业增加值', 'growth', 13.6, null],
      ['规模以上工业利润总额', 'level', 2260, null],
      ['规模以上工业利润总额', 'growth', 9.4, null],
    ]);
  });
});

describe('F9982 增长率 opening its clause (numbers.ts)', () => {
  it("is the growth of the clause before's indicator, and the change after it too", () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、消费',
        '1—7月，全县社会消费品零售总额41260万元，增长率为15.3%，比上年同期回落0.8个百分点。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(observations(report)).toEqual([
      ['社会消费品零售总额', 'level', 41260, '万元'],
      ['社会消费品零售总额', 'growth', 15.3, '%'],
      ['社会消费品零售总额', 'change', -0.8, '个百分点'],
    ]);
  });

  it('leaves a rate named before 增长率 its own name', () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、人口',
        '1—7月，全县地区生产总值完成52360万元，同比增长11.4%。年末全县户籍人口31.2万人，人口自然增长率为5.6‰。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(observations(report).filter((o) => o[0] !== '地区生产总值' && o[1] === 'growth')).toEqual([]);
  });
});

describe('F9983 a project named with its 概算投资 (project-amount-after.ts)', () => {
  it('reads the estimate as the planned total and the running total done after it', () => {
    const report = parsedReport(
      [
        PROJECTS,
        '一、主要项目进展',
        '岑溪恒利水泥粉磨站项目概算投资2.36亿元，自去年10月开工以来累计完成投资1.45亿元，设备正在安装。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(projects(report)).toEqual([['岑溪恒利水泥粉磨站项目', [236000000, 145000000]]]);
  });
});

describe('F9984 a project led by 新列入的 (project-participle-lead.ts)', () => {
  it('names the project without the lead', () => {
    const report = parsedReport(
      [
        PROJECTS,
        '一、主要项目进展',
        '新列入的岑溪工业园区供热管网工程计划投资3600万元，正在办理前期手续。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(projects(report)).toEqual([['岑溪工业园区供热管网工程', [36000000, null]]]);
  });
});

describe("F9985 the parent's average in brackets after our growth (prose-figure-key.ts)", () => {
  it('steals neither the rank nor the change after it', () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、综合',
        '1—7月，全县地区生产总值完成52360万元，同比增长11.4%（全市平均增长10.2%），增幅比上年同期提高0.7个百分点，增速列全市9个县（区）第3位。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(observations(report)).toEqual([
      ['地区生产总值', 'level', 52360, '万元'],
      ['地区生产总值', 'growth', 11.4, '%'],
      ['地区生产总值', 'change', 0.7, '个百分点'],
    ]);
    expect(rankings(report)).toEqual([['地区生产总值', 3, 9, '全市', null]]);
  });
});

describe('F9986 增长幅度为 (numbers.ts)', () => {
  it('is the growth, as 增幅为 is', () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、收入',
        '1—7月，全县地区生产总值完成52360万元，同比增长11.4%。农民人均现金收入3126元，增长幅度为9.7%。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(observations(report).slice(2)).toEqual([
      ['农民人均现金收入', 'level', 3126, '元'],
      ['农民人均现金收入', 'growth', 9.7, '%'],
    ]);
  });
});

describe('F9987 a bare 列第N位 after a group named before (prose-rank-phrases.ts)', () => {
  it("is the rank of the clause's indicator, its move after it too", () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、综合',
        '在丙州市各县（市、区）中，全县地方财政收入增速列第2位，比上年同期后移1位。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(rankings(report)).toEqual([['地方财政收入', 2, null, '丙州市', -1]]);
  });
});

describe('F9988 a balance 比上月末增加 (prose-clause-kinds.ts)', () => {
  it('is a change, and the 比年初 change and growth after it stay the balance’s', () => {
    const report = parsedReport(
      [
        ANALYSIS,
        '一、金融',
        '7月末，全县金融机构各项贷款余额84620万元，比上月末增加1260万元，比年初增加7350万元，同比增长10.8%。',
      ].join('\n'),
      { sourceName: 'fix478.txt' },
    );
    expect(observations(report)).toEqual([
      ['金融机构各项贷款余额', 'level', 84620, '万元'],
      ['金融机构各项贷款余额', 'change', 1260, '万元'],
      ['金融机构各项贷款余额', 'change', 7350, '万元'],
      ['金融机构各项贷款余额', 'growth', 10.8, '%'],
    ]);
  });
});

const SIZE = 10.5;
const COLUMNS: Array<[number, number]> = [
  [80, 154],
  [190, 230],
  [270, 320],
  [360, 420],
  [450, 510],
];
const line = gridLine(COLUMNS, SIZE, 'centred');
/** 指标 and 单位 merged down, 累计完成 over 1—7月 | 同比增长%, 占全年目标% merged down: a header of two lines. */
const HEADER_LINES = (y: number) => [
  ...line(y, '指标', '单位', '累计完成', null, '占全年目标%'),
  ...line(y - 15, null, null, '1—7月', '同比增长%'),
];

describe('F9989 a row the page cut, its rest under the repeated header and over a section row (pdf-page-break.ts)', () => {
  it('finishes the cut row and reads the repeated header as no part of it', () => {
    const blocks = pagesTexts([
      [
        ...HEADER_LINES(720),
        ...line(690, '规模以上工业增', '万元', '20480', '13.6', '61.2'),
        ...line(675, '加值'),
        ...line(660, '一、农业'),
        ...line(645, '工业用电量', '万千瓦时', '8620', '9.1', '—'),
        ...line(630, '农产品加工企业', '万元', '6240', '12.5', '—'),
        ...line(615, '销售'),
      ],
      [
        ...HEADER_LINES(720),
        ...line(690, '收入'),
        ...line(675, '二、财政'),
        ...line(660, '财政总收入', '万元', '9120', '18.4', '58.3'),
        ...line(645, '地方财政收入', '万元', '5260', '16.2', '57.1'),
        ...line(630, '一般预算支出', '万元', '12380', '14.5', '—'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '累计完成', '累计完成', '占全年目标%'],
        ['指标', '单位', '1—7月', '同比增长%', '占全年目标%'],
        ['规模以上工业增加值', '万元', '20480', '13.6', '61.2'],
        ['一、农业', '', '', '', ''],
        ['工业用电量', '万千瓦时', '8620', '9.1', '—'],
        ['农产品加工企业销售收入', '万元', '6240', '12.5', '—'],
        ['二、财政', '', '', '', ''],
        ['财政总收入', '万元', '9120', '18.4', '58.3'],
        ['地方财政收入', '万元', '5260', '16.2', '57.1'],
        ['一般预算支出', '万元', '12380', '14.5', '—'],
      ],
    ]);
  });
});

describe('F9990 a section row whose heading brackets a date (pdf-section-rows.ts)', () => {
  it('is a row of its own, not the wrapped rest of the full row above', () => {
    const blocks = pagesTexts([
      [
        ...HEADER_LINES(720),
        ...line(690, '财政总收入', '万元', '9120', '18.4', '58.3'),
        ...line(675, '地方财政收入', '万元', '5260', '16.2', '57.1'),
        ...line(660, '一般预算支出', '万元', '12380', '14.5', '—'),
        ...line(645, '二、金融（7月'),
        ...line(630, '末）'),
        ...line(615, '各项存款余额', '万元', '168420', '14.6', '—'),
        ...line(600, '各项贷款余额', '万元', '104380', '9.8', '—'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '累计完成', '累计完成', '占全年目标%'],
        ['指标', '单位', '1—7月', '同比增长%', '占全年目标%'],
        ['财政总收入', '万元', '9120', '18.4', '58.3'],
        ['地方财政收入', '万元', '5260', '16.2', '57.1'],
        ['一般预算支出', '万元', '12380', '14.5', '—'],
        ['二、金融（7月末）', '', '', '', ''],
        ['各项存款余额', '万元', '168420', '14.6', '—'],
        ['各项贷款余额', '万元', '104380', '9.8', '—'],
      ],
    ]);
  });
});
