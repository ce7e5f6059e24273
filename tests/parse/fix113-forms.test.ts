// Forms the one-hundred-and-thirteenth held-out batch showed the parser missed (session 31, branch fix113): a
// key-project sheet's 单位：万元 row over the programme's summary row, then the header (the amounts were lost);
// 增速比某市平均水平低A个百分点 with the indicator named before it; a crop table's 万吨 beside the prose's 亿斤.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A bureau's key-project sheet: title, 填报单位, the unit row, a summary row, header, rows, total, note. */
const PROJECT_SHEET: SheetCell[][] = [
  ['甲川区2026年1—9月重点项目推进情况表', null, null, null, null, null, null],
  ['填报单位：甲川区发展和改革局', null, null, null, null, null, null],
  ['单位：万元', null, null, null, null, null, null],
  [
    '截至9月底，全区3个重点项目总投资12.4亿元，年度计划投资4.1亿元，1—9月累计完成投资3.05亿元，占年度计划的74.4%。',
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  ['序号', '项目名称', '建设地点', '总投资', '2026年计划投资', '1—9月完成投资', '形象进度'],
  [1, '甲川区新型建材产业园项目', '甲川工业园', 64000, 21000, 16800, '主体完工'],
  [2, '甲川区中心医院门诊综合楼', '城关街道', 38000, 12000, 8700, '主体施工至5层'],
  [3, '甲川区城区供水管网改造工程', '城区各街道', 22000, 8000, 5000, '完成管网铺设70%'],
  ['合计', null, null, 124000, 41000, 30500, null],
  ['注：形象进度截至9月30日。', null, null, null, null, null, null],
];

describe('a sheet’s unit row over the programme’s summary row, then the header (F2551)', () => {
  it('gives every row its total and completed investment in 元, the unit read over the summary', () => {
    const projects = sheetReport(PROJECT_SHEET, 'projects.xls').projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
      p.mentions[0]?.completedInvestment,
    ]);
    expect(projects).toEqual([
      ['甲川区新型建材产业园项目', 640000000, 168000000],
      ['甲川区中心医院门诊综合楼', 380000000, 87000000],
      ['甲川区城区供水管网改造工程', 220000000, 50000000],
    ]);
  });

  it('reads no unit over a paragraph that is not one sentence (a row of cells between)', () => {
    const rows = PROJECT_SHEET.map((row, i) =>
      i === 3 ? ['说明', '截至9月底进展如下', null, null, null, null, null] : row,
    );
    const amounts = sheetReport(rows, 'projects.xls').projects.map((p) => p.mentions[0]?.plannedInvestment);
    expect(amounts).not.toContain(640000000);
  });
});

const REVIEW = [
  '甲川市2026年上半年经济运行情况汇报',
  '一、主要指标',
  '上半年，全市社会消费品零售总额52.40亿元，增长4.3%。',
  '二、存在问题',
  '一是投资增长乏力。二是消费恢复偏慢。社会消费品零售总额增速比乙州市平均水平低0.9个百分点。三是工业增速比全省平均水平高1.2个百分点，但后劲不足。',
].join('\n');

describe('a growth compared with 比某市平均水平低A个百分点, the indicator named before 增速 (F2552)', () => {
  it('reads the comparison of the named indicator, signed by the verb after the average', () => {
    const comparisons = parsedReport(REVIEW, { sourceName: 'review.txt' })
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith]);
    expect(comparisons).toContainEqual(['retail-sales', -0.9, '乙州市']);
    expect(comparisons).toContainEqual(['industrial-value-added', 1.2, '全省']);
  });
});

const COMMUNIQUE = [
  '甲川县2026年国民经济和社会发展统计公报',
  '一、农业',
  '全年粮食总产量9.48亿斤，比上年增长1.6%。油料产量3.12万吨，增长2.0%。',
  '表1　主要农产品产量',
  '产品\t单位\t产量\t比上年增长（%）',
  '粮食\t万吨\t47.40\t1.6',
  '油料\t万吨\t3.12\t2.0',
].join('\n');

describe('a crop table’s 万吨 beside the prose’s 亿斤, one harvest written twice (F2553)', () => {
  it('keeps the prose’s 亿斤 and drops the table’s 万吨 that converts to it', () => {
    const grain = parsedReport(COMMUNIQUE, { sourceName: 'communique.txt' })
      .observations.filter((o) => o.indicatorCode === 'grain-output' && o.measure === 'level')
      .map((o) => [o.source, o.quantity?.value, o.quantity?.unit]);
    expect(grain).toEqual([['prose', 9.48, '亿斤']]);
  });

  it('keeps a table weight that does not convert to the prose’s figure', () => {
    const text = COMMUNIQUE.replace('47.40', '45.10');
    const grain = parsedReport(text, { sourceName: 'communique.txt' })
      .observations.filter((o) => o.indicatorCode === 'grain-output' && o.measure === 'level')
      .map((o) => [o.source, o.quantity?.value, o.quantity?.unit]);
    expect(grain).toEqual([
      ['table', 45.1, '万吨'],
      ['prose', 9.48, '亿斤'],
    ]);
  });
});
