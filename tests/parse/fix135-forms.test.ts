// Forms the one-hundred-and-thirty-fifth held-out batch showed the parser missed (session 32, branch fix135): a
// saved WeChat page's byline with 原创 glued to the bureau; a key-project workbook's 汇总表 title with the months
// only in its column header; 亿元以上建设项目 as a size class of all investment; 加快甲项目前期手续办理 in a plan part;
// the group size before a long list of ranked indicators. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport, sectionReport, sheetReport } from '../helpers/report.js';

describe('a WeChat byline with 原创 glued to the bureau (F2951)', () => {
  const analysis = (byline: string) =>
    parsedReport(
      [
        '稳中有进——一季度全县经济运行简析',
        byline,
        '一、地区生产总值',
        '一季度，全县实现地区生产总值18.42亿元，同比增长5.6%。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );

  it('reads the bureau, not 原创 with it, as the publisher of a dated 发表于 line', () => {
    const { meta } = analysis('原创岚峪县统计局岚峪统计 2026-04-21 16:40 发表于某省');
    expect(meta.region).toBe('岚峪县');
    expect(meta.publisher?.startsWith('岚峪县统计局')).toBe(true);
    expect(meta.publishedAt).toBe('2026-04-21T16:40:00+08:00');
  });

  it('reads the same line dated in 年月日', () => {
    const { meta } = analysis('原创岚峪县统计局 岚峪统计 2026年4月21日 16:40 某省');
    expect(meta.region).toBe('岚峪县');
    expect(meta.publishedAt).toBe('2026-04-21T16:40:00+08:00');
  });
});

/** A key-project workbook's summary sheet: its title gives the year only, its header the months. */
const SUMMARY_SHEET: SheetCell[][] = [
  ['岚峪县2026年重点项目建设进展情况汇总表', null, null, null, null],
  ['单位：万元', null, null, null, null],
  ['类别', '项目个数（个）', '总投资', '年度计划投资', '1—9月完成投资'],
  ['合计', 6, 214000, 82000, 61500],
  ['产业项目', 4, 150000, 52000, 40100],
  ['民生项目', 2, 64000, 30000, 21400],
];

describe('a key-project workbook titled 汇总表 with the months in its header (F2952)', () => {
  it('takes the period from the header, not the whole year', () => {
    expect(sheetReport(SUMMARY_SHEET, 'projects.xlsx').meta.period).toBe('2026-Q3');
  });

  it('keeps the whole year when the title says 年度', () => {
    const rows = SUMMARY_SHEET.map((row, i) =>
      i === 0 ? ['岚峪县2026年度重点项目建设进展情况汇总表', null, null, null, null] : row,
    );
    expect(sheetReport(rows, 'projects.xlsx').meta.period).toBe('2026-FY');
  });
});

describe('亿元以上建设项目 counted in a paragraph on all investment (F2953)', () => {
  const report = sectionReport('analysis.txt', '梓陌县2026年一季度经济运行情况分析', [
    '一季度，全县固定资产投资同比增长6.2%。其中，项目投资增长9.1%。全县亿元以上建设项目9个，完成投资2.14亿元，增长18.3%，占全县固定资产投资的47.5%。',
  ]);

  it('gives the class its level, growth and share as a named aggregate', () => {
    const named = report.observations
      .filter((o) => o.indicatorName.startsWith('亿元以上建设项目'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(named).toEqual([
      ['亿元以上建设项目完成投资', 'level', 2.14],
      ['亿元以上建设项目完成投资', 'growth', 18.3],
      ['亿元以上建设项目完成投资', 'share', 47.5],
    ]);
  });

  it('keeps a key-project programme’s class a fact', () => {
    const programme = sectionReport('analysis.txt', '梓陌县2026年一季度经济运行情况分析', [
      '一季度，全县固定资产投资同比增长6.2%。全县实施重点项目40个。其中，亿元以上建设项目9个，完成投资2.14亿元。',
    ]);
    expect(programme.observations.map((o) => o.indicatorName)).not.toContain('亿元以上建设项目完成投资');
  });
});

describe('a plan part hurrying a project’s papers: 加快甲项目前期手续办理 (F2954)', () => {
  it('names the project without the work', () => {
    const { report, problems } = parseReportText(
      [
        '梓陌县2026年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '上半年，全县地区生产总值52.4亿元，增长5.1%。',
        '二、下半年工作安排',
        '下半年，推动梓陌县果蔬冷链物流园项目10月底前投产，加快梓陌县30兆瓦农光互补光伏项目前期手续办理，力争新开工项目4个以上。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const named = report?.projects.map((p) => [p.name, p.mentions[0]?.phase]);
    expect(named).toContainEqual(['梓陌县30兆瓦农光互补光伏项目', 'planned']);
  });
});

describe('the group size before a long list of ranked indicators (F2955)', () => {
  it('is no fact: 在某市N个县（市、区）中，我县甲、乙、丙、丁增速分别列第a位…', () => {
    const report = sectionReport('analysis.txt', '梓陌县2026年一季度经济运行情况分析', [
      '一季度，全县地区生产总值增长5.3%。',
      '从全市看，在蓼坪市7个县（市、区）中，我县地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额增速分别列第3位、第2位、第5位和第1位。',
    ]);
    expect(report.facts.filter((f) => f.quantity.unit === '个').map((f) => f.quantity.raw)).toEqual([]);
    expect(report.rankings.map((r) => [r.rank, r.of])).toContainEqual([3, 7]);
  });
});
