// Project forms the fourteenth held-out batch showed the parser missing in a district's key-project
// notice (docs/prose-forms.md, "(fixding)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const projects = (...items: string[]) => {
  const text = [
    '戊屏区2021年1—7月区级重点项目建设进展情况通报',
    '一、总体进展',
    '1—7月，区级重点项目累计完成投资41.6亿元，同比增长9.2%。',
    '二、重点项目进展',
    ...items,
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'fixding.txt' });
  return report.projects.map((p) => [
    p.name,
    p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
  ]);
};

describe('an item heading two projects, then only what each did (两个项目1—7月分别完成投资a和b)', () => {
  it('gives each project of the heading its own amount done, with no total', () => {
    expect(
      projects(
        '3.戊屏物流园冷库二期、城东再生水厂扩建工程。',
        '两个项目1—7月分别完成投资1.24亿元和0.46亿元，均已完成年度计划投资的五成以上。',
      ),
    ).toEqual([
      ['戊屏物流园冷库二期', null, 124e6],
      ['城东再生水厂扩建工程', null, 46e6],
    ]);
  });

  it('still reads the totals first and the amounts done after them', () => {
    expect(
      projects(
        '3.戊屏物流园冷库二期、城东再生水厂扩建工程。',
        '两个项目总投资分别为3.1亿元和1.8亿元，1—7月分别完成投资1.24亿元和0.46亿元。',
      ),
    ).toEqual([
      ['戊屏物流园冷库二期', 310e6, 124e6],
      ['城东再生水厂扩建工程', 180e6, 46e6],
    ]);
  });

  it('reads nothing when the amounts are fewer than the projects', () => {
    expect(
      projects('3.戊屏物流园冷库二期、城东再生水厂扩建工程。', '两个项目1—7月分别完成投资1.24亿元。'),
    ).toEqual([]);
  });
});

describe('a name ending in a works 站 (储气调峰站, 分输站, 泵站)', () => {
  it('reads an item headed by a gas peak-shaving station with its total', () => {
    expect(
      projects(
        '4.戊屏液化天然气储气调峰站。',
        '总投资3.6亿元，已完成项目备案，正在开展初步设计，计划9月开工。',
      ),
    ).toEqual([['戊屏液化天然气储气调峰站', 360e6, null]]);
  });

  it('reads a pumping station and a bus terminal named in a clause with their totals', () => {
    expect(projects('4.其他项目。', '北岸排涝泵站总投资0.9亿元；戊屏西公交站总投资0.5亿元。')).toEqual([
      ['北岸排涝泵站', 90e6, null],
      ['戊屏西公交站', 50e6, null],
    ]);
  });

  it('reads no project from a 工作站 or a 网站', () => {
    expect(projects('4.其他工作。', '新建院士工作站，加快推进政务网站建设。')).toEqual([]);
  });
});

// Decision 15 (session 34, fixd15): the year's plan, the only planned amount given, is the planned investment.
describe("an item whose first sentence gives the year's plan, then the amount done", () => {
  it("reads the amount done under the heading's name, the year's plan its planned investment", () => {
    expect(
      projects('6.青坪镇农村供水保障工程。', '年度计划投资0.6亿元，1—7月完成投资0.27亿元，新建蓄水池14座。'),
    ).toEqual([['青坪镇农村供水保障工程', 60e6, 27e6]]);
  });

  it('reads the same after 该项目, the sentence before naming the project', () => {
    expect(
      projects(
        '6.其他项目。',
        '青坪镇农村供水保障工程加快推进。该项目2021年计划投资0.6亿元，1—7月完成投资0.27亿元。',
      ),
    ).toEqual([['青坪镇农村供水保障工程', 60e6, 27e6]]);
  });
});
