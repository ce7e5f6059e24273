// Forms first met in held-out-399, 400 and 401 (session 46, fixer fix400). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix400-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);
const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);
const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

const H1_PLAN = '关于岚洲县2009年上半年国民经济和社会发展计划执行情况的报告';
const Q3_ANALYSIS = '岚洲县2015年前三季度经济运行分析';

describe('a list whose progress of the plan is said once before 分别 (F8131)', () => {
  const report = parse(
    H1_PLAN,
    '一、上半年计划执行情况',
    '上半年，全县实现地区生产总值31.6亿元，增长9.4%。',
    '二、存在的问题',
    '一是部分指标进度偏慢。社会消费品零售总额、全社会固定资产投资完成全年计划的进度分别低于时序进度4.2个百分点和9个百分点。',
    '二是规模以上工业增加值和地方财政收入完成年计划的进度分别低于时序进度3.8个百分点和2.5个百分点。',
  ).report;

  it("gives each name its own gap to the schedule, the last one's too", () => {
    const gaps = observations(report).filter((o) => o[1] === 'comparison');
    expect(gaps).toEqual([
      ['社会消费品零售总额', 'comparison', -4.2, '个百分点'],
      ['全社会固定资产投资', 'comparison', -9, '个百分点'],
      ['规模以上工业增加值', 'comparison', -3.8, '个百分点'],
      ['地方财政收入', 'comparison', -2.5, '个百分点'],
    ]);
  });
});

describe("a branch's growth moved in points, the branch unknown to the catalogue (F8132)", () => {
  const report = parse(
    Q3_ANALYSIS,
    '一、经济运行情况',
    '前三季度，全县规模以上工业增加值增长8.6%，其中制茶业增加值增长4.1%。',
    '二、存在的问题',
    '一是传统产业支撑减弱。制茶业增加值增速比上年同期回落5.3个百分点，新兴产业总量偏小。',
  ).report;

  it('reads the move as the branch’s change', () => {
    expect(observations(report)).toContainEqual(['制茶业增加值', 'change', -5.3, '个百分点']);
  });
});

describe('a share whose whole is named before the part with 中 (F8133)', () => {
  const report = parse(
    Q3_ANALYSIS,
    '一、经济运行情况',
    '前三季度，全县规模以上工业增加值增长8.6%。',
    '二、存在的问题',
    '三是财政收入质量不高。一般公共预算收入中非税收入占比达41.2%，刚性支出增长较快。',
  ).report;

  it('reads the share under the part’s name', () => {
    expect(observations(report)).toContainEqual(['非税收入', 'share', 41.2, '%']);
  });
});

describe("a branch's share goal at the year's end, after its results (F8134)", () => {
  const report = parse(
    Q3_ANALYSIS,
    '一、经济运行情况',
    '前三季度，全县规模以上工业增加值增长8.6%。其中，制茶业完成增加值3.12亿元，增长4.1%，占规模以上工业增加值的比重为37.5%。',
    '三、几点建议',
    '（一）抓好四季度经济运行调度。力争全年地区生产总值增长9%左右。',
    '（二）做强茶产业。力争年底制茶业增加值占规模以上工业增加值的比重提高到40%。',
  ).report;

  it('reads the goal under the name the results gave', () => {
    expect(targets(report)).toContainEqual(['制茶业增加值', 'full-year', 'eq', 40, '%']);
  });
});

describe("a deadline and a stage of the works after a road's name (F8135)", () => {
  const report = parse(
    '关于岚洲县2015年前三季度国民经济和社会发展计划执行情况的报告',
    '一、前三季度计划执行情况',
    '岚洲至石沅高速公路岚洲段总投资16.2亿元，今年完成投资4.6亿元。',
    '二、四季度工作安排',
    '（一）全力推进项目建设。确保岚洲至石沅高速公路岚洲段年底路基工程全面完工。',
  ).report;

  it('keeps the road as the project, no project of the stage', () => {
    expect(projects(report)).toEqual(['岚洲至石沅高速公路岚洲段']);
  });
});

describe('sectors closed by 等 before a class of works (F8136)', () => {
  const report = parse(
    '岚洲县第十五届人民代表大会第五次会议关于2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划的决议',
    '（2011年1月18日岚洲县第十五届人民代表大会第五次会议通过）',
    '岚洲县第十五届人民代表大会第五次会议审查了县人民政府提出的2010年计划执行情况与2011年计划草案的报告。',
    '会议认为，2010年全县实现地区生产总值6.2亿元，增长12.1%。',
    '会议要求，一是强化项目支撑，确保岚洲至石沅二级公路改建工程年内完成投资1.2亿元；二是着力改善民生，新建牧民定居房600户，抓好就业、文化和卫生等民生工程；三是严格执行财政预算。',
  ).report;

  it('reads no project of the class, the road still one', () => {
    expect(projects(report)).toEqual(['岚洲至石沅二级公路改建工程']);
  });
});

describe('investment by source, the rest named 其他 (F8137)', () => {
  const report = parse(
    '岚洲县2010年国民经济和社会发展统计公报',
    '岚洲县统计局',
    '全年全社会固定资产投资84260万元，比上年增长21.3%。按资金来源分，国家投资60120万元，增长18.2%；援藏投资13020万元，增长30.5%；其他投资11120万元，增长25.1%。',
    '其他投资增长明显。',
  ).report;

  it('reads the rest with its level and growth', () => {
    const rest = observations(report).filter((o) => o[0] === '其他投资');
    expect(rest).toEqual([
      ['其他投资', 'level', 11120, '万元'],
      ['其他投资', 'growth', 25.1, '%'],
    ]);
  });
});

describe("a goal cue under a heading naming a running plan's goals (F8138)", () => {
  const report = parse(
    '政府工作报告',
    '——2011年1月10日在岚洲县第十六届人民代表大会第五次会议上',
    '一、2010年工作回顾',
    '全县实现地区生产总值7.42亿元，增长12.6%。',
    '二、“十二五”时期的奋斗目标',
    '今后五年，我们将坚持生态立县的发展思路。全县经济社会发展的主要目标是：地区生产总值年均增长11%以上，到2015年达到12亿元左右；地方财政收入年均增长14%。',
    '三、2011年工作安排',
    '全县经济社会发展的主要预期目标是：地区生产总值增长12%左右。',
  ).report;

  it('reads the plan’s goals five-year, the year’s goal next-year', () => {
    const gdp = targets(report).filter((t) => t[0] === '地区生产总值');
    expect(gdp).toEqual([
      ['地区生产总值', 'five-year', 'gte', 11, '%'],
      ['地区生产总值', 'five-year', 'approx', 12, '亿元'],
      ['地区生产总值', 'next-year', 'approx', 12, '%'],
    ]);
  });
});
