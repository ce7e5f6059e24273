// Forms of statistics bureaus' releases (前三季度 analyses, county communiqués) that documents 311–320
// showed, in sentences and tables of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) =>
  parsedReport(['岢溆县2022年国民经济和社会发展统计公报', '一、综合', ...lines].join('\n'), {
    sourceName: 'gstat.txt',
  });
const observed = (...lines: string[]) =>
  report(...lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value ?? null]);

describe('growth stated on two bases', () => {
  it('reads 按自然口径计算下降 and 扣除留抵退税因素后增长 as two growths of the subject', () => {
    expect(
      observed('全年一般公共预算收入8.46亿元，按自然口径计算下降7.2%，扣除留抵退税因素后增长2.9%。'),
    ).toEqual([
      ['general-budget-revenue', 'level', 8.46],
      ['general-budget-revenue', 'growth', -7.2],
      ['general-budget-revenue', 'growth', 2.9],
    ]);
  });
});

describe('names of statistics releases', () => {
  it('reads 商品零售 without 额 as the retail sales of goods, and leaves 商品零售价格 alone', () => {
    expect(observed('按消费类型分，商品零售51.37亿元，增长3.1%；餐饮收入6.25亿元，下降1.4%。')).toEqual([
      ['goods-retail-sales', 'level', 51.37],
      ['goods-retail-sales', 'growth', 3.1],
      ['catering-revenue', 'level', 6.25],
      ['catering-revenue', 'growth', -1.4],
    ]);
  });

  it('keeps 全部工业增加值 apart from the industry above designated size', () => {
    expect(observed('全年全部工业增加值41.86亿元，比上年增长1.7%。规模以上工业增加值增长2.3%。')).toEqual([
      ['all-industry-value-added', 'level', 41.86],
      ['all-industry-value-added', 'growth', 1.7],
      ['industrial-value-added', 'growth', 2.3],
    ]);
  });
});

describe('columns whose header states the measure', () => {
  it('reads a 两年平均增长(%) column as the two-year average growth, beside the year-on-year one', () => {
    const rows = observed(
      '附表：主要经济指标',
      '指标\t单位\t绝对值\t同比增长（%）\t两年平均增长（%）',
      '地区生产总值\t亿元\t96.35\t8.7\t5.2',
      '固定资产投资\t—\t—\t11.4\t6.3',
    );
    expect(rows).toEqual([
      ['gdp', 'level', 96.35],
      ['gdp', 'growth', 8.7],
      ['gdp', 'two-year-average-growth', 5.2],
      ['fixed-asset-investment', 'growth', 11.4],
      ['fixed-asset-investment', 'two-year-average-growth', 6.3],
    ]);
  });

  it('reads a GDP table’s 构成(%) column as each sector’s share', () => {
    const rows = observed(
      '表1　全县地区生产总值及其构成',
      '指标 | 绝对数（亿元） | 比上年增长（%） | 构成（%） |',
      '地区生产总值 | 150.20 | 4.2 | — |',
      '第一产业 | 24.03 | 3.8 | 16.0 |',
      '第二产业 | 55.57 | 2.1 | 37.0 |',
      '第三产业 | 70.60 | 5.9 | 47.0 |',
    );
    expect(rows.filter((r) => r[1] === 'share')).toEqual([
      ['agriculture-value-added', 'share', 16],
      ['secondary-industry-value-added', 'share', 37],
      ['tertiary-industry-value-added', 'share', 47],
    ]);
  });
});

describe('a communiqué’s tables', () => {
  it('reads a GDP table’s bare sector rows as their value added, #工业 as industry of every size', () => {
    const rows = observed(
      '表1　全县地区生产总值及其构成',
      '指标 | 绝对数（亿元） | 比上年增长（%） |',
      '地区生产总值 | 150.20 | 4.2 |',
      '第二产业 | 55.57 | 2.1 |',
      '#工业 | 40.12 | 1.6 |',
      '建筑业 | 15.45 | 3.4 |',
    );
    expect(rows).toEqual([
      ['gdp', 'level', 150.2],
      ['gdp', 'growth', 4.2],
      ['secondary-industry-value-added', 'level', 55.57],
      ['secondary-industry-value-added', 'growth', 2.1],
      ['all-industry-value-added', 'level', 40.12],
      ['all-industry-value-added', 'growth', 1.6],
      ['construction-value-added', 'level', 15.45],
      ['construction-value-added', 'growth', 3.4],
    ]);
  });

  it('reads a price table’s index over 100 and leaves its categories out', () => {
    const rows = observed(
      '表2　居民消费价格比上年涨跌幅度',
      '指标 | 比上年涨跌（%） |',
      '居民消费价格总指数 | 102.3 |',
      '食品烟酒 | 103.1 |',
      '衣着 | 98.7 |',
    );
    expect(rows).toEqual([['cpi', 'growth', 2.3]]);
  });

  it('keeps the rows the catalogue lacks in a table that is not only prices', () => {
    const rows = observed(
      '主要指标',
      '指标 | 绝对值 | 比上年增长（%） |',
      '居民消费价格总指数 | 101.2 | — |',
      '地区生产总值（亿元） | 150.20 | 4.2 |',
      '民营经济增加值（亿元） | 88.60 | 3.9 |',
    );
    expect(rows.some((r) => String(r[0]).startsWith('x-') && r[2] === 88.6)).toBe(true);
  });
});

describe('a communiqué’s industry paragraph', () => {
  it('reads 轻、重工业占比分别为a%和b% as the shares of their value added', () => {
    const light = 'light-industry-value-added';
    const heavy = 'heavy-industry-value-added';
    expect(
      observed(
        '规模以上工业中，轻工业增加值增长2.6%，重工业增加值下降1.3%，轻、重工业占比分别为27.4%和72.6%。',
      ),
    ).toEqual([
      [light, 'growth', 2.6],
      [heavy, 'growth', -1.3],
      [light, 'share', 27.4],
      [heavy, 'share', 72.6],
    ]);
  });

  it('keeps 一产、三产占比分别提高 on the catalogue’s shares', () => {
    expect(
      observed('三次产业结构为12.1:44.5:43.4，一产、三产占比分别提高0.3、0.8个百分点。').slice(-2),
    ).toEqual([
      ['primary-industry-share', 'change', 0.3],
      ['tertiary-industry-share', 'change', 0.8],
    ]);
  });

  it('reads a rate of industry stated bare (产品销售率为95.7%) as an indicator, a coverage rate as a fact', () => {
    const rows = observed('全年规模以上工业产品销售率为96.2%。全年新型农村合作医疗参合率为97.5%。');
    expect(rows).toEqual([[expect.stringMatching(/^x-/), 'rate', 96.2]]);
    expect(report('全年规模以上工业产品销售率为96.2%。').observations[0]?.indicatorName).toBe(
      '规模以上工业产品销售率',
    );
  });

  it('keeps a branch named with its value added whole in a 分别 list (no 增加值增加值)', () => {
    const light = 'light-industry-value-added';
    const heavy = 'heavy-industry-value-added';
    expect(observed('轻工业增加值、重工业增加值分别增长3.1%和4.4%。')).toEqual([
      [light, 'growth', 3.1],
      [heavy, 'growth', 4.4],
    ]);
  });
});
