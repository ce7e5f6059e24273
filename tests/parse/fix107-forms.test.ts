// Forms the one-hundred-and-seventh held-out batch showed the parser missed (session 31, branch fix107): a
// bureau's workbook sheet whose issue line (编报单位：… | date) stands over the header, in two cells of one
// row; a press conference quoting the year's goals the place set, closed by 的主要预期目标 after a
// 确定了 (…确定了甲增长A%左右、乙增长B%的主要预期目标). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county bureau's monthly sheet: title, the issue line in two cells, header, rows, notes and signature. */
const MONTHLY_SHEET: SheetCell[][] = [
  ['苓溆县2026年1—4月主要经济指标', null, null, null, null, null],
  ['编报单位：苓溆县统计局', null, null, null, null, '2026年5月16日'],
  ['指标', '单位', '本月', '1—4月累计', '同比增长（%）', '全市位次'],
  ['规模以上工业总产值', '万元', '52310', '187420', '6.4', '2'],
  ['社会消费品零售总额', '万元', '21870', '83150', '4.7', '5'],
  ['一般公共预算收入', '万元', '2970', '16380', '3.2', ''],
  ['注：全市位次为增速在苕川市7个县（区）中的位次，空白为不参与排位。', null, null, null, null, null],
  ['苓溆县统计局', null, null, null, null, '2026年5月16日'],
];

describe('a sheet’s issue line (编报单位：… | date) over its header, in two cells (F2431)', () => {
  it('is a line over the table, so the header under it is read and the rows give their figures', () => {
    const report = sheetReport(MONTHLY_SHEET, 'monthly.xls');
    const levels = report.observations
      .filter((o) => o.measure === 'level' && o.indicatorCode === 'industrial-output')
      .map((o) => o.quantity?.value);
    expect(levels).toEqual([52310, 187420]);
    const growths = report.observations
      .filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toEqual([
      ['industrial-output', 6.4],
      ['retail-sales', 4.7],
      ['general-budget-revenue', 3.2],
    ]);
  });

  it('lets the rank column be read, of the note’s group', () => {
    const ranks = sheetReport(MONTHLY_SHEET, 'monthly.xls').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
    ]);
    expect(ranks).toEqual([
      ['industrial-output', 2, 7],
      ['retail-sales', 5, 7],
    ]);
  });

  it('keeps a two-cell row that is no issue line as the table’s first row', () => {
    const rows: SheetCell[][] = [
      ['苓溆县2026年1—4月主要经济指标', null, null],
      ['指标', '1—4月累计（万元）', '同比增长（%）'],
      ['社会消费品零售总额', '83150', '4.7'],
    ];
    const growths = sheetReport(rows, 'monthly.xls').observations.filter((o) => o.measure === 'growth');
    expect(growths.map((o) => o.quantity?.value)).toEqual([4.7]);
  });
});

const PRESS_CONFERENCE = [
  '芩陂旗召开2026年一季度经济运行情况新闻发布会',
  '4月20日，芩陂旗召开2026年一季度经济运行情况新闻发布会。',
  '一季度，全旗地区生产总值增长5.4%，规模以上工业增加值增长9.2%，固定资产投资增长10.3%，社会消费品零售总额增长6.1%。',
  '旗发改委负责人表示，今年全旗确定了地区生产总值增长5.5%左右、规模以上工业增加值增长9%以上、固定资产投资增长11%、社会消费品零售总额增长6%的主要预期目标。',
].join('\n');

describe('the year’s goals closed by 的主要预期目标 after 确定了, quoted at a press conference (F2432)', () => {
  const report = () => parsedReport(PRESS_CONFERENCE, { sourceName: 'news.html' });

  it('are the year’s targets with their comparators', () => {
    const targets = report().targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);
    expect(targets).toEqual([
      ['gdp', 'full-year', 5.5, 'approx'],
      ['industrial-value-added', 'full-year', 9, 'gte'],
      ['fixed-asset-investment', 'full-year', 11, 'eq'],
      ['retail-sales', 'full-year', 6, 'eq'],
    ]);
  });

  it('are no growths of the quarter: only the quarter’s own figures are', () => {
    const growths = report()
      .observations.filter((o) => o.measure === 'growth')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(growths).toEqual([
      ['gdp', 5.4],
      ['industrial-value-added', 9.2],
      ['fixed-asset-investment', 10.3],
      ['retail-sales', 6.1],
    ]);
  });
});

const DRAFT_REVIEW = [
  '芩陂旗人大常委会财政经济委员会关于2026年计划执行情况和2027年计划草案的审查结果报告',
  '一、关于2026年计划执行情况',
  '2026年，全旗地区生产总值增长5.6%，社会消费品零售总额增长6.2%。',
  '二、关于2027年计划草案',
  '财政经济委员会认为，计划草案提出的2027年全旗经济社会发展的主要预期目标是：',
  '——地区生产总值增长5.5%左右；',
  '——社会消费品零售总额增长6%。',
].join('\n');

describe('的主要预期目标 with no figure’s % before it (F2432)', () => {
  it('announces the list after it, which stays the next year’s targets', () => {
    const targets = parsedReport(DRAFT_REVIEW, { sourceName: 'review.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
    ]);
    expect(targets).toEqual([
      ['gdp', 'next-year', 5.5],
      ['retail-sales', 'next-year', 6],
    ]);
  });
});
