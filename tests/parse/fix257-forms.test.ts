// Forms the two-hundred-and-fifty-seventh and -sixth held-out batches showed the parser missed (session 38, branch
// fix257). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A zone committee's year work report: the year's results, then next year's goals. */
const ZONE_REPORT = [
  '岙湄高新技术产业开发区管理委员会2025年工作报告',
  '（2026年1月9日在高新区干部大会上）',
  '同志们：',
  '现在，我代表管委会，向大会报告2025年工作情况和2026年工作安排。',
  '一、2025年工作回顾',
  '全年实现规模以上工业总产值412.6亿元，同比增长7.3%。固定资产投资48.2亿元，增长4.1%。',
  '二、2026年主要目标',
  '规模以上工业总产值增长7%左右；固定资产投资增长6%。',
].join('\n');

describe('a development zone committee’s year work report (F5261)', () => {
  it('is a year’s execution with next year’s plan, not a news summary', () => {
    const report = parsedReport(ZONE_REPORT, { sourceName: 'zone.txt' });
    expect([report.meta.genre, report.meta.period]).toEqual(['plan-execution-and-draft', '2025-FY']);
  });
});

describe('a price basis in brackets after a catalogued name (F5262)', () => {
  it('joins 规模以上工业总产值(现价) to industrial output', () => {
    expect(
      ['规模以上工业总产值(现价)', '规模以上工业总产值（按现价计算）', '地区生产总值(可比价)'].map(
        (name) => lookupIndicator(name)?.code,
      ),
    ).toEqual(['industrial-output', 'industrial-output', 'gdp']);
  });
});

describe('a zone’s report naming itself by its kind before the verb (F5263)', () => {
  it('reads 开发区实现营业收入 as the zone’s own 营业收入', () => {
    const report = parsedReport(
      [
        '岙湄经济开发区管理委员会2025年工作报告',
        '一、2025年工作回顾',
        '全年开发区实现营业收入736.5亿元，同比增长5.8%，完成年度目标720亿元的102.3%。',
      ].join('\n'),
      { sourceName: 'zone.txt' },
    );
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['营业收入', 'level', 736.5],
      ['营业收入', 'growth', 5.8],
      ['营业收入', 'share', 102.3],
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.value, t.attainment])).toEqual([
      ['营业收入', 720, 'met'],
    ]);
  });

  it('leaves a county report’s 园区实现营业收入 to its zone', () => {
    const report = parsedReport(
      [
        '岙湄县2025年国民经济和社会发展计划执行情况的报告',
        '一、2025年计划执行情况',
        '园区实现营业收入96.4亿元，增长8.1%。',
      ].join('\n'),
      { sourceName: 'county.txt' },
    );
    expect(report.observations.filter((o) => o.indicatorName.includes('营业收入'))).toEqual([]);
  });
});

/** A district bureau's sheet setting its growths beside the city's, with the gap in points. */
const COMPARISON_SHEET: SheetCell[][] = [
  ['岙湄区2026年1—8月主要指标增速与全市比较', null, null, null, null],
  ['指标', '本区增速（%）', '全市增速（%）', '高于（低于）全市（百分点）', '全市位次'],
  ['规模以上工业增加值', 6.3, 5.1, 1.2, 3],
  ['社会消费品零售总额', 2.4, 3.3, -0.9, 9],
  ['注：负数为低于全市的百分点。', null, null, null, null],
];

describe('a sheet’s column of gaps to the city, 高于（低于）全市（百分点） (F5264)', () => {
  it('reads each row’s gap as its comparison with the city, signed as written', () => {
    const rows = sheetReport(COMPARISON_SHEET, 'compare.xlsx')
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value, o.quantity?.unit, o.comparedWith]);
    expect(rows).toEqual([
      ['industrial-value-added', 1.2, '个百分点', '全市'],
      ['retail-sales', -0.9, '个百分点', '全市'],
    ]);
  });
});

describe('a reported growth said to keep pace with the economy’s (F5265)', () => {
  it('is the text’s verdict on the word goal 与经济增长同步: met, though the growth is a little lower', () => {
    const report = parsedReport(
      [
        '岙湄区2026年前三季度国民经济和社会发展计划执行情况的报告',
        '一、前三季度计划执行情况',
        '前三季度，全区实现地区生产总值318.6亿元，同比增长5.6%。',
        '全体居民人均可支配收入41250元，同比增长5.2%，与经济增长基本同步。',
        '表1　主要指标完成情况',
        '指标\t单位\t全年目标\t前三季度\t增速（%）',
        '地区生产总值\t亿元\t增长6%\t318.6\t5.6',
        '全体居民人均可支配收入\t元\t与经济增长同步\t41250\t5.2',
      ].join('\n'),
      { sourceName: 'pace.txt' },
    );
    expect(
      report.targets
        .filter((t) => t.indicatorCode === 'disposable-income-per-capita')
        .map((t) => [t.horizon, t.value, t.attainment]),
    ).toEqual([['full-year', null, 'met']]);
  });
});

describe('a zone’s rank among the district’s 功能区 (F5266)', () => {
  it('reads 总量居全区各功能区第1位 as a rank', () => {
    const report = parsedReport(
      [
        '岙湄经济开发区管理委员会2025年工作报告',
        '一、2025年工作回顾',
        '规模以上工业总产值612.4亿元，增长6.1%，总量居全区各功能区第1位。',
      ].join('\n'),
      { sourceName: 'zone-rank.txt' },
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['industrial-output', 1]]);
  });
});

describe('a note’s disclosure bound, 空白为企业数不足3家、按规定不单独发布的行业 (F5267)', () => {
  it('gives no fact for the bound', () => {
    const report = parsedReport(
      [
        '岙湄区2026年1—8月统计月报',
        '一、工业',
        '1—8月，全区规模以上工业增加值同比增长5.9%。',
        '注：空白为企业数不足3家、按规定不单独发布的行业。',
      ].join('\n'),
      { sourceName: 'bound.txt' },
    );
    expect(report.facts.map((f) => f.quantity.value)).not.toContain(3);
    expect(report.facts.map((f) => f.quantity.value)).toContain(5.9);
  });
});
