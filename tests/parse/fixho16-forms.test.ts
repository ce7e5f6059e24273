// Forms the sixteenth held-out batch showed the parser missing (laigou-2024-fy-plan, luping-2010-m10-analysis,
// luantang-2019-h1-review, ranxi-2017-m8-projects), after the pages of docs/corpus.md's fixho16 section.
// Places, names and figures are invented.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

const plan = (...lines: string[]) =>
  parseReportText(
    [
      '关于苔溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '一、2024年国民经济和社会发展计划执行情况',
      '预计全年实现地区生产总值128.6亿元，同比增长5.6%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'fixho16-plan.txt' },
  ).report;

const notice = (...lines: string[]) =>
  parseReportText(
    [
      '柘原县2017年1—8月重点项目建设进展情况',
      '一、总体情况',
      '1—8月，全县重点项目累计完成投资31.4亿元，占年度计划的66.2%。',
      '二、重点项目进展情况',
      ...lines,
    ].join('\n'),
    { sourceName: 'fixho16-projects.txt' },
  ).report;

const projects = (report: ReturnType<typeof notice>) =>
  (report?.projects ?? []).map((p) => ({
    name: p.name,
    planned: p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    done: p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
  }));

describe('a goal row named with the fall it sets (单位地区生产总值能耗降低)', () => {
  it.each([
    ['单位地区生产总值能耗降低', 'energy-emission-targets'],
    ['单位GDP能耗下降率', 'energy-emission-targets'],
    ['单位生产总值能耗降幅', 'energy-emission-targets'],
    ['地区生产总值增长', 'gdp'],
  ])('%s is %s', (name, code) => {
    expect(lookupIndicator(name)?.code).toBe(code);
  });

  it('keeps an unknown name with 下降 unknown', () => {
    expect(lookupIndicator('苔溪大米售价下降')).toBeUndefined();
  });

  it('reads a table goal in words for the energy row as the catalogue energy goal', () => {
    const report = plan(
      '二、2025年主要预期目标',
      '指标\t单位\t2025年预期目标\t备注',
      '地区生产总值增长\t%\t6左右\t',
      '单位地区生产总值能耗降低\t%\t完成市下达任务\t约束性',
    );
    expect(report?.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.text])).toContainEqual([
      'energy-emission-targets',
      'next-year',
      null,
      '完成市下达任务',
    ]);
  });
});

describe('a notice item titled with a figure and no 。', () => {
  it('heads its item, so the amounts under it are its own', () => {
    expect(
      projects(
        notice(
          '1.柘原年产20万吨石英砂精深加工项目',
          '总投资6.4亿元，年度计划投资2.1亿元，1—8月完成投资1.75亿元。厂房主体完工。',
          '责任单位：柘原县工业园区管委会',
          '2.柘原北塬60兆瓦风电项目',
          '总投资4.9亿元，年度计划投资3.2亿元，1—8月完成投资2.36亿元。已完成风机吊装。',
        ),
      ),
    ).toEqual([
      { name: '柘原年产20万吨石英砂精深加工项目', planned: 640000000, done: 175000000 },
      { name: '柘原北塬60兆瓦风电项目', planned: 490000000, done: 236000000 },
    ]);
  });

  it('does not take a prose line that runs on past the name', () => {
    expect(
      projects(notice('全县新增年产10万吨以上产能3户，其中柘原化工完成技改。')).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('the side of the works after a listed name (征迁进度)', () => {
  it('leaves 征迁进度 out of the last name', () => {
    expect(
      projects(
        plan('三、意见和建议', '要强化项目调度，加快苔溪港区2号泊位工程、县城东片区棚户区改造项目征迁进度。'),
      ).map((p) => p.name),
    ).toEqual(['苔溪港区2号泊位工程', '县城东片区棚户区改造项目']);
  });
});

describe('a clause that needs projects names none (需要一批重大项目)', () => {
  it('reads no project from 需要一批重大项目集中开工形成支撑', () => {
    expect(
      projects(plan('二是固定资产投资增长7%，需要一批重大项目集中开工形成支撑。')).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('light and heavy industry (轻工业/重工业)', () => {
  it('are one indicator whether named with 增加值 or bare', () => {
    expect(lookupIndicator('轻工业增加值')?.code).toBe('light-industry-value-added');
    expect(lookupIndicator('轻工业')?.code).toBe('light-industry-value-added');
    expect(lookupIndicator('重工业增加值')?.code).toBe('heavy-industry-value-added');
    expect(lookupIndicator('规模以上重工业')?.code).toBe('heavy-industry-value-added');
  });

  it('reads a prose figure of each as an observation', () => {
    const report = plan('其中，轻工业完成增加值12.46亿元，增长9.3%；重工业完成增加值20.85亿元，增长14.1%。');
    expect(
      report?.observations
        .filter(
          (o) =>
            /industry-value-added$/.test(o.indicatorCode) && o.indicatorCode !== 'industrial-value-added',
        )
        .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]),
    ).toEqual([
      ['light-industry-value-added', 'level', 12.46],
      ['light-industry-value-added', 'growth', 9.3],
      ['heavy-industry-value-added', 'level', 20.85],
      ['heavy-industry-value-added', 'growth', 14.1],
    ]);
  });
});
