// Forms held-out-40's hengze and its batch-mates nianhe, penghe and bixi showed (docs/prose-forms.md,
// "fixhengze"), in text of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('firms counted, 比年初净增 more, then their bare accounts', () => {
  const report = parsedReport(
    [
      '澄阳市2021年前三季度经济运行情况',
      '全市实现地区生产总值126.5亿元，增长6.1%。',
      '工业经济稳步回升。全市规上工业企业148家，比年初净增6家；实现营业收入86.9亿元，增长7.7%；利润总额5.3亿元，下降1.8%。',
    ].join('\n'),
    { sourceName: 'chengyang.txt' },
  );
  const measures = (code: string) =>
    report.observations
      .filter((o) => o.indicatorCode === code)
      .map((o) => `${o.measure} ${o.quantity?.value}`);

  it('keeps the firms the subject past the 净增 clause: their revenue', () => {
    expect(measures('industrial-revenue')).toEqual(['level 86.9', 'growth 7.7']);
  });
  it('and their profits', () => {
    expect(measures('industrial-profits')).toEqual(['level 5.3', 'growth -1.8']);
  });
});

describe('a road named 甲至乙快速干道 with its stage done', () => {
  const report = parsedReport(
    [
      '澄阳市2019年上半年经济运行情况',
      '全市实现地区生产总值126.5亿元，增长6.1%。',
      '上半年全市38个市级重点项目完成投资41.2亿元。其中澄阳光电产业园（一期）完成投资5.3亿元，澄阳至桐岙快速干道已全线贯通，南湖水厂扩建工程进入调试阶段。',
    ].join('\n'),
    { sourceName: 'chengyang.txt' },
  );
  it('is a project: 快速干道 ends a project name as 快速路 does', () => {
    expect(report.projects.map((p) => p.name)).toContain('澄阳至桐岙快速干道');
  });
});
