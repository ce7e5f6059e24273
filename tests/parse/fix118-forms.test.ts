// Forms the hundred-and-eighteenth held-out batch showed the parser missed (session 31, branch fix118): a congress
// site's news headline naming the standing committee's meeting (县N届人大常委会召开第N次会议) over a paragraph quoting
// the half-year report.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport, parsedReport } from '../helpers/report.js';

const page = (title: string, body: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  );

describe('a standing committee meeting’s news headline: 县N届人大常委会召开第N次会议 (F2661)', () => {
  it('is news of the meeting, not a statistics bureau’s analysis', async () => {
    const html = page(
      '县九届人大常委会召开第十四次会议_人大动态_溧垣县人大',
      `<h1>县九届人大常委会召开第十四次会议</h1>
<p>发布时间：2026-08-03　来源：县人大常委会办公室</p>
<p>7月31日，县九届人大常委会召开第十四次会议。会议听取和审议了县发展和改革局局长受县政府委托所作的《关于溧垣县2026年上半年国民经济和社会发展计划执行情况的报告》。报告显示，上半年全县实现地区生产总值58.31亿元，同比增长5.4%，增速居全市第3位；固定资产投资同比增长7.2%。</p>
<p>审议中，组成人员认为，上半年全县经济运行总体平稳。</p>`,
    );
    const { report } = await ingestedReport(html, 'meeting.html');
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'news-summary',
      '溧垣县',
      '2026-H1',
    ]);
  });
});

describe('a plan derived from 完成年度预算的A% beside the plan part’s 突破X亿元 just under it (F2662)', () => {
  const text = (floor: string) =>
    [
      '关于溧垣县2026年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '上半年全县一般公共预算收入3.27亿元，同比增长5.1%；完成年度预算的54.3%，超序时进度4.3个百分点。',
      '二、下半年工作安排',
      `下半年，力争全年一般公共预算收入突破${floor}，确保全年地区生产总值增长6%。`,
    ].join('\n');
  const budgetTargets = (floor: string) =>
    parsedReport(text(floor), { sourceName: 'plan.txt' })
      .targets.filter((t) => t.indicatorCode === 'general-budget-revenue')
      .map((t) => [t.value, t.unit, t.comparator, t.derived]);

  it('is one target, the stated floor (6.02亿元 implied, 突破6亿元 written)', () => {
    expect(budgetTargets('6亿元')).toEqual([[6, '亿元', 'gt', false]]);
  });

  it('keeps both when the floor lies a whole step below the derived plan (突破5亿元)', () => {
    expect(budgetTargets('5亿元')).toHaveLength(2);
  });
});
