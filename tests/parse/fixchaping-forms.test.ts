// Forms of held-out-37/38's blind fixtures (session 18, branch fixchaping). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (text: string) =>
  parsedReport(
    ['关于桐岙县2021年国民经济和社会发展计划执行情况的报告', '一、2021年计划执行情况', text].join('\n'),
    {
      sourceName: 'fixchaping.txt',
    },
  );

describe('a sector ratio typed with a space after each colon', () => {
  it('reads 21.7: 33.5: 44.8 as the three sectors', () => {
    const parsed = report('全县实现生产总值88.16亿元，增长7.4%；三次产业比例优化为21.7: 33.5: 44.8。');
    const shares = parsed.observations
      .filter((o) => o.measure === 'structure')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toEqual([
      ['primary-industry-share', 21.7],
      ['secondary-industry-share', 33.5],
      ['tertiary-industry-share', 44.8],
    ]);
  });

  it('keeps a caption number before a colon a number, not a ratio', () => {
    const parsed = report('附表1: 12.5亿元的项目资金已全部到位。');
    expect(parsed.observations.filter((o) => o.measure === 'structure')).toEqual([]);
  });
});

describe('a counterpart head said bare after 和 (收入和支出分别…)', () => {
  it('reads 支出 as the named expenditure', () => {
    const parsed = report('全县一般公共预算收入和支出分别完成6.18亿元、31.42亿元，分别增长5.2%、9.6%。');
    const of = (code: string) =>
      parsed.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]);
    expect(of('general-budget-revenue')).toEqual([
      ['level', 6.18],
      ['growth', 5.2],
    ]);
    expect(of('general-budget-expenditure')).toEqual([
      ['level', 31.42],
      ['growth', 9.6],
    ]);
  });
});

describe('a stated plan closed by 的计划目标 after a result (未完成年初确定的增长A%的计划目标)', () => {
  it('is a missed target of the year, not a second growth', () => {
    const parsed = report('全市社会消费品零售总额下降2.3%，未完成年初确定的增长8%的计划目标。');
    const growths = parsed.observations
      .filter((o) => o.indicatorCode === 'retail-sales' && o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(growths).toEqual([-2.3]);
    const target = parsed.targets.find((t) => t.indicatorCode === 'retail-sales');
    expect(target).toMatchObject({ value: 8, unit: '%', horizon: 'full-year', attainment: 'missed' });
  });
});

describe('project statuses and names of a results paragraph', () => {
  it('reads a 综合管廊, a 小镇 and a phase 建成投入使用', () => {
    const parsed = report(
      '重点项目建设有序推进，澄阳新区地下综合管廊完成主体工程，桐岙县城供水厂（三期）建成投入使用，云溪茶香小镇完成规划设计。',
    );
    const statuses = parsed.projects.map((p) => [p.name, p.mentions[0]?.status]);
    expect(statuses).toEqual([
      ['澄阳新区地下综合管廊', '完成主体工程'],
      ['桐岙县城供水厂(三期)', '建成投入使用'],
      ['云溪茶香小镇', '完成规划设计'],
    ]);
  });
});

describe('a gap to the plan said as what is still short (离年度目标还差B个百分点)', () => {
  it('is a negative comparison with the plan', () => {
    const parser = parsedReport(
      [
        '关于桐岙县2021年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '全县固定资产投资完成41.2亿元，同比增长11.3%，但距全年目标还差1.7个百分点。',
      ].join('\n'),
      { sourceName: 'fixchaping.txt' },
    );
    const comparisons = parser.observations
      .filter((o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'comparison')
      .map((o) => o.quantity?.value);
    expect(comparisons).toEqual([-1.7]);
  });
});
