// Forms the two-hundred-and-thirty-ninth and two-hundred-and-fortieth held-out batches showed the parser missed
// (session 37, branch fix239): trade with one partner named by its short name (对甲进出口额); a gap in points
// said in a numeral word (高两个百分点); a next-year goal vowed with 确保/力争 beside the table's bare figure; a
// project's year plan as one item of a semicolon list; a sheet note naming a row by its short name; a season's
// tourist goal; 建设项目投资. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const TRADE = [
  '甲川县2026年前三季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '前三季度，全县外贸进出口总额5.12亿元，同比增长11.3%。其中，对俄进出口额3.40亿元，增长14.2%，占全县外贸进出口总额的66.4%；对日出口额1.20亿元，增长3.1%。',
].join('\n');

describe('trade with one partner named by its short name, 对甲进出口额 (F4961)', () => {
  it('names the part as written, not all exports', () => {
    const observations = parsedReport(TRADE, { sourceName: 'trade-2026-q3-plan.txt' }).observations;
    const names = observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(names).toContainEqual(['对俄进出口额', 'level', 3.4]);
    expect(names).toContainEqual(['对俄进出口额', 'share', 66.4]);
    expect(names).toContainEqual(['对日出口额', 'growth', 3.1]);
    expect(observations.filter((o) => o.indicatorCode === 'exports')).toEqual([]);
  });
});

const GAPS = [
  '甲川县2026年一季度经济运行情况分析',
  '一、运行情况',
  '规模以上工业增加值同比增长7.4%，比全市平均水平高三个百分点，增速居全市第2位。全社会固定资产投资同比增长4.1%，比全市平均水平低两个百分点。',
  '二、存在问题',
  '投资增速低于全市平均水平两个百分点，后劲不足。',
].join('\n');

describe('a gap to the city in whole points said in a numeral word, 高两个百分点 (F4962)', () => {
  const report = parsedReport(GAPS, { sourceName: 'gaps-2026-q1-analysis.txt' });

  it('reads a signed comparison in points with the benchmark', () => {
    const comparisons = report.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit, o.comparedWith]);
    expect(comparisons).toContainEqual(['industrial-value-added', 3, '个百分点', '全市']);
    expect(comparisons).toContainEqual(['fixed-asset-investment', -2, '个百分点', '全市']);
  });

  it('reads no whole number out of a decimal said in words (零点五个百分点)', () => {
    const text = GAPS.replace('高三个百分点', '高零点五个百分点');
    const values = parsedReport(text, { sourceName: 'gaps-2026-q1-analysis.txt' })
      .observations.filter((o) => o.indicatorCode === 'industrial-value-added' && o.measure === 'comparison')
      .map((o) => o.quantity?.value);
    expect(values).not.toContain(5);
  });
});

const DRAFT = [
  '关于甲川县2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '一、2026年计划执行情况',
  '全县规模以上工业增加值增长8.1%，社会消费品零售总额84.2亿元，增长7.0%。',
  '二、2027年主要目标',
  '建议2027年全县主要预期目标如表2。',
  '表2 甲川县2027年主要经济指标预期目标表',
  '指标名称\t单位\t2026年完成\t2027年预期目标\t增长（%）',
  '规模以上工业增加值\t%\t8.1\t—\t7.5',
  '社会消费品零售总额\t亿元\t84.2\t92\t9',
  '同时，确保规模以上工业增加值增长7.5%以上。',
  '三、2027年重点工作',
  '（一）促进消费。力争社会消费品零售总额突破92亿元。',
  '（二）扩大投资。乙河大桥工程总投资6.2亿元，年度计划投资2亿元；甲川县中医院迁建项目年度计划投资2.6亿元；丙镇供水工程年内开工建设。',
].join('\n');

describe('a next-year goal vowed with 确保/力争 beside the table’s bare figure (F4963)', () => {
  it('keeps the table’s eq and adds the vowed goal with its own comparator', () => {
    const goals = parsedReport(DRAFT, { sourceName: 'draft-2026-fy-plan.txt' })
      .targets.filter((t) => t.horizon === 'next-year')
      .map((t) => [t.indicatorCode, t.value, t.unit, t.comparator]);
    expect(goals).toContainEqual(['industrial-value-added', 7.5, '%', 'eq']);
    expect(goals).toContainEqual(['industrial-value-added', 7.5, '%', 'gte']);
    expect(goals).toContainEqual(['retail-sales', 92, '亿元', 'eq']);
    expect(goals).toContainEqual(['retail-sales', 92, '亿元', 'gt']);
  });

  it('still gives a bare cell the comparator of the goal list that restates it unvowed', () => {
    const text = DRAFT.replace(
      '同时，确保规模以上工业增加值增长7.5%以上。',
      '主要目标是：规模以上工业增加值增长7.5%以上。',
    );
    const goals = parsedReport(text, { sourceName: 'draft-2026-fy-plan.txt' })
      .targets.filter((t) => t.horizon === 'next-year' && t.indicatorCode === 'industrial-value-added')
      .map((t) => t.comparator);
    expect(goals).not.toContain('eq');
  });
});

describe('a project’s year plan as one whole item of a semicolon list (F4964)', () => {
  it('names the project with the year’s plan as its planned investment', () => {
    const projects = parsedReport(DRAFT, { sourceName: 'draft-2026-fy-plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
    ]);
    expect(projects).toContainEqual(['甲川县中医院迁建项目', 260000000]);
    expect(projects).toContainEqual(['乙河大桥工程', 620000000]);
  });
});

const SHEET: SheetCell[][] = [
  ['甲川县2026年1—10月主要经济指标', null, null, null],
  ['指标', '单位', '1—10月', '同比增长（%）'],
  ['规模以上工业增加值', '%', null, 6.2],
  ['规模以上工业营业收入', '亿元', 48.6, 5.1],
  ['规模以上工业利润总额', '亿元', 3.27, -8.4],
  ['注：利润总额为1—9月数据。', null, null, null],
];

describe('a sheet note naming a row by its short name, 利润总额为1—9月数据 (F4965)', () => {
  it('gives the row whose name ends with it the note’s period, the other rows none', () => {
    const rows = sheetReport(SHEET, 'indicators-2026-m10.xlsx')
      .observations.filter((o) => o.source === 'table' && o.measure === 'level')
      .map((o) => [o.indicatorName, o.period ?? null]);
    expect(rows).toContainEqual(['规模以上工业利润总额', '2026-Q3']);
    expect(rows).toContainEqual(['规模以上工业营业收入', null]);
  });
});

const NEWS = [
  '甲川县2026年前三季度经济运行情况新闻发布会',
  '一、发布内容',
  '前三季度，全县接待游客152.3万人次，同比增长18.4%。今冬我们将举办冰雪节，力争冬季接待游客突破45万人次。',
  '固定资产投资同比增长12.1%。其中，建设项目投资增长15.6%，房地产开发投资下降4.2%。',
].join('\n');

describe('a season’s tourist goal, 力争冬季接待游客突破N万人次 (F4966)', () => {
  it('sets no goal for the year’s tourist arrivals', () => {
    const goals = parsedReport(NEWS, { sourceName: 'news-2026-q3-news.txt' })
      .targets.filter((t) => t.indicatorCode === 'tourist-arrivals')
      .map((t) => t.value);
    expect(goals).toEqual([]);
  });
});

describe('建设项目投资, the statistics’ own name of the projects’ half of investment (F4967)', () => {
  it('reads its growth as an observation', () => {
    const growth = parsedReport(NEWS, { sourceName: 'news-2026-q3-news.txt' })
      .observations.filter((o) => o.indicatorName === '建设项目投资')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(growth).toEqual([['growth', 15.6]]);
  });
});
