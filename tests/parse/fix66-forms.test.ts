// Forms the sixty-sixth held-out batch showed the parser missed (session 24, branch fix66): a goal in
// words on a ◆ goal line; a goal for the share of the year's plan done by a quarter's end (a pace, no
// target); a project named again without its place and without 项目 before 等滞后项目; a table legend
// (“—”表示项目尚未开工) read as a project; an age in 周岁 bounding a group (65周岁以上老年人).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW_TITLE = '关于梧岚县2024年上半年国民经济和社会发展计划执行情况的审查意见';

describe('a goal in words on a ◆ goal line', () => {
  it('is a next-year target of the indicator named inside the words', () => {
    const text = [
      '2025年梧岚区政府工作报告',
      '2025年，全区经济社会发展的主要预期目标是：',
      '◆地区生产总值增长6%左右；',
      '◆完成市下达的节能减排降碳约束性指标任务。',
    ].join('\n');
    const targets = parsedReport(text, { sourceName: 'report.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.horizon,
    ]);
    expect(targets).toEqual([
      ['gdp', 6, 'next-year'],
      ['energy-emission-targets', null, 'next-year'],
    ]);
  });
});

describe('a goal for the share of the year’s plan done by a quarter’s end', () => {
  it('is a fact, not a full-year target', () => {
    const text = [
      REVIEW_TITLE,
      '一、基本评价',
      '全县固定资产投资完成31.2亿元，占年计划的51.4%，同比增长6.6%。',
      '二、建议',
      '力争三季度末固定资产投资完成年度计划的76%以上。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.targets.filter((t) => !t.derived)).toEqual([]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('76%以上');
  });
});

const projectNames = (lines: readonly string[]) =>
  parsedReport([REVIEW_TITLE, '一、基本评价', ...lines].join('\n'), {
    sourceName: 'report.txt',
  }).projects.map((p) => p.name);

describe('a project named again without its place and without 项目', () => {
  it('is the project the full name named', () => {
    expect(
      projectNames([
        '总投资8.2亿元的梧岚县高端轴承产业园项目仅完成年度计划的31.5%，梧岚县中医院迁建工程尚未开工。',
        '二、建议',
        '加快高端轴承产业园等滞后项目建设，推动中医院迁建工程10月底前开工。',
      ]),
    ).toEqual(['梧岚县高端轴承产业园项目', '梧岚县中医院迁建工程']);
  });
});

describe('a table legend saying what a mark stands for', () => {
  it('names no project', () => {
    expect(
      projectNames([
        '说明：1.全县共安排重点项目12个，1—8月累计完成投资9.6亿元。',
        '2.形象进度截至8月31日；“—”表示项目尚未开工，无完成数。',
      ]),
    ).toEqual([]);
  });
});

describe('an age in full years (周岁) bounding the group a measure is for', () => {
  it('is no figure', () => {
    const text = [
      '2025年梧岚区政府工作报告',
      '一、2024年工作回顾',
      '一是新建幼儿园2所；二是为全区65周岁以上老年人免费健康体检；三是新建口袋公园4个。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw)).toEqual([
      '2所',
      '4个',
    ]);
  });
});
