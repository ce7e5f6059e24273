// 今年 in a full-year report written after its year (a January news page saying 去年新建…, 去年完成…):
// its goals of 今年 are the year after the report's. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const parse = linesReader('goals-this-year.txt');
const targets = (report: ReturnType<typeof parse>) =>
  report.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value]);

describe('今年 in a full-year report', () => {
  it('is the year after when the text tells the report year as 去年', () => {
    const report = parse(
      '澄阳县2022年经济运行稳中向好',
      '本报讯 记者从澄阳县统计局获悉，2022年，澄阳县地区生产总值完成86.4亿元，同比增长6.7%。',
      '去年全县新建标准厂房12万平方米，规模以上工业增加值增长9.2%。',
      '县统计局负责人表示：“今年我们将锚定地区生产总值增长7%左右、社会消费品零售总额增长9%以上的目标，稳住经济大盘。”',
    );
    expect(report.meta.period).toBe('2022-FY');
    expect(targets(report)).toEqual([
      ['gdp', 'next-year', 'approx', 7],
      ['retail-sales', 'next-year', 'gte', 9],
    ]);
  });

  it('keeps the default when 去年 is only a comparison base', () => {
    const report = parse(
      '澄阳县2022年经济运行稳中向好',
      '本报讯 2022年，澄阳县地区生产总值完成86.4亿元，比去年增长6.7%。',
      '县统计局负责人表示：“今年我们将锚定地区生产总值增长7%左右的目标，稳住经济大盘。”',
    );
    expect(targets(report).map((t) => t[1])).not.toContain('next-year');
  });
});
