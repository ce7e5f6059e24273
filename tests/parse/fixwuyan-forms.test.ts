// Forms the forty-fifth held-out batch showed the parser missing (session 19, fixwuyan): a period
// whose months are written in characters (元至九月, 一至六月份), and a notice page whose first
// sentence (现将我县…进展情况公示如下：) reads like a headline while its title is only in the page's
// hints. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { monthWordsToDigits } from '../../src/parse/month-words.js';
import { parsedReport } from '../helpers/report.js';

describe('a cumulative period written in characters', () => {
  it('rewrites 元至八月 and 一至六月份 one character for one, and leaves 十月 and names alone', () => {
    expect(monthWordsToDigits('澄阳市元至八月经济运行')).toBe('澄阳市1至8月经济运行');
    expect(monthWordsToDigits('一至六月份全县')).toBe('1至6月份全县');
    expect(monthWordsToDigits('元至十月')).toBe('元至十月');
    expect(monthWordsToDigits('元至3月份，共扶持')).toBe('1至3月份，共扶持');
    expect(monthWordsToDigits('单元至3月')).toBe('单元至3月');
    expect(monthWordsToDigits('全县元至3月')).toBe('全县1至3月');
    expect(monthWordsToDigits('十一至九月')).toBe('十一至九月');
  });

  it('reads a title with 元至六月 as the half year, and its goals as the year’s', () => {
    const report = parsedReport(
      [
        '桐岙县2021年元至六月国民经济和社会发展计划执行情况的报告',
        '主任、各位副主任、各位委员：',
        '元至六月，全县实现地区生产总值132.6亿元，同比增长8.1%。',
        '下半年，确保全年地区生产总值增长7%以上。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(report.meta.period).toBe('2021-H1');
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toContainEqual([
      'gdp',
      'full-year',
      7,
    ]);
  });
});

describe('a sentence leading into a notice is no headline', () => {
  it('takes the page title from the hints over …进展情况公示如下：', () => {
    const title = '澄阳县2021年1-6月市级重点建设项目进展情况公示';
    const { report } = parseReportText(
      [
        '发布时间：2021-07-12 来源：县发改局',
        '按照《岚州市重点项目管理办法》规定，现将我县2021年1-6月市级重点建设项目进展情况公示如下：',
        '2021年，全县共列入市级重点建设项目6个，1-6月累计完成投资4.2亿元，年度投资完成率56.1%。',
      ].join('\n'),
      {
        sourceName: 'chengyang.html',
        hints: { title, infoLine: null, site: null, fileName: 'chengyang.html', furniture: null },
      },
    );
    expect(report?.meta.title).toBe(title);
    expect(report?.meta.region).toBe('澄阳县');
    expect(report?.meta.genre).toBe('statistics-analysis');
  });
});

const goalsOf = (lines: readonly string[]) =>
  parsedReport(
    ['桐岙县2021年1-9月国民经济和社会发展计划执行情况的报告', '一、执行情况', ...lines].join('\n'),
    {
      sourceName: 'tongao.txt',
    },
  ).targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value]);

describe('goals with 全年 after the indicator', () => {
  it('reads 确保规上工业增加值全年增长9%以上, 新增就业全年5200人以上 and 力争…全年实现正增长', () => {
    const goals = goalsOf([
      '1-9月，规上工业增加值56.2亿元，增长8.4%；城镇新增就业4810人；出口总额19.6亿元，下降2.1%。',
      '二、四季度工作',
      '确保规上工业增加值全年增长9%以上，力争出口总额全年实现正增长。确保城镇新增就业全年5200人以上。',
    ]);
    expect(goals).toContainEqual(['industrial-value-added', 'full-year', 'gte', 9]);
    expect(goals).toContainEqual(['exports', 'full-year', 'gt', 0]);
    expect(goals).toContainEqual(['new-urban-jobs', 'full-year', 'gte', 5200]);
  });

  it('keeps one target when the plan part repeats a goal stated earlier with 以上', () => {
    const goals = goalsOf([
      '1-9月，规上工业增加值56.2亿元，增长8.4%，年度目标为9%。',
      '二、四季度工作',
      '确保规上工业增加值全年增长9%以上。',
    ]).filter(([code]) => code === 'industrial-value-added');
    expect(goals).toHaveLength(1);
  });
});

describe('a result short of a goal said with its figure', () => {
  it('reads 离…8%目标还差 and 与年度增长5%的计划相差 as a comparison with a stated target', () => {
    const report = parsedReport(
      [
        '桐岙县2021年1-9月国民经济和社会发展计划执行情况的报告',
        '一、执行情况',
        '固定资产投资增长6.3%，离年初确定的8%目标还差1.7个百分点。',
        '出口总额19.6亿元，同比下降2.1%，但与年度增长5%的计划相差7.1个百分点。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    const of = (code: string) =>
      report.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]);
    expect(of('fixed-asset-investment')).toEqual([
      ['growth', 6.3],
      ['comparison', -1.7],
    ]);
    expect(of('exports')).toContainEqual(['comparison', -7.1]);
    expect(of('exports')).not.toContainEqual(['growth', 5]);
    const targets = report.targets.map((t) => [t.indicatorCode, t.value]);
    expect(targets).toContainEqual(['fixed-asset-investment', 8]);
    expect(targets).toContainEqual(['exports', 5]);
  });
});

describe('a project whose works are to deliver water', () => {
  it('reads 确保…污水处理厂二期年内通水 as a project, and 村村通水泥路 as none', () => {
    const report = parsedReport(
      [
        '桐岙县2021年1-9月国民经济和社会发展计划执行情况的报告',
        '一、四季度工作',
        '确保澄溪再生水厂二期年内通水，推进村村通水泥路建设。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual(['澄溪再生水厂二期']);
  });
});
