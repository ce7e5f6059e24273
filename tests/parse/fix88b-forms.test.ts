// Forms the eighty-eighth held-out batch showed the parser still missed after its first fixer (session 28,
// branch fix88b): a zone's goals for the rest of the year named as its results table names the rows (全年力争
// 新签约项目N个以上 beside a row 新签约项目), and a zone's place in the province's appraisal of its zones, the
// appraisal opening the sentence with its edition's year and the rank written within a class of zones
// (园区位列省级经济开发区第N名). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F2061 a goal named as a row of the report’s table (全年力争新签约项目N个以上)', () => {
  const text = [
    '四川棠溪经济开发区2025年上半年工作总结和下半年工作安排',
    '一、上半年工作情况',
    '上半年，园区新签约项目14个，新增规上工业企业3家。',
    '二、下半年工作安排',
    '全年力争新签约项目30个以上，新增规上工业企业8家以上。',
    '附表：四川棠溪经济开发区2025年1—6月主要经济指标完成情况',
    '| 指标名称 | 单位 | 年度目标 | 1—6月完成 | 完成年度目标（%） |',
    '| 新签约项目 | 个 | 30 | 14 | 46.7 |',
    '| 新增规上工业企业 | 家 | 8 | 3 | 37.5 |',
  ].join('\n');

  it('reads each goal as a target of the row’s indicator, besides the table’s own', () => {
    const targets = parsedReport(text, { sourceName: 'zone.txt' })
      .targets.filter((t) => t.comparator === 'gte')
      .map((t) => [t.indicatorName, t.value, t.unit, t.horizon]);
    expect(targets).toEqual([
      ['新签约项目', 30, '个', 'full-year'],
      ['新增规上工业企业', 8, '家', 'full-year'],
    ]);
  });

  it('keeps a work goal of a name no table row has a fact', () => {
    const other = text.replace('新增规上工业企业8家以上', '新建标准化厂房8栋以上');
    const names = parsedReport(other, { sourceName: 'zone.txt' }).targets.map((t) => t.indicatorName);
    expect(names).not.toContain('新建标准化厂房');
  });
});

describe('F2062 a zone ranked in the province’s appraisal of its zones, within a class of zones', () => {
  it('reads the appraisal the sentence opens with (its year left out), the class as the scope and the move', () => {
    const text = [
      '四川棠溪经济开发区2025年上半年工作总结和下半年工作安排',
      '上半年，园区实现规上工业总产值92.6亿元，同比增长8.4%。',
      '在全省开发区2024年度综合发展水平考核评价中，园区位列省级经济开发区第9名，较上年度前移2个位次。',
    ].join('\n');
    const rankings = parsedReport(text, { sourceName: 'zone.txt' }).rankings.map((r) => [
      r.subject,
      r.rank,
      r.scope,
      r.change,
    ]);
    expect(rankings).toEqual([['开发区综合发展水平考核评价', 9, '省级经济开发区', 2]]);
  });
});
