// Forms held-out-41 showed (docs/prose-forms.md, "fixmingtan"), in text of our own with invented places
// and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixmingtan.txt');

describe('a spinning capacity in 锭 (新增纱锭A万锭)', () => {
  it('keeps the figure with its unit', () => {
    const parsed = report(
      '关于澄阳县2020年国民经济和社会发展计划执行情况的报告',
      '全年地区生产总值增长6.3%。园区棉纺企业全年新增纱锭2.4万锭，棉纱产量1.8万吨。',
    );
    expect(parsed.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([2.4, '万锭']);
  });
});

describe('a project named after the list it is on (列入…项目的甲工程总投资X亿元)', () => {
  it('keeps the list out of the name and reads both amounts', () => {
    const parsed = report(
      '关于澄阳县2020年国民经济和社会发展计划执行情况的报告',
      '全年地区生产总值增长6.3%。列入市重点项目的澄阳污水处理厂扩建工程总投资2.6亿元，全年完成投资0.9亿元；纳入规划的桐岙大道改造工程总投资1.4亿元，完成投资0.5亿元。',
    );
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['澄阳污水处理厂扩建工程', 260000000, 90000000],
      ['桐岙大道改造工程', 140000000, 50000000],
    ]);
  });
});

describe('a report-and-draft title whose second line opens on 与 (…执行情况 / 与…计划草案的报告)', () => {
  it('joins both lines, so the genre is the report and its draft', () => {
    const parsed = report(
      '关于澄阳县2019年国民经济和社会发展计划执行情况',
      '和2020年国民经济和社会发展计划草案的报告',
      '全年地区生产总值增长6.3%。',
    );
    expect(parsed.meta.genre).toBe('plan-execution-and-draft');
    expect(parsed.meta.title).toBe(
      '关于澄阳县2019年国民经济和社会发展计划执行情况和2020年国民经济和社会发展计划草案的报告',
    );
  });
});
