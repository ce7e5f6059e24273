// Forms first met in held-out-395 (a county 发改局's 一季度 note; session 46, fixer fix395).
// Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fix395-forms.txt');
const note = (...prose: string[]) =>
  report('桐岙县2015年一季度经济运行情况', '一季度，全县实现地区生产总值28.4亿元，同比增长6.1%。', ...prose);

describe('a part of the year as its own clause before the cue: 上半年，力争… (F8341, F8342)', () => {
  const parsed = note(
    '上半年，力争全县地区生产总值增长6%以上，规模以上工业增加值实现正增长，全社会固定资产投资增长25%以上。',
  );

  it('sets no full-year target by the figures (F8341)', () => {
    expect(parsed.targets.filter((t) => t.indicatorCode !== 'industrial-value-added')).toEqual([]);
  });

  it('sets none by the goal in words either (F8342)', () => {
    expect(parsed.targets).toEqual([]);
  });

  it("keeps the year's own goal named with 全年 after a ；", () => {
    const year = note('上半年，力争规模以上工业增加值实现正增长；确保全年地区生产总值增长7.5%。');
    expect(year.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'full-year', 7.5],
    ]);
  });
});

describe("an adverb between a fall's size and its verb: 出口降幅仍达X% (F8343)", () => {
  it('is a negative growth of the indicator', () => {
    const parsed = note('二是外贸出口持续回落，出口降幅仍达16.4%。');
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'exports',
      'growth',
      -16.4,
    ]);
  });
});

describe('the projects funds draw: 带动项目总投资X亿元 (F8344)', () => {
  it('is no project', () => {
    const parsed = note('全县共争取中央新增投资项目21个，下达中央新增投资0.86亿元，带动项目总投资4.12亿元。');
    expect(parsed.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('动工建设 before a project and its bracketed total (F8345)', () => {
  it('reads the project without the verb', () => {
    const parsed = note('一是加快重点项目建设，动工建设桐岙县城北保障性住房项目（总投资2.46亿元）。');
    expect(parsed.projects.map((p) => p.name)).toEqual(['桐岙县城北保障性住房项目']);
  });
});

describe("the year's growth goal named as an aim: 为完成全年经济增长X%的目标打下基础 (F8346)", () => {
  it("is the year's gdp target", () => {
    const parsed = note('上半年，力争全县地区生产总值增长6%以上，为完成全年经济增长8%的目标打下基础。');
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual([
      ['gdp', 'full-year', 8, 'eq'],
    ]);
  });
});
