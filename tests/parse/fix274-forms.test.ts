// Forms the held-out batches 273 and 274 showed the parser missed (session 39, branch fix274). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { type SheetCell, workbookResult } from '../../src/ingest/sheet-blocks.js';
import { XLSX_MEDIA_TYPE } from '../../src/ingest/xlsx.js';
import { parseDocument } from '../../src/parse/index.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county bureau's 快报 sheet whose issue line is labelled 编制单位： and dated in a later cell. */
const FLASH_SHEET: SheetCell[][] = [
  ['甲县2026年1—8月主要经济指标快报', null, null, null, null],
  ['编制单位：甲县统计局', null, null, '2026年9月14日', null],
  ['指标名称', '单位', '1—8月', '同比增长(%)', '全市位次'],
  ['规模以上工业总产值', '亿元', '73.64', '5.2', '3'],
  ['社会消费品零售总额', '亿元', '41.27', '4.9', '—'],
  ['注：全市位次为增速在乙市6个县（区）中的排位。', null, null, null, null],
];

describe('a sheet’s issue line labelled 编制单位： over its header (F5641, ingest/sheet-blocks)', () => {
  it('is a line over the table, so the header under it is read and the rows give their figures', () => {
    const report = sheetReport(FLASH_SHEET, 'flash.xls');
    const figures = report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ['industrial-output', 'level', 73.64],
        ['industrial-output', 'growth', 5.2],
        ['retail-sales', 'level', 41.27],
        ['retail-sales', 'growth', 4.9],
      ]),
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['industrial-output', 3]]);
  });
});

/** The same 快报 with a rank for each row and a note telling two rows' moves against the last issue. */
const MOVES_SHEET: SheetCell[][] = [
  ['甲县2026年1—8月主要经济指标快报', null, null, null, null],
  ['指标名称', '单位', '1—8月', '同比增长(%)', '全市位次'],
  ['规模以上工业总产值', '亿元', '73.64', '5.2', '3'],
  ['社会消费品零售总额', '亿元', '41.27', '4.9', '5'],
  ['固定资产投资', '%', '—', '2.8', '4'],
  ['注：1.全市位次为增速在乙市6个县（区）中的排位。', null, null, null, null],
  [
    '2.规模以上工业总产值增速位次较1—7月前移2位，社会消费品零售总额增速位次较1—7月后移1位。',
    null,
    null,
    null,
    null,
  ],
];

describe('a 快报 note telling named rows’ rank moves (F5642, parse/table-note-moves)', () => {
  it('gives each named row’s table rank its move, and none to a row it does not name', () => {
    const ranks = sheetReport(MOVES_SHEET, 'flash.xls').rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.change,
    ]);
    expect(ranks).toEqual([
      ['industrial-output', 3, 2],
      ['retail-sales', 5, -1],
      ['fixed-asset-investment', 4, null],
    ]);
  });
});

/** A 分行业 sheet whose value column says 产值 alone (not 总产值), its first row the industries' total. */
const BRANCH_SHEET: SheetCell[][] = [
  ['甲县2026年1—8月规模以上工业分行业产值', null, null, null],
  ['行业名称', '1—8月产值（亿元）', '同比增长(%)', '占规上工业比重(%)'],
  ['规模以上工业合计', '73.64', '5.2', '100.0'],
  ['纺织业', '12.31', '3.6', '16.7'],
];

describe('a by-industry sheet’s 规模以上工业合计 row under a header naming 产值 (F5643, parse/table-part-measure)', () => {
  it('is the industrial output itself, not an industry of its own', () => {
    const { document } = workbookResult(
      [
        { name: '主要指标', rows: FLASH_SHEET },
        { name: '分行业', rows: BRANCH_SHEET },
      ],
      'xlsx',
      XLSX_MEDIA_TYPE,
    );
    if (!document) throw new Error('no document');
    const { report } = parseDocument(document, { sourceName: 'flash.xlsx', sha256: '0' });
    if (!report) throw new Error('no report');
    const whole = report.observations
      .filter((o) => o.indicatorCode === 'industrial-output')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(whole).toEqual(
      expect.arrayContaining([
        ['level', 73.64],
        ['growth', 5.2],
      ]),
    );
    expect(report.observations.some((o) => o.indicatorName.includes('合计'))).toBe(false);
  });
});

/** A county government's report on handling the committee's opinion on the half-year plan, written in autumn. */
const HANDLING_REPORT = [
  '甲县人民政府关于县人大常委会对2026年上半年国民经济和社会发展计划执行情况审议意见研究处理情况的报告',
  '——2026年10月22日在甲县第九届人民代表大会常务委员会第十一次会议上',
  '2026年8月25日，县九届人大常委会第九次会议听取和审议了县人民政府关于2026年上半年国民经济和社会发展计划执行情况的报告，并形成了审议意见。前三季度全县实现地区生产总值231.47亿元，同比增长5.7%。',
  '一、关于“稳住工业增长”的意见',
  '1—9月，全县规模以上工业增加值同比增长7.4%，比上半年加快0.9个百分点。',
  '二、关于“扩大有效投资”的意见',
  '1—9月，全县固定资产投资同比增长3.9%，比上半年提高1.2个百分点。',
].join('\n');

/** A county portal's news of the sitting that heard such a handling report. */
const HANDLING_NEWS = [
  '县九届人大常委会举行第十二次会议',
  '发布日期：2026-10-24',
  '10月23日上午，县九届人大常委会举行第十二次会议。',
  '会议听取和审议了县人民政府关于县人大常委会对2026年上半年国民经济和社会发展计划执行情况审议意见研究处理情况的报告。报告显示，1—9月，全县实现地区生产总值231.47亿元，同比增长5.7%；规模以上工业增加值增长7.4%。',
].join('\n');

describe('a government’s report on handling the committee’s opinion on the half-year plan (F5644, parse/opinion-handled-period)', () => {
  it('is the plan’s execution reported since, of the period its figures lead with, not the opinion’s half-year', () => {
    const { meta } = parsedReport(HANDLING_REPORT, { sourceName: 'handling.txt' });
    expect([meta.genre, meta.period]).toEqual(['plan-execution', '2026-Q3']);
  });

  it('dates a news page of the sitting that heard it by the figures’ period too', () => {
    const { meta } = parsedReport(HANDLING_NEWS, { sourceName: 'news.html', region: '甲县' });
    expect(meta.period).toBe('2026-Q3');
  });
});

describe('a growth trailing the year’s goal given in brackets, no margin after (F5645, parse/gap-bracketed-goal)', () => {
  it('reads the bracket as the indicator’s full-year goal, behind so far', () => {
    const report = parsedReport(
      [
        '甲区2026年前三季度经济运行情况',
        '前三季度，全区商品销售总额1864.32亿元，增长2.7%；固定资产投资增长3.1%。',
        '当前经济运行中存在的问题：一是商品销售总额增速低于年初预期目标（增长6%左右）；二是固定资产投资增速低于年度目标（7%）。',
      ].join('\n'),
      { sourceName: 'analysis.txt', region: '甲区' },
    );
    const goals = report.targets.map((t) => [
      t.indicatorName,
      t.value,
      t.comparator,
      t.horizon,
      t.attainment,
    ]);
    expect(goals).toEqual([
      ['商品销售总额', 6, 'approx', 'full-year', 'missed'],
      ['固定资产投资', 7, 'eq', 'full-year', 'missed'],
    ]);
  });
});

describe('a project’s amount done after two remarks on its works (F5646, parse/project-amount-after)', () => {
  it('is read with the project named before its total', () => {
    const report = parsedReport(
      [
        '甲县2026年1—10月重点项目建设情况的视察报告',
        '一、项目建设情况',
        '——甲县冷链物流园项目，总投资3.1亿元，因用地报批滞后，目前仅完成场地平整，完成投资0.56亿元。',
      ].join('\n'),
      { sourceName: 'review.txt', region: '甲县' },
    );
    const mentions = report.projects.flatMap((p) =>
      p.mentions.map((m) => [p.name, m.plannedInvestment, m.completedInvestment]),
    );
    expect(mentions).toEqual([['甲县冷链物流园项目', 310000000, 56000000]]);
  });
});
