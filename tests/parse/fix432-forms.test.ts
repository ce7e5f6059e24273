// Forms held-out-432 showed (a 发改局's key-project schedule PDF cut over a page, a 7月 indicator sheet with a 注, a
// 统计局 analysis restating the year's goals), in rows and sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { gridLine, layoutTexts, pagesTexts } from '../helpers/pdf-items.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const SIZE = 10;
/** Each column's x range; every cell is set from its column's left edge. */
const COLUMNS: Array<[number, number]> = [
  [100, 112],
  [150, 214],
  [226, 250],
  [262, 290],
  [302, 366],
  [398, 422],
];

/** A row's cells, each set from its column's left edge, an em per character (a digit or Latin letter half an em). */
const line = gridLine(COLUMNS, SIZE, 'left');
const HEADER = ['序号', '项目名称', '性质', '总投资', '形象进度', '完成%'];

describe('F9031 a wrapped cell line opening with a figure and its % (pdf-cell-wrap.ts)', () => {
  it('goes on with the row above: 40% never breaks, so it did not fit after the line above', () => {
    const blocks = layoutTexts([
      ...line(720, ...HEADER),
      ...line(700, '1', '河东污水处理', '新建', '7600', '厂区土建工程', '46.3'),
      ...line(685, '', '厂及配套管网', '', '', '完成七成', ''),
      ...line(670, '', '一期工程', '', '', '40%，管网铺', ''),
      ...line(655, '', '', '', '', '设5公里', ''),
      ...line(645, '2', '河西新区道路', '续建', '15400', '路基成型', '57.7'),
      ...line(615, '3', '北山公路改建', '续建', '9600', '路面硬化', '67.6'),
      ...line(585, '4', '南湖水库加固', '续建', '5800', '主体完工', '61.7'),
    ]);
    expect(blocks).toEqual([
      [
        HEADER,
        [
          '1',
          '河东污水处理厂及配套管网一期工程',
          '新建',
          '7600',
          '厂区土建工程完成七成40%，管网铺设5公里',
          '46.3',
        ],
        ['2', '河西新区道路', '续建', '15400', '路基成型', '57.7'],
        ['3', '北山公路改建', '续建', '9600', '路面硬化', '67.6'],
        ['4', '南湖水库加固', '续建', '5800', '主体完工', '61.7'],
      ],
    ]);
  });
});

describe('F9032 a section row under the rest of a row the page cut (pdf-page-break.ts)', () => {
  it('is a row of its own, its wrapped heading joined, not glued onto the cut row', () => {
    const blocks = pagesTexts([
      [
        ...line(720, ...HEADER),
        ...line(700, '', '一、工业项目'),
        ...line(680, '1', '甲园标准厂房', '续建', '12600', '主体完工', '62.4'),
        ...line(650, '2', '乙厂技术改造', '续建', '9200', '已试产', '100.0'),
        ...line(635, '', '三期扩能改', '', '', '', ''),
      ],
      [
        ...line(720, ...HEADER),
        ...line(700, '', '造项目', '', '', '', ''),
        ...line(685, '', '二、基础设', '', '', '', ''),
        ...line(670, '', '施项目', '', '', '', ''),
        ...line(655, '3', '丙路改建工程', '续建', '26800', '路基完成', '62.7'),
        ...line(625, '4', '丁站输变电', '新建', '4800', '土建施工', '44.0'),
        ...line(595, '5', '戊镇供水工程', '续建', '3900', '管网铺设', '65.0'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        HEADER,
        ['', '一、工业项目', '', '', '', ''],
        ['1', '甲园标准厂房', '续建', '12600', '主体完工', '62.4'],
        ['2', '乙厂技术改造三期扩能改造项目', '续建', '9200', '已试产', '100.0'],
        ['', '二、基础设施项目', '', '', '', ''],
        ['3', '丙路改建工程', '续建', '26800', '路基完成', '62.7'],
        ['4', '丁站输变电', '新建', '4800', '土建施工', '44.0'],
        ['5', '戊镇供水工程', '续建', '3900', '管网铺设', '65.0'],
      ],
    ]);
  });
});

describe('F9033 填报单位：… 单位：万元 over a schedule (table.ts)', () => {
  it('gives the table its unit after the filer', () => {
    const report = parsedReport(
      [
        '岑县2012年1—6月重点项目建设进度表',
        '填报单位：岑县发展和改革局  单位：万元',
        '序号\t项目名称\t总投资\t年计划\t1—6月完成\t占年计划%',
        '1\t岑县城北供水厂\t5400\t2000\t1260\t63.0',
        '2\t岑县南环路改建工程\t8800\t3000\t1350\t45.0',
      ].join('\n'),
      { sourceName: 'fix432.txt' },
    );
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['岑县城北供水厂', 54_000_000, 12_600_000],
      ['岑县南环路改建工程', 88_000_000, 13_500_000],
    ]);
  });
});

describe('F9034, F9035 a note sending 甲及城乡居民收入 to the half year (table-row-period.ts)', () => {
  it('reads the names joined by 及 apart, and 农民人均现金收入 as one of the incomes', () => {
    const report = sheetReport([
      ['岑县2012年8月主要经济指标'],
      ['指标', '单位', '1—8月累计', '同比增长%'],
      ['规模以上工业增加值', '亿元', 6.42, 12.5],
      ['第一产业增加值', '亿元', 2.15, 4.1],
      ['城镇居民人均可支配收入', '元', 8215, 10.3],
      ['农民人均现金收入', '元', 3126, 12.8],
      ['注：第一产业增加值及城乡居民收入为上半年数据。'],
    ]);
    const periods = report.observations
      .filter((o) => o.measure === 'level')
      .map((o) => [o.indicatorName, o.period ?? null]);
    expect(periods).toEqual([
      ['规模以上工业增加值', null],
      ['第一产业增加值', '2012-H1'],
      ['城镇居民人均可支配收入', '2012-H1'],
      ['农民人均现金收入', '2012-H1'],
    ]);
  });
});

describe('F9036 goals closed by 的保增长目标 (prose-target-goal-cues.ts)', () => {
  it('reads each goal of the list before it', () => {
    const report = parsedReport(
      [
        '岑县2012年1—8月经济运行简析',
        '四季度是完成全年任务的关键。对照县委确定的全年生产总值增长11%、规模工业增加值增长15%以上的保增长目标，全县仍须加倍努力。',
      ].join('\n'),
      { sourceName: 'fix432.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual([
      ['gdp', 'full-year', 11, 'eq'],
      ['industrial-value-added', 'full-year', 15, 'gte'],
    ]);
  });
});
