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
