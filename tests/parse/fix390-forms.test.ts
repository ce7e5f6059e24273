// Forms first met in held-out-390 and the goals left over from held-out-373 and 384 (session 46, fixer fix390).
// Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix390-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const observed = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);

const factValues = (report: Report) => (report?.facts ?? []).map((f) => [f.quantity.value, f.quantity.unit]);

describe("a crop's growers' sales income is a fact only: 茶农售茶收入X亿元 (F7931)", () => {
  const report = parse(
    '汀岚县2023年1—10月经济运行简析',
    '1—10月，全县固定资产投资完成42.6亿元，同比增长8.2%。',
    '1—10月，全县茶园面积18.4万亩，同比增长2.1%；干毛茶产量1.26万吨，增长4.4%，茶农售茶收入6.83亿元，增长5.7%。',
  ).report;

  it('reads no observation of the income', () => {
    expect(observed(report).filter(([name]) => String(name).includes('收入'))).toEqual([]);
  });

  it('keeps the income and its growth as facts', () => {
    expect(factValues(report)).toEqual(
      expect.arrayContaining([
        [6.83, '亿元'],
        [5.7, '%'],
      ]),
    );
  });
});

describe("a goal's zero in words is a 0% fact beside its target: 力争…与上年持平 (F7932)", () => {
  const report = parse(
    '潭溪县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '全县实现地区生产总值86.4亿元，同比增长5.2%。',
    '二、2026年主要目标',
    '地区生产总值增长6%左右；固定资产投资同比持平。',
  ).report;

  it('reads the zero-growth target once', () => {
    const zero = (report?.targets ?? []).filter((t) => t.value === 0);
    expect(zero.map((t) => [t.indicatorName, t.comparator])).toEqual([['固定资产投资', 'eq']]);
  });

  it('keeps the zero as a fact', () => {
    expect(factValues(report)).toContainEqual([0, '%']);
  });
});

describe('a goal cued by 力争 with 与上年持平 in a news page (F7932)', () => {
  const report = parse(
    '我县召开四季度经济工作推进会',
    '发布日期：2024-11-17　来源：潭溪县新闻中心',
    '11月14日，我县召开四季度经济工作推进会，通报1—10月全县经济运行情况。会议通报，1—10月，全县固定资产投资完成42.6亿元，同比增长8.2%。',
    '县长要求，确保全年地区生产总值增长7%左右，力争外贸进出口总额与上年持平。',
  ).report;

  it('reads the goal of no growth and keeps its zero as a fact', () => {
    expect((report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.value])).toContainEqual([
      '外贸进出口总额',
      'full-year',
      0,
    ]);
    expect(factValues(report)).toContainEqual([0, '%']);
  });
});

describe("the year's goal quoted after its result with the gap in words: 与规划提出的YYYY年达到X的目标还有差距 (F7933)", () => {
  const report = parse(
    '潭溪县政协关于我县新农村建设规划实施情况的视察报告',
    '（2019年12月16日县政协十届常委会第九次会议通过）',
    '根据县政协2019年工作要点，县政协组织委员对全县新农村建设规划实施情况进行了视察。',
    '一、基本情况',
    '今年以来，县委、县政府制定了《潭溪县新农村建设规划（2018—2022年）》。预计全年农业增加值达到12.6亿元，增长4.1%；农民人均纯收入达到13260元，增长9.1%。',
    '二、存在的问题',
    '一是投入不足；二是农民增收基础不牢，农民人均纯收入仅相当于全市平均水平的86.2%，与规划提出的2019年达到13500元的目标还有差距。',
  ).report;

  it('reads a full-year target, missed', () => {
    const goals = (report?.targets ?? []).filter((t) => t.value === 13500);
    expect(goals.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.unit, t.attainment])).toEqual([
      ['rural-net-income-per-capita', 'full-year', 'eq', '元', 'missed'],
    ]);
  });
});

describe("a named industry's growth floor in a list one 力争 opens (F7934)", () => {
  const report = parse(
    '潭溪县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '一、2025年计划执行情况',
    '全县实现地区生产总值186.4亿元，同比增长5.2%。',
    '二、2026年工作安排',
    '（一）壮大特色产业。力争新增规模以上工业企业8户，新材料产业产值突破120亿元，智能终端产业增加值增长12%以上。',
  ).report;

  it('reads the growth floor as a next-year target under the name as written', () => {
    const goals = (report?.targets ?? []).filter((t) => t.indicatorName === '智能终端产业增加值');
    expect(goals.map((t) => [t.horizon, t.comparator, t.value, t.unit])).toEqual([
      ['next-year', 'gte', 12, '%'],
    ]);
  });
});

describe('an income goal of a rise in 元 with its bound: 农民人均纯收入增加N元以上 (F7935)', () => {
  const report = parse(
    '潭溪县2008年国民经济和社会发展计划执行情况与2009年计划草案的报告',
    '一、2008年计划执行情况',
    '全县实现地区生产总值36.4亿元，同比增长11.2%；农民人均纯收入达到3260元，比上年增加310元。',
    '二、2009年计划草案',
    '2009年全县经济社会发展的主要预期目标是：地区生产总值增长11%左右；农民人均纯收入增加260元以上，增长8%左右。',
  ).report;

  it('reads the rise as a next-year target, its verdict open', () => {
    const goals = (report?.targets ?? []).filter((t) => t.unit === '元');
    expect(goals.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value, t.attainment])).toEqual([
      ['rural-net-income-per-capita', 'next-year', 'gte', 260, 'unknown'],
    ]);
  });
});

describe('emissions named before a goal in words: 主要污染物排放量完成市下达的减排任务 (F7936)', () => {
  const report = parse(
    '潭溪县2010年国民经济和社会发展计划执行情况与2011年计划草案的报告',
    '一、2010年计划执行情况',
    '全县实现地区生产总值56.4亿元，同比增长12.2%。',
    '二、2011年计划草案',
    '2011年全县经济社会发展的主要预期目标是：地区生产总值增长11%左右；单位地区生产总值能耗下降3.2%，二氧化硫、氨氮排放量完成市下达的约束性指标。',
  ).report;

  it('reads a word-only next-year goal of the energy and emissions indicator beside the figure goal', () => {
    const goals = (report?.targets ?? []).filter((t) => t.indicatorCode === 'energy-emission-targets');
    expect(goals.map((t) => [t.horizon, t.value, t.attainment])).toEqual([
      ['next-year', -3.2, 'unknown'],
      ['next-year', null, 'unknown'],
    ]);
  });
});

describe("a 问答解读's question about the year after the report's opens a plan: 问：2019年要办好哪些民生实事？ (F7937)", () => {
  const report = parse(
    '问答解读：2019年潭溪县政府工作报告',
    '发布时间：2020-01-16 10:05　信息来源：县人民政府办公室',
    '问：2018年全县经济运行交出了一份怎样的成绩单？',
    '答：2018年，全县实现地区生产总值136.2亿元，增长7.6%；城镇新增就业3120人。',
    '问：2019年要办好哪些民生实事？',
    '答：报告明确，2019年继续办好十件民生实事。主要包括：新建公办幼儿园4所；完成农村公路提质改造120公里；城镇新增就业3200人以上。',
  ).report;

  it("reads the answer's indicator goal as a next-year target, not a level", () => {
    const jobs = (report?.targets ?? []).filter((t) => t.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((t) => [t.horizon, t.comparator, t.value])).toEqual([['next-year', 'gte', 3200]]);
    expect(observed(report).filter(([name, , value]) => name === '城镇新增就业' && value === 3200)).toEqual(
      [],
    );
  });

  it('keeps the results before the question as observations', () => {
    expect(observed(report)).toContainEqual(['城镇新增就业', 'level', 3120, '人']);
  });
});
