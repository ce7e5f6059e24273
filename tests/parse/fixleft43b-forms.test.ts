// Forms older batches' leftovers showed the parser missed (session 43, branch fixleft43b). Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('hengting-2025-fy-news.txt');

/** The targets a report reads, as form tests compare them: indicator, horizon, value, comparator. */
const targetRows = (lines: string[]) =>
  read(...lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.comparator]);

describe('a quoted plan’s end-year level after its pace (《纲要》提出，甲年均增长A%左右，到2030年突破X亿元；乙…: F7171)', () => {
  const lines = [
    '蘅汀县“十五五”规划纲要获批',
    '2025年，蘅汀县实现地区生产总值512.4亿元，同比增长5.9%。',
    '《纲要》提出，“十五五”时期全县地区生产总值年均增长6%左右，到2030年突破680亿元；一般公共预算收入年均增长5%左右，到2030年达到31亿元；常住人口城镇化率达到63%。',
  ];

  it('reads each end-year level as its indicator’s five-year target, the ；-part after the cue too', () => {
    const rows = targetRows(lines);
    expect(rows).toContainEqual(['gdp', 'five-year', 6, '%', 'approx']);
    expect(rows).toContainEqual(['gdp', 'five-year', 680, '亿元', 'gt']);
    expect(rows).toContainEqual(['general-budget-revenue', 'five-year', 5, '%', 'approx']);
    expect(rows).toContainEqual(['general-budget-revenue', 'five-year', 31, '亿元', 'eq']);
  });

  it('leaves a plan period’s end named in a review of results to its old reading (no five-year goal)', () => {
    const rows = targetRows([
      '蘅汀县2025年经济运行情况',
      '2025年，全县地区生产总值年均增长5.1%，到2025年达到512.4亿元。',
    ]);
    expect(rows.filter((r) => r[1] === 'five-year')).toEqual([]);
  });
});

describe('a quarter’s signing round held before the quarter ends (我县举行2026年第三季度…集中签约仪式 on 7月8日: F7172)', () => {
  const page = (date: string) => [
    '我县举行2026年第三季度招商引资项目集中签约仪式',
    `发布时间：${date} 09:30　来源：芩溆县融媒体中心`,
    '7月6日上午，芩溆县2026年第三季度招商引资项目集中签约仪式在县会展中心举行。',
    '本次集中签约项目12个，协议投资总额41.6亿元。',
    '上半年，全县新签约招商引资项目27个，协议投资总额98.2亿元，同比增长16.4%；实际到位县外资金21.7亿元，同比增长9.3%。',
    '在项目的带动下，上半年全县固定资产投资同比增长8.6%，规模以上工业增加值同比增长7.2%。',
  ];

  it('takes the period from the body’s figures (上半年), not from the round’s name', () => {
    const meta = linesReader('qinxu-news.txt')(...page('2026-07-07')).meta;
    expect([meta.period, meta.periodLabel]).toEqual(['2026-H1', '上半年']);
  });

  it('keeps the quarter once the quarter is over (a round’s page dated in October)', () => {
    const meta = linesReader('qinxu-news.txt')(...page('2026-10-09')).meta;
    expect(meta.period).toBe('2026-Q3');
  });
});
