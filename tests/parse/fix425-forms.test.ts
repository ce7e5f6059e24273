// Forms first met in held-out-425 and held-out-424 (session 47, fixer fix425): a county 审计局's tracking audit of the
// year's key projects heard by the standing committee, a plan report's generic feed base and a news page's project
// named with where its works stand. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix425-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const projects = (report: Report) => (report?.projects ?? []).map((p) => p.name);

const audit = (title: string, dated: string) => [
  title,
  '蔺埠县审计局局长',
  '（2011年12月2日）',
  '县人大常委会：',
  '受县人民政府委托，现将全县重大项目跟踪审计情况报告如下，请予审议。',
  `县审计局对列入2011年县级调度的重大项目进行了跟踪审计，${dated}。`,
  '一、重大项目推进情况',
  '2011年，全县列入县级调度的重大项目共31个，总投资92.7亿元，年度计划投资21.4亿元。累计完成投资15.06亿元，完成年度计划的70.4%。其中，蔺埠县城北货运物流园项目总投资6.2亿元，累计完成投资1.35亿元。',
  '二、审计发现的主要问题',
  '有3个项目未批先建，涉及投资金额2680万元。',
  '蔺埠县审计局',
];

describe('a tracking audit of the key projects is read as a review (F8801)', () => {
  it('reads 关于…政府投资项目跟踪审计情况的报告 with its figures as facts and its projects', () => {
    const { report, problems } = parse(
      ...audit('关于2011年度政府投资项目跟踪审计情况的报告', '审计数据截至2011年6月30日'),
    );
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.title).toBe('关于2011年度政府投资项目跟踪审计情况的报告');
    expect(projects(report)).toContain('蔺埠县城北货运物流园项目');
    expect((report?.facts ?? []).some((f) => f.quantity.value === 2680)).toBe(true);
  });

  it('keeps refusing an audit of another kind', () => {
    const { report } = parse(
      '关于蔺埠县供销社原主任任期经济责任审计情况的报告',
      '县审计局对供销社原主任任期内的经济责任履行情况进行了审计，共查出问题12个。',
    );
    expect(report).toBeNull();
  });
});

describe('an audit dated by the last day of a month reports the months to it (F8802)', () => {
  it('reads 审计数据截至2011年6月30日 as the first half', () => {
    const { report } = parse(
      ...audit('关于2011年政府投资项目跟踪审计情况的报告', '审计数据截至2011年6月30日'),
    );
    expect(report?.meta.period).toBe('2011-H1');
  });

  it('keeps the year for a day that is not the month’s last', () => {
    const { report } = parse(
      ...audit('关于2011年政府投资项目跟踪审计情况的报告', '审计数据截至2011年6月15日'),
    );
    expect(report?.meta.period).toBe('2011-FY');
  });
});

const PLAN = [
  '关于蔺埠县2011年上半年国民经济和社会发展计划执行情况的报告',
  '上半年，全县实现地区生产总值48.6亿元，同比增长9.2%。',
];

describe('a base named by the feed it grows is no project (F8803)', () => {
  it('drops 加快牧草基地建设 and keeps a named breeding base project', () => {
    const { report } = parse(
      ...PLAN,
      '下半年，推进蔺埠县湾头肉羊养殖基地项目尽快开工，加快牧草基地建设，做好冬春储草。',
    );
    expect(projects(report)).not.toContain('牧草基地');
    expect(projects(report)).toContain('蔺埠县湾头肉羊养殖基地项目');
  });
});

describe('正在进行管网铺设 is where a named project stands (F8804)', () => {
  it('reads a news page’s project named with its works under way', () => {
    const { report } = parse(
      '蔺埠县上半年经济运行稳中有进',
      '来源：蔺埠县融媒体中心　发布时间：2011-07-21',
      '上半年，全县实现地区生产总值48.6亿元，同比增长9.2%。蔺埠县城北燃气管道改造工程正在进行主管道铺设。',
    );
    expect(projects(report)).toContain('蔺埠县城北燃气管道改造工程');
  });
});
