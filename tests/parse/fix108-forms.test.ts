// Forms the one-hundred-and-eighth held-out batch showed the parser missed (session 31, branch fix108): a
// key-project summary sheet whose second block (by field) types the header again under its own label; a goal's
// figure in brackets inside 距年度目标（增长A%）还差N个百分点; 农产品加工转化率达到A%, farming's processing rate; a
// project whose status is a network renewed, 完成主管网改造N公里. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const HEADER = [
  '项目数（个）',
  '总投资（亿元）',
  '年度计划投资（亿元）',
  '1—9月完成投资（亿元）',
  '占年计划（%）',
];
const SUMMARY: SheetCell[][] = [
  ['溱岚县2026年1—9月重点项目建设进展情况汇总表', null, null, null, null, null],
  ['类别', ...HEADER],
  ['省列重大项目', 4, 26.4, 8.2, 6.1, 74.4],
  ['市列重点项目', 9, 31.5, 12.6, 9.3, 73.8],
  ['县列重点项目', 22, 19.8, 9.4, 6.6, 70.2],
  ['合计', 35, 77.7, 30.2, 22, 72.8],
  ['分领域', ...HEADER],
  ['产业项目', 13, 35.2, 13.1, 9.9, 75.6],
  ['基础设施项目', 12, 27.6, 10.8, 7.6, 70.4],
  ['社会民生项目', 10, 14.9, 6.3, 4.5, 71.4],
  [
    '说明：1—9月，全县35个重点项目累计完成投资22亿元，占年度计划投资的72.8%。据县统计局数据，1—9月全县固定资产投资同比增长5.4%。',
    null,
    null,
    null,
    null,
    null,
  ],
];

describe('a summary sheet’s second block typing the header again under its own label (F2441)', () => {
  it('reads no row of either block as an indicator, target or project', () => {
    const report = sheetReport(SUMMARY, 'summary.xlsx');
    expect(report.targets).toEqual([]);
    expect(report.projects).toEqual([]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'growth', 5.4],
    ]);
  });

  it('still reads a table whose rows are indicators when one row repeats the header', () => {
    const report = parsedReport(
      [
        '溱岚县2026年1—9月主要经济指标完成情况',
        '一、主要指标',
        '指标\t年度目标（%）\t1—9月完成（亿元）\t同比增长（%）',
        '地区生产总值\t6\t128.4\t5.6',
        '按产业分\t年度目标（%）\t1—9月完成（亿元）\t同比增长（%）',
        '第一产业增加值\t4\t18.2\t3.9',
      ].join('\n'),
      { sourceName: 'table.txt' },
    );
    const rows = report.observations.filter((o) => o.source === 'table').map((o) => o.indicatorName);
    expect(rows).toContain('地区生产总值');
    expect(rows).toContain('第一产业增加值');
    expect(rows).not.toContain('按产业分');
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('按产业分');
  });
});

const REVIEW = [
  '关于溱岚县2026年上半年国民经济和社会发展计划执行情况的审查意见',
  '一、计划执行情况',
  '上半年，全县固定资产投资完成18.2亿元，占年计划的42.5%，同比增长3.1%，低于序时进度7.5个百分点，距年度目标（增长9%）还差5.9个百分点；社会消费品零售总额完成9.6亿元，同比增长4.8%。',
].join('\n');

describe('a goal’s figure in brackets inside 距年度目标（增长A%）还差N个百分点 (F2442)', () => {
  it('reads the bracket as the year’s goal and the points as a comparison, not a growth of 9%', () => {
    const report = parsedReport(REVIEW, { sourceName: 'review.txt' });
    const investment = report.observations
      .filter((o) => o.indicatorCode === 'fixed-asset-investment')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(investment).not.toContainEqual(['growth', 9]);
    expect(investment).toContainEqual(['comparison', -5.9]);
    const goals = report.targets
      .filter((t) => t.indicatorCode === 'fixed-asset-investment' && t.unit === '%')
      .map((t) => [t.value, t.horizon, t.derived ?? false]);
    expect(goals).toEqual([[9, 'full-year', false]]);
  });
});

describe('farming’s processing rate, 农产品加工转化率达到A% (F2443)', () => {
  const report = (line: string) =>
    parsedReport(['溱岚县2026年国民经济和社会发展计划执行情况的报告', '一、农业', line].join('\n'), {
      sourceName: 'plan.txt',
    });

  it('is a rate named as written when stated with 达到 or 为', () => {
    const rates = report('新培育农业产业化龙头企业6家，农产品加工转化率达到58.5%；农产品加工率为61%。')
      .observations.filter((o) => o.measure === 'rate')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(rates).toEqual([
      ['农产品加工转化率', 58.5],
      ['农产品加工率', 61],
    ]);
  });

  it('leaves a scheme’s coverage (医保参保率达到A%) a fact', () => {
    const read = report('城乡居民医保参保率达到96.4%。');
    expect(read.observations).toEqual([]);
    expect(read.facts.map((f) => f.quantity.value)).toContain(96.4);
  });
});

describe('a project whose progress is a network renewed, 完成主管网改造N公里 (F2444)', () => {
  it('names the project, the length a fact', () => {
    const report = parsedReport(
      [
        '溱岚县2026年国民经济和社会发展计划执行情况的报告',
        '一、项目建设',
        '全年实施重点项目84个，完成投资26.3亿元。溱岚县城区集中供热改造工程完成主管网改造9.5公里，惠及居民5200户。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual(['溱岚县城区集中供热改造工程']);
    expect(report.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([9.5, '公里']);
  });
});
