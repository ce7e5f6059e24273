// Forms of held-out-313's 兵团 师市 plan and Inner Mongolia banner analysis (kuisha, qiaorige): the 师市's
// word for itself before its goals, a 兵团 职工's income named as written. Sentences of our own, invented
// places and figures (session 41, fix313).

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('plan.txt');
const plan = (...prose: string[]) =>
  report(
    '关于第十七师蒙垣市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告',
    '一、2025年国民经济和社会发展计划执行情况',
    '全年实现生产总值120.4亿元，比上年增长6.8%。职工人均可支配收入38412元，增长6.2%。',
    '二、2026年国民经济和社会发展计划草案',
    ...prose,
  );
const targets = (parsed: ReturnType<typeof plan>) =>
  parsed.targets.map((t) => [
    t.indicatorCode.startsWith('x-') ? 'x' : t.indicatorCode,
    t.indicatorName,
    t.horizon,
    t.comparator,
    t.value,
  ]);

describe("a 师市's own goals (2026年师市…主要预期目标是, F6391)", () => {
  it("reads 师市 as the report's own place, not another place's goals", () => {
    const parsed = plan(
      '2026年师市经济社会发展的主要预期目标是：生产总值增长6.5%左右；固定资产投资增长11%以上。',
    );
    expect(targets(parsed)).toEqual([
      ['gdp', '生产总值', 'next-year', 'approx', 6.5],
      ['fixed-asset-investment', '固定资产投资', 'next-year', 'gte', 11],
    ]);
  });

  it('reads 我市 likewise', () => {
    const parsed = plan('2026年我市经济社会发展的主要预期目标是：生产总值增长6.5%左右。');
    expect(targets(parsed)).toEqual([['gdp', '生产总值', 'next-year', 'approx', 6.5]]);
  });

  it('still takes another place named before the goals as foreign', () => {
    const parsed = plan('2026年沃垣市经济社会发展的主要预期目标是：生产总值增长6%左右。');
    expect(targets(parsed)).toEqual([]);
  });
});

describe("a 兵团 职工's income (职工人均可支配收入, F6392)", () => {
  it("is named as written, not read as all residents' income", () => {
    const parsed = plan(
      '2026年师市经济社会发展的主要预期目标是：生产总值增长6%左右；职工人均可支配收入增长6%以上，城镇常住居民人均可支配收入增长6%左右。',
    );
    expect(targets(parsed)).toEqual([
      ['gdp', '生产总值', 'next-year', 'approx', 6],
      ['x', '职工人均可支配收入', 'next-year', 'gte', 6],
      ['urban-disposable-income-per-capita', '城镇常住居民人均可支配收入', 'next-year', 'approx', 6],
    ]);
  });

  it('keeps its result under its own name too', () => {
    const parsed = report(
      '第十七师蒙垣市2025年国民经济和社会发展统计公报',
      '职工人均可支配收入38412元，增长6.2%；城镇常住居民人均可支配收入35120元，增长5.9%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['职工人均可支配收入', 'level', 38412],
      ['职工人均可支配收入', 'growth', 6.2],
      ['城镇常住居民人均可支配收入', 'level', 35120],
      ['城镇常住居民人均可支配收入', 'growth', 5.9],
    ]);
  });
});

describe("a banner's area after its name (某旗旗域经济运行情况分析, F6393)", () => {
  it('gives the banner as the region, not a doubled 旗', () => {
    const parsed = report(
      '2026年上半年沃勒旗旗域经济运行情况分析',
      '上半年，全旗实现地区生产总值52.4亿元，同比增长5.1%。',
    );
    expect(parsed.meta.region).toBe('沃勒旗');
  });

  it("does so for a county's 县域 too", () => {
    const parsed = report(
      '2026年上半年沃勒县县域经济运行情况分析',
      '上半年，全县实现地区生产总值52.4亿元，同比增长5.1%。',
    );
    expect(parsed.meta.region).toBe('沃勒县');
  });
});

describe('a count of 团场 opening a sentence (N个团场实现生产总值, F6394)', () => {
  it("makes the sentence the farms' figures, not the 师市's own indicators", () => {
    const parsed = report(
      '第十七师蒙垣市2025年国民经济和社会发展统计公报',
      '全年实现生产总值120.4亿元，增长6.8%。',
      '9个团场实现生产总值61.2亿元，增长7.4%，占师市生产总值的50.8%；团场一般公共预算收入2.15亿元，增长9.1%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 120.4],
      ['gdp', 'growth', 6.8],
    ]);
  });
});

describe("a 师市's rank among the 兵团's (居兵团14个师市第4位, 居兵团第6位, F6395)", () => {
  it('reads the 兵团 as the parent, the 师市 counted, and the move', () => {
    const parsed = report(
      '第十七师蒙垣市2025年国民经济和社会发展统计公报',
      '全年实现生产总值120.4亿元，增长6.8%，增速居兵团14个师市第5位，较上年前移2位。职工人均可支配收入38412元，增长6.2%，增速居兵团第9位。',
    );
    expect(parsed.rankings.map((r) => [r.subject, r.rank, r.of, r.scope, r.change ?? null])).toEqual([
      ['生产总值', 5, 14, '兵团', 2],
      ['职工人均可支配收入', 9, null, '兵团', null],
    ]);
  });
});

describe("the 兵团's count of 师市 before a rank (兵团14个师市, F6396)", () => {
  it("is the rank group's size, no fact of its own", () => {
    const parsed = report(
      '第十七师蒙垣市2025年国民经济和社会发展统计公报',
      '全年实现生产总值120.4亿元，增长6.8%，增速居兵团14个师市第5位。',
    );
    expect(parsed.facts.filter((f) => f.quantity?.unit === '个')).toEqual([]);
  });
});
