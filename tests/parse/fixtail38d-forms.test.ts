// Forms held-out-258 and held-out-256 showed (docs/prose-forms.md, session 38 fixtail38d), in sentences of our own
// with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixtail38d.txt');
const projects = (...prose: string[]) =>
  report(
    '澜溪县2025年前三季度经济运行情况',
    '前三季度，全县地区生产总值86.2亿元，增长5.1%。',
    ...prose,
  ).projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.status]);

describe('F5561 a name led by the works status as a participle (竣工的…总投资X亿元)', () => {
  it('reads the name with its phase and total, the participle as its status', () => {
    expect(projects('竣工的澜溪县蚕桑产业园标准厂房（二期）总投资1.6亿元，建成标准厂房6栋。')).toEqual([
      ['澜溪县蚕桑产业园标准厂房(二期)', 160000000, '竣工'],
    ]);
  });
  it('reads 新开工的 after the lead verb the same way (the lead verb gives no status there, as before)', () => {
    expect(projects('新开工的澜溪县冷链物流中心项目总投资2.4亿元，规划建设冷库4座。')).toEqual([
      ['澜溪县冷链物流中心项目', 240000000, null],
    ]);
  });
});
