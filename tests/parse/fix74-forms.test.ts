// Forms the seventy-fourth held-out batch showed the parser missed (session 25, branch fix74): a
// first quarter's (or 1-4月) page whose head demands 确保上半年甲增长6%以上、乙增长9%左右 (双过半), goals
// of a half-year the report has not reached, read as results; and the same demands closed by 为实现全年
// 丙增长6.5%的目标奠定基础, whose closed goal alone is the year's target; a plan table whose goal columns
// are growths save the amounts its unit column names (实际使用外资（万美元） 3500 by 3860, 粮食总产量 60以上);
// the firms' running total told with 累计实现 (规上工业企业累计实现营业收入); a share moved to its figure (比重降至);
// a gap to a benchmark conceded with 仍 (增速仍低于全市平均水平).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const read = (text: string) => {
  const report = parsedReport(text, { sourceName: 'news.txt' });
  return {
    observations: report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    targets: report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment]),
  };
};

describe('half-year goals demanded in a first quarter’s page, before a closed full-year goal', () => {
  it('reads no result and no target of the half-year, and the year’s goal as its target', () => {
    const text = [
      '棠溪县2025年一季度经济运行情况',
      '一季度，全县实现地区生产总值38.12亿元，同比增长5.4%。',
      '县长强调，各部门要逐项压实责任，确保上半年地区生产总值增长6%以上、规模以上工业增加值增长8%左右、固定资产投资增长12%，一般公共预算收入完成年度预算的52%，为实现全年地区生产总值增长6.5%的目标奠定基础。',
    ].join('\n');
    expect(read(text)).toEqual({
      observations: [
        ['gdp', 'level', 38.12],
        ['gdp', 'growth', 5.4],
      ],
      targets: [['gdp', 6.5, 'full-year', 'missed']],
    });
  });
});

describe('half-year goals demanded in a 1-4月 page, with no year’s goal after them', () => {
  it('reads them as neither results nor targets', () => {
    const text = [
      '棠溪县2024年1-4月经济运行简析',
      '1-4月，全县规模以上工业增加值同比增长9.1%，固定资产投资增长4.2%。',
      '下一步，确保上半年固定资产投资增长8%左右、社会消费品零售总额增长6%左右。',
    ].join('\n');
    expect(read(text)).toEqual({
      observations: [
        ['industrial-value-added', 'growth', 9.1],
        ['fixed-asset-investment', 'growth', 4.2],
      ],
      targets: [],
    });
  });
});

describe('a goal column of growths over amount rows whose goal lies close to the result (万美元, 万吨)', () => {
  const FY = '关于棠溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告';
  const TABLE = [
    '表1　棠溪县2024年主要经济指标完成情况',
    '指标名称\t单位\t计划目标（增长%）\t完成值\t增长（%）',
    '地区生产总值\t亿元\t6.5\t215.3\t6.8',
    '外贸进出口总额\t亿美元\t9\t3.84\t—',
    '实际使用外资\t万美元\t2800\t3015\t—',
    '粮食总产量\t万吨\t45以上\t47.2\t—',
  ];

  it('reads those goals in the row’s unit; one far from its level stays a growth', () => {
    const read = sectionReport('fix74.txt', FY, TABLE);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.attainment])).toEqual([
      ['gdp', 6.5, '%', 'met'],
      ['foreign-trade', 9, '%', 'unknown'],
      ['foreign-investment', 2800, '万美元', 'met'],
      ['grain-output', 45, '万吨', 'met'],
    ]);
  });

  it('leaves a growth goal % where the row’s amount goal has a column of its own', () => {
    const read = sectionReport('fix74.txt', FY, [
      '表2　棠溪县2025年主要指标计划',
      '指标\t单位\t2024年预计\t2025年目标\t增长（%）',
      '外贸出口\t亿美元\t12.4\t14.2\t14左右',
    ]);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.unit])).toEqual([
      ['exports', 14.2, '亿美元'],
      ['exports', 14, '%'],
    ]);
  });
});

describe('the firms’ running total told with 累计实现 (规上工业企业累计实现营业收入)', () => {
  it('reads the industrial firms’ revenue and its growth', () => {
    const text = [
      '棠溪县2024年1-4月经济运行简析',
      '1-4月，全县规模以上工业增加值同比增长8.2%。规上工业企业累计实现营业收入64.15亿元，同比增长6.9%。',
    ].join('\n');
    expect(read(text).observations).toEqual([
      ['industrial-value-added', 'growth', 8.2],
      ['industrial-revenue', 'level', 64.15],
      ['industrial-revenue', 'growth', 6.9],
    ]);
  });
});

describe('a share said to have moved to its figure (比重降至, 比重升至)', () => {
  it('reads the share of the subject before', () => {
    const text = [
      '棠溪县2024年国民经济和社会发展计划执行情况的报告',
      '一、2024年计划执行情况',
      '全县民间投资下降2.9%，占全部投资的比重降至54.6%。',
    ].join('\n');
    expect(read(text).observations).toEqual([
      ['private-investment', 'growth', -2.9],
      ['private-investment', 'share', 54.6],
    ]);
  });
});

describe('a gap to a benchmark conceded with 仍 (增速仍低于全市平均水平)', () => {
  it('reads the signed comparison of the name before', () => {
    const text = [
      '棠溪县2025年一季度经济运行情况',
      '一季度，全县地区生产总值同比增长5.2%。',
      '消费恢复偏慢，社会消费品零售总额增速仍低于全市平均水平1.3个百分点。',
    ].join('\n');
    expect(read(text).observations).toEqual([
      ['gdp', 'growth', 5.2],
      ['retail-sales', 'comparison', -1.3],
    ]);
  });
});
