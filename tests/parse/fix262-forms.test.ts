// Forms the held-out-262 batch showed the parser missed (session 38, branch fix262): the 十五五 plan's goals written
// beside a year's plan. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const read = linesReader('liaocen-2025-fy-plan.txt');

/** The targets a report reads, as form tests compare them: indicator, horizon, value, comparator. */
const targetRows = (lines: string[]) =>
  read(...lines).targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);

describe('the five-year goal in brackets after each year goal (括号内为“十五五”时期目标：——甲增长A%（年均增长B%）: F5391)', () => {
  const lines = [
    '漻岑县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '2026年是“十五五”开局之年。建议2026年全县经济社会发展主要预期目标为（括号内为“十五五”时期目标）：',
    '——地区生产总值增长6%左右（年均增长5.5%左右）；',
    '——城镇新增就业5000人以上（五年累计2.5万人以上）；',
    '——城镇调查失业率控制在5.5%以内（5.5%以内）。',
    '三、2026年重点工作',
  ];

  it('reads each bracket as its item’s five-year target, the year goal still next-year', () => {
    const rows = targetRows(lines);
    expect(rows).toContainEqual(['gdp', 'next-year', 6, 'approx']);
    expect(rows).toContainEqual(['gdp', 'five-year', 5.5, 'approx']);
    expect(rows).toContainEqual(['new-urban-jobs', 'five-year', 2.5, 'gte']);
    expect(rows).toContainEqual(['urban-unemployment-rate', 'five-year', 5.5, 'lte']);
  });

  it('reads the bracket’s figure only once, not again as a next-year goal', () => {
    const rows = targetRows(lines).filter((r) => r[0] === 'urban-unemployment-rate');
    expect(rows).toEqual([
      ['urban-unemployment-rate', 'next-year', 5.5, 'lte'],
      ['urban-unemployment-rate', 'five-year', 5.5, 'lte'],
    ]);
  });

  it('reads no five-year goal from brackets with no cue (地区生产总值增长6%左右（预计）)', () => {
    const rows = targetRows([
      '漻岑县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
      '建议2026年全县经济社会发展主要预期目标为：',
      '——地区生产总值增长6%左右（与全市同步）；',
    ]);
    expect(rows.filter((r) => r[1] === 'five-year')).toEqual([]);
  });
});

describe('a five-year list item’s goals after its lead (“十五五”时期…主要目标是：——乙方面显著增强。甲达到A%: F5392)', () => {
  it('reads the goals of the sentence after the item’s lead as five-year, not next-year', () => {
    const rows = targetRows([
      '漻岑县国民经济和社会发展第十五个五年规划纲要',
      '第一章　发展基础',
      '2025年全县地区生产总值达到386.5亿元，“十四五”期间年均增长5.8%。',
      '第二章　指导思想和主要目标',
      '“十五五”时期经济社会发展的主要目标是：',
      '——经济发展质效稳步提升。地区生产总值年均增长5%左右。',
      '——人民生活品质持续提高。城镇调查失业率控制在5%以内，常住人口城镇化率达到66%。',
      '——绿色低碳转型深入推进。细颗粒物（PM2.5）平均浓度控制在28微克/立方米以内。',
    ]);
    expect(rows).toContainEqual(['gdp', 'five-year', 5, 'approx']);
    expect(rows).toContainEqual(['urban-unemployment-rate', 'five-year', 5, 'lte']);
    expect(rows).toContainEqual(['urbanisation-rate', 'five-year', 66, 'eq']);
    expect(rows.filter((r) => r[1] === 'next-year')).toEqual([]);
  });
});

describe('a news headline on a 纲要 with its goals’ year (“十五五”规划纲要获批 到2030年甲突破X亿元: F5393)', () => {
  it('reads the page as of the plan’s base year, and its 2026 goals as next-year', () => {
    const report = linesReader('linyuan-2025-fy-news.txt')(
      '潾沅县“十五五”规划纲要获批 到2030年地区生产总值突破600亿元',
      '1月18日，潾沅县第十七届人民代表大会第五次会议表决通过了关于潾沅县国民经济和社会发展第十五个五年规划纲要的决议。',
      '2025年，全县地区生产总值达到452.6亿元，增长5.7%。',
      '县发展和改革委员会负责人表示，2026年全县将确保地区生产总值增长5.5%左右。',
    );
    expect(report.meta.period).toBe('2025-FY');
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toContainEqual([
      'gdp',
      'next-year',
      5.5,
    ]);
  });
});

describe('a quoted plan’s goals in a news page (《纲要》提出，“十五五”时期甲年均增长A%；乙达到B%: F5394)', () => {
  it('reads each of the quoted goals as a five-year target, not a rate observed', () => {
    const report = linesReader('linyuan-2025-fy-news.txt')(
      '潾沅县“十五五”规划纲要获批 到2030年地区生产总值突破600亿元',
      '1月18日，潾沅县第十七届人民代表大会第五次会议批准《潾沅县国民经济和社会发展第十五个五年规划纲要》。',
      '2025年，全县地区生产总值达到452.6亿元，增长5.7%；常住人口城镇化率达到61.2%。',
      '《纲要》提出，“十五五”时期全县地区生产总值年均增长5%左右，到2030年突破600亿元；常住人口城镇化率达到65%；城镇调查失业率控制在5%以内。',
    );
    const rows = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator]);
    expect(rows).toContainEqual(['gdp', 'five-year', 5, 'approx']);
    expect(rows).toContainEqual(['urbanisation-rate', 'five-year', 65, 'eq']);
    expect(rows).toContainEqual(['urban-unemployment-rate', 'five-year', 5, 'lte']);
    expect(report.observations.filter((o) => o.quantity?.value === 65)).toEqual([]);
  });
});

describe('a plan table’s row of an amount’s share of the GDP (服务业增加值占地区生产总值比重 | % | 2030年目标: F5395)', () => {
  it('joins the row to the amount, its goal a five-year target of the tertiary industry', () => {
    const report = read(
      '漻岑县国民经济和社会发展第十五个五年规划纲要',
      '第二章　主要目标',
      '“十五五”时期，全县地区生产总值年均增长5%左右。',
      '表1　漻岑县“十五五”时期经济社会发展主要指标',
      '指标\t单位\t2025年基数\t2030年目标\t年均增长（%）\t属性',
      '地区生产总值\t亿元\t386.5\t490左右\t5左右\t预期性',
      '服务业增加值占地区生产总值比重\t%\t46.2\t50\t[3.8]\t预期性',
    );
    const rows = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(rows).toContainEqual(['tertiary-industry-value-added', 'five-year', 50]);
  });
});

describe('a pollutant’s concentration after the year that opens the sentence (2025年细颗粒物（PM2.5）平均浓度降至A微克/立方米: F5396)', () => {
  it('reads the concentration as a level of the pollutant, named without the year', () => {
    const report = read(
      '漻岑县国民经济和社会发展第十五个五年规划纲要',
      '第一章　发展基础',
      '生态环境明显好转。2025年细颗粒物（PM2.5）平均浓度降至31微克/立方米，比2020年下降16.2%。',
    );
    const rows = report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toContainEqual(['细颗粒物(PM2.5)平均浓度', 'level', 31]);
  });
});
