// Forms the one-hundred-and-sixty-seventh held-out batch showed the parser missed (session 34, branch fix167): a
// county's mid-term evaluation of its five-year plan outline whose table gives 2020年基数 / 2025年目标 / 2022年实际 /
// 年均增长 / 进展评价: the plan-end goals are targets of horizon five-year (the lead's decision), judged by the row's
// verdict (滞后 missed, 符合预期 and 快于预期 met); rows named 甲年均增长 are 甲's pace; ＜A under the goal is at most A.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const EVALUATION = [
  '关于甲溪县国民经济和社会发展第十四个五年规划纲要实施情况中期评估的报告',
  '——2023年9月12日在甲溪县第十六届人民代表大会常务委员会第八次会议上',
  '一、主要指标进展情况',
  '2022年全县地区生产总值188.6亿元，比2020年增加20.1亿元。',
  '甲溪县“十四五”规划主要指标中期进展情况表',
  '指标\t2020年基数\t2025年目标\t2022年实际\t年均增长（%）\t进展评价',
  '地区生产总值（亿元）\t168.5\t240左右\t188.6\t3.7\t滞后',
  '一般公共预算收入（亿元）\t7.1\t10\t8.4\t8.8\t符合预期',
  '全社会固定资产投资年均增长（%）\t—\t9\t—\t10.6\t快于预期',
  '城镇调查失业率（%）\t—\t＜5\t4.6\t—\t符合预期',
].join('\n');

describe('an evaluation table’s 2025年目标 with 进展评价 (F3601)', () => {
  it('reads every goal as a five-year target judged by the row’s verdict', () => {
    const report = parsedReport(EVALUATION, { sourceName: 'report.txt' });
    expect(
      report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([
      ['gdp', 'five-year', 240, 'approx', 'missed'],
      ['general-budget-revenue', 'five-year', 10, 'eq', 'met'],
      ['fixed-asset-investment', 'five-year', 9, 'eq', 'met'],
      ['urban-unemployment-rate', 'five-year', 5, 'lte', 'met'],
    ]);
  });

  it('leaves a goal with no verdict unjudged', () => {
    const text = EVALUATION.replace('\t符合预期\n全社会', '\t\n全社会');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    const revenue = report.targets.find((t) => t.indicatorCode === 'general-budget-revenue');
    expect([revenue?.horizon, revenue?.attainment]).toEqual(['five-year', 'unknown']);
  });

  it('reads a goal for a year past the plan’s end as no target', () => {
    const text = EVALUATION.replace('2025年目标', '2035年目标');
    expect(parsedReport(text, { sourceName: 'report.txt' }).targets).toEqual([]);
  });
});

describe('a plan’s in-step income goal restated in its goal table’s note (F3602)', () => {
  it('is one target of at least GDP’s pace, not a second goal in words', () => {
    const text = [
      '关于乙河县2026年国民经济和社会发展计划执行情况与2027年国民经济和社会发展计划草案的报告',
      '一、2026年计划执行情况',
      '全县地区生产总值增长5.1%。',
      '二、2027年国民经济和社会发展计划草案',
      '2027年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；城乡居民人均可支配收入增长与经济增长基本同步。',
      '表2乙河县2027年主要预期目标',
      '指标名称\t单位\t2026年完成\t2027年目标',
      '地区生产总值增长\t%\t5.1\t6左右',
      '注：城乡居民人均可支配收入增长与经济增长基本同步。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    const income = report.targets.filter((t) => t.indicatorCode === 'disposable-income-per-capita');
    expect(new Set(income.map((t) => `${t.horizon} ${t.value} ${t.comparator}`))).toEqual(
      new Set(['next-year null gte']),
    );
  });
});
