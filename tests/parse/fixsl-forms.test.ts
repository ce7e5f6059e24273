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

describe('a ceiling kept in words by a clause naming its indicator, with no figure', () => {
  const targetsOf = (sentence: string) =>
    report(
      [
        '桐溪县2025年上半年国民经济和社会发展计划执行情况的审查意见',
        `城镇常住居民人均可支配收入21350元，增长4.9%。${sentence}`,
      ].join('\n'),
    ).targets.map((t) => [t.indicatorCode, t.horizon, t.value ?? null, t.attainment]);

  it.each(['居民消费价格总水平控制在年度预期目标以内。', '居民消费价格涨幅控制在年度目标以内。'])(
    '%s',
    (sentence) => {
      expect(targetsOf(sentence)).toEqual([['cpi', 'full-year', null, 'met']]);
    },
  );

  it('gives no target when the clause names none of our indicators', () => {
    expect(targetsOf('物价总体控制在年度目标以内。')).toEqual([]);
  });
});

describe('a demonstration park (示范园) visited is a project', () => {
  it('reads a closed list of visited projects whose first is a 示范园', () => {
    const parsed = report(
      [
        '桐溪县人大常委会财政经济工作委员会关于2025年上半年国民经济和社会发展计划执行情况的审查意见',
        '财经委组织部分委员实地视察了桐溪现代农业示范园、梅岗水厂扩建工程和县中医院迁建项目。',
        '上半年，全县实现地区生产总值52.61亿元，同比增长5.4%。',
      ].join('\n'),
    );
    expect(parsed.projects.map((p) => p.name)).toEqual([
      '桐溪现代农业示范园',
      '梅岗水厂扩建工程',
      '县中医院迁建项目',
    ]);
  });
});
