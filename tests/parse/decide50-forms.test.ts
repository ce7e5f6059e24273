// Forms of session 50's decision run (branch decide50): open points the answer files gave both ways, settled by
// counts over those files (tests/accuracy/README.md, "Session 50 decision: open points (decide50)").
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const analysis = (sentence: string) =>
  parsedReport(
    [
      '甬岭县2003年1—2月经济运行分析',
      '甬岭县统计局 2003-03-18',
      '一、工业生产平稳增长',
      `1—2月，全县完成工业总产值28.64亿元，同比增长22.8%。${sentence}`,
    ].join('\n'),
    { sourceName: 'analysis.txt' },
  );

describe('F10161 a size bar inside a class’s name before a short-name aside is no fact', () => {
  it('reads no 500万元 (nor a bare 500) from the class that acts after （以下简称…）', () => {
    const report = analysis(
      '其中，国有及年销售收入500万元以上非国有工业企业（以下简称规模以上工业）完成工业总产值19.72亿元，同比增长26.4%。',
    );
    const values = report.facts.map((f) => f.quantity?.value);
    expect(values).not.toContain(500);
    expect(values).toEqual(expect.arrayContaining([19.72, 26.4]));
  });

  it('keeps the threshold of a bracket that defines the class', () => {
    const report = analysis(
      '规模以上工业企业（指全部国有及年产品销售收入500万元以上的非国有工业企业，下同）完成工业增加值5.84亿元。',
    );
    expect(report.facts.map((f) => [f.quantity?.value, f.quantity?.unit])).toContainEqual([500, '万元']);
  });

  it('still moves the words before an aside that parts a growth from its figure', () => {
    const report = analysis('全县地区生产总值同比增长（以下简称“增长”）6.4%。');
    expect(report.facts.map((f) => f.quantity?.value)).toContain(6.4);
  });
});
