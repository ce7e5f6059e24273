// Forms of the held-out-26 batch's review opinion and county news page (session 16, fixgz2): a gap to the
// year's plan written 年计划, a growth rate's move to a figure (增速回落到A%), a named month before 当月,
// and a size class of projects counted then its investment given bare. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { countedClassInvestment } from '../../src/parse/prose-class-investment.js';

const HEAD = '苇岚县2009年1—9月份国民经济和社会发展计划执行情况\n';

function parse(body: string) {
  const { report } = parseReportText(HEAD + body, { sourceName: 'fixgz2.txt' });
  if (!report) throw new Error('no report');
  return report;
}

describe("a gap to the year's plan written 年计划", () => {
  it('reads the comparison and the full-year plan it implies', () => {
    const report = parse('1—9月份，全县城镇居民人均可支配收入增长8.7%，低于年计划1.3个百分点。');
    const code = 'urban-disposable-income-per-capita';
    expect(
      report.observations.filter((o) => o.indicatorCode === code).map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['growth', 8.7],
      ['comparison', -1.3],
    ]);
    const target = report.targets.find((t) => t.indicatorCode === code);
    expect(target).toMatchObject({ kind: 'target', value: 10, unit: '%', derived: true });
  });
});

describe('a growth rate moved to a figure', () => {
  it.each([
    ['规模以上工业增加值增速回落到12.4%。'],
    ['规模以上工业增加值增速回落至12.4%。'],
    ['规模以上工业增加值增幅提高到12.4%。'],
  ])('%s is a growth of +12.4%', (sentence) => {
    const report = parse(`1—9月份，全县地区生产总值增长9.1%。${sentence}`);
    const growth = report.observations.find((o) => o.indicatorCode === 'industrial-value-added');
    expect(growth?.measure).toBe('growth');
    expect(growth?.quantity?.value).toBe(12.4);
  });

  it('keeps a fall in points a change', () => {
    const report = parse('全县规模以上工业增加值增长10.2%，增速比上月回落2.1个百分点。');
    const change = report.observations.find((o) => o.measure === 'change');
    expect(change?.quantity?.value).toBe(-2.1);
  });
});

describe('a named month before 当月', () => {
  it("reads 9月份当月 as the month's own growth", () => {
    const report = parse(
      '1—9月份，全县地区生产总值增长9.1%。二是9月份当月规模以上工业增加值增速回落到12.4%。',
    );
    const growth = report.observations.find((o) => o.indicatorCode === 'industrial-value-added');
    expect(growth?.quantity?.value).toBe(12.4);
    expect(growth?.period).toBe('2009-M9-9');
  });

  it('leaves a bare 当月 a fact', () => {
    const report = parse('1—9月份，全县规模以上工业增加值增长11.3%。其中，当月规模以上工业增加值增长12.4%。');
    expect(report.observations.filter((o) => o.indicatorCode === 'industrial-value-added')).toHaveLength(1);
  });
});

describe('a size class of projects counted, then its investment bare', () => {
  it("names the investment under all investment as the class's", () => {
    const report = parse(
      '1—9月份，全县完成固定资产投资66.12亿元，增长23.5%。其中，亿元以上项目27个，完成投资40.18亿元。',
    );
    const named = report.observations.find((o) => o.indicatorName === '亿元以上项目完成投资');
    expect(named?.quantity?.value).toBe(40.18);
  });

  it.each([
    ['全县实施亿元以上项目27个，', '投资', '固定资产投资…。'],
    ['其中，亿元以上项目27个，', '投资', '重点项目完成投资…。'],
    ['其中，亿元以上项目27个，', '投资', ''],
    ['其中，亿元以上项目27个，总投资60亿元，', '投资', '固定资产投资…。'],
  ])('leaves %s…%s a fact (paragraph %s)', (clause, subject, paragraph) => {
    const text = paragraph + clause;
    expect(countedClassInvestment(subject, text, text.length)).toBeNull();
  });
});
