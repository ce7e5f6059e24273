// Forms first met in held-out-449 to held-out-453 (session 49, fixer fix451). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const PLAN = '关于岑溪县2003年国民经济和社会发展计划执行情况的报告';
const ANALYSIS = '岑溪县2003年1—7月经济运行情况分析';
const HEADLINE = '1—7月，全县完成生产总值12.6亿元，同比增长10.2%。';
const parse = (head: string, ...lines: string[]) =>
  parseReportText([head, ...lines].join('\n'), { sourceName: 'fix451-forms.txt', region: '岑溪县' });
type Report = ReturnType<typeof parse>['report'];

const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);
const named = (report: Report, code: string) =>
  (report?.observations ?? [])
    .filter((o) => o.indicatorCode === code)
    .map((o) => [o.measure, o.quantity?.value]);
const projects = (report: Report) =>
  (report?.projects ?? []).map((p) => [
    p.name,
    p.mentions.map((m) => m.plannedInvestment),
    p.mentions.map((m) => m.completedInvestment),
  ]);
const names = (report: Report) => (report?.projects ?? []).map((p) => p.name);
const facts = (report: Report) => (report?.facts ?? []).map((f) => f.quantity.raw);

describe('a short name without its place and its 工程 is the table row it repeats (F9541)', () => {
  it('folds 供热站扩建 into 岑溪县供热站扩建工程', () => {
    const { report } = parse(
      PLAN,
      '岑溪县供热站扩建工程总投资8600万元，已完成投资3200万元。',
      '从进展情况看，供热站扩建等项目进度较快。',
    );
    expect(names(report)).toEqual(['岑溪县供热站扩建工程']);
  });
});

describe("a project table's bare amount columns share the unit its 总投资 header states (F9542)", () => {
  it('reads 1—7月完成投资 in 万元 beside 总投资（万元）', () => {
    const { report } = parse(
      ANALYSIS,
      HEADLINE,
      '序号\t项目名称\t总投资（万元）\t2003年计划投资\t1—7月完成投资\t进展情况',
      '1\t岑溪县城南水厂扩建工程\t5400\t2100\t1350\t主体完工',
      '2\t岑溪县第二中学教学楼\t2600\t1200\t880\t正在装修',
    );
    expect(projects(report)).toEqual([
      ['岑溪县城南水厂扩建工程', [54000000], [13500000]],
      ['岑溪县第二中学教学楼', [26000000], [8800000]],
    ]);
  });
});

describe('a verb-led chain crosses its stop for the industry it opened on (F9543)', () => {
  it('reads 实现利润总额 after a rank, a rate and a second sentence as industrial profits', () => {
    const { report } = parse(
      ANALYSIS,
      HEADLINE,
      '1—7月，全县规模以上工业企业完成增加值4.12亿元，增长16.3%，增速在全市9个县（区）中居第3位。完成工业总产值15.4亿元，增长17.2%；产品销售率为97.1%，比上半年提高0.4个百分点；实现利润总额0.86亿元，增长12.5%。',
    );
    expect(named(report, 'industrial-profits')).toEqual([
      ['level', 0.86],
      ['growth', 12.5],
    ]);
  });
});

describe('the 仍 conceding a fall that persists is no part of the growth (F9544)', () => {
  it('reads 接待游客X万人次，同比仍下降A% as the arrivals’ growth', () => {
    const { report } = parse(ANALYSIS, HEADLINE, '1—7月全县接待游客9.4万人次，同比仍下降6.3%。');
    expect(named(report, 'tourist-arrivals')).toEqual([
      ['level', 9.4],
      ['growth', -6.3],
    ]);
  });
});

describe('township firms’ value added is a class named with its measure (F9545)', () => {
  it('reads 全县乡镇企业增加值完成X亿元 under its name as written', () => {
    const { report } = parse(ANALYSIS, HEADLINE, '全县乡镇企业增加值完成3.07亿元，同比增长11.4%。');
    expect(
      observations(report)
        .filter((o) => o[1] === '乡镇企业增加值')
        .map((o) => [o[2], o[3]]),
    ).toEqual([
      ['level', 3.07],
      ['growth', 11.4],
    ]);
  });
});

describe('months listed before the 月 they share are no figures (F9546)', () => {
  it('reads no 7 from 安排部署7、8月份工作', () => {
    const { report } = parse(ANALYSIS, HEADLINE, '会议分析了当前经济形势，安排部署7、8月份经济工作。');
    expect(facts(report)).not.toContain('7');
  });
});

describe('a progress behind the time gone by, said with 滞后于 (F9547)', () => {
  it('reads 投资完成年计划的进度滞后于时间进度N个百分点 as a negative comparison', () => {
    const { report } = parse(
      ANALYSIS,
      HEADLINE,
      '项目建设进度偏慢，全社会固定资产投资完成年计划的进度滞后于时间进度3.6个百分点。',
    );
    expect(named(report, 'fixed-asset-investment')).toEqual([['comparison', -3.6]]);
  });
});

describe("a year's plan, then a charge on the works' next step (F9548)", () => {
  it('reads 甲工程今年计划完成投资X万元，要抓紧路基施工； as the works’ planned investment', () => {
    const { report } = parse(
      PLAN,
      '会议要求，要加快重点项目建设。岑溪至石门公路改建工程今年计划完成投资2400万元，要抓紧路基施工；县城南水厂已开工建设。',
    );
    expect(projects(report)[0]).toEqual(['岑溪至石门公路改建工程', [24000000], [null]]);
  });
});

describe("a row naming the tax revenue's share with its base (F9549)", () => {
  it('reads 税收收入占一般公共预算收入比重 | % | A as tax-revenue’s share', () => {
    const { report } = parse(
      '岑溪县2024年1—2月主要经济指标',
      '指标名称\t单位\t1—2月\t同比增长%',
      '一般公共预算收入\t亿元\t3.46\t5.2',
      '税收收入\t亿元\t2.61\t3.8',
      '税收收入占一般公共预算收入比重\t%\t75.4\t—',
    );
    expect(named(report, 'tax-revenue')).toEqual([
      ['level', 2.61],
      ['growth', 3.8],
      ['share', 75.4],
    ]);
  });
});

describe('what the works will build, after their name, is no project (F9550)', () => {
  it('reads no 规划建设… name beside 甲项目总投资X亿元', () => {
    const { report } = parse(
      PLAN,
      '岑溪县食品产业园项目总投资8.6亿元，规划建设标准化厂房及冷链仓储中心，今年计划完成投资2.3亿元。',
    );
    expect(names(report)).toEqual(['岑溪县食品产业园项目']);
  });
});

describe('posts job fairs offered are a fact, no jobs created (F9552)', () => {
  it('keeps 提供就业岗位N个 after 招聘会 as a fact only', () => {
    const { report } = parse(ANALYSIS, HEADLINE, '春风行动期间组织专场招聘会9场，提供就业岗位4300余个。');
    expect(observations(report).filter((o) => String(o[1]).includes('岗位'))).toEqual([]);
    expect(facts(report)).toContain('4300余个');
  });
});

describe('how soon works went back is no part of a list’s last name (F9553)', () => {
  it('reads both names of 甲、乙等一批重点项目春节后第一时间复工', () => {
    const { report } = parse(
      ANALYSIS,
      HEADLINE,
      '岑溪经济开发区光伏支架项目、县城南水厂扩建工程等一批重点项目春节后第一时间复工。',
    );
    expect(names(report)).toEqual(['岑溪经济开发区光伏支架项目', '县城南水厂扩建工程']);
  });
});

describe('the firms of township level and above are a class of industry (F9554)', () => {
  it('reads 其中乡及乡以上工业总产值 under its name, beside industrial output', () => {
    const { report } = parse(
      PLAN,
      '全县完成工业总产值7.36亿元，增长12.8%；其中乡及乡以上工业总产值5.02亿元，增长14.1%。',
    );
    expect(observations(report).map((o) => [o[1], o[2], o[3]])).toEqual([
      ['工业总产值', 'level', 7.36],
      ['工业总产值', 'growth', 12.8],
      ['乡及乡以上工业总产值', 'level', 5.02],
      ['乡及乡以上工业总产值', 'growth', 14.1],
    ]);
  });
});

describe('a plan item of one sentence with a count or a length is read (F9555)', () => {
  it('reads 7家 and 4.5公里 from two numbered task lines', () => {
    const { report } = parse(
      PLAN,
      '一、2002年执行情况',
      '全县完成生产总值12.6亿元，增长9.2%。',
      '二、2003年工作安排',
      '（一）加快企业改革，力争年内完成7家县属企业改制。',
      '（二）加快小城镇建设，县城新建道路4.5公里，做好就业再就业工作。',
    );
    expect(facts(report)).toEqual(expect.arrayContaining(['7家', '4.5公里']));
  });
});

describe('续建 leads a works name as 新建 does (F9556)', () => {
  it('reads 续建县中医院门诊楼 as a project named alone', () => {
    const { report } = parse(PLAN, '二、2004年工作安排', '全年安排重点项目30个。续建县中医院门诊楼。');
    expect(names(report)).toEqual(['县中医院门诊楼']);
  });
});

describe('a government service hall named alone is no project (F9557)', () => {
  it('reads no project from 县政务服务中心建成运行', () => {
    const { report } = parse(
      PLAN,
      '全县完成生产总值12.6亿元，增长9.2%。行政审批制度改革稳步推进，县政务服务中心建成运行。',
    );
    expect(names(report)).toEqual([]);
  });
});

describe('refuse works named by their 场 end like a project (F9558)', () => {
  it('reads 开工建设县城垃圾填埋场 as a project named alone', () => {
    const { report } = parse(PLAN, '二、2004年工作安排', '全年安排重点项目30个。开工建设县城垃圾填埋场。');
    expect(names(report)).toEqual(['县城垃圾填埋场']);
  });
});

describe('a congress session closing that approved the plan is news of the session (F9559)', () => {
  it('reads 县十四届人大四次会议胜利闭幕 批准2005年国民经济和社会发展计划 as news', () => {
    const { report } = parse(
      '县十五届人大三次会议胜利闭幕 批准2005年国民经济和社会发展计划',
      '决议指出，2004年，全县完成生产总值18.4亿元，增长11.2%；财政收入0.96亿元，增长15.3%。',
    );
    expect(report?.meta.genre).toBe('news-summary');
  });
});
