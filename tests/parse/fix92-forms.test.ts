// Forms the ninety-second held-out batch showed the parser missed (session 28, branch fix92): a table's
// rank-change column headed 进退位 or 较上半年进退位 (↑2/↓1/持平 below), read as each rank's move, not
// as a rank or a growth of its own; a 商务局's trade by mode (一般贸易进出口, 边境小额贸易进出口, 边民互市贸易进出口,
// 加工贸易进出口) and its 农村/农产品网络零售额, parts named as written, not the whole trade or online sales;
// a plan report's gaps to the year's goals: a growth 按不变价格计算 (the price basis inside the clause),
// 距…的目标尚有N个百分点的差距, and 两项收入增速分别比年度计划低a个和b个百分点; a key project's year's
// amount done followed by its running total (完成投资X亿元，累计完成投资Y亿元), the running total its amount done;
// a rank's fall said with 退 alone (排位由上年的全市第5位退至第7位); appliances counted 台（套）; a department's
// half-year summary naming its field before 工作 (上半年商务工作总结及下半年工作计划), a plan-execution report.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sheetReport } from '../helpers/report.js';

const ranksOf = (report: ReturnType<typeof sheetReport>) =>
  report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change]);

describe('a rank-change column headed 进退位 (F2041)', () => {
  const rows = [
    ['棠岭市2025年1—9月主要经济指标'],
    ['指标', '单位', '1—9月', '同比增长（%）', '全省位次', '较上半年进退位'],
    ['地区生产总值', '亿元', 862.5, 5.4, 6, '↑1'],
    ['规模以上工业增加值', '亿元', '—', 6.8, 2, '↓2'],
    ['社会消费品零售总额', '亿元', 352.1, 4.9, 7, '持平'],
    ['注：全省位次为增速在全省9个设区市中的位次；进退位与1—6月位次相比，↑为前移，↓为后移。'],
  ];

  it('gives each rank its move and reads no growth from 持平', () => {
    const report = sheetReport(rows, 'indicators.xlsx');
    expect(ranksOf(report)).toEqual([
      ['gdp', 6, 9, 1],
      ['industrial-value-added', 2, 9, -2],
      ['retail-sales', 7, 9, 0],
    ]);
    expect(report.observations.filter((o) => o.quantity?.value === 0)).toEqual([]);
  });
});

describe('trade by mode and online sales by kind, parts named as written (F2042)', () => {
  const text = [
    '棠川县商务局2024年上半年商务工作总结',
    '一、主要指标完成情况',
    '（一）外贸平稳增长。上半年全县外贸进出口总额12.5亿元，同比增长13.7%。按贸易方式分：一般贸易进出口4.15亿元，增长10.6%；边境小额贸易进出口5.93亿元，增长25.2%，占全县进出口总额的47.4%；边民互市贸易进出口1.84亿元，增长16.3%；加工贸易进出口0.58亿元，下降10.3%。',
    '（二）电子商务持续活跃。上半年，全县网络零售额6.36亿元，同比增长17.5%。其中，农村网络零售额3.12亿元，增长20.7%；农产品网络零售额1.85亿元，增长22.3%。',
  ].join('\n');

  it('reads each part under its own name and the wholes once', () => {
    const report = parsedReport(text, { sourceName: 'summary.html', region: '棠川县' });
    const named = report.observations.map((o) => [
      o.indicatorCode.startsWith('x-') ? null : o.indicatorCode,
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);
    expect(named).toEqual([
      ['foreign-trade', '外贸进出口总额', 'level', 12.5],
      ['foreign-trade', '外贸进出口总额', 'growth', 13.7],
      [null, '一般贸易进出口', 'level', 4.15],
      [null, '一般贸易进出口', 'growth', 10.6],
      [null, '边境小额贸易进出口', 'level', 5.93],
      [null, '边境小额贸易进出口', 'growth', 25.2],
      [null, '边境小额贸易进出口', 'share', 47.4],
      [null, '边民互市贸易进出口', 'level', 1.84],
      [null, '边民互市贸易进出口', 'growth', 16.3],
      [null, '加工贸易进出口', 'level', 0.58],
      [null, '加工贸易进出口', 'growth', -10.3],
      ['online-retail-sales', '网络零售额', 'level', 6.36],
      ['online-retail-sales', '网络零售额', 'growth', 17.5],
      [null, '农村网络零售额', 'level', 3.12],
      [null, '农村网络零售额', 'growth', 20.7],
      [null, '农产品网络零售额', 'level', 1.85],
      [null, '农产品网络零售额', 'growth', 22.3],
    ]);
  });
});

describe('gaps to the year’s goals in a plan report (F2043)', () => {
  const text = [
    '关于棠川县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
    '一、2024年计划执行情况',
    '全年实现地区生产总值112.46亿元，按不变价格计算增长5.2%，比年度计划低0.8个百分点。全社会固定资产投资增长3.4%，距年初确定的6%的目标尚有2.6个百分点的差距，排位与上年持平，仍居全市第8位。城镇居民人均可支配收入41268元，增长5.1%；农村居民人均可支配收入20415元，增长6.8%，两项收入增速分别比年度计划低0.9个和0.7个百分点。',
  ].join('\n');

  it('reads each growth with its gap, and the goal it implies', () => {
    const report = parsedReport(text, { sourceName: 'plan.txt', region: '棠川县' });
    expect(
      report.observations
        .filter((o) => o.measure !== 'level')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['gdp', 'growth', 5.2],
      ['gdp', 'comparison', -0.8],
      ['fixed-asset-investment', 'growth', 3.4],
      ['fixed-asset-investment', 'comparison', -2.6],
      ['urban-disposable-income-per-capita', 'growth', 5.1],
      ['rural-disposable-income-per-capita', 'growth', 6.8],
      ['urban-disposable-income-per-capita', 'comparison', -0.9],
      ['rural-disposable-income-per-capita', 'comparison', -0.7],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['fixed-asset-investment', 8, 0],
    ]);
  });
});

describe('a project’s year amount, then its running total (F2044)', () => {
  it('takes the running total as the amount done', () => {
    const report = parsedReport(
      [
        '关于棠川县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '全年实施重点建设项目41个。棠川至岭西快速通道（棠川段）完成投资3.4亿元，累计完成投资9.6亿元；县中医院迁建项目总投资4.2亿元，当年完成投资1.1亿元，主体工程封顶。',
      ].join('\n'),
      { sourceName: 'plan.txt', region: '棠川县' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.completedInvestment])).toEqual([
      ['棠川至岭西快速通道(棠川段)', 960000000],
      ['县中医院迁建项目', 110000000],
    ]);
  });
});

describe('a rank’s fall said with 退 alone (F2045)', () => {
  it('is the new rank with its move, not the old rank', () => {
    const report = parsedReport(
      [
        '关于棠川县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '全年实现进出口总额6.12亿元，增长10.4%，仅完成年度计划的91.3%，排位由上年的全市第4位退至第6位。',
      ].join('\n'),
      { sourceName: 'plan.txt', region: '棠川县' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['foreign-trade', 6, -2],
    ]);
  });
});

describe('a count of appliances by the piece or the set, 台（套） (F2046)', () => {
  it('is one fact in the bracketed unit as written', () => {
    const report = parsedReport(
      [
        '棠川县商务局2024年上半年商务工作总结',
        '一、主要指标完成情况',
        '上半年，全县实现社会消费品零售总额36.82亿元，同比增长5.4%。',
        '二、主要工作措施',
        '推进汽车、家电以旧换新，累计补贴车辆312辆、家电2460台（套），补贴资金425万元。',
      ].join('\n'),
      { sourceName: 'summary.html', region: '棠川县' },
    );
    const units = report.facts.filter((f) => f.quantity?.value === 2460).map((f) => f.quantity?.unit);
    expect(units).toEqual(['台(套)']);
  });
});

describe('a department’s half-year summary naming its field before 工作 (F2047)', () => {
  it('is read as a plan-execution report', () => {
    const report = parsedReport(
      [
        '棠川县商务局2024年上半年商务工作总结及下半年工作计划',
        '一、主要指标完成情况',
        '上半年，全县实现社会消费品零售总额36.82亿元，同比增长5.4%，完成年度目标任务（76亿元）的48.4%。',
      ].join('\n'),
      { sourceName: 'summary.html', region: '棠川县' },
    );
    expect(report.meta.genre).toBe('plan-execution');
  });
});
