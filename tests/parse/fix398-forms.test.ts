// Forms held-out-398 and held-out-392 showed the parser missing (session 46, fixer fix398). Sentences and
// sheets of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

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
