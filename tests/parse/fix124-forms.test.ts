// Forms the one-hundred-and-twenty-fourth, -fifth and -eighth held-out batches showed the parser missed (session 32,
// branch fix124): 旅游消费 written without 总额; 研发经费投入强度 (研发 for 研究与试验发展); a problems paragraph's
// 两年平均增速仅为A%; the count of a size class of projects written N个亿元以上重点项目.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

function report(lines: readonly string[], title = '甲县2026年前三季度经济运行情况') {
  return parsedReport(
    [title, '一、综合', '前三季度，全县地区生产总值120.5亿元，增长5.1%。', ...lines].join('\n'),
    {
      sourceName: 'jiaxian.txt',
    },
  );
}

function observed(lines: readonly string[], title?: string) {
  return report(lines, title).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
}

describe('旅游消费 written without 总额 (F2801)', () => {
  it('reads what visitors spent as a named aggregate, its growth from a 分别 pair', () => {
    const rows = observed(['全县接待游客186.5万人次，实现旅游消费28.4亿元，分别增长6.6%和9.2%。']);
    expect(rows).toContainEqual(['旅游消费', 'level', 28.4]);
    expect(rows).toContainEqual(['旅游消费', 'growth', 9.2]);
    expect(rows).toContainEqual(['接待游客', 'growth', 6.6]);
  });

  it('keeps a bare 消费 of residents out (no aggregate named)', () => {
    const rows = observed(['居民消费28.4亿元，增长9.2%。']);
    expect(rows.map((r) => r[0])).not.toContain('居民消费');
  });
});

describe('研发经费投入强度 (F2802)', () => {
  it('reads the research spending’s share of GDP, 研发 for 研究与试验发展, as a rate named as written', () => {
    const rows = observed(
      ['新认定国家高新技术企业12家，研发经费投入强度提高到1.63%。'],
      '甲县2026年政府工作报告',
    );
    expect(rows).toContainEqual(['研发经费投入强度', 'rate', 1.63]);
  });
});

describe('两年平均增速仅为A% in a problems paragraph (F2803)', () => {
  it('reads the two-year average, not the year’s growth', () => {
    const rows = observed(
      [
        '社会消费品零售总额20.26亿元，增长9.5%，两年平均增长1.6%。',
        '二、存在问题',
        '消费恢复仍然偏慢，社会消费品零售总额两年平均增速仅为1.6%。',
      ],
      '甲县2026年政府工作报告',
    );
    const retail = rows.filter((r) => r[0] === '社会消费品零售总额');
    expect(retail).toContainEqual(['社会消费品零售总额', 'growth', 9.5]);
    expect(retail).not.toContainEqual(['社会消费品零售总额', 'growth', 1.6]);
    expect(retail).toContainEqual(['社会消费品零售总额', 'two-year-average-growth', 1.6]);
  });
});

describe('N个亿元以上重点项目: a count of a size class of projects (F2804)', () => {
  it('gives the count as a fact, as N个5000万元以上项目 does', () => {
    const facts = report(['全县27个亿元以上重点项目开复工21个，完成投资10.6亿元。']).facts.map(
      (f) => f.quantity.raw,
    );
    expect(facts).toContain('27个');
    expect(facts).toContain('21个');
  });

  it('still reads a spoken 2个多亿 as no figure', () => {
    const facts = report(['企业负责人说，今年又追加投资了2个多亿。']).facts.map((f) => f.quantity.raw);
    expect(facts).not.toContain('2个');
  });
});
