// Forms the forty-seventh held-out batch showed the parser missing in a banner's key-project report
// (docs/prose-forms.md, "(fixlumu)"): last year's level as the base, a share of the 预期目标, size bands naming
// classes of projects, in sentences of our own with invented places.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) =>
  parsedReport(['桐岙县2022年1—9月重点项目建设进展情况的报告', '一、总体情况', ...lines].join('\n'), {
    sourceName: 'fixlumu.txt',
  });

const observed = (...lines: string[]) =>
  report(...lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value ?? null]);

describe('last year’s level written as the base of the change (比去年同期X亿元增加了Y亿元)', () => {
  it('keeps the base a fact, not this period’s level, and derives the plan from this period’s level', () => {
    const read = report(
      '1—9月全县固定资产投资完成45.36亿元，比去年同期40.12亿元增加了5.24亿元，同比增长13.1%，完成年度预期目标的72.4%。',
    );
    expect(read.observations.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 45.36],
      ['change', 5.24],
      ['growth', 13.1],
      ['share', 72.4],
    ]);
    expect(read.facts.some((f) => f.quantity.value === 40.12)).toBe(true);
    const target = read.targets.find((t) => t.indicatorCode === 'fixed-asset-investment');
    expect(target?.derived).toBe(true);
    expect(target?.value).toBeCloseTo(45.36 / 0.724, 2);
  });

  it('reads 较上年同期X亿元增长A% the same way', () => {
    expect(observed('1—9月全县固定资产投资完成45.36亿元，较上年同期40.12亿元增长13.1%。')).toEqual([
      ['fixed-asset-investment', 'level', 45.36],
      ['fixed-asset-investment', 'growth', 13.1],
    ]);
  });

  it('reads 完成预计目标的A% as a share of the year’s plan', () => {
    expect(
      observed('1—9月全县固定资产投资完成45.36亿元，同比增长13.1%，完成预计目标的72.4%。'),
    ).toContainEqual(['fixed-asset-investment', 'share', 72.4]);
  });
});

describe('a band of amounts naming a class of projects (县级300万元至5000万元项目)', () => {
  it('reads neither bound as a figure, in a count or in a heading', () => {
    const read = report(
      '全县共实施重点项目64项，其中县级亿元以上项目22项，县级300万元至5000万元项目42项。',
      '(二)县级300万元至5000万元重点项目。共42项，总投资9.8亿元。',
    );
    const values = read.facts.map((f) => f.quantity.raw);
    expect(values).not.toContain('300万元');
    expect(values).not.toContain('5000万元');
    expect(values).toContain('42项');
    expect(values).toContain('9.8亿元');
  });

  it('reads a band written with a dash, its upper bound 亿元 without a digit or its lower bound without a unit', () => {
    const read = report(
      '全县共实施重点项目64项，其中县级300万元—亿元重点项目42项，2-5亿元项目11个，总投资19.6亿元。',
    );
    expect(read.facts.map((f) => f.quantity.raw)).toEqual(['64项', '42项', '11个', '19.6亿元']);
  });

  it('still reads an amount before 至 that bounds no class', () => {
    const read = report('全县重点项目完成投资由上年的12.5亿元增至15.2亿元。');
    expect(read.facts.map((f) => f.quantity.raw)).toContain('12.5亿元');
  });
});

describe('projects in a key-project report and a speech', () => {
  const names = (...lines: string[]) => report(...lines).projects.map((p) => p.name);

  it('reads no project in a 形象进度 line under a numbered project: its works are parts', () => {
    expect(
      names(
        '三、重点项目进展情况',
        '1.桐岙溪流域综合治理工程。总投资3.6亿元，年度计划投资1.5亿元，完成投资0.72亿元。',
        '形象进度：完成河道疏浚5.2公里；堤防工程因林地审批推进缓慢。',
      ),
    ).toEqual(['桐岙溪流域综合治理工程']);
  });

  it('reads the projects a speech charges to speed up (甲、乙等项目要加快进度)', () => {
    expect(
      names(
        '1—9月全县固定资产投资完成45.36亿元，同比增长13.1%。',
        '桐岙大道北延段、县妇幼保健院迁建工程等项目要加快进度，确保年内完工。',
      ),
    ).toEqual(['桐岙大道北延段', '县妇幼保健院迁建工程']);
  });
});
