// Forms a county statistics bureau's half-year analysis showed (docs/prose-forms.md, "A bureau's
// signature with its date, and margins of pace (fixxun)"), in sentences of our own with invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixxun.txt' });
const report = linesReader('fixxun.txt');
const GDP = '上半年，全县实现地区生产总值41.26亿元，同比增长6.9%。';

describe('某某县统计局　2019年7月22日 under a headline that names neither place nor year', () => {
  it('takes the region from the bureau and the year from the date (a half-year signed in July)', () => {
    const { meta } = report('上半年全县经济运行稳中向好', '溟川县统计局　2019年7月18日', GDP);
    expect([meta.genre, meta.region, meta.period, meta.publisher, meta.publishedAt]).toEqual([
      'statistics-analysis',
      '溟川县',
      '2019-H1',
      '溟川县统计局',
      '2019-07-18T00:00:00+08:00',
    ]);
  });

  it('reads a half-width space between the bureau and the date too', () => {
    const { meta } = report('一季度全县经济运行开局平稳', '溟川县统计局 2021年4月20日', GDP);
    expect([meta.region, meta.period]).toEqual(['溟川县', '2021-Q1']);
  });

  it('gives a full year signed the next January the year before', () => {
    const { meta } = report('全年全县经济运行总体平稳', '溟川县统计局　2020年1月25日', GDP);
    expect([meta.region, meta.period]).toEqual(['溟川县', '2019-FY']);
  });

  it('does not read the signature line as content', () => {
    const parsed = report('上半年全县经济运行稳中向好', '溟川县统计局　2019年7月18日', GDP);
    expect(parsed.facts.map((f) => f.quantity.raw)).not.toContain('2019年7月18日');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 41.26],
      ['gdp', 'growth', 6.9],
    ]);
  });

  it('reads the date first, or written as a template writes it', () => {
    const first = report('上半年全县经济运行稳中向好', '2019年7月18日　溟川县统计局', GDP).meta;
    const iso = report('上半年全县经济运行稳中向好', '溟川县统计局 2019-07-18', GDP).meta;
    expect([first.region, first.period, first.publishedAt, iso.region, iso.period, iso.publishedAt]).toEqual([
      '溟川县',
      '2019-H1',
      '2019-07-18T00:00:00+08:00',
      '溟川县',
      '2019-H1',
      '2019-07-18T00:00:00+08:00',
    ]);
  });

  it('still refuses when the name beside the date is no signatory', () => {
    const { report: read } = parse('上半年全县经济运行稳中向好', '全县上下　2019年7月18日', GDP);
    expect(read).toBeNull();
  });
});

describe('快于全部投资 / 快于城镇居民 B个百分点', () => {
  const observed = (...prose: string[]) =>
    report('溟川县2019年上半年经济运行情况', ...prose).observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
    ]);

  it('is a margin over the whole of investment’s growth, 全部 naming no place', () => {
    expect(
      observed('上半年，全县固定资产投资同比增长9.4%。其中，工业投资增长13.1%，快于全部投资3.7个百分点。'),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 9.4],
      ['industrial-investment', 'growth', 13.1],
      ['industrial-investment', 'comparison', 3.7],
    ]);
  });

  it('is a margin over the urban income’s growth, with 增速 left unsaid', () => {
    expect(
      observed(
        '城镇常住居民人均可支配收入14120元，增长7.5%；农村常住居民人均可支配收入7310元，增长8.8%，快于城镇居民1.3个百分点。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'level', 14120],
      ['urban-disposable-income-per-capita', 'growth', 7.5],
      ['rural-disposable-income-per-capita', 'level', 7310],
      ['rural-disposable-income-per-capita', 'growth', 8.8],
      ['rural-disposable-income-per-capita', 'comparison', 1.3],
    ]);
  });

  it('a slower pace is a negative margin', () => {
    expect(
      observed('上半年，全县固定资产投资增长6.3%；基础设施投资增长4.1%，慢于全部投资2.2个百分点。'),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 6.3],
      ['infrastructure-investment', 'growth', 4.1],
      ['infrastructure-investment', 'comparison', -2.2],
    ]);
  });
});

describe('高于固定资产投资增速 / 高于全部投资增速 B个百分点', () => {
  const observed = (...prose: string[]) =>
    report('溟川县2019年上半年经济运行情况', ...prose).observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value,
    ]);

  it('is a margin of the clause’s subject over the named indicator’s growth, not that indicator’s change', () => {
    expect(
      observed('上半年，全县固定资产投资增长7.7%；基础设施投资增长8.1%，高于固定资产投资增速0.4个百分点。'),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 7.7],
      ['infrastructure-investment', 'growth', 8.1],
      ['infrastructure-investment', 'comparison', 0.4],
    ]);
  });

  it('reads 全部投资 as the whole of investment, and a lower growth as a negative margin', () => {
    expect(
      observed('上半年，全县固定资产投资增长7.7%；工业投资增长5.2%，低于全部投资增速2.5个百分点。'),
    ).toEqual([
      ['fixed-asset-investment', 'growth', 7.7],
      ['industrial-investment', 'growth', 5.2],
      ['industrial-investment', 'comparison', -2.5],
    ]);
  });

  it('leaves 低于上年同期增速 alone: an earlier period is no indicator', () => {
    const parsed = observed('上半年，全县固定资产投资增长7.7%，低于上年同期增速1.5个百分点。');
    expect(parsed.filter((o) => o[1] === 'comparison')).toEqual([]);
  });
});

describe('增速位列某某市两区五县第N位 / 位列全市第N位', () => {
  it('ranks the indicator in the named city among its 2 + 5 places, and in the city the report sits in', () => {
    const parsed = report(
      '溟川县2019年上半年经济运行情况',
      '上半年全县实现地区生产总值41.26亿元，同比增长6.9%，增速位列澄州市两区五县第4位。',
      '上半年，全县规模以上工业增加值同比增长9.3%，高于全市平均水平1.1个百分点，位列全市第2位。',
    );
    // 全市 is the city the text placed itself in with its 2 + 5 places (xunling's and rongpo's answers, fixrp).
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 4, 7, '澄州市'],
      ['industrial-value-added', 2, 7, '澄州市'],
    ]);
  });

  it('sums a group counted kind by kind wherever the scope stands', () => {
    const parsed = report(
      '溟川县2019年上半年经济运行情况',
      '上半年全县实现地区生产总值41.26亿元，同比增长6.9%，在澄州市一市两区四县中位列第5位。',
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 5, 7, '澄州市'],
    ]);
  });
});

describe('groupSize over a group counted kind by kind', () => {
  it('adds the counts (a table note may name the group so too)', async () => {
    const { groupSize } = await import('../../src/parse/prose.js');
    expect([
      groupSize('澄州市两区五县'),
      groupSize('全市一市两区四县'),
      groupSize('澄州市7个县（市、区）'),
    ]).toEqual([7, 7, 7]);
  });
});
