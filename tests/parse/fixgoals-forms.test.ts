// Goals for a part of the year that held-out-378 and held-out-383 showed read as the year's targets (session 45,
// fixer fixgoals). Sentences of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const targetsOf = (text: string) =>
  parseReportText(text, { sourceName: 'analysis.txt' }).report?.targets.map((t) => [
    t.indicatorName,
    t.horizon,
    t.value,
  ]) ?? [];

describe('a goal for the month left (确保12月份甲完成X亿元以上) (F7721)', () => {
  const page = (goals: string) =>
    [
      '芩垣县2021年1—11月经济运行情况分析',
      '1—11月，全县规模以上工业产值完成318.4亿元，增长7.6%；固定资产投资完成61.2亿元，增长5.3%。',
      '三、岁末冲刺主要目标和措施',
      '按照县委、县政府岁末冲刺部署，12月份重点抓好以下工作：',
      goals,
    ].join('\n');

  it('reads the month’s goals as facts only, no targets of the year', () => {
    const targets = targetsOf(
      page(
        '一是冲刺工业生产。确保12月份规模以上工业产值完成36亿元以上，力争全年规模以上工业产值增长8%以上。',
      ),
    );
    expect(targets).not.toContainEqual(['规模以上工业产值', 'full-year', 36]);
    expect(targets).toContainEqual(['规模以上工业产值', 'full-year', 8]);
  });

  it('reads the cue before the verb too (确保12月份完成甲X亿元)', () => {
    const targets = targetsOf(page('二是攻坚项目投资。确保12月份完成固定资产投资9.5亿元以上。'));
    expect(targets).toEqual([]);
  });

  it('keeps a deadline within a month the year’s (确保12月底前…)', () => {
    const targets = targetsOf(page('三是组织财政收入。确保12月底前一般公共预算收入完成14.6亿元。'));
    expect(targets).toContainEqual(['一般公共预算收入', 'full-year', 14.6]);
  });
});

describe('a goal list opened by the quarter and its goals’ colon (一季度…的目标是：力争…) (F7722)', () => {
  const page = (goals: string) =>
    [
      '蔺湾县2010年1—2月经济运行简析',
      '1—2月，全县规模以上工业增加值完成6.1亿元，增长15.2%；财政收入完成1.42亿元，增长9.8%。',
      '四、一季度目标和建议',
      goals,
    ].join('\n');

  it('reads every goal of the list as the quarter’s: facts only', () => {
    const targets = targetsOf(
      page(
        '一季度全县经济工作的目标是：力争规模以上工业增加值增长16%以上，城镇固定资产投资完成8.5亿元，确保财政收入完成2.2亿元。',
      ),
    );
    expect(targets).toEqual([]);
  });

  it('keeps the year’s goals when the lead names no part of the year', () => {
    const targets = targetsOf(
      page('全年全县经济工作的目标是：力争规模以上工业增加值增长16%以上，确保财政收入完成9.4亿元。'),
    );
    expect(targets).toContainEqual(['财政收入', 'full-year', 9.4]);
  });
});
