// Forms first met in held-out-391, 393 and 394 (session 46, fixer fix391). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix391-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [
    t.indicatorName,
    t.horizon,
    t.comparator,
    t.value,
    t.unit,
    t.attainment,
  ]);
const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);
const projects = (report: Report) =>
  (report?.projects ?? []).map((p) => [p.name, p.mentions.map((m) => m.plannedInvestment)]);

const FY_PLAN = '关于檀溪县2008年国民经济和社会发展计划执行情况与2009年国民经济和社会发展计划草案的报告';

describe('a plan missed in words after a figure: 未完成年度计划 (F8001)', () => {
  const report = parse(
    FY_PLAN,
    '一、2008年计划执行情况',
    '全县实现地区生产总值64.2亿元，增长11.3%。外贸出口3.75亿美元，下降6.4%，未完成年度计划。',
    '全县实现社会消费品零售总额22.8亿元，增长15.1%，均完成年度计划。',
  ).report;

  it('gives the indicator a word-only plan, missed; a bare plan said met stays no target', () => {
    expect(targets(report)).toEqual([['外贸出口', 'period', null, null, null, 'missed']]);
  });
});

describe('a month opening its clause, a cause between, then 当月 (F8002)', () => {
  const report = parse(
    '2011年1-2月檀溪县经济运行分析',
    '一、主要经济指标运行情况',
    '1-2月，全县规模以上工业总产值36.4亿元，增长21.7%。分月看，1月份规模以上工业总产值增长30.2%；2月份受春节假期影响，部分企业停产检修，当月规模以上工业总产值仅增长9.6%，增幅比1月份回落20.6个百分点。',
  ).report;

  it("reads the month's growth and its change, scoped to the month", () => {
    const month = (report?.observations ?? [])
      .filter((o) => o.period === '2011-M2-2')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(month).toEqual([
      ['规模以上工业总产值', 'growth', 9.6],
      ['规模以上工业总产值', 'change', -20.6],
    ]);
  });
});

describe("a higher level's goal closed by 的任务: 未完成市下达的下降A%的任务 (F8003)", () => {
  const report = parse(
    FY_PLAN,
    '一、2008年计划执行情况',
    '全县实现地区生产总值64.2亿元，增长11.3%。万元生产总值能耗下降2.7%，但未完成市下达的下降3.5%的任务。',
  ).report;

  it('reads the goal as the full-year target, missed, and no second result', () => {
    expect(targets(report)).toEqual([['万元生产总值能耗', 'full-year', 'eq', -3.5, '%', 'missed']]);
    expect(observations(report).filter(([name]) => name === '万元生产总值能耗')).toEqual([
      ['万元生产总值能耗', 'growth', -2.7, '%'],
    ]);
  });
});

describe('a ceiling kept, the plan named before its figure: 控制在计划的A%以内 (F8004)', () => {
  const report = parse(
    FY_PLAN,
    '一、2008年计划执行情况',
    '全县实现地区生产总值64.2亿元，增长11.3%。城镇登记失业率3.6%，控制在计划的4.5%以内。',
  ).report;

  it("reads the year's ceiling, met", () => {
    expect(targets(report)).toEqual([['城镇登记失业率', 'full-year', 'lte', 4.5, '%', 'met']]);
  });
});

describe('wells counted in 眼 (F8005)', () => {
  const report = parse(
    FY_PLAN,
    '一、2008年计划执行情况',
    '全县实现地区生产总值64.2亿元，增长11.3%。全年新打抗旱机井45眼，新增有效灌溉面积1.2万亩。',
  ).report;

  it('keeps the unit', () => {
    expect(report?.facts.filter((f) => f.quantity.value === 45).map((f) => f.quantity.unit)).toEqual(['眼']);
  });
});

describe('a works led by 完成 in the plan part, its total after (F8006)', () => {
  const report = parse(
    FY_PLAN,
    '二、2009年国民经济和社会发展计划草案',
    '（五）加快城镇建设。完成县城滨河北路拓宽工程，总投资3800万元；新建农村卫生室12所。',
  ).report;

  it('reads the project with its planned investment', () => {
    expect(projects(report)).toEqual([['县城滨河北路拓宽工程', [38000000]]]);
  });
});

const COMMUNIQUE = '檀溪旗2007年国民经济和社会发展统计公报';

describe("a pastoral banner's rural investment: 农村牧区固定资产投资 (F8007)", () => {
  const report = parse(
    COMMUNIQUE,
    '全年全社会固定资产投资18.6亿元，增长31.2%。其中，城镇固定资产投资16.1亿元，增长33.4%；农村牧区固定资产投资2.5亿元，增长18.7%。',
  ).report;

  it('reads the half under its name as written, no other place', () => {
    expect(observations(report).filter(([name]) => name === '农村牧区固定资产投资')).toEqual([
      ['农村牧区固定资产投资', 'level', 2.5, '亿元'],
      ['农村牧区固定资产投资', 'growth', 18.7, '%'],
    ]);
  });
});

describe('retail split by town and country, written without 消费品: 城镇零售额, 乡村零售额 (F8008)', () => {
  const report = parse(
    COMMUNIQUE,
    '全年社会消费品零售总额9.84亿元，增长16.2%。其中，城镇零售额7.12亿元，增长17.5%；乡村零售额2.72亿元，增长12.9%。',
  ).report;

  it('reads both halves under their names as written', () => {
    expect(observations(report).filter(([name]) => /^(?:城镇|乡村)零售额$/.test(String(name)))).toEqual([
      ['城镇零售额', 'level', 7.12, '亿元'],
      ['城镇零售额', 'growth', 17.5, '%'],
      ['乡村零售额', 'level', 2.72, '亿元'],
      ['乡村零售额', 'growth', 12.9, '%'],
    ]);
  });
});

describe("residents' housing space per head: 城镇居民人均住房使用面积 (F8009)", () => {
  const report = parse(
    COMMUNIQUE,
    '全年城镇居民人均可支配收入10240元，增长13.6%。年末城镇居民人均住房使用面积24.6平方米。全年新建住宅12.3万平方米。',
  ).report;

  it('reads the year-end level under its name as written; other areas stay facts', () => {
    expect(observations(report).filter(([, , , unit]) => unit === '平方米')).toEqual([
      ['城镇居民人均住房使用面积', 'level', 24.6, '平方米'],
    ]);
  });
});

describe("the CPPCC's name before the issuer's place: 政协某旗委员会常务委员会关于… (F8010)", () => {
  const report = parse(
    '政协檀溪旗委员会常务委员会关于2007年计划执行情况与2008年计划草案的协商意见',
    '一、对2007年计划执行情况的评价',
    '全旗地区生产总值完成36.2亿元，增长18.4%。',
  ).report;

  it('reads the place alone', () => {
    expect(report?.meta.region).toBe('檀溪旗');
  });
});

describe("a suggestion's goal naming the draft's year before a name as written: 力争2008年甲增长A%以上 (F8011)", () => {
  const report = parse(
    '政协檀溪旗委员会常务委员会关于2007年计划执行情况与2008年计划草案的协商意见',
    '一、对2007年计划执行情况的评价',
    '全旗地区生产总值完成36.2亿元，增长18.4%。一是产业结构单一，乳制品加工业增加值仅占规模以上工业增加值的5.2%。',
    '二、对2008年计划草案的意见',
    '（一）培育接续产业。建议旗政府扶持乳制品加工等产业，力争2008年乳制品加工业增加值增长30%以上。',
  ).report;

  it('reads the next-year goal under the name the results used', () => {
    expect(targets(report)).toEqual([['乳制品加工业增加值', 'next-year', 'gte', 30, '%', 'unknown']]);
  });
});

describe("a works' progress against its year's plan is no indicator (F8012)", () => {
  const report = parse(
    '2016年1-4月檀溪县经济运行情况',
    '1-4月，全县地区生产总值完成28.6亿元，增长7.9%。其中，县城污水管网项目4月开工建设；溪河堤防加固工程完成年度计划的42%；经营性用地供应完成年初计划的38.5%。',
  ).report;

  it("reads no share for the works; a work's share stays one", () => {
    expect(observations(report).filter(([, measure]) => measure === 'share')).toEqual([
      ['经营性用地供应', 'share', 38.5, '%'],
    ]);
  });
});
