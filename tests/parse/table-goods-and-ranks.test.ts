// Tables whose rows are goods, whose rank columns follow two figures, whose header cells a page
// broke over two lines, and the lines that must not open or continue a table. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

/** Parses a report given line by line. */
const parseLines = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'table.txt' });

const tableObservations = (report: ReturnType<typeof parseLines>['report']) =>
  (report?.observations ?? [])
    .filter((o) => o.source === 'table')
    .map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value} ${o.quantity?.unit}`);

describe('a table of goods (产品 | 产量(万吨) | 比上年增长(%))', () => {
  it('reads a good only when it with the column measure names an indicator (粮食产量), no other row', () => {
    const { report } = parseLines(
      '苍梧县2022年国民经济和社会发展统计公报',
      '一、农业',
      '全年农林牧渔业总产值41.36亿元，比上年增长3.9%。',
      '表1　2022年主要农产品产量',
      '|',
      '产品',
      '|',
      '产量（万吨）',
      '|',
      '比上年增长（%）',
      '|',
      '粮食',
      '|',
      '12.57',
      '|',
      '1.8',
      '|',
      '油料',
      '|',
      '1.93',
      '|',
      '6.2',
      '|',
      '肉类',
      '|',
      '3.08',
      '|',
      '-2.4',
      '|',
      '二、工业',
      '全年规模以上工业增加值比上年增长5.1%。',
      '',
    );
    expect(report?.table?.rowCount).toBe(3);
    expect(tableObservations(report)).toEqual(['grain-output level 12.57 万吨', 'grain-output growth 1.8 %']);
    expect(report?.indicators.map((i) => i.code)).not.toContain(expect.stringMatching(/^x-/));
  });

  it('takes the goods from a caption (…主要畜产品产量) when the name column is headed 指标', () => {
    const { report } = parseLines(
      '岑溪县2019年国民经济和社会发展统计公报',
      '二、农业',
      '全年牧业产值18.42亿元，比上年增长2.6%。',
      '表2  2019年主要畜产品产量',
      '指标',
      '单位',
      '绝对数',
      '比上年增长（%）',
      '肉类',
      '万吨',
      '3.41',
      '-4.2',
      '　其中：猪肉',
      '万吨',
      '2.56',
      '-6.8',
      '禽蛋',
      '万吨',
      '0.87',
      '3.5',
      '牛奶',
      '吨',
      '642',
      '12.4',
      '',
      '三、工业',
      '全年规模以上工业增加值比上年增长6.3%。',
      '',
    );
    expect(report?.table?.caption).toContain('主要畜产品产量');
    expect(tableObservations(report)).toEqual([]);
    expect(report?.indicators.map((i) => i.code)).not.toContain(expect.stringMatching(/^x-/));
  });

  it('reads a tab table of goods under 品种 the same way', () => {
    const { report } = parseLines(
      '苍梧县2023年国民经济和社会发展统计公报',
      '一、农业',
      '品种\t总产量(万吨)\t增长(%)',
      '粮食\t12.9\t2.6',
      '蔬菜\t30.4\t4.1',
      '二、工业',
      '',
    );
    expect(tableObservations(report)).toEqual(['grain-output level 12.9 万吨', 'grain-output growth 2.6 %']);
  });
});

const placesTitle = '丑县2023年上半年国民经济和社会发展计划执行情况的报告';
const placeRanks = (report: ReturnType<typeof parseLines>['report']) =>
  (report?.rankings ?? []).map((k) => `${k.indicatorCode} #${k.rank} in ${k.scope}`);

describe('rank columns of a table of places after two or more figure columns', () => {
  it('reads 总量位次 | 增速位次 under one indicator: the level rank and the growth rank', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '附表：寅州市各县（市、区）主要指标',
      '地区\t地区生产总值\t\t\t\t规模以上工业增加值\t',
      '\t总量(亿元)\t增速(%)\t总量位次\t增速位次\t增速(%)\t位次',
      '卯县\t62.1\t4.1\t3\t2\t6.0\t4',
      '丑县\t58.7\t5.6\t4\t1\t7.2\t2',
      '二、下半年工作安排',
      '',
    );
    expect(tableObservations(report)).toEqual([
      'gdp level 58.7 亿元',
      'gdp growth 5.6 %',
      'industrial-value-added growth 7.2 %',
    ]);
    // The scope comes from the caption, not from 地区 at the head of 地区生产总值总量位次.
    expect(placeRanks(report)).toEqual([
      'gdp #4 in 寅州市',
      'gdp #1 in 寅州市',
      'industrial-value-added #2 in 寅州市',
    ]);
  });

  it('reads 全市位次 spanning 总量 | 增速 after a level and a bare 增速 column', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '地区\t地区生产总值(亿元)\t增速(%)\t全市位次\t',
      '\t\t\t总量\t增速',
      '卯县\t62.1\t4.1\t3\t2',
      '丑县\t58.7\t5.6\t4\t1',
      '二、下半年工作安排',
      '',
    );
    // 增速(%) right after 地区生产总值(亿元) is that indicator's growth.
    expect(tableObservations(report)).toEqual(['gdp level 58.7 亿元', 'gdp growth 5.6 %']);
    expect(placeRanks(report)).toEqual(['gdp #4 in 全市', 'gdp #1 in 全市']);
  });

  it('reads 总量 | 位次 | 增速 | 位次 in a table of places: each rank after its figure', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '附表：寅州市各县（市、区）主要指标',
      '地区\t地区生产总值(亿元)\t位次\t增速(%)\t位次',
      '卯县\t62.1\t3\t4.1\t2',
      '丑县\t58.7\t4\t5.6\t1',
      '二、下半年工作安排',
      '',
    );
    expect(tableObservations(report)).toEqual(['gdp level 58.7 亿元', 'gdp growth 5.6 %']);
    expect(placeRanks(report)).toEqual(['gdp #4 in 寅州市', 'gdp #1 in 寅州市']);
  });

  it('reads rank columns that name their indicator, after two indicators', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '附表：寅州市各县（市、区）主要指标',
      '县（市、区）\t地区生产总值增速(%)\t规上工业增加值增速(%)\t地区生产总值增速位次\t规上工业增加值增速位次',
      '卯县\t4.1\t6.0\t2\t3',
      '丑县\t5.6\t7.2\t1\t4',
      '二、下半年工作安排',
      '',
    );
    expect(placeRanks(report)).toEqual(['gdp #1 in 寅州市', 'industrial-value-added #4 in 寅州市']);
  });

  it('still reads no rank a bare 位次 after two indicators gives', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '县（市、区）\t地区生产总值增速(%)\t规上工业增加值增速(%)\t位次\t增速位次',
      '丑县\t5.6\t7.2\t1\t3',
      '二、下半年工作安排',
      '',
    );
    expect(placeRanks(report)).toEqual([]);
  });
});

describe('rank columns of an indicator table after two value groups', () => {
  it('reads 总量 | 位次 | 增速 | 位次: two ranks of the row, each where it is written', () => {
    const { report } = parseLines(
      '卯县2024年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '表1　卯县2024年1-6月主要经济指标',
      '指标名称\t单位\t总量\t全市位次\t增速(%)\t全市位次',
      '地区生产总值\t亿元\t58.7\t6\t5.6\t2',
      '一般公共预算收入\t亿元\t3.2\t5\t-1.4\t7',
      '二、下半年工作安排',
      '',
    );
    expect(tableObservations(report)).toEqual([
      'gdp level 58.7 亿元',
      'gdp growth 5.6 %',
      'general-budget-revenue level 3.2 亿元',
      'general-budget-revenue growth -1.4 %',
    ]);
    expect(placeRanks(report)).toEqual([
      'gdp #6 in 全市',
      'gdp #2 in 全市',
      'general-budget-revenue #5 in 全市',
      'general-budget-revenue #7 in 全市',
    ]);
  });
});

describe('a header cell broken over two lines in a table one cell a line', () => {
  const body = ['地区生产总值', '6%左右', '5.5%', '5.8%', '3', '固定资产投资', '8%', '7%', '-2.1%', '9'];
  const header = ['指标名称', '全年目标', '上级指导', '目标', '上半年完成', '全市', '排位'];
  const expectRead = (report: ReturnType<typeof parseLines>['report']) => {
    expect(report?.table?.columns.map((c) => [c.header, c.role])).toEqual([
      ['指标名称', 'indicator'],
      ['全年目标', 'target'],
      ['上级指导目标', 'guidance'],
      ['上半年完成', 'actual'],
      ['全市排位', 'rank'],
    ]);
    expect(tableObservations(report)).toEqual(['gdp growth 5.8 %', 'fixed-asset-investment growth -2.1 %']);
    expect(report?.targets.map((t) => `${t.indicatorCode} ${t.kind} ${t.value}`)).toEqual([
      'gdp target 6',
      'gdp guidance 5.5',
      'fixed-asset-investment target 8',
      'fixed-asset-investment guidance 7',
    ]);
    expect(placeRanks(report)).toEqual(['gdp #3 in 全市', 'fixed-asset-investment #9 in 全市']);
  };
  const opening = ['乙县2024年上半年国民经济和社会发展计划执行情况的报告', '一、上半年执行情况'];
  const caption = '表：乙县2024年上半年主要经济指标完成情况';
  const closing = ['二、下半年工作安排', ''];

  it('joins 上级指导 / 目标 and 全市 / 排位 when the cells follow each other line by line', () => {
    const { report, problems } = parseLines(...opening, caption, ...header, ...body, ...closing);
    expect(problems.filter((p) => /table/.test(p.code))).toEqual([]);
    expectRead(report);
  });

  it('joins them when blank lines part the cells but not the pieces', () => {
    const spaced = (cells: string[]) => cells.flatMap((c) => ['', c]);
    const broken = [
      '',
      '指标名称',
      '',
      '全年目标',
      '',
      '上级指导',
      '目标',
      '',
      '上半年完成',
      '',
      '全市',
      '排位',
    ];
    const { report } = parseLines(...opening, caption, ...broken, ...spaced(body), '', ...closing);
    expectRead(report);
  });

  it('keeps 全年目标 and 完成 apart: together they form no known header', () => {
    const { report } = parseLines(
      ...opening,
      caption,
      '指标名称',
      '全年目标',
      '完成',
      '地区生产总值',
      '6%',
      '5.8%',
      ...closing,
    );
    expect(report?.table?.columns.map((c) => c.header)).toEqual(['指标名称', '全年目标', '完成']);
  });
});

describe('lines that must not open or go on with a table', () => {
  it('reads a paragraph opening with 区域, 地区 or 县（市、区） as prose, whatever spaces it holds', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      '区域  协调发展迈出新步伐，全县地区生产总值完成58.7亿元，增长5.6%。',
      '地区\t发展态势良好，固定资产投资增长8.2%。',
      '县（市、区）  之间差距缩小，社会消费品零售总额增长4.1%。',
      '二、下半年工作安排',
      '',
    );
    expect(report?.table).toBeNull();
    expect(
      report?.observations.map((o) => `${o.source} ${o.indicatorCode} ${o.measure} ${o.quantity?.value}`),
    ).toEqual([
      'prose gdp level 58.7',
      'prose gdp growth 5.6',
      'prose fixed-asset-investment growth 8.2',
      'prose retail-sales growth 4.1',
    ]);
  });

  it.each([
    ['tab rows', '\t'],
    ['pipe rows', ' | '],
  ])('ends a table at 续表 over a header of its own (%s), which opens the next table', (_form, sep) => {
    const row = (...cells: string[]) => cells.join(sep);
    const { report, problems } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      row('指标名称', '全年目标', '上半年完成'),
      row('地区生产总值', '6%', '5.6%'),
      '续表',
      row('指标名称', '单位', '绝对值', '增速(%)'),
      row('固定资产投资', '亿元', '31.2', '8.2'),
      '二、下半年工作安排',
      '',
    );
    expect(problems.filter((p) => /table/.test(p.code))).toEqual([]);
    expect(tableObservations(report)).toEqual([
      'gdp growth 5.6 %',
      'fixed-asset-investment level 31.2 亿元',
      'fixed-asset-investment growth 8.2 %',
    ]);
  });

  it('ends a one-cell-a-line table at 续表 over another header', () => {
    const { report } = parseLines(
      placesTitle,
      '一、上半年经济运行情况',
      ...['指标名称', '全年目标', '上半年完成', '地区生产总值', '6%', '5.6%'],
      '续表',
      ...['指标名称', '单位', '绝对值', '增速(%)', '固定资产投资', '亿元', '31.2', '8.2'],
      '二、下半年工作安排',
      '',
    );
    expect(tableObservations(report)).toEqual([
      'gdp growth 5.6 %',
      'fixed-asset-investment level 31.2 亿元',
      'fixed-asset-investment growth 8.2 %',
    ]);
  });

  it('still goes on past 续表 over rows as wide as the table, and past its header typed again', () => {
    const rows = ['地区生产总值\t6%\t5.6%', '续表', '固定资产投资\t8%\t8.2%'];
    const header = '指标名称\t全年目标\t上半年完成';
    for (const body of [rows, [...rows.slice(0, 2), header, rows[2] ?? '']]) {
      const { report } = parseLines(
        placesTitle,
        '一、上半年经济运行情况',
        header,
        ...body,
        '二、下半年工作安排',
        '',
      );
      expect(report?.table?.rowCount).toBe(2);
    }
  });
});
