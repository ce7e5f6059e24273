// Forms the one-hundred-and-seventy-ninth and one-hundred-and-eightieth held-out batches showed the parser missed
// (session 34, branch fix179): a 决议 with its members' 审议意见 printed below it under a title line of its own
// (no 附件 line); a review's request 要对标全年甲增长A%的目标; a class threshold before 新开工项目仅入库N个.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const RESOLUTION = [
  '乙川区人民代表大会常务委员会关于2026年上半年国民经济和社会发展计划执行情况的决议',
  '（2026年8月25日乙川区第九届人民代表大会常务委员会第二十次会议通过）',
  '乙川区第九届人民代表大会常务委员会第二十次会议听取和审议了区人民政府关于2026年上半年国民经济和社会发展计划执行情况的报告。会议同意该报告。',
  '乙川区人大常委会组成人员关于区人民政府2026年上半年国民经济和社会发展计划执行情况报告的审议意见',
  '常委会组成人员认为，上半年全区地区生产总值83.2亿元，同比增长5.1%；固定资产投资增长3.4%。',
  '常委会组成人员建议：要对标全年地区生产总值增长6.5%的目标，逐月调度。',
];

describe('a 决议 with its members’ 审议意见 below it on the same page (F3851)', () => {
  it('types it as the review it carries, with no 附件 line before the review’s title', () => {
    expect(parsedReport(RESOLUTION.join('\n'), { sourceName: 'resolution.txt' }).meta.genre).toBe(
      'review-opinion',
    );
  });

  it('types a 决议 that only links to such a review (上一篇：…) as a review too (the lead’s decision in session 35)', () => {
    const linked = RESOLUTION.map((line, i) => (i === 3 ? `上一篇：${line}` : line));
    expect(parsedReport(linked.join('\n'), { sourceName: 'resolution.txt' }).meta.genre).toBe(
      'review-opinion',
    );
  });
});

describe('a request holding the work against the year’s goal with 对标 (F3852)', () => {
  it('reads 要对标全年甲增长A%的目标 as the year’s target', () => {
    const targets = parsedReport(RESOLUTION.join('\n'), { sourceName: 'resolution.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
    ]);
    expect(targets).toContainEqual(['gdp', 'full-year', 6.5]);
  });
});

const NEWS = [
  '关于丁山县2026年1—9月国民经济和社会发展计划执行情况的报告',
  '一、计划执行情况',
  '1—9月，全县地区生产总值完成72.4亿元，同比增长5.6%；固定资产投资增长4.8%。',
  '二、存在问题',
  '项目入库纳统不及预期，3000万元以上新开工项目仅入库9个。',
];

describe('a class threshold before 新开工项目仅入库N个 (F3853)', () => {
  it('reads the threshold as part of the class’s name, the count alone as a fact', () => {
    const facts = parsedReport(NEWS.join('\n'), { sourceName: 'plan.txt' }).facts.map((f) => f.quantity.raw);
    expect(facts.filter((raw) => raw.startsWith('3000万元'))).toEqual([]);
    expect(facts).toContain('9个');
  });
});
