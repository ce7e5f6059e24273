// Forms the hundred-and-third held-out batch showed the parser missed (session 30, branch fix103): a
// ceremony's news page whose opening demands the year's goal (冲刺全年目标, 确保全年…增长) while its figures
// run to 前三季度; the batch a ceremony starts named by its quarter; the projects signed at it with a
// 签约金额 each; a narrowing decline as a goal (降幅收窄至2%以内); and a flattened plan table's goals.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F2321: 冲刺全年目标 and 确保全年…增长 in a ceremony’s opening', () => {
  it('dates nothing: the body’s 前三季度 and 1—9月 say the period, and the demand is a full-year goal', () => {
    const text = [
      '柘岭县举行2025年第四季度重大项目集中开工仪式',
      '来源：柘岭县融媒体中心　发布时间：2025-10-15 10:20',
      '10月15日上午，柘岭县重大项目集中开工仪式在柘岭工业园区举行。',
      '此次集中开工项目12个，总投资26.4亿元，年度计划投资5.1亿元。',
      '县委书记强调，第四季度是冲刺全年目标的关键期，确保全年固定资产投资增长9%以上。',
      '前三季度，全县地区生产总值完成76.2亿元，同比增长5.3%；1—9月，固定资产投资同比增长7.4%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(report.meta.period).toBe('2025-Q3');
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['fixed-asset-investment', 9, 'full-year'],
    ]);
  });
});
