// Forms the eighty-sixth held-out batch showed the parser missed (session 27, branch fix86): a county
// 简报's table whose two-level header puts the city's growth beside the county's (1—5月 over 绝对值 |
// 增长%, 全市 over 增长% | 位次), and rows sent to the first quarter by a footnote mark the 注 explains.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, sourceName = 'brief.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
    o.period ?? null,
  ]);

const briefTable = [
  '2025年1—5月全县经济运行简况',
  '蓠沅县发展和改革局',
  '1—5月，全县规上工业增加值21.36亿元，同比增长6.8%。',
  '附表：2025年1—5月蓠沅县主要经济指标',
  '指标\t单位\t1—5月\t\t全市\t',
  '\t\t绝对值\t增长%\t增长%\t位次',
  '地区生产总值①\t亿元\t52.18\t5.2\t5.9\t6',
  '规上工业增加值\t亿元\t21.36\t6.8\t7.3\t5',
  '注：①为一季度数据。位次为在蓟陵市7个县（市、区）中的位次。',
].join('\n');

describe('a 全市 growth column beside the county’s under a two-level header (F1881)', () => {
  it('reads the county’s growth only, the 位次 as its rank', () => {
    const observations = observationsOf(briefTable);
    const growths = observations.filter((o) => o[1] === 'growth').map((o) => o[2]);
    expect(growths).not.toContain(5.9);
    expect(growths).not.toContain(7.3);
    expect(growths).toContain(6.8);
    const ranks = parsedReport(briefTable, { sourceName: 'brief.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
    ]);
    expect(ranks).toContainEqual(['industrial-value-added', 5]);
  });
});

describe('a footnote mark after a row’s name that the 注 gives a period (F1882)', () => {
  it('gives the marked row’s figures the first quarter', () => {
    const gdp = observationsOf(briefTable).filter((o) => o[0] === 'gdp');
    expect(gdp).toContainEqual(['gdp', 'level', 52.18, '2025-Q1']);
    expect(gdp).toContainEqual(['gdp', 'growth', 5.2, '2025-Q1']);
    const industry = observationsOf(briefTable).filter((o) => o[0] === 'industrial-value-added');
    expect(industry.every((o) => o[3] === null)).toBe(true);
  });
});

describe('exports to some partners, of one trade mode or one kind of goods, and one sector’s loans (F1883)', () => {
  it('names each part as written, not the whole the catalogue knows', () => {
    const text = [
      '2024年蓠沅区国民经济和社会发展统计公报',
      '全年全区进出口总额215.36亿元，增长3.8%。其中出口148.27亿元，增长5.2%。对共建“一带一路”国家出口52.14亿元，增长9.6%，占全区出口总额的35.2%。一般贸易出口占出口总额的比重为58.4%，比上年提高1.7个百分点。柑橘、茶叶等特色农产品出口3.12亿元，增长14.2%。',
      '年末金融机构本外币各项贷款余额926.48亿元，增长7.9%，其中制造业贷款余额168.35亿元，增长12.6%。',
    ].join('\n');
    const named = parsedReport(text, { sourceName: 'communique.txt' }).observations.map((o) => [
      o.indicatorCode.startsWith('x-') ? 'x' : o.indicatorCode,
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['exports', '出口', 'level', 148.27],
        ['x', '对共建“一带一路”国家出口', 'level', 52.14],
        ['x', '对共建“一带一路”国家出口', 'share', 35.2],
        ['x', '一般贸易出口', 'share', 58.4],
        ['x', '一般贸易出口', 'change', 1.7],
        ['x', '特色农产品出口', 'growth', 14.2],
        ['x', '制造业贷款余额', 'level', 168.35],
        ['x', '制造业贷款余额', 'growth', 12.6],
      ]),
    );
    expect(named.filter((o) => o[0] === 'exports').map((o) => o[3])).toEqual([148.27, 5.2]);
    expect(named.filter((o) => o[0] === 'loans').map((o) => o[3])).toEqual([926.48, 7.9]);
  });
});

describe('a TV transcript headed by its county’s 融媒体中心, the place only 我县 in the text (F1884)', () => {
  it('takes the place from the medium’s name without doubling its suffix', () => {
    const text = [
      '蓠沅县融媒体中心　《蓠沅新闻》电视文稿',
      '播出日期：2025年7月22日　栏目：蓠沅新闻　时长：2分58秒',
      '标题：上半年我县经济运行稳中有进',
      '【导语】',
      '上半年，全县地区生产总值增速排在全市第三。',
      '【正文】',
      '记者从县统计局了解到，上半年，全县实现地区生产总值88.16亿元，同比增长5.4%。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'news.txt' }).meta.region).toBe('蓠沅县');
  });
});

describe('a growth judged small, under a cause, and the new products’ output of the firms above the size (F1885)', () => {
  it('reads 增长仅为 as a growth, names the figure past 在…带动下 and 规上工业企业新产品产值 as written', () => {
    const text = [
      '2025年1—5月蓠沅县经济运行简况',
      '1—5月，全县固定资产投资同比增长4.6%。全县规上工业企业新产品产值41.26亿元，增长12.7%。家用电器和音像器材类零售额在以旧换新政策带动下增长28.3%。',
      '消费增长后劲不足，餐饮收入增长仅为2.3%。',
    ].join('\n');
    const named = parsedReport(text, { sourceName: 'brief.txt' }).observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['规上工业企业新产品产值', 'level', 41.26],
        ['规上工业企业新产品产值', 'growth', 12.7],
        ['家用电器和音像器材类零售额', 'growth', 28.3],
        ['餐饮收入', 'growth', 2.3],
      ]),
    );
    expect(named.some((o) => o[1] === 'rate')).toBe(false);
  });
});

describe('a season named by what it shows, with 期间, before its tourism figures (F1886)', () => {
  it('keeps the season’s arrivals and takings as facts, no observations of the half year', () => {
    const text = [
      '2025年上半年蓠沅县经济运行稳中向好',
      '上半年，蓠沅县实现地区生产总值88.16亿元，同比增长5.4%。',
      '杨梅季期间，全县接待游客42.6万人次，实现旅游收入3.18亿元，同比分别增长8.7%和7.2%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.observations.map((o) => o.indicatorCode)).toEqual(['gdp', 'gdp']);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([42.6, 3.18]));
  });
});

describe('a percentage spoken in Chinese numerals with its decimals (F1887)', () => {
  it('reads 百分之六点二 as 6.2%, not the fraction 6/100', () => {
    const text = [
      '2025年上半年蓠沅县经济运行稳中向好',
      '上半年，蓠沅县实现地区生产总值88.16亿元，同比增长6.2%。',
      '【同期声】蓠沅县统计局局长　某某',
      '我们上半年的经济增速是百分之六点二，总体是稳的。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'news.txt' }).facts.map((f) => [
      f.quantity.value,
      f.quantity.unit,
    ]);
    expect(facts).toContainEqual([6.2, '%']);
    expect(facts).not.toContainEqual([0.06, '']);
  });
});

describe('an output of chips counted in 块 (F1888)', () => {
  it('keeps the unit with the figure', () => {
    const text = [
      '2024年蓠沅区国民经济和社会发展统计公报',
      '全年全区实现地区生产总值512.36亿元，增长5.6%。主要工业产品中，集成电路产量12.4亿块，增长18.6%。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'communique.txt' }).facts.map((f) => [
      f.quantity.value,
      f.quantity.unit,
    ]);
    expect(facts).toContainEqual([12.4, '亿块']);
  });
});
