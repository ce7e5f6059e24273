// Forms held-out-485 showed the parser missing (session 51, fix485): a county's monthly sheet with an industry sheet
// whose header puts 本月 under its spanning words and heads the last column 1—4月占比重(%), a 在总计中： part row, notes
// above a 局长 | 审核 | 制表 sign-off; a 1—4月 analysis with an earlier quarter's growth in brackets, industries named
// with their cause before a bare 增加值, 国有投资, a restated name before its growth's move, 接待旅游过夜人数 and a gap
// to the schedule under a forecast part. Sentences and sheets of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../../src/parse/types.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const rowsOf = (report: ParsedReport, name: string) =>
  report.observations
    .filter((o) => o.indicatorName.includes(name))
    .map((o) => [o.measure, o.quantity?.value, o.period ?? null]);

/** A 1—5月 monthly sheet of 苇岭县, its industry part headed over two rows. */
const industrySheet = [
  ['苇岭县2011年5月统计月报'],
  ['2011年5月规模以上工业分行业增加值'],
  [null, null, null, null, null, '单位：万元'],
  ['行业', '工业增加值', null, '比上年同期增长（%）', null, '1—5月占比重（%）'],
  [null, '本月', '1—5月', '本月', '1—5月', null],
  ['总计', 21340, 98120, 8.2, 7.5, null],
  ['在总计中：轻工业', 9150, 40260, 6.4, 5.9, 41.0],
  ['重工业', 12190, 57860, 9.6, 8.7, 59.0],
  ['竹木加工业', 2460, 11380, -3.6, -5.1, 11.6],
];

describe('F10306 本月 under a spanning word (工业增加值 | 比上年同期增长 over 本月 | 1—5月)', () => {
  it('gives the month’s level and growth the one month', () => {
    const report = sheetReport(industrySheet, 'weiling-2011-m5.xlsx');
    expect(rowsOf(report, '竹木加工业')).toEqual(
      expect.arrayContaining([
        ['level', 2460, '2011-M5-5'],
        ['level', 11380, null],
        ['growth', -3.6, '2011-M5-5'],
        ['growth', -5.1, null],
      ]),
    );
  });
});

describe('F10316 1—5月占比重(%) heading an industry sheet’s last column', () => {
  it('reads the column as each industry’s share, not a growth', () => {
    const report = sheetReport(industrySheet, 'weiling-2011-m5.xlsx');
    const wood = rowsOf(report, '竹木加工业');
    expect(wood).toContainEqual(['share', 11.6, null]);
    expect(wood.filter(([measure]) => measure === 'growth')).toHaveLength(2);
  });
});

describe('F10307 在总计中：轻工业, the first part row under a total', () => {
  it('names the part without the label, the catalogue’s light industry', () => {
    const report = sheetReport(industrySheet, 'weiling-2011-m5.xlsx');
    const light = report.observations.filter((o) => o.indicatorCode === 'light-industry-value-added');
    expect(light.map((o) => o.quantity?.value)).toEqual(expect.arrayContaining([9150, 40260, 6.4, 5.9]));
    expect(report.observations.some((o) => o.indicatorName.includes('在总计中'))).toBe(false);
  });
});

describe('F10308 notes above a 局长：某某 | 审核：某某 | 制表：某某 sign-off', () => {
  it('keeps the notes prose, their thresholds facts', () => {
    const report = sheetReport(
      [
        ['苇岭县2011年5月统计月报'],
        ['指标名称', '计量单位', '本月', '本月止累计', '本月比上年同月增长（%）', '累计比上年同期增长（%）'],
        ['规模以上工业增加值', '万元', 21340, 98120, 8.2, 7.5],
        ['社会消费品零售总额', '万元', 30510, 146270, 16.4, 17.1],
        ['注：1.规模以上工业统计范围为年主营业务收入800万元以上的工业企业。'],
        ['2.固定资产投资统计起点为计划总投资80万元。'],
        ['局长：周明', null, null, '审核：吴芳', null, '制表：郑磊'],
      ],
      'weiling-2011-m5.xlsx',
    );
    const raws = report.facts.map((f) => f.quantity.raw);
    expect(raws.some((raw) => raw.startsWith('800万元'))).toBe(true);
    expect(raws).toContain('80万元');
  });
});

const analysis = (lines: readonly string[]) =>
  parsedReport(['苇岭县2011年1—5月经济运行分析', ...lines].join('\n'), { sourceName: 'weiling-2011-m5.txt' });

describe('F10309 an earlier quarter’s growth in brackets after the chain’s move', () => {
  it('reads the bracket as the chain’s growth of that quarter, the clauses after it the report’s', () => {
    const report = analysis([
      '　　1—5月，全县规模以上工业完成增加值9.81亿元，同比下降3.4%，降幅比1—4月收窄1.2个百分点（一季度下降7.9%）；完成工业总产值36.2亿元，下降4.8%。',
    ]);
    expect(rowsOf(report, '规模以上工业增加值')).toContainEqual(['growth', -7.9, '2011-Q1']);
    expect(
      report.observations.filter((o) => o.indicatorCode === 'industrial-output').map((o) => o.period ?? null),
    ).toEqual([null, null]);
  });
});

describe('F10310 甲业受…带动，增加值增长A%', () => {
  it('names the value added by the industry the clause before names with its cause', () => {
    const report = analysis([
      '　　1—5月，全县规模以上工业增加值9.81亿元，增长6.2%。',
      '　　分行业看：茶叶加工业受春茶提价带动，增加值增长12.4%；竹木加工业因订单减少、库存积压，增加值下降8.3%。',
    ]);
    expect(rowsOf(report, '茶叶加工业')).toEqual([['growth', 12.4, null]]);
    expect(rowsOf(report, '竹木加工业')).toEqual([['growth', -8.3, null]]);
  });
});

describe('F10311 从投资主体看：国有投资X亿元', () => {
  it('names the state’s investment as written beside 民间投资', () => {
    const report = analysis([
      '　　1—5月，全县完成固定资产投资21.6亿元，增长28.4%。从投资主体看：国有投资12.3亿元，增长41.2%；民间投资9.3亿元，增长14.6%。',
    ]);
    expect(rowsOf(report, '国有投资')).toEqual([
      ['level', 12.3, null],
      ['growth', 41.2, null],
    ]);
  });
});

describe('F10312 an uncatalogued name said again before its growth’s move', () => {
  it('reads the move as the chain’s change', () => {
    const report = analysis([
      '　　1—5月，全县实现社会消费品零售总额11.3亿元，增长16.8%。分城乡看：城镇零售额8.2亿元，增长17.5%；乡村零售额3.1亿元，增长13.6%，受菜价下跌影响，乡村零售额增幅比1—4月回落1.4个百分点。',
    ]);
    expect(rowsOf(report, '乡村零售额')).toContainEqual(['change', -1.4, null]);
  });
});

describe('F10313 接待旅游过夜人数X万人次', () => {
  it('names the overnight visitors as written, with their growth and its move', () => {
    const report = analysis([
      '　　1—5月，全县完成固定资产投资21.6亿元，增长28.4%。',
      '　　1—5月，全县接待旅游过夜人数26.4万人次，同比下降3.2%，降幅比一季度收窄2.5个百分点；实现旅游总收入1.86亿元，增长4.1%。',
    ]);
    expect(rowsOf(report, '接待旅游过夜人数')).toEqual([
      ['level', 26.4, null],
      ['growth', -3.2, null],
      ['change', 2.5, null],
    ]);
  });
});

describe('F10314 甲比序时进度落后N个百分点', () => {
  it('reads a comparison of 甲 with the schedule', () => {
    const report = analysis([
      '　　1—5月，全县地方财政一般预算收入完成1.26亿元，增长9.4%。按时序进度计算，地方财政一般预算收入比序时进度落后2.6个百分点。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'general-budget-revenue' && o.measure === 'comparison')
        .map((o) => o.quantity?.value),
    ).toEqual([-2.6]);
  });
});

describe('F10315 a gap to the schedule under 全年目标预测及建议', () => {
  it('keeps the months’ gap a result, the goals quoted before it goals', () => {
    const report = analysis([
      '　　一、工业生产降幅收窄',
      '　　1—5月，全县地方财政一般预算收入完成1.26亿元，增长9.4%。',
      '　　二、全年目标预测及建议',
      '　　年初确定的全年主要预期目标是：地方财政一般预算收入增长12%。从1—5月情况看，财政收入完成全年目标的压力较大，按时序进度计算，地方财政一般预算收入比序时进度落后2.6个百分点。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'general-budget-revenue' && o.measure === 'comparison')
        .map((o) => o.quantity?.value),
    ).toEqual([-2.6]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value])).toContainEqual([
      'general-budget-revenue',
      12,
    ]);
  });
});
