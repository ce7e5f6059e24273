// Forms first met in held-out-436 and held-out-437 (session 48, fixer fix436): a 区政协 视察报告 on the 重点工程, an event
// window's visitors, a project led by the year's deadline or standing at its clearance, a work report's goal list numbered
// as sections and a production line named by its product. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix436-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);
const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorCode, t.comparator, t.value, t.unit, t.horizon]);

const PLAN = [
  '关于岭泽区2011年前三季度国民经济和社会发展计划执行情况的报告',
  '一、前三季度计划执行情况',
  '前三季度，全区实现地区生产总值64.2亿元，同比增长10.6%。',
];

describe('an inspection of the key works (重点工程) is read as a review (F9151)', () => {
  it('reads 区政协关于全区…重点工程建设情况的视察报告 with its figures and its projects', () => {
    const { report, problems } = parse(
      '岭泽区政协关于全区2011年前三季度重点工程建设情况的视察报告',
      '根据区政协年度工作安排，10月中旬，区政协组织部分委员对全区重点工程建设情况进行了视察。',
      '一、基本情况',
      '今年全区确定重点工程42项，年度计划投资58.6亿元。前三季度累计完成投资41.3亿元，完成年度计划的70.5%。前三季度，全区实现地区生产总值64.2亿元，同比增长10.6%。',
      '岭泽河滨公园工程总投资3.2亿元，累计完成投资1.9亿元，主体工程基本完成。',
    );
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.genre).toBe('review-opinion');
    expect(projects(report)).toContain('岭泽河滨公园工程');
  });

  it('keeps refusing an inspection of one field of work', () => {
    const { report } = parse(
      '岭泽区政协关于全区农村危房改造工作情况的视察报告',
      '区政协组织委员视察了全区农村危房改造工作，共走访农户36户。',
    );
    expect(report).toBeNull();
  });
});

describe("an event's window (…会期间) scopes its visitors as a holiday's does (F9152)", () => {
  it('keeps 运动会期间 visitors a fact, the period visitors an observation', () => {
    const { report } = parse(
      ...PLAN,
      '全省运动会期间，全区共接待游客12.4万人次。前三季度，全区接待游客86.5万人次，同比增长15.2%。',
    );
    const visitors = (report?.observations ?? []).filter((o) => o.indicatorCode === 'tourist-arrivals');
    expect(visitors.map((o) => o.quantity?.value)).toContain(86.5);
    expect(visitors.map((o) => o.quantity?.value)).not.toContain(12.4);
    expect((report?.facts ?? []).some((f) => f.quantity.value === 12.4)).toBe(true);
  });
});

describe("the year's deadline before a works verb is part of the lead (F9153)", () => {
  it('reads 年内开工建设甲中学迁建工程 and 力争年内建成乙工程 as name-only projects', () => {
    const { report } = parse(
      ...PLAN,
      '二、第四季度工作安排',
      '加快推进城东污水处理厂工程，年内开工建设岭泽区实验小学迁建工程，力争年内建成滨河南路改造工程。',
    );
    expect(projects(report)).toEqual(
      expect.arrayContaining(['城东污水处理厂工程', '岭泽区实验小学迁建工程', '滨河南路改造工程']),
    );
  });
});

describe('a project standing at its clearance (已完成拆迁N户) is named (F9154)', () => {
  it('reads 甲安置房项目已完成拆迁N户 as a project with a status', () => {
    const { report } = parse(...PLAN, '桂苑安置房项目已完成拆迁215户，但受补偿纠纷影响，工程进度滞后。');
    expect(projects(report)).toContain('桂苑安置房项目');
  });
});

describe("a colon's list of goals numbered as sections is read as prose (F9155)", () => {
  const report = (...items: string[]) =>
    parse(
      '政府工作报告',
      '——2012年1月10日在岭泽县第九届人民代表大会第一次会议上',
      '各位代表：',
      '一、2011年工作回顾',
      '2011年，全县实现地区生产总值32.6亿元，增长12.1%。',
      '二、2012年工作安排',
      '今年全县经济社会发展的主要预期目标是：',
      ...items,
      '围绕上述目标，重点抓好以下工作：',
      '（一）加快发展特色产业。新建农产品加工企业3家。',
    ).report;

  it('reads each numbered goal closed by ； and the last closed by 。', () => {
    const read = report(
      '（一）地区生产总值增长12%左右；',
      '（二）全社会固定资产投资增长18%以上；',
      '（三）城镇登记失业率控制在4%以内；',
      '（四）完成上级下达的节能减排任务。',
    );
    expect(targets(read)).toEqual([
      ['gdp', 'approx', 12, '%', 'next-year'],
      ['fixed-asset-investment', 'gte', 18, '%', 'next-year'],
      ['urban-unemployment-rate', 'lte', 4, '%', 'next-year'],
      ['energy-emission-targets', null, null, null, 'next-year'],
    ]);
  });

  it('keeps a numbered topic after a colon a heading', () => {
    const read = report('（一）稳增长。全年地区生产总值增长12%左右。');
    expect(read?.sections.some((s) => s.title === '稳增长')).toBe(true);
  });
});

describe('a production line named by its product alone is no project (F9156)', () => {
  it('drops 甲制品、乙制品生产线 after the park project, keeps a line with its owner', () => {
    const { report } = parse(
      ...PLAN,
      '岭泽区绿色食品加工园项目总投资5200万元，当年完成投资3100万元，荞麦制品、羊肉制品生产线投入试运行。岭泽水泥厂新型干法生产线建成投产。',
    );
    expect(projects(report)).toContain('岭泽区绿色食品加工园项目');
    expect(projects(report)).toContain('岭泽水泥厂新型干法生产线');
    expect(projects(report)).not.toContain('羊肉制品生产线');
  });

  it('keeps a line given its own total before it (总投资X亿元的甲生产线; the lead at merge, guitan)', () => {
    const { report } = parse(...PLAN, '确保总投资3.6亿元的高性能玻纤生产线年内建成投产。');
    expect(projects(report)).toContain('高性能玻纤生产线');
  });
});

describe('the verb starting the works is no part of a name given its total after it (F9157)', () => {
  it('names 开工建设甲中学迁建工程，总投资X亿元 without 开工建设', () => {
    const { report } = parse(
      ...PLAN,
      '二、第四季度工作安排',
      '开工建设岭泽区实验中学迁建工程，总投资1.6亿元。',
    );
    expect(projects(report)).toEqual(['岭泽区实验中学迁建工程']);
  });
});
