// Forms of statistics-bureau analyses and review opinions first met in held-out-6: a month range
// written with a horizontal bar, firms' revenue with 实现 between, a share of a named whole, a list
// of industries sharing one head word. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const parsed = (...prose: string[]) =>
  parsedReport(
    [
      '丙溪区2025年上半年经济运行情况',
      '来源：丙溪区统计局　发布时间：2025-07-25',
      '上半年，全区地区生产总值210.5亿元，同比增长5.1%。',
      ...prose,
    ].join('\n'),
    { sourceName: 'analysis-forms.txt' },
  );
const observations = (...prose: string[]) =>
  parsed(...prose)
    .observations.filter((o) => o.indicatorCode !== 'gdp')
    .map((o) => [
      o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
      o.measure,
      o.quantity?.value,
      ...(o.period ? [o.period] : []),
    ]);

describe('a month range written with a horizontal bar (1―5月)', () => {
  it('reads it as 1-5月: the period of a figure and the benchmark of a change', () => {
    expect(
      observations(
        '1―4月，全区规模以上服务业营业收入45.3亿元，同比增长6.6%。',
        '上半年，全区固定资产投资同比下降3.4%，降幅比1―5月收窄0.9个百分点。',
      ),
    ).toEqual([
      ['services-revenue', 'level', 45.3, '2025-M1-4'],
      ['services-revenue', 'growth', 6.6, '2025-M1-4'],
      ['fixed-asset-investment', 'growth', -3.4],
      ['fixed-asset-investment', 'change', 0.9],
    ]);
  });

  it('gives no fact of the month numbers themselves', () => {
    const facts = parsed('上半年，全区固定资产投资同比下降3.4%，降幅比1―5月收窄0.9个百分点。').facts;
    expect(facts.map((f) => f.quantity.value)).not.toContain(1);
  });
});

describe("firms' results with the verb between (规上服务业企业实现营业收入)", () => {
  it('names the catalogue indicator without the verb', () => {
    expect(observations('上半年，全区规上服务业企业实现营业收入61.8亿元，增长4.4%。')).toEqual([
      ['services-revenue', 'level', 61.8],
      ['services-revenue', 'growth', 4.4],
    ]);
  });
});

describe('a share of a named whole (占规上工业增加值比重为A%)', () => {
  it('is the share of the sentence subject, not of the whole named after 占', () => {
    expect(
      observations('装备制造业增加值增长9.6%，占规上工业增加值比重为27.3%，比上年同期提高0.8个百分点。'),
    ).toEqual([
      ['equipment-manufacturing-value-added', 'growth', 9.6],
      ['equipment-manufacturing-value-added', 'share', 27.3],
      ['equipment-manufacturing-value-added', 'change', 0.8],
    ]);
  });
});

describe('industries listed before one head word (甲、乙、丙产业增加值分别增长…)', () => {
  it('gives each item the shared 产业增加值, whatever its length', () => {
    expect(
      observations(
        '重点产业“三增一降”，光伏组件、新能源、精细化工产业增加值分别增长15.2%、8.1%和2.6%，建材产业下降3.7%。',
      ),
    ).toEqual([
      ['光伏组件产业增加值', 'growth', 15.2],
      ['新能源产业增加值', 'growth', 8.1],
      ['精细化工产业增加值', 'growth', 2.6],
      ['建材产业', 'growth', -3.7],
    ]);
  });

  it('names each item of a counted class (三大主导产业产值) with its class and what is said of it', () => {
    expect(
      observations(
        '绿色建材、生物医药、电子元件三大主导产业产值分别增长9.4%、1.5倍和4.2%，纺织、造纸两大传统行业产值分别下降2.3%和0.7%。',
      ),
    ).toEqual([
      ['绿色建材产业产值', 'growth', 9.4],
      ['生物医药产业产值', 'growth', 1.5],
      ['电子元件产业产值', 'growth', 4.2],
      ['纺织行业产值', 'growth', -2.3],
      ['造纸行业产值', 'growth', -0.7],
    ]);
  });
});

describe('retail by place and by kind', () => {
  it('keeps 城镇/乡村消费品零售额 with level and growth, and kinds of goods apart from 商品零售额', () => {
    expect(
      observations(
        '按经营单位所在地分，城镇消费品零售额88.40亿元，增长3.9%；乡村消费品零售额12.05亿元，增长5.5%。',
        '限额以上单位中，家用电器类商品零售额增长18.2%，石油及制品类商品零售额增长0.0%，增速与1―5月持平。',
      ),
    ).toEqual([
      ['城镇消费品零售额', 'level', 88.4],
      ['城镇消费品零售额', 'growth', 3.9],
      ['乡村消费品零售额', 'level', 12.05],
      ['乡村消费品零售额', 'growth', 5.5],
      ['家用电器类商品零售额', 'growth', 18.2],
      ['石油及制品类商品零售额', 'growth', 0],
      // 增速与1―5月持平: no change against 1―5月, a change of 0 points.
      ['石油及制品类商品零售额', 'change', 0],
    ]);
  });
});

describe("an earlier quarter's growth after the half-year's (一季度为下降2.1%)", () => {
  it("is the same indicator's, of the first quarter", () => {
    expect(observations('上半年，全区进出口总额52.10亿元，同比增长2.4%，一季度为下降1.8%。')).toEqual([
      ['foreign-trade', 'level', 52.1],
      ['foreign-trade', 'growth', 2.4],
      ['foreign-trade', 'growth', -1.8, '2025-Q1'],
    ]);
  });
});

describe('the share of tax revenue named short (税收占比为A%)', () => {
  it('is the share of tax revenue', () => {
    expect(
      observations('全区一般公共预算收入15.2亿元，其中税收收入11.3亿元，下降0.6%，税收占比为74.3%。'),
    ).toEqual([
      ['general-budget-revenue', 'level', 15.2],
      ['tax-revenue', 'level', 11.3],
      ['tax-revenue', 'growth', -0.6],
      ['tax-revenue', 'share', 74.3],
    ]);
  });
});

describe('a rank with the size of the group after the scope (居全市6个区第4位)', () => {
  it('reads the rank, the scope and the group size', () => {
    const rankings = parsed('上半年，全区生产总值增长5.4%，增速居全市7个区第3位。').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
      r.scope,
    ]);
    expect(rankings).toEqual([['gdp', 3, 7, '全市']]);
  });
});
