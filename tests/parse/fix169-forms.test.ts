// Forms the one-hundred-and-sixty-ninth and seventieth held-out batches showed the parser missed (session 34, branch
// fix169): a committee review's 低于A%的年度目标N个百分点, the goal's bare figure right after the gap's verb;
// 确保单位地区生产总值能耗完成市下达任务, a word-only task a higher level set, after 确保 in a work plan; 甲、乙两个行业占
// 规上工业的比重, a counted group's share said with 占 right after its class.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW = [
  '甲县人大常委会财政经济委员会关于甲县2025年国民经济和社会发展计划执行情况的审查报告',
  '财政经济委员会认为，2025年，全县实现地区生产总值52.3亿元，同比增长4.9%，低于5%的年度目标0.1个百分点；规模以上工业增加值增长6.5%，完成6%的年度目标。',
].join('\n');

describe('低于A%的年度目标N个百分点: the goal’s bare figure after the gap’s verb (F3611)', () => {
  const report = parsedReport(REVIEW, { sourceName: 'review.txt' });
  it('reads the figure as the year’s target of the chain’s indicator, missed', () => {
    const gdp = report.targets
      .filter((t) => t.indicatorCode === 'gdp')
      .map((t) => [t.value, t.comparator, t.horizon, t.attainment]);
    expect(gdp).toEqual([[5, 'eq', 'full-year', 'missed']]);
  });
  it('no longer reads it as an observed rate, and keeps the gap a comparison', () => {
    const gdp = report.observations
      .filter((o) => o.indicatorCode === 'gdp')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(gdp).toEqual([
      ['level', 52.3],
      ['growth', 4.9],
      ['comparison', -0.1],
    ]);
  });
});

const WORK_PLAN = [
  '甲县发展和改革局2025年上半年工作总结及下半年工作计划',
  '一、上半年主要经济指标完成情况',
  '上半年，全县实现地区生产总值31.2亿元，同比增长5.1%。',
  '二、下半年工作计划',
  '下半年，我局将紧紧围绕全年地区生产总值增长6%、固定资产投资增长8%的目标，重点抓好以下工作：',
  '（一）全力抓好项目建设。确保全年重点项目完成投资20亿元以上。',
  '（二）全力抓好运行调度。加强重点企业监测调度，确保单位地区生产总值能耗完成市下达任务。',
].join('\n');

describe('确保单位地区生产总值能耗完成市下达任务: a higher level’s task after 确保 (F3612)', () => {
  it('reads the energy goal in words, with no value', () => {
    const energy = parsedReport(WORK_PLAN, { sourceName: 'plan.txt' })
      .targets.filter((t) => t.indicatorCode === 'energy-emission-targets')
      .map((t) => [t.value, t.horizon]);
    expect(energy).toEqual([[null, 'full-year']]);
  });
});

const PROBLEMS = [
  '甲县发展和改革局关于2025年前三季度国民经济和社会发展计划执行情况的报告',
  '一、主要指标完成情况',
  '前三季度，全县规模以上工业增加值增长6.2%。',
  '二、存在的问题',
  '一是投资增速低于年度目标。二是工业结构单一，建材、化工两个行业占规上工业的比重达到61.4%。三是消费恢复偏慢。',
].join('\n');

describe('甲、乙两个行业占规上工业的比重: a counted group’s share, 占 right after its class (F3613)', () => {
  it('reads the share of the group named whole', () => {
    const shares = parsedReport(PROBLEMS, { sourceName: 'plan.txt' })
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(shares).toEqual([['建材、化工两个行业', 61.4]]);
  });
});
