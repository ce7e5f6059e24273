// Forms held-out-455, 460 and 461 showed the parser missing (session 49, fix460): a congress agreeing the year's
// goals with no proposer named, a plan gap to 年计划, a part-year page published in its own last month, one channel's
// exports, a project's year plan before its works done in their own units, a sector's base, a firms' class bar.
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

describe('F9711 会议同意2015年全市…主要预期目标：, the proposer unsaid', () => {
  it('reads the agreed goals as the next year’s targets of the city’s own', () => {
    const report = parsedReport(
      [
        '榆岑市人民代表大会关于2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划的决议',
        '榆岑市第五届人民代表大会第三次会议审查了市人民政府提出的2014年计划执行情况与2015年计划草案的报告，决定批准这个报告。',
        '会议同意2015年全市国民经济和社会发展的主要预期目标：地区生产总值增长9%；全社会固定资产投资增长14%；社会消费品零售总额增长10%。',
      ].join('\n'),
      { sourceName: 'yucen.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'next-year', 9],
      ['fixed-asset-investment', 'next-year', 14],
      ['retail-sales', 'next-year', 10],
    ]);
  });
});

const HALF = '岑川县人民政府关于2012年上半年国民经济和社会发展计划执行情况的报告';

describe('F9712 增幅低于年计划N个百分点', () => {
  it('reads the gap to the year’s plan written short as a comparison of the name before it', () => {
    const report = sectionReport('cenchuan.txt', HALF, [
      '上半年，全县农民人均现金收入1320元，增长6.3%。',
      '受冰雹灾害影响，农民人均现金收入增幅低于年计划1.7个百分点。',
    ]);
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['rural-cash-income-per-capita', -1.7]]);
  });
});

describe('F9713 a part-year period published in its own last month', () => {
  it('takes 1—4月 in a page of 27 April as this year’s early figures', () => {
    const report = parsedReport(
      [
        '榆沟县人民政府',
        '我县举行4月份重点项目集中开工活动',
        '发布时间：2024-04-27 10:12　信息来源：县融媒体中心',
        '　　4月26日上午，榆沟县4月份重点项目集中开工活动在县工业园区举行。此次集中开工项目12个，总投资28.6亿元。',
        '　　据县统计局初步统计，1—4月，全县固定资产投资同比增长11.2%；规模以上工业增加值增长8.4%；社会消费品零售总额完成21.6亿元，增长6.9%。',
      ].join('\n'),
      { sourceName: 'yugou.txt' },
    );
    expect(report.meta.period).toBe('2024-M1-4');
  });
});

describe('F9714 跨境电商出口: one channel’s exports', () => {
  it('names it as written, never all exports', () => {
    const report = sectionReport('lanxi.txt', '兰溪县2024年1—5月经济运行情况', [
      '1—5月，全县固定资产投资同比增长9.2%。',
      '1—5月，全县出口总额56.4亿元，增长7.7%。跨境电商出口4.12亿元，增长31.5%。',
    ]);
    const rows = report.observations.map((o) => [
      o.indicatorCode,
      o.indicatorName,
      o.measure,
      o.quantity?.value,
    ]);
    expect(rows.filter((o) => o[0] === 'exports').map((o) => o[3])).toEqual([56.4, 7.7]);
    expect(rows.filter((o) => o[1] === '跨境电商出口').map((o) => [o[2], o[3]])).toEqual([
      ['level', 4.12],
      ['growth', 31.5],
    ]);
  });
});

describe('F9715 甲工程年度计划投资X万元，已完成管网铺设N公里；', () => {
  it('reads the year’s plan as the planned investment when the works done follow in their own units', () => {
    const report = sectionReport('cenchuan.txt', HALF, [
      '上半年，全县国内生产总值增长8.1%。',
      '乙电厂二期工程总投资3.2亿元，累计完成投资0.9亿元；县城燃气管网工程年度计划投资860万元，已完成主管道敷设6.2公里；丙水库除险加固工程已开工建设。',
    ]);
    const gas = report.projects.find((p) => p.name === '县城燃气管网工程');
    expect(gas?.mentions.map((m) => m.plannedInvestment)).toEqual([8600000]);
  });
});

describe('F9716 畜牧业基地, 小杂粮基地: a kind of base', () => {
  it('reads no project from a sector’s or a grain’s base', () => {
    const report = sectionReport('cenchuan.txt', HALF, [
      '上半年，全县国内生产总值增长8.1%。',
      '下半年，要加快小杂粮基地和畜牧业基地建设，力争全年农民人均纯收入增长6%以上。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('F9717 年销售收入500万元以上非国有工业企业完成…', () => {
  it('keeps the bar of a class of firms that acts inside its name, no figure of its own', () => {
    const report = sectionReport('cenchuan.txt', '岑川县2012年上半年国民经济运行分析', [
      '上半年，全县国有及年销售收入500万元以上非国有工业企业完成工业总产值4.2亿元，同比增长12.6%。',
    ]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual([4.2, 12.6]);
  });
});
