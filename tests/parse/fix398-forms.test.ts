// Forms held-out-398 and held-out-392 showed the parser missing (session 46, fixer fix398). Sentences and
// sheets of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { cleanName, isAggregate } from '../../src/parse/project-names.js';

describe('F8101: a group row naming an earlier period over its rows (一、地区生产总值（前三季度）)', () => {
  it('gives its period to the rows under it, until the next group row', () => {
    const report = parseReportText(
      [
        '2011年1-11月栎川县主要经济指标',
        '指标\t单位\t1-11月\t同比±%',
        '一、地区生产总值（前三季度）',
        '地区生产总值\t万元\t251300\t12.4',
        '其中：第一产业增加值\t万元\t40260\t4.8',
        '第三产业增加值\t万元\t82150\t9.7',
        '二、国内贸易',
        '社会消费品零售总额\t万元\t96420\t18.3',
        '',
      ].join('\n'),
      { sourceName: 'lichuan.txt' },
    ).report;
    const periods = report?.observations
      .filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorCode, o.period ?? null]);
    expect(periods).toEqual([
      ['gdp', '2011-Q3'],
      ['agriculture-value-added', '2011-Q3'],
      ['tertiary-industry-value-added', '2011-Q3'],
      ['retail-sales', null],
    ]);
  });
});

describe('F8102: a 发改局’s 关于…经济运行情况的报告 addressed to the 人大常委会', () => {
  const text = (addressee: string) =>
    [
      '关于栎川县2011年1-11月国民经济运行情况的报告',
      '栎川县发展和改革局',
      '（2011年12月9日）',
      addressee,
      '今年以来，全县经济保持平稳较快发展。1-11月，全县规模以上工业增加值完成18.6亿元，同比增长15.2%；全社会固定资产投资完成42.3亿元，增长31.4%。',
      '',
    ].join('\n');

  it('is the government’s report to the committee, a plan-execution sibling', () => {
    const report = parseReportText(text('县人大常委会：'), { sourceName: 'lichuan.txt' }).report;
    expect(report?.meta.genre).toBe('plan-execution');
  });

  it('stays an analysis addressed to the government', () => {
    const report = parseReportText(text('县政府：'), { sourceName: 'lichuan.txt' }).report;
    expect(report?.meta.genre).toBe('statistics-analysis');
  });
});

describe('F8103: a headline of the standing committee’s sitting on the reports (县人大常委会审议…执行情况)', () => {
  it('is news of the sitting', () => {
    const report = parseReportText(
      [
        '县人大常委会审议前三季度计划执行情况',
        '来源：栎川县人大常委会办公室　发布时间：2011-10-28 10:15',
        '10月27日，栎川县第九届人大常委会第十二次会议召开，听取和审议了县发展和改革局局长所作的计划执行情况的报告。',
        '报告显示，前三季度全县实现地区生产总值86.42亿元，同比增长11.8%；全社会固定资产投资完成52.6亿元，增长27.3%。',
        '',
      ].join('\n'),
      { sourceName: 'lichuan-news.txt' },
    ).report;
    expect(report?.meta.genre).toBe('news-summary');
  });
});

describe('F8104: a quake rebuilding’s resettlement site named as works (…安置点, …安置小区)', () => {
  it('is a project with its amounts', () => {
    const report = parseReportText(
      [
        '关于栎川县2011年1-11月灾后恢复重建和国民经济运行情况的报告',
        '县人大常委会：',
        '今年以来，全县灾后恢复重建加快推进。1-11月，全县规模以上工业增加值完成18.6亿元，同比增长15.2%；全社会固定资产投资完成42.3亿元，增长31.4%。',
        '河西农房统规统建安置点总投资9600万元，累计完成投资5400万元，已竣工310户；北坝安置小区总投资1.32亿元，累计完成投资7600万元。',
        '',
      ].join('\n'),
      { sourceName: 'lichuan.txt' },
    ).report;
    const projects = report?.projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      ['河西农房统规统建安置点', 96000000, 54000000],
      ['北坝安置小区', 132000000, 76000000],
    ]);
  });
});

describe('F8105: a kind of works with no name of its own (道路, 安置小区, 工业园区)', () => {
  it.each(['道路', '安置小区', '安置点', '工业园区', '产业园区'])('%s is no project', (name) => {
    expect(isAggregate(name)).toBe(true);
  });

  it.each(['北坝安置小区', '栎川工业园区'])('%s is one', (name) => {
    expect(isAggregate(name)).toBe(false);
  });
});

describe('F8106: the planned projects of a later quarter (明年一季度规划项目)', () => {
  it.each(['明年一季度规划项目', '今年规划项目', '规划项目'])('%s is a class', (name) => {
    expect(isAggregate(name)).toBe(true);
  });

  it('keeps a plan named as works', () => {
    expect(isAggregate('栎川新城规划项目')).toBe(false);
  });
});

describe('F8107: a project’s later buildings (甲项目后续厂房)', () => {
  it.each([
    ['加快栎川县新材料产业园项目后续厂房建设', '栎川县新材料产业园项目'],
    ['北坝物流园工程配套仓库', '北坝物流园工程'],
  ])('%s names the project', (clause, name) => {
    expect(cleanName(clause.replace(/^加快/, ''))).toBe(name);
  });
});
