// Forms of session 51's decision run (branch decide51): open points the answer files gave both ways, settled by
// counts over those files (tests/accuracy/README.md, "Session 51 decision: open points (decide51)").
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const quarterReport = (lines: readonly string[]) =>
  parsedReport(['溱岙县2026年前三季度经济运行情况和下一步工作', ...lines].join('\n'), {
    sourceName: 'qinao.txt',
  }).targets.filter((t) => t.indicatorCode === 'industrial-value-added' && t.horizon === 'full-year');

const TABLE = [
  '指标名称\t单位\t年度目标\t前三季度\t增速（%）',
  '地区生产总值\t亿元\t7\t186.42\t6.2',
  '规模以上工业增加值\t%\t9\t—\t8.4',
  '固定资产投资\t%\t10\t—\t7.5',
];

describe('F10351 a floor restating a table’s goal after a plain mention in prose is a target of its own', () => {
  it('keeps the plan part’s 9%以上 beside the table’s 9 when the results named 年度目标9% between them', () => {
    const goals = quarterReport([
      ...TABLE,
      '一、前三季度经济运行情况',
      '规模以上工业增加值同比增长8.4%，距年度目标9%还差0.6个百分点。',
      '二、下一步工作',
      '确保全年规模以上工业增加值增长9%以上，新增规模以上工业企业20家。',
    ]).map((t) => [t.comparator, t.value]);
    expect(goals).toContainEqual(['eq', 9]);
    expect(goals).toContainEqual(['gte', 9]);
  });

  it('still keeps one target for a goal stated twice in prose alone (the first statement’s relation)', () => {
    const goals = quarterReport([
      '一、前三季度经济运行情况',
      '规模以上工业增加值同比增长8.4%，距年度目标9%还差0.6个百分点。',
      '二、下一步工作',
      '确保全年规模以上工业增加值增长9%以上，新增规模以上工业企业20家。',
    ]).map((t) => [t.comparator, t.value]);
    expect(goals).toEqual([['eq', 9]]);
  });
});
