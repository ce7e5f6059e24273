// Forms held-out-489 and held-out-490 showed the parser missing: a finance bureau's 财政收支执行情况的报告 of
// the year's first months. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('F10441: a 财政收支执行情况的报告 is a budget review of its months', () => {
  const text = [
    '岚溪县财政局　文件',
    '关于2005年1—9月全县财政收支执行情况的报告',
    '县政府：',
    '现将1—9月份财政收支执行情况报告如下：',
    '一、财政收入完成情况',
    '1—9月，全县财政总收入完成26410万元，增长18.3%。其中地方一般预算收入14220万元，增长20.6%。',
    '岚溪县财政局',
    '2005年10月12日',
  ].join('\n');

  it('reads it as a plan execution of the months, its region from the issuing office', () => {
    const { report, problems } = parseReportText(text, { sourceName: 'lanxi.txt' });
    expect(problems.filter((p) => p.code === 'not-a-report')).toEqual([]);
    expect(report?.meta.genre).toBe('plan-execution');
    expect(report?.meta.periodLabel).toBe('1—9月');
    expect(report?.meta.region).toBe('岚溪县');
    expect(report?.observations.map((o) => o.quantity?.value)).toContain(26410);
  });

  it('keeps refusing an audit of the budget execution without figures', () => {
    const { report } = parseReportText(
      ['关于2005年度县级预算执行和其他财政收支的审计工作报告', '县审计局对县级预算执行情况进行了审计。'].join(
        '\n',
      ),
      { sourceName: 'lanxi-audit.txt' },
    );
    expect(report).toBeNull();
  });
});
