// Forms the one-hundred-and-ninety-eighth and -ninth held-out batches showed the parser missed or misread (session 35,
// branch fix198): the trade branches' whole sales named as written (批发和零售业商品销售额); a herd's rate set as a
// goal (facts only, no target); the years of schooling inside a policy's name (N年公费教育). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const RELEASE = [
  '乙岭区2026年1—9月经济运行情况',
  '一、总体情况',
  '1—9月，全区地区生产总值412.6亿元，同比增长5.3%。',
  '二、消费',
  '全区社会消费品零售总额96.4亿元，增长4.1%。全区批发和零售业商品销售额733.8亿元，增长6.7%。批发业销售额增长2.2%。',
].join('\n');

describe('the trade branches’ whole sales, named as written (F4181)', () => {
  it('reads 批发和零售业商品销售额 with its level and growth, and 批发业销售额 with its growth', () => {
    const sales = parsedReport(RELEASE, { sourceName: 'release.html' })
      .observations.filter((o) => o.indicatorName.endsWith('销售额'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(sales).toEqual([
      ['批发和零售业商品销售额', 'level', 733.8],
      ['批发和零售业商品销售额', 'growth', 6.7],
      ['批发业销售额', 'growth', 2.2],
    ]);
  });
});

const WORK_REPORT = [
  '丙川县2027年政府工作报告',
  '一、2026年工作回顾',
  '2026年，全县地区生产总值61.3亿元，增长6.4%。',
  '二、2027年工作安排',
  '今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；全社会固定资产投资增长9%以上。',
  '（一）壮大特色产业。推动肉牛规模化养殖，力争牲畜出栏率达到41%。',
].join('\n');

describe('a herd’s rate set as a goal (F4182)', () => {
  it('gives no target of 出栏率, a livestock figure kept as a fact only', () => {
    const report = parsedReport(WORK_REPORT, { sourceName: 'report.txt' });
    expect(report.targets.map((t) => t.indicatorName).filter((name) => name.includes('出栏率'))).toEqual([]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('41%');
  });
});

describe('the years of schooling inside a policy’s name (F4183)', () => {
  it('gives no fact of the 年 in N年公费教育 or N年免费教育, and keeps a span', () => {
    const facts = sectionReport('report.txt', '丁原县2026年政府工作报告', [
      '2025年，全县地区生产总值38.2亿元，增长5.9%。完成农房改造215户，14年公费教育全面落实，推行12年免费教育。',
      '城区供水工程历时3年建成。',
    ]).facts.map((f) => f.quantity.raw);
    expect(facts).toContain('215户');
    expect(facts).not.toContain('14年');
    expect(facts).not.toContain('12年');
    expect(facts).toContain('3年');
  });
});
