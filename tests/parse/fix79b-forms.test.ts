// Forms the seventy-ninth held-out batch showed the parser missed (session 26, branch fix79b): in the
// plan part of a part-year summary (下半年工作打算), a goal written first and a 确保 late in the same
// sentence (全年新增城镇就业A人以上，完成…，确保社会大局和谐稳定): the figure before the cue is the part's
// goal still, and it stands for the plan a share of the year's task implied (完成年度任务的B%).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const targetsOf = (text: string) =>
  parsedReport(text, { sourceName: 'summary.txt' }).targets.map((t) => [
    t.indicatorCode,
    t.comparator,
    t.value,
    t.unit,
    t.derived,
    t.horizon,
  ]);

describe('a goal of the plan part written before a 确保 late in its sentence (F1711)', () => {
  it('reads the goal before the cue, and it replaces the plan a share implied', () => {
    const text = [
      '青岭县2024年上半年工作总结及下半年工作打算',
      '一、上半年工作完成情况',
      '上半年，全县新增城镇就业512人，完成年度任务的64.0%；城乡居民医保参保率达到97.1%。',
      '二、下半年工作打算',
      '（一）全力办好民生实事。全年新增城镇就业800人以上，完成县人民医院门诊楼改造，确保社会大局和谐稳定。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([['new-urban-jobs', 'gte', 800, '人', false, 'full-year']]);
  });

  it('keeps a figure before the cue that is no goal out of the targets', () => {
    const text = [
      '青岭县2024年上半年工作总结及下半年工作打算',
      '一、上半年工作完成情况',
      '上半年，全县规上工业增加值同比增长5.2%。',
      '二、下半年工作打算',
      '（一）全力冲刺全年目标。在上半年增长5.2%的基础上，确保全年规上工业增加值增长7%以上。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([['industrial-value-added', 'gte', 7, '%', false, 'full-year']]);
  });
});

describe('what the rest of the year still needs, before a 确保 late in its sentence (F1711)', () => {
  it('is no target', () => {
    const text = [
      '青岭县2024年上半年工作总结及下半年工作打算',
      '一、上半年工作完成情况',
      '上半年，全县完成固定资产投资31.2亿元，同比增长6.1%。',
      '二、下半年工作打算',
      '（一）全力抓好项目投资。按照年度计划，下半年需完成固定资产投资40.5亿元以上，确保全年投资目标实现。',
    ].join('\n');
    expect(targetsOf(text)).toEqual([]);
  });
});
