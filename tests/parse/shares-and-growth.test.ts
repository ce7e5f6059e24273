// Shares of the annual plan (with the full-year plan they imply), growth written every way the genre
// writes it, distributive pairs in either order, and the units of the genre. Figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { scanFigures } from '../../src/parse/numbers.js';
import { parsedReport } from '../helpers/report.js';

const report = (prose: string) =>
  parsedReport(
    ['丑县2023年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况', prose].join('\n'),
    { sourceName: 'shares.txt' },
  );
const observed = (prose: string) =>
  report(prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('shares of the annual plan', () => {
  it.each([
    ['固定资产投资完成15.2亿元，占年计划的47.5%。', 47.5],
    ['固定资产投资完成15.2亿元，完成年度目标任务的47.5%。', 47.5],
    ['固定资产投资完成15.2亿元，完成年计划的47.5%，同比增长3.1%。', 47.5],
    ['固定资产投资完成15.2亿元，完成年度计划投资的47.5%，低于序时进度2.5个百分点。', 47.5],
    ['固定资产投资完成15.2亿元，为年度投资计划的47.5%，超过时间进度22.5个百分点。', 47.5],
  ])('%s is a share, and the level with it implies a derived full-year target', (prose, share) => {
    const parsed = report(prose);
    expect(parsed.observations.find((o) => o.measure === 'share')?.quantity?.value).toBe(share);
    expect(
      parsed.targets.map((t) => [
        t.indicatorCode,
        t.kind,
        t.horizon,
        t.value,
        t.unit,
        t.derived,
        t.attainment,
      ]),
    ).toEqual([['fixed-asset-investment', 'target', 'full-year', 32, '亿元', true, 'unknown']]);
  });

  it('reads 完成时序进度的A% as a share, which implies no full-year plan', () => {
    const parsed = report('工业投资完成6.1亿元，完成时序进度的103.2%。');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-investment', 'level', 6.1],
      ['industrial-investment', 'share', 103.2],
    ]);
    expect(parsed.targets).toEqual([]);
  });

  it('derives no target from a share of a total (占全县的比重)', () => {
    expect(report('固定资产投资完成15.2亿元，占全市的12.5%。').targets).toEqual([]);
  });

  it('marks table and goal targets as not derived', () => {
    const parsed = parseReportText(
      [
        '丑县2023年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '表:主要指标完成情况',
        '指标\t全年目标\t上半年完成',
        '地区生产总值\t6%\t5.2%',
        '',
        '二、下半年工作安排',
        '力争全年固定资产投资增长8%。',
      ].join('\n'),
      { sourceName: 'derived.txt' },
    ).report;
    expect(parsed?.targets.map((t) => [t.indicatorCode, t.derived])).toEqual([
      ['gdp', false],
      ['fixed-asset-investment', false],
    ]);
  });
});

describe('growth', () => {
  it.each([
    ['规上工业增加值增长-2.1%。', -2.1],
    ['规上工业增加值同比下降2.1%。', -2.1],
    ['规上工业增加值同比增长－2.1％。', -2.1],
  ])('%s is negative', (prose, value) => {
    expect(observed(prose)).toEqual([['industrial-value-added', 'growth', value, '%']]);
  });

  it('reads 两年平均增长 as its own measure of the same indicator', () => {
    expect(observed('地区生产总值同比增长8.1%，两年平均增长5.2%。')).toEqual([
      ['gdp', 'growth', 8.1, '%'],
      ['gdp', 'two-year-average-growth', 5.2, '%'],
    ]);
  });

  it('keeps last year’s figure in brackets as a fact of the indicator', () => {
    const parsed = report('农林牧渔业增加值增长10.6%，较上年同期(3.1%)大幅增长。');
    expect(parsed.facts.map((f) => [f.indicatorCode, f.measure, f.quantity.value])).toEqual([
      ['agriculture-value-added', 'growth', 10.6],
      ['agriculture-value-added', 'growth', 3.1],
    ]);
    expect(parsed.observations).toHaveLength(1);
  });

  it('keeps the earlier period’s figure in brackets as a fact, not as this period’s observation', () => {
    const parsed = report('地区生产总值同比增长4.5%，较一季度(-1.2%)回升5.7个百分点。');
    expect(parsed.facts.map((f) => [f.indicatorCode, f.measure, f.quantity.value])).toEqual([
      ['gdp', 'growth', 4.5],
      ['gdp', 'growth', -1.2],
      ['gdp', 'change', 5.7],
    ]);
    expect(parsed.observations.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['growth', 4.5],
      ['change', 5.7],
    ]);
  });
});

describe('distributive pairs in either order', () => {
  const expected = [
    ['urban-disposable-income-per-capita', 'growth', 5.6, '%'],
    ['rural-disposable-income-per-capita', 'growth', 7.1, '%'],
    ['urban-disposable-income-per-capita', 'level', 18620, '元'],
    ['rural-disposable-income-per-capita', 'level', 9820, '元'],
  ];
  it.each([
    '城乡居民人均可支配收入分别增长5.6%和7.1%，分别达18620元和9820元。',
    '城乡居民人均可支配收入分别增长5.6%、7.1%，分别为18620元、9820元。',
    '城乡居民人均可支配收入分别增长5.6%和7.1%，分别达到18620元和9820元。',
  ])('%s', (prose) => {
    expect(observed(prose)).toEqual(expected);
  });

  it.each([
    '全年接待游客412.5万人次，实现旅游总收入38.6亿元，分别增长8.2%和9.6%。',
    // 旅游综合收入: the tourism revenue as county and city papers name it.
    '全年接待游客412.5万人次，实现旅游综合收入38.6亿元，分别增长8.2%和9.6%。',
  ])('over the subjects of the figures before it when the list names none: %s', (prose) => {
    expect(observed(prose)).toEqual([
      ['tourist-arrivals', 'level', 412.5, '万人次'],
      ['tourism-revenue', 'level', 38.6, '亿元'],
      ['tourist-arrivals', 'growth', 8.2, '%'],
      ['tourism-revenue', 'growth', 9.6, '%'],
    ]);
  });

  it("of the industries' shares after a structure, named 第X产业所占比重", () => {
    const changes = observed(
      '三次产业结构由上年的22.4:38.1:39.5调整为20.6:39.0:40.4，第一产业所占比重下降1.8个百分点，第二、三产业所占比重分别提高0.9和0.9个百分点。',
    ).filter(([, measure]) => measure === 'change');
    expect(changes).toEqual([
      ['primary-industry-share', 'change', -1.8, '个百分点'],
      ['secondary-industry-share', 'change', 0.9, '个百分点'],
      ['tertiary-industry-share', 'change', 0.9, '个百分点'],
    ]);
  });

  it('of gaps to the plan, the unit written once at the end of the list', () => {
    const parsed = report(
      '城镇居民人均可支配收入21860元，增长5.2%；农村居民人均可支配收入9870元，增长7.1%，分别高于计划0.2和0.6个百分点。',
    );
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit, o.comparedWith]),
    ).toEqual([
      ['urban-disposable-income-per-capita', 0.2, '个百分点', '计划'],
      ['rural-disposable-income-per-capita', 0.6, '个百分点', '计划'],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.kind, t.value])).toEqual([
      ['urban-disposable-income-per-capita', 'period-plan', 5],
      ['rural-disposable-income-per-capita', 'period-plan', 6.5],
    ]);
  });

  it('a list right after a 分别 list, without 分别 of its own, goes to the same subjects', () => {
    expect(observed('城乡居民人均可支配收入分别达到18620元、9820元，增长5.6%、7.1%。')).toEqual([
      expected[2],
      expected[3],
      expected[0],
      expected[1],
    ]);
  });

  it('levels before growth', () => {
    expect(observed('城乡居民人均可支配收入分别为18620元和9820元，分别增长5.6%和7.1%。')).toEqual([
      expected[2],
      expected[3],
      expected[0],
      expected[1],
    ]);
  });
});

describe('units of the genre', () => {
  it.each([
    ['1.25亿美元', 1.25e8, '美元'],
    ['3200万美元', 3.2e7, '美元'],
    ['8650万千瓦时', 8.65e7, '千瓦时'],
    ['1.2亿千瓦时', 1.2e8, '千瓦时'],
    ['28微克/立方米', 28, '微克/立方米'],
    ['560吨', 560, '吨'],
    ['12.3万吨', 1.23e5, '吨'],
    ['800头', 800, '头'],
    ['3000只', 3000, '只'],
    ['12.5万头', 1.25e5, '头'],
    ['450亩', 450, '亩'],
    ['25.6万亩', 2.56e5, '亩'],
    ['350家', 350, '家'],
    ['1200户', 1200, '户'],
    ['5600人次', 5600, '人次'],
    ['85.3万人次', 8.53e5, '人次'],
  ])('%s', (text, valueBase, baseUnit) => {
    const [figure] = scanFigures(text);
    expect(figure?.quantity.valueBase).toBeCloseTo(valueBase, 6);
    expect(figure?.quantity.baseUnit).toBe(baseUnit);
    expect(figure?.end).toBe(text.length);
  });
});

describe('a benchmark’s own figure in brackets (session 8 sweep)', () => {
  it('is no observation of the report’s place: 比全省(a%)和全国平均水平(b%)分别高…', () => {
    // The margins after the brackets are ours: one comparison per benchmark (session 8, held-out-7).
    expect(
      observed(
        '全市规模以上工业增加值68.2亿元，同比增长9.3%，比全省(7.1%)和全国平均水平(6.4%)分别高2.2、2.9个百分点。',
      ),
    ).toEqual([
      ['industrial-value-added', 'level', 68.2, '亿元'],
      ['industrial-value-added', 'growth', 9.3, '%'],
      ['industrial-value-added', 'comparison', 2.2, '个百分点'],
      ['industrial-value-added', 'comparison', 2.9, '个百分点'],
    ]);
  });
});

describe('a level written against GDP and its share of 全年计划目标 (session 8 sweep)', () => {
  it('reads 完成GDP408.1亿元，完成全年计划目标的45.4% as the GDP’s level, share and implied plan', () => {
    const parsed = report('初步统计，全县完成GDP408.1亿元，完成全年计划目标的45.4%，增长8.7%。');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 408.1],
      ['gdp', 'share', 45.4],
      ['gdp', 'growth', 8.7],
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.derived])).toEqual([
      ['gdp', 'full-year', 898.898678, '亿元', true],
    ]);
  });

  it('still reads no figure inside a name written with letters (PM2.5, 5G)', () => {
    const parsed = report('全县PM2.5平均浓度下降，新建5G基站120个。');
    expect(parsed.facts.map((f) => f.quantity.raw)).toEqual(['120个']);
  });
});

describe('growth written as a surge, and tourists from home and abroad', () => {
  it.each([
    ['外贸进出口总额完成3.4亿美元，同比激增88%。', ['foreign-trade', 'growth', 88, '%']],
    ['实际利用外资1.2亿美元，猛增54%。', ['foreign-investment', 'growth', 54, '%']],
    ['接待海内外游客420万人次，增长16.5%。', ['tourist-arrivals', 'level', 420, '万人次']],
  ])('%s', (prose, expected) => {
    expect(observed(prose)).toContainEqual(expected);
  });
});

describe('a word-only zero: 持平 (session 10 decision)', () => {
  const withBenchmarks = (prose: string) =>
    report(prose).observations.map((o) => [o.measure, o.quantity?.value, o.quantity?.unit, o.comparedWith]);
  it.each([
    ['固定资产投资同比持平。', ['growth', 0, '%', null]],
    ['社会消费品零售总额完成46.2亿元，与上年同期持平。', ['growth', 0, '%', null]],
    ['一般公共预算收入完成9.1亿元，与同期持平。', ['growth', 0, '%', null]],
    ['规上工业增加值增长4.1%，增速与一季度持平。', ['change', 0, '个百分点', null]],
    ['规上工业增加值增长4.1%，增幅和1-5月持平。', ['change', 0, '个百分点', null]],
    ['一般公共预算收入增长3.3%，增速与全市持平。', ['comparison', 0, '个百分点', '全市']],
    ['一般公共预算收入增长3.3%，与全省平均水平持平。', ['comparison', 0, '个百分点', '全省']],
  ])('%s', (prose, expected) => {
    expect(withBenchmarks(prose)).toContainEqual(expected);
  });
  it.each([
    '农作物播种面积21.3万亩，与上年基本持平。',
    '规上工业增加值增长4.1%，增速与全市基本持平。',
    '经济运行保持平稳，固定资产投资增长2.2%。',
    '地区生产总值增长5.6%，位次与一季度持平。',
  ])('%s gives no zero', (prose) => {
    expect(report(prose).observations.filter((o) => o.quantity?.value === 0)).toEqual([]);
  });
  it('基本与时序进度持平 (the hedge before what it is held against) gives no zero, nor its fact', () => {
    const parsed = report('限上商品零售额完成12.7亿元，占年计划的71.9%，基本与时序进度持平。');
    expect(parsed.observations.filter((o) => o.quantity?.value === 0)).toEqual([]);
    expect(parsed.facts.filter((f) => f.quantity.value === 0)).toEqual([]);
  });
});
