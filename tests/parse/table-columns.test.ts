// Columns whose header gives the unit of their cells: a level and its change side by side.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { columnUnit } from '../../src/parse/table-rows.js';

/** Parses a report given line by line. */
const parseLines = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'table.txt' });

describe('column units', () => {
  it.each([
    ['增长(%)', '%'],
    ['同比增长（%）', '%'],
    ['增速', '%'],
    ['增长%', '%'],
    ['1-6月完成(亿元)', '亿元'],
    ['1-6月完成', null],
    ['完成情况', null],
    ['备注(说明)', null],
    ['比上年同期增减(%)', '%'],
    ['增减±', '%'],
  ])('%s', (header, unit) => {
    expect(columnUnit(header)).toBe(unit);
  });

  it('reads a change column in % beside a level in the row unit', () => {
    const parsed = parseLines(
      '乙县2022年1—6月国民经济和社会发展计划执行情况的报告',
      '一、1—6月主要指标完成情况',
      '主要经济指标完成情况',
      '指标\t单位\t年度目标\t1-6月完成\t增长(%)',
      '地区生产总值\t亿元\t增长6%\t56.78\t-1.5',
      '二、下半年工作计划',
      '',
    ).report;
    const gdp = parsed?.observations.filter((o) => o.indicatorCode === 'gdp' && o.source === 'table');
    expect(gdp?.map((o) => [o.measure, o.quantity?.value, o.quantity?.unit])).toEqual([
      ['level', 56.78, '亿元'],
      ['growth', -1.5, '%'],
    ]);
    expect(parsed?.targets.find((t) => t.indicatorCode === 'gdp')?.attainment).toBe('missed');
  });

  it('reads a column of the share of the plan done as a share, not a target; 全市 is no parent region', () => {
    const parsed = parseLines(
      '庚县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年主要经济指标完成情况',
      '指标名称\t单位\t全年目标\t1-6月完成\t同比增长(%)\t完成年度目标进度(%)\t全市排名',
      '固定资产投资\t亿元\t增长10%\t35.6\t-4.1\t48.5\t5',
      '一般公共预算收入\t亿元\t5.2\t2.9\t6.3\t55.8\t4',
      '',
    ).report;
    const row = (code: string) =>
      parsed?.observations
        .filter((o) => o.indicatorCode === code)
        .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);
    expect(row('fixed-asset-investment')).toEqual([
      ['level', 35.6, '亿元'],
      ['growth', -4.1, '%'],
      ['share', 48.5, '%'],
    ]);
    expect(row('general-budget-revenue')).toContainEqual(['share', 55.8, '%']);
    expect(parsed?.targets.map((t) => [t.indicatorCode, t.text])).toEqual([
      ['fixed-asset-investment', '增长10%'],
      ['general-budget-revenue', '5.2'],
    ]);
    expect(parsed?.rankings.map((r) => [r.rank, r.scope])).toEqual([
      [5, '全市'],
      [4, '全市'],
    ]);
    expect(parsed?.meta.parentRegion).toBeNull();
  });

  it('reads a dense one-cell-per-line table headed by its period, blank lines as empty cells', () => {
    const parsed = parseLines(
      '丙县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '表1 主要经济指标',
      ...['指标', '2023年目标', '上半年', '增幅', '排位'],
      ...['地区生产总值', '6.5%', '45.2亿元', '5.6%', '第三'],
      ...['规模以上工业增加值', '8%', '', '8.1%', '第2'],
      ...['固定资产投资', '12%', '', '12.5%', '—'],
      '二、下半年工作安排',
      '',
    );
    expect(parsed.problems).toEqual([]);
    const report = parsed.report;
    expect(report?.table?.columns.map((c) => c.role)).toEqual([
      'indicator',
      'target',
      'actual',
      'actual',
      'rank',
    ]);
    const actual = (code: string) =>
      report?.observations
        .filter((o) => o.indicatorCode === code && o.source === 'table')
        .map((o) => o.quantity?.raw);
    expect(actual('gdp')).toEqual(['45.2亿元', '5.6%']);
    expect(actual('industrial-value-added')).toEqual(['8.1%']);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['gdp', 3],
      ['industrial-value-added', 2],
    ]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.attainment])).toEqual([
      ['gdp', 'missed'],
      ['industrial-value-added', 'met'],
      ['fixed-asset-investment', 'met'],
    ]);
  });

  it('keeps a row that lost its empty cells from swallowing the next indicator', () => {
    const parsed = parseLines(
      '丁县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '主要指标完成情况',
      '',
      '指标名称',
      '',
      '全年目标',
      '',
      '上半年完成',
      '',
      '排名',
      '',
      '规模以上工业增加值',
      '',
      '8%',
      '',
      '8.1%',
      '',
      '固定资产投资',
      '',
      '10%',
      '',
      '12.5%',
      '',
      '4',
      '二、下半年工作安排',
      '',
    );
    expect(parsed.problems.map((p) => p.code)).toEqual(['short-table-row']);
    expect(parsed.report?.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([
      ['fixed-asset-investment', 4],
    ]);
    expect(parsed.report?.targets.map((t) => [t.indicatorCode, t.attainment])).toEqual([
      ['industrial-value-added', 'met'],
      ['fixed-asset-investment', 'met'],
    ]);
  });

  it('reads past a leading serial-number column, with or without a caption', () => {
    for (const caption of ['表：主要经济指标完成情况', '']) {
      const parsed = parseLines(
        '己县2024年1至6月国民经济和社会发展计划执行情况的报告',
        '一、1至6月计划执行情况',
        ...(caption ? [caption] : []),
        '序号\t指标名称\t计量单位\t全年目标\t1-6月完成\t同比增长(%)',
        '1\t地区生产总值\t亿元\t增长6.5%\t32.1\t4.8',
        '2\t实际利用外资（万美元）\t\t3000\t1850\t12.3',
        '二、下半年工作重点',
        '',
      );
      expect(parsed.problems, caption).toEqual([]);
      expect(
        parsed.report?.observations
          .filter((o) => o.source === 'table')
          .map((o) => [o.indicatorCode, o.quantity?.raw]),
        caption,
      ).toEqual([
        ['gdp', '32.1'],
        ['gdp', '4.8'],
        ['foreign-investment', '1850'],
        ['foreign-investment', '12.3'],
      ]);
    }
  });

  it('reads a one-cell-per-line table that numbers its rows', () => {
    const cells = [
      ...['序号', '指标', '年度目标', '市下达目标', '前三季度', '全市排名'],
      ...['1', '地区生产总值', '7%', '6.5%', '2.1%', '5'],
      ...['2', '固定资产投资', '10%', '9%', '-3.2%', '—'],
    ];
    const parsed = parseLines(
      '辛县2020年前三季度国民经济和社会发展计划执行情况的报告',
      '一、前三季度执行情况',
      '主要指标完成情况表',
      ...cells.flatMap((cell) => ['', cell]),
      '',
      '二、第四季度工作安排',
      '',
    );
    expect(parsed.problems).toEqual([]);
    const report = parsed.report;
    expect(report?.table?.columns.map((c) => c.role)).toEqual([
      'other',
      'indicator',
      'target',
      'guidance',
      'actual',
      'rank',
    ]);
    expect(report?.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['gdp', 2.1],
      ['fixed-asset-investment', -3.2],
    ]);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 5, '全市']]);
  });
});

describe('two header rows', () => {
  it('joins a sub-header row to the cells spanning it (1-6月 over 绝对值 | 增速)', () => {
    const { report, problems } = parseLines(
      '丁县2022年1-6月国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '表：主要经济指标完成情况',
      '指标\t单位\t全年目标\t1-6月\t',
      '\t\t\t绝对值\t增速(%)',
      '地区生产总值\t亿元\t6.5%\t88.12\t4.1',
      '全社会用电量\t亿千瓦时\t8%\t12.6\t9.5',
      '',
    );
    expect(problems).toEqual([]);
    expect(report?.table?.columns.map((c) => [c.header, c.role])).toEqual([
      ['指标', 'indicator'],
      ['单位', 'other'],
      ['全年目标', 'target'],
      ['1-6月绝对值', 'actual'],
      ['1-6月增速(%)', 'actual'],
    ]);
    expect(
      report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]),
    ).toEqual([
      ['gdp', 'level', 88.12, '亿元'],
      ['gdp', 'growth', 4.1, '%'],
      ['electricity-consumption', 'level', 12.6, '亿千瓦时'],
      ['electricity-consumption', 'growth', 9.5, '%'],
    ]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.attainment])).toEqual([
      ['gdp', 'missed'],
      ['electricity-consumption', 'met'],
    ]);
  });
});

describe('actual cells in words or with a note', () => {
  it('reads 持平 as a growth of 0% and drops a closing note such as (预计)', () => {
    const { report, problems } = parseLines(
      '壬县2020年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '指标名称\t全年预期目标\t上半年完成情况',
      '地区生产总值\t增长6.5%左右\t下降2.0%',
      '一般公共预算收入\t与经济增长同步\t持平',
      '规模以上工业增加值\t7%\t同比增长9.2%（预计）',
      '',
    );
    expect(problems).toEqual([]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.attainment, t.attainmentReason])).toEqual([
      ['gdp', 'missed', 'actual -2 < target 6.5'],
      ['general-budget-revenue', 'met', 'actual 0 >= GDP growth -2'],
      ['industrial-value-added', 'met', 'actual 9.2 >= target 7'],
    ]);
  });
});

describe('change columns', () => {
  it('reads 比上年同期增减(%) and ±% columns as growth', () => {
    const report = parseLines(
      '甲县2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '指标\t单位\t1—6月\t比上年同期增减(%)',
      '地区生产总值\t亿元\t56.7\t4.2',
      '固定资产投资\t亿元\t20.1\t-3.5',
      '',
    ).report;
    expect(
      report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.quantity?.unit]),
    ).toEqual([
      ['gdp', 'level', 56.7, '亿元'],
      ['gdp', 'growth', 4.2, '%'],
      ['fixed-asset-investment', 'level', 20.1, '亿元'],
      ['fixed-asset-investment', 'growth', -3.5, '%'],
    ]);
  });
});

describe('rank cells', () => {
  it('reads 3/8 as third of eight', () => {
    const { report, problems } = parseLines(
      '丁县2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '指标\t全年目标\t上半年完成\t全市排名',
      '地区生产总值\t6.5%\t4.1%\t3/8',
      '',
    );
    expect(problems).toEqual([]);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 3, 8, '全市'],
    ]);
  });

  it('takes the group size from a note under the table', () => {
    const report = parseLines(
      '丁县2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '指标\t全年目标\t上半年完成\t全市排名',
      '地区生产总值\t6.5%\t4.1%\t3',
      '固定资产投资\t10%\t12.1%\t1',
      '注：排名为全市６个县（市、区）排名。',
      '',
    ).report;
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 3, 6],
      ['fixed-asset-investment', 1, 6],
    ]);
  });

  it('reads a 位次 header spanning 总量 and 增速, the parent named in the note', () => {
    const report = parseLines(
      '苇塘县2023年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年执行情况',
      '单位：亿元、元、%',
      '指标名称\t全年目标\t上半年完成\t\t全市位次\t',
      '\t\t绝对值\t同比增长\t总量\t增速',
      '地区生产总值\t7\t61.25\t5.2\t6\t2',
      '城镇常住居民人均可支配收入\t6\t19870\t5.8\t1\t7',
      '注：位次为在蓬泽市7个县（市、区）中的排位。',
      '',
    ).report;
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 6, 7, '蓬泽市'],
      ['gdp', 2, 7, '蓬泽市'],
      ['urban-disposable-income-per-capita', 1, 7, '蓬泽市'],
      ['urban-disposable-income-per-capita', 7, 7, '蓬泽市'],
    ]);
    // 单位：亿元、元、%: the income's level is in 元, the listed unit its indicator is reported in.
    const levels = report?.observations.filter((o) => o.source === 'table' && o.measure === 'level');
    expect(levels?.map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit])).toEqual([
      ['gdp', 61.25, '亿元'],
      ['urban-disposable-income-per-capita', 19870, '元'],
    ]);
  });
});

describe('tables flattened with spaced-out names or bare column rules', () => {
  it('reads a one-cell-per-line table whose header names are spaced out (指 标, 绝 对 数)', () => {
    const parsed = parseLines(
      '岚坪县2019年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '附表：岚坪县2019年上半年主要经济指标',
      '指 标',
      '单 位',
      '绝 对 数',
      '比上年同期增长（%）',
      '一般公共预算收入',
      '亿元',
      '3.62',
      '-4.8',
      '二、下半年工作安排',
    ).report;
    expect(
      parsed?.observations.map((o) => [
        o.indicatorCode,
        o.source,
        o.measure,
        o.quantity?.value,
        o.quantity?.unit,
      ]),
    ).toEqual([
      ['general-budget-revenue', 'table', 'level', 3.62, '亿元'],
      ['general-budget-revenue', 'table', 'growth', -4.8, '%'],
    ]);
    expect(parsed?.facts).toEqual([]);
  });

  it('reads a table flattened one cell per line with a bare | between the cells', () => {
    const parsed = parseLines(
      '岚坪县2022年国民经济和社会发展统计公报',
      '一、农业',
      '表1　2022年主要农产品产量',
      '|',
      '产品',
      '|',
      '产量（万吨）',
      '|',
      '比上年增长（%）',
      '|',
      '油料',
      '|',
      '1.92',
      '|',
      '6.4',
      '|',
      '二、工业',
    ).report;
    expect(parsed?.table?.rowCount).toBe(1);
    expect(parsed?.facts).toEqual([]);
  });

  it('reads a target set by the county itself under the full-year cell (全年目标 over 市下达 | 县定)', () => {
    const { report, problems } = parseLines(
      '丁县2022年1-6月国民经济和社会发展计划执行情况的报告',
      '表：主要经济指标完成情况',
      '指标名称\t全年目标\t\t1-6月增速',
      '\t市下达\t县定\t',
      '地区生产总值\t6%\t6.5%\t4.1',
      '',
    );
    expect(problems).toEqual([]);
    expect(report?.table?.columns.map((c) => [c.header, c.role])).toEqual([
      ['指标名称', 'indicator'],
      ['全年目标市下达', 'guidance'],
      ['全年目标县定', 'target'],
      ['1-6月增速', 'actual'],
    ]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.kind, t.value])).toEqual([
      ['gdp', 'guidance', 6],
      ['gdp', 'target', 6.5],
    ]);
  });
});

describe('pipe tables from monitoring pages (seventh and eighth held-out batches)', () => {
  it('reads the name column after a category column whose cell only the first row of a group keeps', () => {
    const { report, problems } = parseLines(
      '甲县2021年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '表1　甲县2021年上半年主要指标',
      '类别 | 指标 | 单位 | 年计划 | 1-6月 | 同比增长(%) |',
      '工业投资 | 1.固定资产投资 | 亿元 | 50.0 | 22.4 | 9.1 |',
      '2.工业投资[2] | 亿元 | 20 | 8.8 | 14.2 | |',
      '财政 | (3)一般公共预算收入 | 亿元 | 6.5 | 3.4 | 5.5 |',
      '4.税收收入① | % | 6 | — | 7.2 | |',
      '[2]工业投资含技改投资。',
      '',
    );
    expect(problems).toEqual([]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.value, t.unit])).toEqual([
      ['fixed-asset-investment', 50, '亿元'],
      ['industrial-investment', 20, '亿元'],
      ['general-budget-revenue', 6.5, '亿元'],
      ['tax-revenue', 6, '%'],
    ]);
    expect(
      report?.observations
        .filter((o) => o.source === 'table')
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['fixed-asset-investment', 'level', 22.4],
      ['fixed-asset-investment', 'growth', 9.1],
      ['industrial-investment', 'level', 8.8],
      ['industrial-investment', 'growth', 14.2],
      ['general-budget-revenue', 'level', 3.4],
      ['general-budget-revenue', 'growth', 5.5],
      ['tax-revenue', 'growth', 7.2],
    ]);
  });

  it('joins a header and a row broken over two lines, and reads two tiers of one target cell', () => {
    const { report } = parseLines(
      '乙区2022年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年计划执行情况',
      '| 指标 | 单位 | 年度目标 | 1-6月完成 | 同比增长（%） | 增速全省',
      '排名 |',
      '| 固定资产投资 | 亿元 | 增长9%（确保）',
      '增长12%（奋斗） | 41.3 | 10.4 | 6 |',
      '| 一般公共预算收入 | 亿元 | 7.5亿元 | 3.9 | 2.2 | 11 |',
      '',
    );
    expect(report?.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.attainment])).toEqual([
      ['fixed-asset-investment', 9, '%', 'met'],
      ['fixed-asset-investment', 12, '%', 'missed'],
      ['general-budget-revenue', 7.5, '亿元', 'unknown'],
    ]);
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([
      ['fixed-asset-investment', 6, '全省'],
      ['general-budget-revenue', 11, '全省'],
    ]);
  });
});

describe('a row named with the level of government (区级一般公共预算收入(亿元))', () => {
  it('is the catalogue indicator, its full-year goal and its actual', () => {
    const parsed = parseLines(
      '戊区2024年上半年国民经济和社会发展计划执行情况的报告',
      '戊区2024年上半年主要指标完成情况',
      '指标',
      '全年预期目标',
      '上半年完成',
      '县级一般公共预算收入(亿元)',
      '42',
      '23.5',
      '',
    ).report;
    expect(
      parsed?.observations
        .filter((o) => o.source === 'table')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['general-budget-revenue', 23.5]]);
    expect(parsed?.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['general-budget-revenue', 'full-year', 42],
    ]);
  });
});

describe('a plan-and-draft report’s table of this year’s estimates and next year’s plan', () => {
  it('reads 预计 as the estimated actual, 2009年计划 and the growth beside it as next-year goals', () => {
    const parsed = parseLines(
      '关于丙县2008年国民经济和社会发展计划执行情况及2009年计划草案的报告',
      '附表　丙县2009年主要经济指标计划',
      '指标',
      '单位',
      '2008年预计',
      '2009年计划',
      '比上年增长%',
      '全县生产总值',
      '亿元',
      '48.20',
      '53.50',
      '11',
      '本县财政总收入',
      '亿元',
      '4.06',
      '4.67',
      '15',
      '',
    ).report;
    const table = (code: string) => ({
      actual: parsed?.observations
        .filter((o) => o.indicatorCode === code && o.source === 'table')
        .map((o) => [o.measure, o.quantity?.value]),
      targets: parsed?.targets
        .filter((t) => t.indicatorCode === code)
        .map((t) => [t.horizon, t.value, t.unit, t.comparator]),
    });
    expect(table('gdp')).toEqual({
      actual: [['level', 48.2]],
      targets: [
        ['next-year', 53.5, '亿元', 'eq'],
        ['next-year', 11, '%', 'eq'],
      ],
    });
    expect(table('fiscal-total-revenue')).toEqual({
      actual: [['level', 4.06]],
      targets: [
        ['next-year', 4.67, '亿元', 'eq'],
        ['next-year', 15, '%', 'eq'],
      ],
    });
  });

  it('keeps a growth column beside this year’s plan an actual', () => {
    const parsed = parseLines(
      '丁县2008年国民经济和社会发展计划执行情况的报告',
      '指标\t单位\t2008年计划\t比上年增长%',
      '地区生产总值\t亿元\t53.50\t11',
      '',
    ).report;
    expect(
      parsed?.observations.filter((o) => o.source === 'table').map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([['growth', 11]]);
  });
});
