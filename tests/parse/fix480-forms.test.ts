// Forms held-out-480 showed the parser missing (session 51, fix480): a sheet's year spanning a month and the months
// so far, a counted group's value added after its members and a verb, investment's halves named by their projects,
// the bare 增加值 after an industry the catalogue lacks, ranks 处于/位于第N位, a gap to the year's plan beside a month's
// own growth, and the months so far before a bare 增速. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { monthColumnPeriod } from '../../src/parse/table-month-columns.js';
import type { ParsedReport } from '../../src/parse/types.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const TITLE = '棠屿县2006年1—5月经济运行简析';
const HEADLINE = '1—5月，全县地区生产总值完成12.6亿元，同比增长10.4%。';

const report = (...lines: string[]): ParsedReport =>
  parsedReport([TITLE, HEADLINE, ...lines].join('\n'), { sourceName: 'tangyu.txt' });

const observed = (r: ParsedReport) =>
  r.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.period ?? null]);

describe('F10241 2006年 spanning 5月 | 1—5月累计 in a monthly sheet', () => {
  it('reads the month’s column as levels of that month alone', () => {
    const r = sheetReport(
      [
        ['棠屿县2006年5月统计月报'],
        ['指标名称', '计量单位', '2006年', null, '上年同期累计', '累计比上年同期±%'],
        [null, null, '5月', '1—5月累计', null, null],
        ['规模以上工业总产值', '万元', 10240, 46380, 39870, 16.3],
        ['社会消费品零售总额', '万元', 4320, 20960, 18150, 15.5],
      ],
      'tangyu.xlsx',
      { region: '棠屿县', period: '2006-M1-5' },
    );
    const levels = r.observations
      .filter((o) => o.indicatorCode === 'industrial-output' && o.measure === 'level')
      .map((o) => [o.quantity?.value, o.period ?? null]);
    expect(levels).toContainEqual([10240, '2006-M5-5']);
    expect(levels).toContainEqual([46380, null]);
    const retail = r.observations.filter((o) => o.indicatorCode === 'retail-sales' && o.measure === 'level');
    expect(retail.map((o) => [o.quantity?.value, o.period ?? null])).toContainEqual([4320, '2006-M5-5']);
  });

  it('gives a month of a year named before the report’s that year’s month, and none of a later year', () => {
    expect(monthColumnPeriod('2006年5月', '2006-M1-5')).toBe('2006-M5-5');
    expect(monthColumnPeriod('2005年5月', '2006-M1-5')).toBe('2005-M5-5');
    expect(monthColumnPeriod('2007年5月', '2006-M1-5')).toBeNull();
  });
});

describe('F10242 甲、乙、丙三大主导产业完成增加值X亿元 and its share restated by the group alone', () => {
  it('names the group by its count and kind, one indicator for both sentences', () => {
    const r = report(
      '食品、建材、化工三大主导产业完成增加值8.6亿元，增长12.4%。',
      '二是工业结构单一。三大主导产业增加值占规模以上工业的比重达61.2%。',
    );
    const group = r.observations.filter((o) => o.indicatorName.includes('三大主导产业'));
    expect(group.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['三大主导产业增加值', 'level', 8.6],
      ['三大主导产业增加值', 'growth', 12.4],
      ['三大主导产业增加值', 'share', 61.2],
    ]);
    expect(new Set(group.map((o) => o.indicatorCode)).size).toBe(1);
  });
});

describe('F10243 其中，城镇项目投资X亿元；农村项目投资Y亿元', () => {
  it('reads both halves of investment as observations named as written', () => {
    const r = report(
      '1—5月，全县完成全社会固定资产投资6.4亿元，增长30.2%。其中，城镇项目投资5.1亿元，增长33.6%；农村项目投资1.3亿元，增长18.9%。',
    );
    expect(observed(r)).toEqual(
      expect.arrayContaining([
        ['城镇项目投资', 'level', 5.1, null],
        ['城镇项目投资', 'growth', 33.6, null],
        ['农村项目投资', 'level', 1.3, null],
        ['农村项目投资', 'growth', 18.9, null],
      ]),
    );
  });
});

describe('F10244 非钢工业增长乏力，1—5月增加值仅增长A%', () => {
  it('gives the bare 增加值 to the industry the clause of words opens with', () => {
    const r = report('二是工业增长过于依赖钢铁。非钢工业增长乏力，1—5月增加值仅增长2.4%。');
    expect(observed(r)).toContainEqual(['非钢工业增加值', 'growth', 2.4, null]);
  });
});

describe('F10245 在全市9个县区中处于第N位, 位于第N位', () => {
  it('reads 处于 and 位于 before the ordinal as ranks in the group', () => {
    const r = report(
      '1—5月，全县规模以上工业增加值3.9亿元，增长15.2%，在全市9个县区中处于第3位。',
      '地方财政一般预算收入0.82亿元，增长21.6%，增幅在全市9个县区中位于第6位。',
    );
    expect(r.rankings.map((k) => [k.indicatorCode, k.rank, k.of])).toEqual([
      ['industrial-value-added', 3, 9],
      ['general-budget-revenue', 6, 9],
    ]);
  });
});

describe('F10246 除甲增速低于全年预期A个百分点外 after a month’s own growth', () => {
  it('derives no year’s plan from the month alone', () => {
    const r = report(
      '1—5月，全县规模以上工业增加值完成4.2亿元，增长11.2%。其中，5月当月完成工业增加值0.9亿元，同比增长18.5%。',
      '三、全年目标完成预测',
      '县十届人大三次会议确定，今年全县生产总值增长11%，规模以上工业增加值增长12%。从前5个月看，除规模以上工业增加值增速低于全年预期0.8个百分点外，其余指标增速均高于全年预期。',
    );
    const values = r.targets
      .filter((t) => t.indicatorCode === 'industrial-value-added' && t.horizon === 'full-year')
      .map((t) => t.value);
    expect(values).toContain(12);
    expect(values).not.toContain(19.3);
  });
});

describe('F10247 一季度甲仅增长A%，二季度以来逐月回升，1—5月增速比一季度提高B个百分点', () => {
  it('reads the move in points as the indicator’s change of the report’s period', () => {
    const r = report(
      '受旱灾影响，一季度全县规模以上工业增加值仅增长2.6%，二季度以来逐月回升，1—5月增速比一季度提高3.1个百分点。',
    );
    expect(observed(r)).toContainEqual(['规模以上工业增加值', 'change', 3.1, null]);
  });
});
