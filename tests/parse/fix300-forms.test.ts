// Forms the three-hundredth held-out batch showed the parser missed (session 40, branch fix300): ship calls a port
// berths counted in 艘次 (F6121); a rank among the province's coastal ports (F6122); the year's goal in a clause
// after the half's, 全年 after the indicator's name (F6123); an origin class's firms' exports, 侨资企业出口额 (F6124).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('ship calls counted by the call, 艘次 (F6121)', () => {
  it('is one unit, not a bare number', () => {
    const report = parsedReport(
      [
        '汀湄县2025年上半年经济运行情况',
        '上半年，全县实现地区生产总值152.4亿元，同比增长5.6%。汀湄港完成货物吞吐量1236万吨，同比增长6.4%；港口共靠泊各类船舶3157艘次，同比增长5.2%。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '汀湄县' },
    );
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws).toContain('3157艘次');
    expect(raws).not.toContain('3157');
  });
});

describe("a port's rank among the province's coastal ports, 居全省沿海港口第N位 (F6122)", () => {
  it('is a rank of the throughput named, with its move', () => {
    const report = parsedReport(
      [
        '汀湄县2025年上半年经济运行情况',
        '上半年，全县实现地区生产总值152.4亿元，同比增长5.6%。',
        '汀湄港完成集装箱吞吐量18.7万标箱，增长11.6%，增速居全省沿海港口第5位，较一季度提升1位。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '汀湄县' },
    );
    const rank = report.rankings.find((r) => r.subject?.includes('集装箱吞吐量'));
    expect(rank?.rank).toBe(5);
    expect(rank?.change).toBe(1);
  });
});

describe("the year's goal after a half's, the year named after the indicator, 实际利用外资全年完成X以上 (F6123)", () => {
  it("is a full-year target, not the half's", () => {
    const report = parsedReport(
      [
        '汀湄县发展和改革局关于2025年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年经济运行情况',
        '上半年，全县实现地区生产总值152.4亿元，同比增长5.6%。实际利用外资1320万美元，增长9.5%。',
        '三、下半年工作措施',
        '（三）深化招商。力争下半年新签约项目6个以上，实际利用外资全年完成2500万美元以上。',
      ].join('\n'),
      { sourceName: 'plan.txt', region: '汀湄县' },
    );
    const goal = report.targets.find((t) => t.indicatorCode === 'foreign-investment');
    expect(goal?.value).toBe(2500);
    expect(goal?.comparator).toBe('gte');
    expect(goal?.horizon).toBe('full-year');
  });
});

describe("the exports of an origin class's firms, 侨资企业出口额 (F6124)", () => {
  it("is a named aggregate of its own, not the place's exports", () => {
    const report = parsedReport(
      [
        '汀湄县2025年上半年经济运行情况',
        '上半年，全县实现地区生产总值152.4亿元，同比增长5.6%。全县新引进侨资企业9家，侨资企业出口额达2.7亿美元，同比增长6.4%。',
      ].join('\n'),
      { sourceName: 'news.txt', region: '汀湄县' },
    );
    const names = report.observations.map((o) => `${o.indicatorCode ?? ''} ${o.indicatorName}`);
    expect(names.filter((n) => n.includes('侨资企业出口额'))).toHaveLength(2);
    expect(report.observations.some((o) => o.indicatorCode === 'exports')).toBe(false);
  });
});
