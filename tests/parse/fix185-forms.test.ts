// Forms the one-hundred-and-eighty-fifth held-out batch showed the parser missed (session 34, branch fix185):
// 确保(全年)甲增长与经济增长同步 after a goal cue in a plan's closing item (the word-only pace goal was lost);
// a project named only with 正在进行室内装修 (the works' fitting-out) as its status. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = (item: string) =>
  [
    '甲川县2026年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年，全县实现地区生产总值31.2亿元，同比增长5.1%。城乡居民人均可支配收入14520元，增长5.3%。',
    '全县列入年度计划的重点项目20个，完成投资8.4亿元。甲川县新材料产业园项目总投资12亿元，上半年完成投资2.1亿元；甲川县人民医院住院综合楼项目正在进行室内装修。',
    '二、下半年工作安排',
    '下半年，我们将紧盯年度目标任务不放松，确保地区生产总值全年增长6%以上。重点抓好以下工作：',
    `（一）保障改善民生。${item}`,
  ].join('\n');

const paceGoals = (text: string) =>
  parsedReport(text, { sourceName: 'plan.txt' })
    .targets.filter((t) => t.indicatorCode === 'disposable-income-per-capita')
    .map((t) => [t.kind, t.horizon, t.value]);

describe('确保甲增长与经济增长同步 after a goal cue, under the year’s goal announcement (F3971)', () => {
  it('gives the whole’s word-only goal for the year', () => {
    const text = PLAN('稳定就业岗位，确保城乡居民人均可支配收入增长与经济增长同步。');
    expect(paceGoals(text)).toEqual([['target', 'full-year', null]]);
  });
  it('reads it with 全年 between the cue and the name', () => {
    const text = PLAN('统筹做好社保、教育等工作，确保全年城乡居民人均可支配收入增长与经济增长同步。');
    expect(paceGoals(text)).toEqual([['target', 'full-year', null]]);
  });
});

describe('a project named with 正在进行室内装修 as its only status (F3972)', () => {
  it('keeps the project by its name', () => {
    const names = parsedReport(PLAN('做好民生保障工作。'), { sourceName: 'plan.txt' }).projects.map(
      (p) => p.name,
    );
    expect(names).toContain('甲川县人民医院住院综合楼项目');
  });
});
