// Forms the two-hundred-and-sixty-eighth held-out batch showed the parser missed (session 38, branch fix268): a
// 督查室's bulletin on the year's 政府工作报告 tasks, titled 关于YYYY年《政府工作报告》目标任务前三季度落实情况的通报,
// read as a report of the period (F5481); its parts grading the tasks by progress (二、进展较快的目标任务, 三、滞后
// 序时进度的目标任务) holding results, not plans (F5482). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { readTitleText } from '../../src/parse/meta.js';
import { parsedReport } from '../helpers/report.js';

const BULLETIN = [
  '关于2027年《政府工作报告》目标任务前三季度落实情况的通报',
  '各镇人民政府，县政府各部门：',
  '县政府督查室对2027年县《政府工作报告》确定的目标任务前三季度落实情况进行了专项督查。现将有关情况通报如下。',
  '一、总体情况',
  '2027年县《政府工作报告》确定目标任务84项，截至9月底，已完成15项。',
  '二、进展较快的目标任务',
  '（一）工业经济稳步增长。1—9月，澧川县规模以上工业增加值同比增长8.4%，高于7%的年度目标1.4个百分点。',
  '三、滞后序时进度的目标任务',
  '（一）投资增速偏低。1—9月，全县固定资产投资同比增长2.6%，低于年度目标（9%）6.4个百分点。',
].join('\n');

describe('a 督查 bulletin on the 政府工作报告 tasks (F5481)', () => {
  it('is a report of the period its title names after the tasks', () => {
    const report = parsedReport(BULLETIN, { sourceName: 'bulletin.txt', region: '澧川县' });
    expect(report.meta.genre).toBe('statistics-analysis');
    expect(report.meta.period).toBe('2027-Q3');
  });

  it('with 主要任务 and 上半年 (关于印发…的通报), and not when it announces an assessment', () => {
    expect(readTitleText('关于印发2027年《政府工作报告》主要任务上半年落实情况的通报')?.code).toBe('H1');
    expect(
      readTitleText('关于2027年《政府工作报告》目标任务落实情况考核结果的通报')?.genre ?? null,
    ).toBeNull();
    expect(readTitleText('关于2027年度安全生产工作的通报')?.genre ?? null).toBeNull();
  });
});

describe('parts grading the tasks by progress (F5482)', () => {
  const report = parsedReport(BULLETIN, { sourceName: 'bulletin.txt', region: '澧川县' });

  it('hold the results under 进展较快的目标任务', () => {
    const growth = report.observations.find(
      (o) => o.indicatorCode === 'industrial-value-added' && o.measure === 'growth',
    );
    expect(growth?.quantity?.value).toBe(8.4);
  });

  it('and under 滞后序时进度的目标任务', () => {
    const fai = report.observations.find(
      (o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'growth',
    );
    expect(fai?.quantity?.value).toBe(2.6);
  });
});
