// Forms earlier branches saw in real documents and left untaught (docs/prose-forms.md, "Forms left
// from earlier branches (fleft)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (title: string, ...lines: string[]) => {
  const { report, problems } = parseReportText([title, '一、综合', ...lines].join('\n'), {
    sourceName: 'fleft.txt',
  });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};
const H1 = '沃丰县2021年上半年国民经济和社会发展计划执行情况的报告';
const projects = (...lines: string[]) =>
  report(H1, ...lines).projects.map((p) => [p.name, p.mentions.map((m) => m.status)]);
const observed = (title: string, ...lines: string[]) =>
  report(title, ...lines).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.quantity?.unit ?? null,
  ]);

describe('a status with an alternative in brackets (FL1)', () => {
  it('keeps 竣工投产(试生产) whole as the status', () => {
    expect(
      projects('东岚化工新材料项目竣工投产（试生产）。', '南坪光伏组件项目已竣工投产(试生产)。'),
    ).toEqual([
      ['东岚化工新材料项目', ['竣工投产(试生产)']],
      ['南坪光伏组件项目', ['竣工投产(试生产)']],
    ]);
  });

  it('gives every project of a 等 list the bracketed status', () => {
    expect(projects('全县有东岚化工新材料项目、南坪光伏组件项目等12个项目竣工投产（试生产）。')).toEqual([
      ['东岚化工新材料项目', ['竣工投产(试生产)']],
      ['南坪光伏组件项目', ['竣工投产(试生产)']],
    ]);
  });
});
