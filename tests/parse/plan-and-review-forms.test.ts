// Forms of a plan-and-draft report and of a 审查意见 met in the eighth held-out batch: industries
// numbered without 第, a price basis inside a name. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(
    ['丙县2009年国民经济和社会发展计划执行情况的报告', '一、2009年计划执行情况', ...prose].join('\n'),
    { sourceName: 'plan-forms.txt' },
  );

const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]);

describe('names', () => {
  it('reads 一、二、三产业 without 第 as the three industries, past a price basis (现价) in the name', () => {
    expect(
      observed(
        '其中一、二、三产业现价增加值分别达到6.3亿元、12.7亿元、10.2亿元，分别增长5.1%、17.4%和11.0%。',
      ),
    ).toEqual([
      ['agriculture-value-added', 'level', 6.3, '亿元'],
      ['secondary-industry-value-added', 'level', 12.7, '亿元'],
      ['tertiary-industry-value-added', 'level', 10.2, '亿元'],
      ['agriculture-value-added', 'growth', 5.1, '%'],
      ['secondary-industry-value-added', 'growth', 17.4, '%'],
      ['tertiary-industry-value-added', 'growth', 11, '%'],
    ]);
  });

  it('reads an output written at current or comparable prices as the output', () => {
    expect(
      observed('全年实现农林牧渔业现价总产值16.8亿元，增长6.2%；规模以上工业现价增加值7.4亿元。'),
    ).toEqual([
      ['agriculture-output', 'level', 16.8, '亿元'],
      ['agriculture-output', 'growth', 6.2, '%'],
      ['industrial-value-added', 'level', 7.4, '亿元'],
    ]);
  });
});

describe('a whole and its part with two 分别 lists', () => {
  it('gives each list the two subjects, and each share of the plan its implied plan level', () => {
    const parsed = report(
      '财政总收入达到3.60亿元，其中地方一般预算收入2.00亿元，分别完成年度计划的120%和125%，分别增长18.4%和22.6%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fiscal-total-revenue', 'level', 3.6],
      ['general-budget-revenue', 'level', 2],
      ['fiscal-total-revenue', 'share', 120],
      ['general-budget-revenue', 'share', 125],
      ['fiscal-total-revenue', 'growth', 18.4],
      ['general-budget-revenue', 'growth', 22.6],
    ]);
    expect(
      parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.derived, t.attainment]),
    ).toEqual([
      ['fiscal-total-revenue', 'full-year', 3, '亿元', true, 'met'],
      ['general-budget-revenue', 'full-year', 1.6, '亿元', true, 'met'],
    ]);
  });
});

describe('energy intensity and a rate in ‰', () => {
  it('reads 万元生产总值能耗 as the energy intensity, past an adverb (仅) before its verb', () => {
    expect(observed('节能减排压力较大，万元生产总值能耗仅下降1.6%，未完成年度计划。')).toEqual([
      ['energy-emission-targets', 'growth', -1.6, '%'],
    ]);
  });

  it('reads —— goal lines of a rate in ‰ and of the energy intensity as next-year goals', () => {
    const parsed = parseReportText(
      [
        '关于丙县2009年国民经济和社会发展计划执行情况及2010年计划草案的报告',
        '二、2010年国民经济和社会发展的主要目标',
        '2010年全县经济社会发展的主要预期目标是：',
        '——人口自然增长率控制在5.8‰以内；',
        '——万元生产总值能耗降低3.6%。',
        '',
      ].join('\n'),
      { sourceName: 'plan-goals.txt' },
    ).report;
    expect(parsed?.targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit])).toEqual([
      ['人口自然增长率', 'next-year', 'lte', 5.8, '‰'],
      ['万元生产总值能耗', 'next-year', 'eq', -3.6, '%'],
    ]);
  });
});

describe('an amount of change after its own name', () => {
  it('reads X比上年增加A元 as the change of X, and 减收 as a fall', () => {
    expect(observed('城镇居民人均可支配收入比上年增加640元；一般预算收入比上年减收0.4亿元。')).toEqual([
      ['urban-disposable-income-per-capita', 'change', 640, '元'],
      ['general-budget-revenue', 'change', -0.4, '亿元'],
    ]);
  });
});

describe('a share whose change is written before it', () => {
  it('reads 占…的比重比上年提高B个百分点，达到A% as the change, then the share', () => {
    expect(observed('税收收入2.60亿元，占财政总收入的比重比上年提高2.1个百分点，达到78.4%。')).toEqual([
      ['tax-revenue', 'level', 2.6, '亿元'],
      ['tax-revenue', 'change', 2.1, '个百分点'],
      ['tax-revenue', 'share', 78.4, '%'],
    ]);
  });
});

describe('rankings of a review', () => {
  const ranks = (...prose: string[]) => report(...prose).rankings.map((r) => [r.indicatorCode, r.rank]);

  it('gives 分居…第四、二位 one rank per listed subject, in order', () => {
    expect(
      ranks(
        '城镇、农村常住居民人均可支配收入分别达到31200元、17400元，分别增长5.1%、6.3%，分居霞州市第五、三位。',
      ),
    ).toEqual([
      ['urban-disposable-income-per-capita', 5],
      ['rural-disposable-income-per-capita', 3],
    ]);
  });

  it('reads a second scope with its members in brackets (、全省县（市）第12位)', () => {
    expect(
      ranks('全市实现地区生产总值210.5亿元，同比增长5.2%，增速居霞州市第3位、全省县（市）第12位。'),
    ).toEqual([
      ['gdp', 3],
      ['gdp', 12],
    ]);
  });
});

describe('a price index in prose', () => {
  it('observes 居民消费价格总指数103.6% as a change of 3.6%, and keeps the fact as written', () => {
    const parsed = report('居民消费价格总指数103.6%；商品零售价格指数为98.7%。');
    expect(
      parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.raw]),
    ).toEqual([['cpi', 'growth', 3.6, '103.6%']]);
    expect(parsed.facts.map((f) => f.quantity.value)).toEqual([103.6, 98.7]);
  });
});

describe('a structure moved from one year to another', () => {
  it('reads 由2008年的a:b:c调整到2009年的d:e:f as the new ratio only', () => {
    expect(observed('三次产业结构比由2008年的28.4:35.1:36.5调整到2009年的27.0:36.2:36.8。')).toEqual([
      ['primary-industry-share', 'structure', 27, ''],
      ['secondary-industry-share', 'structure', 36.2, ''],
      ['tertiary-industry-share', 'structure', 36.8, ''],
    ]);
  });
});

describe('a margin over another indicator’s growth', () => {
  it('reads X增速低于经济增速B个百分点 as a comparison of X, signed', () => {
    const parsed = report(
      '城镇居民人均可支配收入增速低于经济增速0.7个百分点；农村居民人均可支配收入增速快于城镇居民增速1.3个百分点。',
    );
    expect(
      parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'comparison', -0.7, '经济增速'],
      ['rural-disposable-income-per-capita', 'comparison', 1.3, '城镇居民增速'],
    ]);
  });

  it('reads 比全县GDP增速高B个百分点 after the growth as a comparison of the chain’s indicator', () => {
    const parsed = report(
      '农村常住居民人均可支配收入9315元，增长7.9%，扣除价格因素实际增长7.1%，比全县GDP增速高1.2个百分点；' +
        '城镇常住居民人均可支配收入增长4.4%，比经济增速慢0.6个百分点，增速比一季度低0.3个百分点。',
    );
    expect(
      parsed.observations
        .filter((o) => o.measure === 'comparison' || o.measure === 'change')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['rural-disposable-income-per-capita', 'comparison', 1.2, '全县gdp增速'],
      ['urban-disposable-income-per-capita', 'comparison', -0.6, '经济增速'],
      ['urban-disposable-income-per-capita', 'change', -0.3, null],
    ]);
  });

  it('leaves a gap to a plan (增速低于年度目标B个百分点) to the plan rules', () => {
    expect(
      observed('一般公共预算收入增速低于年度目标1.9个百分点。').filter(([, measure]) => measure === 'change'),
    ).toEqual([]);
  });
});
