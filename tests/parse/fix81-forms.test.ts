// Forms the eighty-first held-out batch showed the parser missed (session 26, branch fix81): the stock of
// housing unsold (商品房待售面积) given in a statistics bureau's or a county's analysis, its level
// (达到X万平方米) and its change said bare after its name (较年初增加X万平方米), in the problems part of
// a quarter's or a half's report; a named stock the catalogue lacks, kept as written. A province's cities
// and prefectures counted as a rank's group (全省21个市（州）, 21个市州), and the same rank said short in a
// ● summary line above the body (one rank, the body's size kept). An earlier period's growth after 增速由…的
// (民间投资增速由一季度的增长0.8%转为下降1.9%), a catalogue name's. A sibling county's growth and then its
// rank in a clause of its own (乙区增长6.4%，居第2位): no rank of the report's place.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
  ]);

const HEAD = ['棠溪县2024年一季度经济运行情况', '一季度，全县完成地区生产总值42.18亿元，同比增长5.1%。'];

describe('商品房待售面积, the stock of housing unsold', () => {
  it('reads its level, named as written', () => {
    const text = [...HEAD, '二、存在的问题', '房地产市场持续低迷，商品房待售面积达到9.3万平方米。'].join(
      '\n',
    );
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['商品房待售面积', 'level', 9.3],
    ]);
  });

  it('reads its change said bare after its name (较年初增加), under the name without the comparison', () => {
    const text = [
      ...HEAD,
      '二、存在的问题',
      '一是房地产市场仍在调整。房地产开发投资已连续9个月下降，商品房待售面积较年初增加3.7万平方米。',
    ].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['商品房待售面积', 'change', 3.7],
    ]);
  });

  it('reads a kind of housing’s stock falling after 其中', () => {
    const text = [...HEAD, '3月末，其中，住宅待售面积减少0.8万平方米。'].join('\n');
    expect(observationsOf(text).filter(([code]) => code !== 'gdp')).toEqual([
      ['住宅待售面积', 'change', -0.8],
    ]);
  });
});

const ranksOf = (text: string) =>
  parsedReport(text, { sourceName: 'analysis.txt' }).rankings.map((r) => [
    r.indicatorCode,
    r.rank,
    r.of,
    r.change,
  ]);

describe('全省N个市（州）, a province’s cities and prefectures as a rank’s group', () => {
  it('reads the rank with its group’s size, bracketed or not', () => {
    for (const group of ['21个市（州）', '21个市州']) {
      const text = [
        '岑沅市2024年上半年经济运行分析',
        `上半年，全市实现地区生产总值846.20亿元，同比增长5.6%，增速居全省${group}第11位，较一季度前移2位。`,
      ].join('\n');
      expect(ranksOf(text)).toEqual([['gdp', 11, 21, 2]]);
    }
  });

  it('keeps one rank when a ● summary line says it short above the body', () => {
    const text = [
      '岑沅市2024年上半年经济运行分析',
      '●全市地区生产总值增长5.6%，增速居全省第11位、较一季度前移2位',
      '（一）经济平稳增长。上半年，全市实现地区生产总值846.20亿元，同比增长5.6%，增速居全省21个市（州）第11位，较一季度前移2位。',
    ].join('\n');
    expect(ranksOf(text)).toEqual([['gdp', 11, 21, 2]]);
  });
});

describe('增速由一季度的增长A%转为下降B%, a growth turned since the quarter', () => {
  it('reads the quarter’s growth (its period) and the report’s own of a catalogue name', () => {
    const text = [
      '岑沅市2024年上半年经济运行分析',
      '上半年，全市固定资产投资同比增长4.2%。',
      '二是民间投资信心不足。民间投资增速由一季度的增长1.3%转为下降2.6%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'analysis.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'private-investment')
        .map((o) => [o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['growth', 1.3, '2024-Q1'],
      ['growth', -2.6, null],
    ]);
  });
});

describe('乙区增长A%，居第N位, the counties of a city told in turn', () => {
  it('gives no rank to the city (the ranks are the counties’)', () => {
    const text = [
      '岑沅市2024年上半年经济运行分析',
      '上半年，全市实现地区生产总值846.20亿元，同比增长5.6%。',
      '从增速看，岑东区以6.9%的增速居全市首位；岑西区增长6.2%，居第2位；沅桥县增长5.8%，居第3位，较一季度前移1位。',
    ].join('\n');
    expect(ranksOf(text)).toEqual([]);
  });

  it('keeps the report’s own place’s rank said so', () => {
    const text = [
      '岑西区2024年上半年经济运行情况',
      '上半年，全区实现地区生产总值126.20亿元，同比增长6.2%。岑西区增长6.2%，居第2位。',
    ].join('\n');
    expect(ranksOf(text).map(([, rank]) => rank)).toEqual([2]);
  });
});
