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

const facts = (...prose: string[]) =>
  report('澜溪县人民政府关于2025年度县级预算执行和其他财政收支的审计工作报告', ...prose).facts.map((f) => [
    f.quantity.value,
    f.quantity.unit,
  ]);

describe('F5562 a numbered line that is one whole sentence with a percentage (（四）…，确保…达到95%以上。)', () => {
  it('keeps the sentence as prose under the number, so its figure is a fact', () => {
    expect(
      facts(
        '2025年，全县一般公共预算收入12.4亿元，增长3.2%；一般公共预算支出41.7亿元，增长2.6%。',
        '一、审计查出问题的整改要求',
        '（一）压实整改主体责任。各部门单位要建立问题清单，限期整改。',
        '（二）严格落实整改责任，确保审计查出问题整改率达到92%以上。',
      ),
    ).toContainEqual([92, '%']);
  });
});
