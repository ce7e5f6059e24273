// Forms the held-out-259 and held-out-260 batches showed the parser missed (session 38, branch fix259): an
// investment goal in words (实现正增长) after a closed figure goal, and in a 建议 sentence's goal list. Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('lanyan-2023-q3-news.txt');

/** The targets a report reads, as form tests compare them: indicator, horizon, value, comparator. */
const targetRows = (lines: string[]) =>
  read(...lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);

describe('a cued goal in words after a closed figure goal (…增长A%的目标，…，力争全年甲实现正增长: F5281)', () => {
  it('reads the investment goal gt 0% beside the closed GDP goal', () => {
    const rows = targetRows([
      '澜堰县2023年前三季度经济运行情况',
      '前三季度，全县地区生产总值同比增长6.2%。固定资产投资同比下降3.4%。',
      '四季度，全县将紧盯全年地区生产总值增长7%的目标，抓项目、促消费，力争全年固定资产投资实现正增长。',
    ]);
    expect(rows).toContainEqual(['gdp', 'full-year', 7, 'eq']);
    expect(rows).toContainEqual(['fixed-asset-investment', 'full-year', 0, 'gt']);
  });
});

describe('a goal with a value in words in a 建议 sentence’s goal list (建议…，力争全年甲增长A%左右，乙实现正增长: F5282)', () => {
  it('reads the investment goal gt 0% beside the figure goals', () => {
    const rows = targetRows([
      '澜堰县政协关于2023年上半年全县经济运行情况的调研报告',
      '上半年，全县地区生产总值同比增长4.1%，固定资产投资同比下降6.3%。',
      '建议县政府对照年度目标查找差距，力争全年地区生产总值增长5.5%左右，固定资产投资实现正增长，社会消费品零售总额增长4%左右。',
    ]);
    expect(rows).toContainEqual(['gdp', 'full-year', 5.5, 'approx']);
    expect(rows).toContainEqual(['fixed-asset-investment', 'full-year', 0, 'gt']);
  });

  it('still reads no goal from a suggestion’s words with no value (推动甲增速由负转正)', () => {
    const rows = targetRows([
      '澜堰县政协关于2023年上半年全县经济运行情况的调研报告',
      '上半年，全县固定资产投资同比下降6.3%。',
      '建议加快重点项目建设，力争2024年新开工项目30个以上，推动固定资产投资增速由负转正。',
    ]);
    expect(rows.filter((r) => r[0] === 'fixed-asset-investment')).toEqual([]);
  });
});

describe('a project’s year amount, then its running total (项目总投资X亿元，2025年完成投资Y亿元，累计完成投资Z亿元: F5283)', () => {
  const projectRows = (sentence: string) =>
    read(
      '关于澜堰市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
      '一、2025年计划执行情况',
      '全市地区生产总值增长5%。',
      '二、2026年重点工作安排',
      sentence,
    ).projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]);

  it('gives the project its running total as the amount done', () => {
    expect(
      projectRows(
        '加快澜堰至甲川高速公路项目建设，项目总投资120.5亿元，2025年完成投资22.6亿元，累计完成投资51.4亿元；推动乙园区项目年内建成。',
      ),
    ).toContainEqual(['澜堰至甲川高速公路', 12050000000, 5140000000]);
  });

  it('reads no amount done from a year’s amount alone (a plan as like as not)', () => {
    expect(
      projectRows('加快澜堰至甲川高速公路项目建设，项目总投资120.5亿元，2026年完成投资22.6亿元。'),
    ).toContainEqual(['澜堰至甲川高速公路', 12050000000, null]);
  });
});

describe('a rank of 县域经济总量 among the parent’s places (县域经济总量在全市仍居第N位: F5284)', () => {
  it('ranks the county’s GDP', () => {
    const rankings = read(
      '澜堰县政协关于2023年上半年全县经济运行情况的调研报告',
      '上半年，全县地区生产总值完成41.2亿元，同比增长4.1%。',
      '县域经济总量在全市仍居第6位，人均地区生产总值仅相当于全市平均水平的68.2%。',
    ).rankings.map((r) => [r.indicatorCode, r.rank]);
    expect(rankings).toContainEqual(['gdp', 6]);
  });
});
