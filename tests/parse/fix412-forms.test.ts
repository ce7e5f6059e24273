// Forms first met in held-out-412 and 413 (session 47, fixer fix412). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, stripPageFurniture, toLines } from '../../src/ingest/pdf-layout.js';
import { withRowTails } from '../../src/ingest/pdf-lines.js';
import { parseReportText } from '../../src/parse/index.js';
import { gridLine } from '../helpers/pdf-items.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix412-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);
const ranks = (report: Report) =>
  (report?.rankings ?? []).map((r) => [r.indicatorCode, r.rank, r.of, r.change]);
const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

const Q3_ANALYSIS = '岚泖区2011年前三季度经济运行分析';
const H1_PLAN = '关于岚洲县2012年上半年国民经济和社会发展计划执行情况的报告';
const REVIEW = '岚湾区人大常委会财经工委关于区政府2010年前三季度国民经济和社会发展计划执行情况的审查报告';

describe("ranks among a municipality's suburban districts and counties (F8441)", () => {
  const report = parse(
    Q3_ANALYSIS,
    '一、主要指标完成情况',
    '（一）经济总量。前三季度，全区实现地区生产总值96.3亿元，同比增长12.4%，在全市九个郊区县中位居第五。',
    '（二）工业。前三季度，全区完成工业总产值210.5亿元，增长16.2%，增幅居郊区县第三位。',
    '（三）外贸。外贸出口8.6亿美元，增长21.3%，增幅居全市远郊区县首位。',
  ).report;

  it('gives the group its size and reads the ranks after it among the same group', () => {
    expect(ranks(report)).toEqual([
      ['gdp', 5, 9, null],
      ['industrial-output', 3, null, null],
      ['exports', 1, null, null],
    ]);
  });
});

describe('one month written in a character before 当月 (F8442)', () => {
  const report = parse(
    Q3_ANALYSIS,
    '一、主要指标完成情况',
    '前三季度，全区完成工业总产值210.5亿元，增长16.2%。八月当月，全区完成工业总产值26.1亿元，增长18.4%。',
  ).report;

  it("scopes the month's figures to that month", () => {
    const month = (report?.observations ?? []).filter((o) => o.period === '2011-M8-8');
    expect(month.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 26.1],
      ['growth', 18.4],
    ]);
  });
});

describe('the jobs to create in a goal of the plans (F8443)', () => {
  const report = parse(
    REVIEW,
    '一、前三季度计划执行的基本情况',
    '前三季度，全区新增就业岗位6230个。',
    '二、几点建议',
    '（三）要多渠道开发就业岗位，确保全年新增就业岗位8000个以上，切实维护社会稳定。',
  ).report;

  it('names the goal as the result is named', () => {
    expect(targets(report)).toEqual([['新增就业岗位', 'full-year', 'gte', 8000, '个']]);
  });
});

describe('a rate kept within the year plan, 年 bare (F8444)', () => {
  const report = parse(
    REVIEW,
    '一、前三季度计划执行的基本情况',
    '人民生活继续改善。前三季度，城镇登记失业率为3.2%，控制在年计划4.5%以内。',
  ).report;

  it("reads the plan's ceiling for the rate", () => {
    expect(targets(report)).toEqual([['城镇登记失业率', 'full-year', 'lte', 4.5, '%']]);
  });
});

describe("a project's year plan, then how far its works are, closing an item (F8447)", () => {
  const report = parse(
    H1_PLAN,
    '一、上半年计划执行情况',
    '（五）重点工程稳步推进。岚洲大道改造工程总投资3.2亿元，路基已完成；岚洲工业园供水厂今年计划投资2600万元，设备安装已完成45%。',
  ).report;

  it('keeps the works as a project', () => {
    expect(projects(report)).toContain('岚洲工业园供水厂');
  });
});

describe('works counted by kind and projects newly approved are classes (F8448, F8449)', () => {
  const report = parse(
    H1_PLAN,
    '一、上半年计划执行情况',
    '（五）新农村建设。首批16个试点村的村道硬化、垃圾收集等四项基础设施工程已开工11项。',
    '二、存在的问题',
    '用地指标偏紧，新批工业项目落地难度加大。',
  ).report;

  it('names no project', () => {
    expect(projects(report)).toEqual([]);
  });
});

describe('a building topped out, 已 written 已经 (F8450)', () => {
  const report = parse(
    H1_PLAN,
    '一、上半年计划执行情况',
    '（五）重点项目。其中，岚洲大道东延工程完成投资1.2亿元；县妇幼保健院住院楼主体已经封顶。',
  ).report;

  it('keeps the building as a project', () => {
    expect(projects(report)).toContain('县妇幼保健院住院楼');
  });
});

// A PDF project table (序号 | 项目名称 | 总投资 | 完成 | 形象进度) printed from Word on narrow columns: names and the
// header wrap, section rows stand between the rows, the header repeats on every page (F8445, F8446).
const SIZE = 10.5;
const line = gridLine(
  [
    [80, 100],
    [136, 178],
    [240, 290],
    [300, 342],
    [380, 422],
  ],
  SIZE,
  'centred',
);
const header = (y: number) => [
  ...line(y, '序号', '项目名称', '总投资', '1-6月完', '形象进度'),
  ...line(y - 15.5, null, null, '（万元）', '成（万', null),
  ...line(y - 31, null, null, null, '元）', null),
];

function progressTable() {
  const pages = [
    [
      ...line(760, null, '岚川区2009年重点项目进度表'),
      ...header(700),
      ...line(650, null, '合计', '88000', '35100', null),
      ...line(634.5, null, '一、工业'),
      ...line(619, null, '项目'),
      ...line(606, '1', '岚川精密', '26000', '9800', '主体完工'),
      ...line(590.5, null, '铸件项目'),
      ...line(575, '2', '岚川化工', '26000', '11200', '设备安装'),
      ...line(559.5, null, '新材料基'),
      ...line(544, null, '地'),
    ],
    [
      ...header(700),
      ...line(650, '3', '岚川汽车', '18000', '7000', '基础施工'),
      ...line(634.5, null, '配件园'),
    ],
    [
      ...header(700),
      ...line(650, '4', '岚川物流', '18000', '7100', '主体施工'),
      ...line(634.5, null, '园区'),
    ],
  ];
  return layoutBlocks(stripPageFurniture(pages.map(toLines)).map(withRowTails)).flatMap((b) =>
    b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : [],
  );
}

describe('a PDF project table with section rows and a wrapped header on every page (F8445, F8446)', () => {
  const tables = progressTable();

  it('keeps the section row whole, apart from the rows around it', () => {
    expect(tables[0]?.slice(1, 4)).toEqual([
      ['', '合计', '88000', '35100', ''],
      ['', '一、工业项目', '', '', ''],
      ['1', '岚川精密铸件项目', '26000', '9800', '主体完工'],
    ]);
  });

  it("reads the next pages' rows into the one table under its header", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]?.map((row) => row[1])).toEqual([
      '项目名称',
      '合计',
      '一、工业项目',
      '岚川精密铸件项目',
      '岚川化工新材料基地',
      '岚川汽车配件园',
      '岚川物流园区',
    ]);
  });
});
