// Forms the eighty-second held-out batch showed the parser missed (session 27, branch fix82b): a budget
// review's suggestions that hold a rate the results stated to a ceiling (将债务率控制在120%以内 after
// 全县债务率为A%), a goal of that rate though the catalogue lacks it; a revenue held to a floor in money
// (全年盘活国有资产收入不低于X亿元), a goal of the revenue named as written; a budget's total named right
// before its change in money (政府性基金预算收入比上年减少X亿元), that total's change; a PDF line LibreOffice
// broke before a figure whose sentence's closing mark and the next sentence's digits it keeps with it
// (下降 / 13.8%。57个…), wrapped, not a paragraph's end; a group's employment held to the higher level's task
// (脱贫劳动力务工就业N万人，完成市下达全年任务（M万人）的A%), an indicator under its name as written.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { wrappedBefore } from '../../src/ingest/pdf-wrap.js';
import { parsedReport } from '../helpers/report.js';

const goalsOf = (text: string) =>
  parsedReport(text, { sourceName: 'review.txt' }).targets.map((t) => [
    t.indicatorName,
    t.value,
    t.unit,
    t.comparator,
    t.horizon,
  ]);

const review = (problems: string, suggestion: string) =>
  [
    '棠川县人大常委会预算工作委员会关于2024年预算执行情况和2025年预算草案的审查结果报告',
    '一、2024年预算执行情况',
    '全县一般公共预算收入7.35亿元，增长3.6%。一般公共预算支出30.2亿元，增长2.1%。',
    `审查认为，预算执行中还存在一些困难和问题：${problems}`,
    '二、对做好2025年预算工作的建议',
    suggestion,
  ].join('\n');

describe('a rate the results stated, held to a ceiling in the suggestions (将债务率控制在120%以内)', () => {
  it('is a goal of that rate (F1891)', () => {
    const text = review(
      '一是债务风险不容忽视。全县债务率为109.4%，比上年上升5.2个百分点。',
      '（四）严控政府债务风险。严禁新增隐性债务，将债务率控制在115%以内。',
    );
    expect(goalsOf(text)).toContainEqual(['债务率', 115, '%', 'lte', 'next-year']);
  });

  it('is no goal where the results gave the rate no figure', () => {
    const text = review(
      '一是收入质量有待提高。',
      '（四）严控政府债务风险。严禁新增隐性债务，将债务率控制在115%以内。',
    );
    expect(goalsOf(text).map(([name]) => name)).not.toContain('债务率');
  });
});

describe('a revenue held to a floor in money (盘活国有资产收入不低于X亿元)', () => {
  it('is a goal of the revenue named as written (F1892)', () => {
    const text = review(
      '一是收入质量有待提高。',
      '（一）依法组织收入。加大闲置资产盘活力度，全年盘活国有资产收入不低于0.6亿元。',
    );
    expect(goalsOf(text)).toContainEqual(['盘活国有资产收入', 0.6, '亿元', 'gte', 'next-year']);
  });

  it('but a work target’s floor names no indicator (化解存量债务不低于X亿元)', () => {
    const text = review(
      '一是收入质量有待提高。',
      '（四）严控政府债务风险。全年化解存量隐性债务不低于1.5亿元。',
    );
    expect(goalsOf(text).map(([name]) => name)).not.toContain('化解存量隐性债务');
  });
});

describe('a budget’s total named right before its change in money (政府性基金预算收入比上年减少X亿元)', () => {
  const changesOf = (text: string) =>
    parsedReport(text, { sourceName: 'review.txt' })
      .observations.filter((o) => o.measure === 'change')
      .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

  it('is the change of that total (F1893)', () => {
    const text = review(
      '二是基金收入大幅短收。政府性基金预算收入比上年减少1.74亿元，影响了项目配套资金的落实。',
      '',
    );
    expect(changesOf(text)).toContainEqual(['政府性基金预算收入', -1.74, '亿元']);
  });
});

describe('a PDF line broken before a figure, its closing mark and the next sentence’s digits (下降 / 13.8%。57个)', () => {
  // 16-point text, digits about two thirds of an em: the line stopped 5.4 ems short of the margin.
  it('was wrapped: the run LibreOffice would not break is 13.8%。57, wider than the gap (F1894)', () => {
    expect(wrappedBefore(86, '13.8%。57个重点项目完成投资42.1亿元', 16, 0.66)).toBe(true);
  });

  it('but a gap wider than that run is a paragraph’s end', () => {
    expect(wrappedBefore(120, '13.8%。57个重点项目完成投资42.1亿元', 16, 0.66)).toBe(false);
  });
});

describe('a group’s employment held to the higher level’s task (务工就业N万人，完成市下达全年任务（M万人）的A%)', () => {
  const summary = (line: string) =>
    parsedReport(['棠川县乡村振兴局2024年上半年工作总结', '一、上半年工作开展情况', line].join('\n'), {
      sourceName: 'summary.txt',
    });

  it('is tracked under its name: level, share of the task and the task (F1895)', () => {
    const report = summary(
      '（五）就业规模稳定。全县脱贫劳动力务工就业1.84万人，完成市下达全年任务（1.8万人）的102.2%。',
    );
    expect(
      report.observations
        .filter((o) => o.indicatorName === '脱贫劳动力务工就业')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 1.84],
      ['share', 102.2],
    ]);
    expect(
      report.targets
        .filter((t) => t.indicatorName === '脱贫劳动力务工就业')
        .map((t) => [t.value, t.unit, t.horizon]),
    ).toEqual([[1.8, '万人', 'full-year']]);
  });

  it('but the count given bare stays a fact', () => {
    const report = summary('（五）就业规模稳定。全县农村劳动力转移就业1.36万人，开发公益性岗位820个。');
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('农村劳动力转移就业');
  });
});
