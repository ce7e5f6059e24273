// Forms of county and county-level-city government work reports (政府工作报告; documents 461–470 of
// docs/corpus.md), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { readTitleText } from '../../src/parse/meta.js';

/** A work report as a portal gives it: the bare title, the session line, the speaker, the salutation. */
const speech = (...body: string[]) =>
  [
    '政府工作报告',
    '——2025年1月9日在柯湾县第十九届人民代表大会第三次会议上',
    '柯湾县人民政府县长　顾远航',
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
    '一、2024年工作回顾',
    ...body,
  ].join('\n');

describe('the title 政府工作报告 (GG1)', () => {
  it('is a plan-and-draft report of the year before its session, dated by the session line', () => {
    const { report, problems } = parseReportText(
      speech('2024年，全县实现地区生产总值128.6亿元，增长5.9%。'),
      { sourceName: 'ggov.txt' },
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report?.meta).toMatchObject({
      genre: 'plan-execution-and-draft',
      region: '柯湾县',
      period: '2024-FY',
    });
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 128.6],
      ['gdp', 'growth', 5.9],
    ]);
  });

  it('reads a place and a year before it, and a bracketed 全文', () => {
    expect(readTitleText('2025年政府工作报告（全文）')).toMatchObject({
      genre: 'plan-execution-and-draft',
      year: 2024,
      code: 'FY',
    });
    expect(readTitleText('柯湾县人民政府工作报告')).toMatchObject({
      genre: 'plan-execution-and-draft',
      region: '柯湾县',
      year: null,
      code: 'FY',
    });
  });

  it('is not a headline that says who read it (a news page)', () => {
    expect(readTitleText('县长顾远航作政府工作报告')?.genre ?? null).toBeNull();
  });
});

describe('a five-year review (GG2)', () => {
  const observed = (...body: string[]) =>
    parseReportText(speech(...body), { sourceName: 'ggov.txt' }).report?.observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value ?? null,
    ]);

  it('reads only the later ratio of 三次产业结构由a:b:c调整为d:e:f (no year before the first)', () => {
    expect(observed('五年来，三次产业结构由16.2:44.5:39.3调整为12.4:42.8:44.8。')).toEqual([
      ['primary-industry-share', 'structure', 12.4],
      ['secondary-industry-share', 'structure', 42.8],
      ['tertiary-industry-share', 'structure', 44.8],
    ]);
  });

  it("keeps the span's totals (五年来…累计) as facts, not the year's levels", () => {
    const text = speech(
      '五年来，民生福祉持续增进。累计新增城镇就业2.8万人，民生支出累计达到142亿元。',
      '2024年，全县新增城镇就业5120人。',
    );
    const report = parseReportText(text, { sourceName: 'ggov.txt' }).report;
    expect(report?.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['new-urban-jobs', 5120],
    ]);
    expect(report?.facts.map((f) => f.quantity.value)).toEqual([2.8, 142, 5120]);
  });

  it("still reads 累计 as the period's own outside a span (今年以来…累计完成)", () => {
    const text = speech('今年以来，全县固定资产投资累计完成86.2亿元，增长7.4%。');
    const report = parseReportText(text, { sourceName: 'ggov.txt' }).report;
    expect(report?.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['fixed-asset-investment', 'level', 86.2],
      ['fixed-asset-investment', 'growth', 7.4],
    ]);
  });
});

describe('粮食总产 without 量 (GG3)', () => {
  it('is grain output, in the results and in a goal', () => {
    const report = parseReportText(
      speech(
        '全县粮食总产达到31.6万吨。',
        '二、2025年工作安排',
        '今年主要预期目标是：地区生产总值增长6%左右；粮食总产稳定在31万吨以上。',
      ),
      { sourceName: 'ggov.txt' },
    ).report;
    expect(report?.observations.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['grain-output', 31.6],
    ]);
    expect(report?.targets.map((t) => [t.indicatorCode, t.value, t.comparator])).toContainEqual([
      'grain-output',
      31,
      'gte',
    ]);
  });
});

describe('an age bounding a group (GG4)', () => {
  const facts = (line: string) =>
    parseReportText(speech(line), { sourceName: 'ggov.txt' }).report?.facts.map((f) => [
      f.quantity.value,
      f.quantity.unit,
    ]);

  it('is no figure in 为65岁以上老年人免费体检 or 80岁及以上老人, but a life expectancy is', () => {
    expect(facts('为全县65岁以上老年人免费健康体检1.2万人次，为80岁及以上老人发放高龄津贴。')).toEqual([
      [1.2, '万人次'],
    ]);
    expect(facts('人均预期寿命达到79.2岁。')).toEqual([[79.2, '岁']]);
  });
});

describe('projects of the tasks and the 民生实事 list (GG5)', () => {
  const projects = (...body: string[]) =>
    parseReportText(speech('全县实现地区生产总值128.6亿元，增长5.9%。', '二、2025年工作安排', ...body), {
      sourceName: 'ggov.txt',
    }).report?.projects.map((p) => p.name);

  it('reads 确保甲快速路上半年开工 without the half-year', () => {
    expect(projects('确保柯湾至岚口城际快速路上半年开工。')).toEqual(['柯湾至岚口城际快速路']);
  });

  it('reads a named school after 新建 in a 民生实事 list, not a class of schools or a count', () => {
    expect(
      projects(
        '办好十件民生实事：',
        '1.新建柯湾县第三实验小学，新增学位1500个；',
        '2.新建城区第五幼儿园，新增学位270个；',
        '3.新建社区养老服务中心5个；',
        '4.新建改扩建中小学和幼儿园9所。',
      ),
    ).toEqual(['柯湾县第三实验小学', '城区第五幼儿园']);
  });
});
