// Forms of a coal county's half-year report that sets itself beside its neighbours (session 13, after
// the fourteenth held-out batch, cangzhe): a named neighbour's figures, 非 with a narrowing word before a
// name, the progress against the schedule named before the link, and a capacity inside a firm's works'
// name. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: readonly string[], title = '岑泽县2015年上半年国民经济和社会发展计划执行情况的报告') =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixcang.txt' });
const observed = (lines: readonly string[]) =>
  report(lines).observations.map((o) =>
    [o.indicatorCode ?? o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit].join(' '),
  );

describe("a named neighbour's figures are facts, not the report's own", () => {
  it.each([
    '与周边县相比，桐坪县、梅岗县地区生产总值分别增长7.6%和6.1%，我县增速比桐坪县低0.4个百分点。',
    '同期，桐坪县、梅岗县地区生产总值分别增长7.6%和6.1%。',
    '邻县桐坪县地区生产总值增长7.6%。',
    '桐坪县地区生产总值增长7.6%，梅岗县增长6.1%。',
  ])('%s', (sentence) => {
    const parsed = report(['上半年，全县完成地区生产总值36.25亿元，同比增长7.2%。', sentence]);
    expect(
      parsed.observations.filter((o) => o.indicatorCode === 'gdp').map((o) => o.quantity?.value),
    ).toEqual([36.25, 7.2]);
    expect(parsed.facts.some((f) => f.quantity.value === 7.6)).toBe(true);
  });

  it('keeps a neighbour list of industry apart from our own industry', () => {
    const parsed = report([
      '规模以上工业完成增加值18.42亿元，同比增长9.3%。同期，桐坪县、梅岗县规模以上工业增加值分别增长11.7%和8.2%。',
    ]);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'level', 18.42],
      ['industrial-value-added', 'growth', 9.3],
    ]);
  });

  it("still reads the report's own place and scope as its own", () => {
    expect(observed(['岑泽县地区生产总值增长7.2%。', '全县规模以上工业增加值增长9.3%。'])).toEqual([
      'gdp growth 7.2 %',
      'industrial-value-added growth 9.3 %',
    ]);
  });
});

describe('非 and a narrowing word before a name: the rest of the whole', () => {
  it.each(['非煤工业增加值4.83亿元，增长12.6%', '非煤工业增长12.6%'])('%s is not all industry', (clause) => {
    const parsed = report([
      `规模以上工业增加值18.42亿元，增长9.3%。其中，煤炭工业增加值13.59亿元，增长8.1%；${clause}。`,
    ]);
    const industry = parsed.observations.filter((o) => o.indicatorCode === 'industrial-value-added');
    expect(industry.map((o) => o.quantity?.value)).toEqual([18.42, 9.3]);
  });

  it('keeps 非房地产投资 as before', () => {
    const parsed = report(['全县固定资产投资增长15.2%，其中非房地产投资增长18.4%。']);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'fixed-asset-investment')
        .map((o) => o.quantity?.value),
    ).toEqual([15.2]);
  });
});

describe('the progress named before a link to the schedule', () => {
  it.each([
    ['财政总收入同比下降，完成年度预算的进度低于时间进度5.4个百分点。', -5.4],
    ['受价格下跌影响，财政总收入同比下降，完成年度预算的进度低于时间进度5.4个百分点。', -5.4],
    ['财政总收入完成6.12亿元，收入进度高于序时进度3.1个百分点。', 3.1],
  ])('%s', (sentence, value) => {
    const parsed = report([sentence]);
    expect(
      parsed.observations
        .filter((o) => o.indicatorCode === 'fiscal-total-revenue' && o.measure === 'comparison')
        .map((o) => o.quantity?.value),
    ).toEqual([value]);
  });
});

describe("a capacity inside a firm's works' name", () => {
  it.each([
    '岑泽煤业60万吨矿井兼并重组整合项目已完成主体工程。',
    '岑泽煤业60万吨/年矿井兼并重组整合项目进入联合试运转。',
    '岑泽焦化公司30万吨焦化项目完成投资1.25亿元。',
  ])('%s: no figure of 万吨', (sentence) => {
    const parsed = report(['全县原煤产量312.4万吨，同比增长6.5%。', sentence]);
    expect(parsed.facts.filter((f) => f.quantity.unit === '万吨').map((f) => f.quantity.value)).toEqual([
      312.4,
    ]);
  });
});
