// Forms of session 48's decision run (branch fixdecide): open points the answer files gave both ways, settled
// by counts over those files (tests/accuracy/README.md, "Session 48 decision: open points (fixdecide)").
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('F9301 a count of new firms held to its year’s task is facts only', () => {
  const text = [
    '鄣岭县2024年前三季度国民经济和社会发展计划执行情况',
    '前三季度全县实现地区生产总值98.14亿元，同比增长5.2%。新增规模以上工业企业23家，完成年度任务35家的65.7%。',
    '新增“四上”企业17家，完成全年任务40家的42.5%。',
  ].join('\n');

  it('gives no observation or target of the new firms, and keeps every figure a fact', () => {
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    const firms = (name: string) => name.includes('企业');
    expect(report.observations.filter((o) => firms(o.indicatorName))).toEqual([]);
    expect(report.targets.filter((t) => firms(t.indicatorName))).toEqual([]);
    const facts = report.facts.map((f) => f.quantity?.value);
    expect(facts).toEqual(expect.arrayContaining([23, 35, 65.7, 17, 40, 42.5]));
  });

  it('still tracks a group’s employment held to its task', () => {
    const report = parsedReport(
      [
        '鄣岭县2024年前三季度国民经济和社会发展计划执行情况',
        '脱贫劳动力务工就业2.6万人，完成市下达全年任务（2.8万人）的92.9%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.map((o) => [o.indicatorName, o.measure])).toContainEqual([
      '脱贫劳动力务工就业',
      'level',
    ]);
  });
});

describe('F9302 a road named with 全线通车 and no amounts is a project (decision 8)', () => {
  const names = (text: string, sourceName: string) =>
    parsedReport(text, { sourceName }).projects.map((p) => p.name);

  it('in a news page', () => {
    const text = [
      '鄣岭县召开2013年上半年经济形势分析会',
      '7月18日，鄣岭县召开上半年经济形势分析会。会议指出，上半年全县实现地区生产总值98.14亿元，同比增长5.2%。鄣岭至竹溪旅游公路已全线通车。',
    ].join('\n');
    expect(names(text, 'news.txt')).toContain('鄣岭至竹溪旅游公路');
  });

  it('in a work report', () => {
    const text = [
      '鄣岭县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '全年实现地区生产总值198.14亿元，增长5.2%。鄣岭至淦川城际快速路全线通车。',
    ].join('\n');
    expect(names(text, 'plan.txt')).toContain('鄣岭至淦川城际快速路');
  });
});
