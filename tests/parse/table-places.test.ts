// Tables of places (one row a county) read for the report's own place only, and table lines a page
// broke inside a cell. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { cellRankChange } from '../../src/parse/table-rows.js';

/** Parses a report given line by line. */
const parseLines = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'table.txt' });

const title = '丑县2023年上半年国民经济和社会发展计划执行情况的报告';
const tableRows = (report: ReturnType<typeof parseLines>['report']) => ({
  observations: (report?.observations ?? [])
    .filter((o) => o.source === 'table')
    .map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value} ${o.quantity?.unit}`),
  rankings: (report?.rankings ?? []).map((k) => `${k.indicatorCode} #${k.rank} in ${k.scope} Δ${k.change}`),
});

describe('a table of places', () => {
  it("reads the report's own place's row by the column headers, and no other row", () => {
    const { report } = parseLines(
      title,
      '一、上半年经济运行情况',
      '上半年，全县经济运行总体平稳。',
      '附表：寅州市各县（市、区）主要指标',
      '地区\t地区生产总值(亿元)\t地区生产总值增速(%)\t位次\t人口(万人)',
      '全市\t410.5\t5.0\t—\t88',
      '卯县\t62.1\t4.1\t3\t20',
      '丑县\t58.7\t5.6\t1\t18',
      '辰区\t70.2\t4.8\t2\t25',
      '二、下半年工作安排',
      '',
    );
    expect(tableRows(report)).toEqual({
      observations: ['gdp level 58.7 亿元', 'gdp growth 5.6 %'],
      rankings: ['gdp #1 in 寅州市 Δnull'],
    });
  });

  it('reads no rank after two indicators, nor anything when the own place has no row', () => {
    const ranked = parseLines(
      title,
      '一、上半年经济运行情况',
      '县（市、区）\t地区生产总值增速(%)\t规上工业增加值增速(%)\t位次',
      '卯县\t4.1\t6.0\t2',
      '丑\t5.6\t7.2\t1',
      '二、下半年工作安排',
      '',
    ).report;
    expect(tableRows(ranked)).toEqual({
      observations: ['gdp growth 5.6 %', 'industrial-value-added growth 7.2 %'],
      rankings: [],
    });
    const absent = parseLines(
      title,
      '一、上半年经济运行情况',
      '地区\t地区生产总值增速(%)\t位次',
      '卯县\t4.1\t2',
      '辰区\t5.6\t1',
      '二、下半年工作安排',
      '',
    ).report;
    expect(tableRows(absent)).toEqual({ observations: [], rankings: [] });
  });
});

describe('columns beside the figures', () => {
  it.each([
    ['上升2位', 2],
    ['前移1位', 1],
    ['↑2', 2],
    ['下降一位', -1],
    ['-1', -1],
    ['持平', 0],
    ['3', null],
  ])('reads the rank move %s', (cell, change) => {
    expect(cellRankChange(cell)).toBe(change);
  });

  it('reads a rank-change column into the rank and a 时序进度 column as nothing', () => {
    const { report } = parseLines(
      title,
      '一、上半年主要经济指标完成情况',
      '指标名称\t1-6月完成(亿元)\t增长(%)\t时序进度\t全市排位\t较一季度位次变化',
      '地区生产总值\t58.7\t5.6\t50\t3\t上升2位',
      '二、下半年工作安排',
      '',
    );
    expect(tableRows(report)).toEqual({
      observations: ['gdp level 58.7 亿元', 'gdp growth 5.6 %'],
      rankings: ['gdp #3 in 全市 Δ2'],
    });
  });

  it("reads a 位次较1—7月 column of 前移/持平/后移 as the rank's move", () => {
    const { report } = parseLines(
      title,
      '一、上半年主要经济指标完成情况',
      '指标\t单位\t1—6月\t同比增长(%)\t增速全市排位\t位次较1—5月',
      '社会消费品零售总额\t亿元\t41.3\t6.2\t7\t持平',
      '财政总收入\t亿元\t12.05\t3.9\t4\t后移2位',
      '二、下半年工作安排',
      '',
    );
    expect(tableRows(report).rankings).toEqual([
      'retail-sales #7 in 全市 Δ0',
      'fiscal-total-revenue #4 in 全市 Δ-2',
    ]);
  });
});

describe('lines a page broke inside a cell', () => {
  it('joins a header cell and a row name broken over two lines', () => {
    const { report } = parseLines(
      title,
      '一、上半年主要经济指标完成情况',
      '指标名称\t单位\t全年',
      '目标\t1-6月完成\t增长(%)',
      '城镇常住居民人均可',
      '支配收入\t元\t增长6%\t21850\t6.1',
      '社会消费品零售总额\t亿元\t增长7%\t30.2\t持平',
      '二、下半年工作安排',
      '',
    );
    expect(tableRows(report).observations).toEqual([
      'urban-disposable-income-per-capita level 21850 元',
      'urban-disposable-income-per-capita growth 6.1 %',
      'retail-sales level 30.2 亿元',
      'retail-sales growth 0 %',
    ]);
    expect(report?.targets.map((t) => `${t.indicatorCode} ${t.value}${t.unit}`)).toEqual([
      'urban-disposable-income-per-capita 6%',
      'retail-sales 7%',
    ]);
  });
});
