// 比序时进度低B个百分点: the schedule named before the verb (as 比计划低 for a plan) is the same
// comparison as 低于序时进度B个百分点. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const parse = linesReader('schedule-after.txt');

describe('a share done compared with the schedule, the schedule first', () => {
  it('reads 比序时进度低 and 较时间进度快 as comparisons with their sign', () => {
    const report = parse(
      '关于澄阳县2021年上半年国民经济和社会发展计划执行情况的报告',
      '上半年，一般公共预算收入5.12亿元，完成年度预算的41.3%，比序时进度低8.7个百分点。',
      '固定资产投资完成年计划的55.2%，较时间进度快5.2个百分点。',
    );
    expect(
      report.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]),
    ).toEqual([
      ['general-budget-revenue', -8.7, '时序进度'],
      ['fixed-asset-investment', 5.2, '时序进度'],
    ]);
  });
});
