// Forms read after held-out-37/39 (session 18, fixrest): a plan part's task sentence that opens on
// 年内 sets the year's goals even without 力争/确保. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a plan part sentence opening on 年内', () => {
  it('年内新增城镇就业N人: a full-year target of a part-year report', () => {
    const parsed = parsedReport(
      [
        '澄阳市2019年1-9月国民经济和社会发展计划执行情况的报告',
        '一、1-9月经济运行情况',
        '全市地区生产总值58.2亿元，同比增长6.6%。',
        '二、第四季度工作打算',
        '（三）着力保障民生。今年内新增城镇就业1650人，新建公办幼儿园4所。',
      ].join('\n'),
      { sourceName: 'within-year.txt' },
    );
    expect(
      parsed.targets
        .filter((t) => t.indicatorCode === 'new-urban-jobs')
        .map((t) => [t.value, t.unit, t.horizon]),
    ).toEqual([[1650, '人', 'full-year']]);
  });

  it('a results sentence without 年内 stays an observation, not a goal', () => {
    const parsed = parsedReport(
      [
        '澄阳市2019年1-9月国民经济和社会发展计划执行情况的报告',
        '一、1-9月经济运行情况',
        '全市新增城镇就业1320人。',
      ].join('\n'),
      { sourceName: 'within-year.txt' },
    );
    expect(parsed.targets.filter((t) => t.indicatorCode === 'new-urban-jobs')).toEqual([]);
  });
});
