// Forms the ninety-third held-out batch showed the parser missed (session 28, branch fix93): a development-and-
// reform bureau's notice issuing the year's key-project plan (关于印发某县2025年重大项目年度计划的通知, refused
// before as a notice). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a notice issuing the year’s key-project plan (F2051)', () => {
  const NOTICE = [
    '苈湾县发展和改革局关于印发苈湾县2026年重大项目年度计划的通知',
    '苈发改〔2026〕7号',
    '各镇人民政府，县直有关单位：',
    '《苈湾县2026年重大项目年度计划》已经县人民政府同意，现印发给你们，请认真组织实施。',
    '2026年全县共安排重大项目9宗，总投资41.6亿元，年度计划投资13.2亿元。其中，新开工项目4宗，续建项目5宗。',
  ];

  it('is read as a statistics analysis of the plan’s year, not refused as a notice', () => {
    const { meta } = parsedReport(NOTICE.join('\n'), { sourceName: 'notice.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苈湾县', '2026-FY']);
  });

  it('reads a 重点项目投资计划 issued likewise', () => {
    const title = '苈湾县发展和改革局关于印发苈湾县2026年重点项目投资计划的通知';
    const { meta } = parsedReport([title, ...NOTICE.slice(1)].join('\n'), { sourceName: 'notice.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苈湾县', '2026-FY']);
  });

  it('still refuses a notice on anything else', () => {
    const title = '苈湾县发展和改革局关于印发苈湾县2026年重大项目考核办法的通知';
    expect(() => parsedReport([title, ...NOTICE.slice(1)].join('\n'), { sourceName: 'notice.txt' })).toThrow(
      /not-a-report/,
    );
  });
});

describe('a budget execution table of 年初预算, the period’s 完成 and 完成预算（%） (F2052)', () => {
  const TEXT = [
    '关于苈湾县2026年上半年预算执行情况的报告',
    '一、上半年预算执行情况',
    '1—6月，全县地方一般公共预算收入52100万元，增长3.1%。',
    '附表　苈湾县2026年1—6月一般公共预算收入完成情况',
    '项目\t年初预算（万元）\t1—6月完成（万元）\t完成预算（%）\t同比增长（%）',
    '地方一般公共预算收入\t98600\t52100\t52.8\t3.1',
    '其中：增值税\t31200\t14750\t47.3\t-2.6',
  ].join('\n');
  const report = () => parsedReport(TEXT, { sourceName: 'budget.txt' });

  it('reads 年初预算 as each item’s full-year target, not a figure of the period', () => {
    expect(report().targets.map((t) => [t.indicatorName, t.value, t.unit, t.horizon, t.derived])).toEqual([
      ['地方一般公共预算收入', 98600, '万元', 'full-year', false],
      ['增值税', 31200, '万元', 'full-year', false],
    ]);
  });

  it('reads 完成预算（%） as the share of the budget done, and only 同比增长 as growth', () => {
    const figures = report()
      .observations.filter((o) => o.quantity?.unit === '%')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['增值税', 'share', 47.3],
        ['增值税', 'growth', -2.6],
      ]),
    );
    expect(figures.filter(([, measure]) => measure === 'growth').map(([, , value]) => value)).not.toContain(
      47.3,
    );
  });
});

describe('a revenue’s growth under another’s named in full after 低于 (F2053)', () => {
  it('is the comparison of the clause’s own indicator, not of the one the catalogue reads in the other’s name', () => {
    const text = [
      '关于苈湾县2026年上半年预算执行情况的报告',
      '一、上半年预算执行情况',
      '1—6月，全县地方一般公共预算收入52100万元，增长3.1%。',
      '二、需要关注的问题',
      '一是收入增长后劲不足。税收收入增幅低于地方一般公共预算收入2.4个百分点，房地产相关税收持续下滑。',
    ].join('\n');
    const margins = parsedReport(text, { sourceName: 'budget.txt' }).observations.filter(
      (o) => o.measure === 'comparison',
    );
    expect(margins.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([['tax-revenue', -2.4]]);
  });
});

describe('an income row merged down over 城镇（元） and 农村（元） in the unit column (F2054)', () => {
  const TEXT = [
    '关于苈湾市2026年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年全市实现地区生产总值208.4亿元，增长5.6%。',
    '附表　2026年1—6月苈湾市主要经济指标完成情况',
    '指标名称\t单位\t年度目标（增幅%）\t1—6月绝对值\t1—6月增幅（%）',
    '地区生产总值\t亿元\t6\t208.4\t5.6',
    '居民人均可支配收入\t城镇（元）\t5.2\t38640\t4.6',
    '\t农村（元）\t6.8\t21930\t6.1',
  ].join('\n');
  const report = () => parsedReport(TEXT, { sourceName: 'plan.txt' });

  it('gives each row to the urban or the rural residents, in 元, never to all residents', () => {
    const levels = report()
      .observations.filter((o) => o.measure === 'level' && o.quantity?.unit === '元')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(levels).toEqual([
      ['urban-disposable-income-per-capita', 38640],
      ['rural-disposable-income-per-capita', 21930],
    ]);
  });

  it('reads the rural row’s goal too', () => {
    const goals = report()
      .targets.filter((t) => t.indicatorCode.includes('disposable'))
      .map((t) => [t.indicatorCode, t.value]);
    expect(goals).toEqual([
      ['urban-disposable-income-per-capita', 5.2],
      ['rural-disposable-income-per-capita', 6.8],
    ]);
  });
});

describe('a second margin over the parent named by its name with its average, the verb left out (F2055)', () => {
  const TEXT = [
    '关于苈湾市2026年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年全市实现地区生产总值208.4亿元，增长5.6%，高于全省0.4个百分点、蒿川市平均水平0.2个百分点，位列全省61个县（市）第19位，较一季度提升3位。',
  ].join('\n');
  const report = () => parsedReport(TEXT, { sourceName: 'plan.txt' });

  it('is a comparison of the same indicator, not a fact of the average', () => {
    const margins = report()
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(margins).toEqual([
      ['gdp', 0.4],
      ['gdp', 0.2],
    ]);
  });

  it('leaves the rank after it to the indicator, with its move', () => {
    expect(report().rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change])).toEqual([
      ['gdp', 19, 61, 3],
    ]);
  });
});

describe('the loss-making firms’ share named 亏损企业占比 (F2056)', () => {
  it('is the 亏损面 under another name: its move is a fact, no observation', () => {
    const text = [
      '关于苈湾市2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年全市实现地区生产总值208.4亿元，增长5.6%。',
      '二、需要关注的问题',
      '二是工业效益承压。规上工业企业利润总额下降4.6%，亏损企业占比21.3%，比一季度扩大1.8个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    expect(report.observations.filter((o) => o.indicatorName.includes('亏损'))).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toContain(1.8);
  });
});
