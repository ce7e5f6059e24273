import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (prose: string) =>
  parseReportText(['澄阳县2019年上半年经济运行分析', '一、主要指标', prose].join('\n'), {
    sourceName: 'fixjiating2.txt',
  }).report;

describe('session 19 fixjiating2: ranks in a province’s named area and ranks given 分列', () => {
  it('reads 居鄂西北片区7个县市第4位 and 居鄂西北片区第1位: an area named with the province’s short name', () => {
    const parsed = report(
      '上半年，全县地区生产总值同比增长7.4%，居鄂西北片区7个县市第4位。社会消费品零售总额同比增长11.2%，增速居鄂西北片区第1位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 4, 7, '鄂西北片区'],
      ['retail-sales', 1, null, '鄂西北片区'],
    ]);
  });

  it('reads 在…中，甲、乙分列第N位和第M位 in the group named before, a short name read as the figure before', () => {
    const parsed = report(
      '全县地区生产总值增长6.9%，固定资产投资增长15.1%，社会消费品零售总额增长10.4%。' +
        '主要指标增速在岑州市9个县（市、区）中，GDP、投资分列第5位和第1位。',
    );
    expect(parsed?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 5, 9, '岑州市'],
      ['fixed-asset-investment', 1, 9, '岑州市'],
    ]);
    // The group's size is read with the ranks, not as a count of its own.
    expect(parsed?.facts.some((f) => f.quantity.value === 9 && f.quantity.unit === '个')).toBe(false);
  });
});

describe('session 19 fixjiating2: a project with its shell 已完成主体封顶', () => {
  it('reads the project named before 已完成主体封顶 with that status and no amount', () => {
    const parsed = report(
      '全县固定资产投资增长9.2%。县妇幼保健院整体搬迁项目已完成主体封顶，年底前投入使用。',
    );
    expect(parsed?.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['县妇幼保健院整体搬迁项目', '已完成主体封顶'],
    ]);
  });
});

describe('session 19 fixjiating2: an earlier period carried over ；-clauses', () => {
  it('gives 1—4月 to the figures of every ；-clause after it on its line, until a period word of their own', () => {
    const parsed = parseReportText(
      [
        '澄阳县2019年1—5月经济运行简析',
        '一、工业',
        '1—5月，全县规模以上工业增加值增长7.7%。',
        '1—4月，全县规模以上工业企业实现营业收入56.10亿元，增长9.2%；利润总额3.02亿元，增长12.5%；营业收入利润率为5.38%，较上年同期下降0.21个百分点。',
        '1—5月，全县固定资产投资增长11.4%；社会消费品零售总额增长8.1%。',
      ].join('\n'),
      { sourceName: 'fixjiating2-period.txt' },
    ).report;
    const periodOf = (value: number) =>
      parsed?.observations.find((o) => o.quantity?.value === value)?.period ?? null;
    expect([56.1, 9.2, 3.02, 12.5, 5.38, -0.21].map(periodOf)).toEqual(Array(6).fill('2019-M1-4'));
    expect([7.7, 11.4, 8.1].map(periodOf)).toEqual([null, null, null]);
  });
});

describe('session 19 fixjiating2: a plan year’s results against its goals', () => {
  const plan = (lines: string[]) =>
    parseReportText(
      [
        '澄阳区2015年国民经济和社会发展计划执行情况与2016年计划草案的报告',
        '一、2015年计划执行情况',
        ...lines,
      ].join('\n'),
      { sourceName: 'fixjiating2-plan.txt' },
    ).report;

  it('reads 比计划多增B个百分点 as a gap to the plan, the plan the growth less the gap', () => {
    const parsed = plan(['外贸进出口总额完成8.6亿美元，增长11.3%，比计划多增2.3个百分点。']);
    expect(parsed?.observations.find((o) => o.measure === 'comparison')?.quantity?.value).toBe(2.3);
    const target = parsed?.targets.find((t) => t.derived);
    expect([target?.value, target?.attainment]).toEqual([9, 'met']);
  });

  it('reads 未完成下降A%的目标 as the goal of the fall before it, missed as the text says', () => {
    const parsed = plan(['三是减排压力加大，单位地区生产总值能耗下降2.6%，未完成下降3.1%的目标。']);
    const target = parsed?.targets.find((t) => t.indicatorCode === 'energy-emission-targets');
    expect([target?.value, target?.attainment]).toEqual([-3.1, 'missed']);
  });

  it('reads a table row named for a fall (…能耗降低 | % | a | b) as growths below zero', () => {
    const parsed = plan([
      '二、2016年计划草案',
      '指标\t单位\t2015年完成\t2016年计划',
      '单位地区生产总值能耗降低\t%\t2.6\t3.2',
    ]);
    const row = parsed?.observations.find((o) => o.source === 'table');
    expect([row?.measure, row?.quantity?.value]).toEqual(['growth', -2.6]);
    expect(parsed?.targets.find((t) => t.indicatorCode === 'energy-emission-targets')?.value).toBe(-3.2);
  });
});
