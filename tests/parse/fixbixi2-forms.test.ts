// Forms the thirty-seventh and forty-second held-out batches showed (docs/prose-forms.md, "held-out-37/42
// forms (fixbixi2)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const read = (...lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'fixbixi2.txt' });

describe('a shortfall to a goal stated inside the gap (距年初确定的A%目标还差B个百分点)', () => {
  const report = read(
    '2021年1—9月澄阳县经济运行简析',
    '1—9月，全县社会消费品零售总额46.2亿元，同比增长7.3%。',
    '三、存在的问题',
    '（一）消费回升乏力。社会消费品零售总额增速比上半年放缓0.5个百分点，离县政府确定的9%目标尚差1.7个百分点。',
  );
  const retail = (measure: string) =>
    report.observations
      .filter((o) => o.indicatorCode === 'retail-sales' && o.measure === measure)
      .map((o) => o.quantity?.value);

  it('reads the gap as a comparison of the indicator the clause before is about', () => {
    expect(retail('comparison')).toEqual([-1.7]);
  });

  it('reads the stated figure as that indicator’s full-year goal, missed, and as no observation', () => {
    const goals = report.targets.filter((t) => t.indicatorCode === 'retail-sales');
    expect(goals.map((t) => [t.value, t.comparator, t.horizon, t.attainment])).toEqual([
      [9, 'eq', 'full-year', 'missed'],
    ]);
    expect(retail('rate')).toEqual([]);
  });
});

describe('the whole region’s bare 投资 with its growth (全县投资增速慢于全市平均水平B个百分点)', () => {
  const report = read(
    '2020年1—10月桐岙县经济运行分析',
    '1—10月，全县固定资产投资同比增长3.1%，其中工业投资增长9.4%，占全县投资比重为38.6%。',
    '二、存在的问题',
    '一是投资增长偏慢。前三季度全县投资增速慢于全市平均水平2.7个百分点，离年初确定的增长10%的目标差距较大。',
  );
  const investment = report.observations.filter((o) => o.indicatorCode === 'fixed-asset-investment');

  it('reads the margin as fixed-asset investment’s comparison', () => {
    expect(investment.filter((o) => o.measure === 'comparison').map((o) => o.quantity?.value)).toEqual([
      -2.7,
    ]);
  });

  it('gives the goal stated in the gap after it to fixed-asset investment, missed', () => {
    const goals = report.targets.filter((t) => t.indicatorCode === 'fixed-asset-investment');
    expect(goals.map((t) => [t.value, t.horizon, t.attainment])).toEqual([[10, 'full-year', 'missed']]);
  });

  it('leaves a part’s share of 全县投资 to the part', () => {
    const shares = report.observations.filter((o) => o.measure === 'share');
    expect(shares.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['industrial-investment', 38.6],
    ]);
  });
});

describe('a task list’s item pushing an indicator to a full-year growth (三要…，推动甲全年增长A%)', () => {
  const goals = (...lines: string[]) =>
    read(
      '2022年1—7月澄阳市经济运行简析',
      '1—7月，全市社会消费品零售总额86.3亿元，同比增长7.6%。',
      ...lines,
    ).targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment]);

  it('reads the goal, with its indicator past 全年, as the items with a cue before it are read', () => {
    expect(
      goals(
        '三、下步建议',
        '一要稳住工业生产，力争全年规模以上工业增加值增长7%左右；二要激活消费潜力，促进社会消费品零售总额全年增长9%。',
      ),
    ).toEqual([
      ['industrial-value-added', 7, 'full-year', 'unknown'],
      ['retail-sales', 9, 'full-year', 'missed'],
    ]);
  });

  it('reads no goal from 推动…全年 outside a task item (a result said with 推动)', () => {
    expect(goals('重点项目集中投产，推动社会消费品零售总额全年增长9%。')).toEqual([]);
  });
});
