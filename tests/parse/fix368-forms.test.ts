// Forms the three-hundred-and-sixty-eighth and seventieth held-out batches showed the parser missed (session 44,
// branch fix368). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PAGE_TITLE = '县政协召开上半年经济形势协商座谈会';
const PAGE_LEAD = '7月16日，县政协召开协商座谈会。上半年，全县实现地区生产总值41.26亿元，同比增长5.3%。';
const OPTIONS = { sourceName: 'news.txt', region: '澧霞县', period: '2031-H1' } as const;

describe('委员甲建议，…，推动全年甲增长A%以上: a member’s proposal pushing the year’s figure is a goal (F7472)', () => {
  const report = parsedReport(
    [
      PAGE_TITLE,
      PAGE_LEAD,
      '社会消费品零售总额18.64亿元，增长4.1%。',
      '委员龚雨桐建议，办好夏季促消费活动，推动全年社会消费品零售总额增长6%以上。',
    ].join('\n'),
    OPTIONS,
  );

  it('reads the push as a full-year target, not a growth of the half', () => {
    expect(report.targets.find((t) => t.indicatorCode === 'retail-sales')).toMatchObject({
      value: 6,
      comparator: 'gte',
      horizon: 'full-year',
    });
    const growths = report.observations.filter(
      (o) => o.indicatorCode === 'retail-sales' && o.measure === 'growth',
    );
    expect(growths.map((o) => o.quantity?.value)).toEqual([4.1]);
  });
});

describe('甲农产品加工园区完成基础设施投资X亿元: a park’s figure, not the county’s (F7473)', () => {
  const report = parsedReport(
    [
      '澧霞县2031年国民经济和社会发展计划执行情况的报告',
      '一、2031年计划执行情况',
      '规模以上工业增加值6.42亿元，增长12.8%。澧霞果蔬加工园区完成基础设施投资2.37亿元，新入园企业4家。',
    ].join('\n'),
    { sourceName: 'report.txt', region: '澧霞县', period: '2031-FY' },
  );

  it('gives the park’s investment no observation of the county’s 基础设施投资', () => {
    expect(report.observations.filter((o) => o.indicatorCode === 'infrastructure-investment')).toEqual([]);
    expect(report.facts.some((f) => f.quantity.value === 2.37)).toBe(true);
  });
});

describe('抓紧甲工程前期工作: the works whose preparatory work a review hastens are a project (F7474)', () => {
  const report = parsedReport(
    [
      '澧霞县2031年国民经济和社会发展计划执行情况的报告',
      '一、2031年计划执行情况',
      '全县完成固定资产投资38.6亿元，增长11.2%。',
      '二、2032年工作建议',
      '加快澧霞至芩溪公路改建工程建设；抓紧县城污水管网三期工程前期工作。',
    ].join('\n'),
    { sourceName: 'report.txt', region: '澧霞县', period: '2031-FY' },
  );

  it('names the works without amounts', () => {
    expect(report.projects.map((p) => p.name)).toContain('县城污水管网三期工程');
  });
});
