// Forms of held-out-28's blind fixtures (session 16, branch fixsl): a district's office signed under
// its city (重庆市某某区发展和改革委员会 is the district's), … Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (text: string, sourceName = 'fixsl.txt') => parsedReport(text, { sourceName });

describe("an office named under its parent city is the district's", () => {
  it.each([
    ['重庆市桐溪区发展和改革委员会', '桐溪区'],
    ['渝州市梅岗县统计局', '梅岗县'],
  ])('signed %s → %s', (office, region) => {
    const parsed = report(
      [
        '关于2021年1-10月全区重点项目建设进展情况的通报',
        '今年全区共安排重点项目41个，年度计划投资63.2亿元。1-10月，累计完成投资52.6亿元。',
        office,
        '2021年11月5日',
      ].join('\n'),
    );
    expect(parsed.meta.region).toBe(region);
  });

  it("keeps the city's own office the city's", () => {
    const parsed = report(
      [
        '关于2021年1-10月全市重点项目建设进展情况的通报',
        '今年全市共安排重点项目41个，年度计划投资63.2亿元。',
        '渝州市统计局',
        '2021年11月5日',
      ].join('\n'),
    );
    expect(parsed.meta.region).toBe('渝州市');
  });
});
