// Forms the ninety-second held-out batch showed the parser still missed after its first fixer (session 28,
// branch fix92b): the version of a scheme (自由贸易区3.0版) read as a figure; a plan's item number in
// brackets before the clause's verb (（四）推动甲园一期投入运营) kept as a project's name, and the
// projects of 招商 (招商项目落地转化偏慢) taken for one project.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const factsOf = (text: string) =>
  parsedReport(text, { sourceName: 'summary.txt' }).facts.map((f) => f.quantity.raw);
const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'summary.txt' }).projects.map((p) => p.name);

describe('the version of a scheme (3.0版)', () => {
  it('is part of its name, no figure', () => {
    const text = [
      '岚溪县商务局2025年上半年工作总结',
      '上半年，县商务局抢抓区域全面经济伙伴关系4.0版建设机遇，推动各项指标稳步增长。全县新设外商投资企业6家。',
    ].join('\n');
    expect(factsOf(text)).toEqual(['6家']);
  });
});

describe('a plan item numbered in brackets before its verb', () => {
  it('names no project of its own, nor do the projects of 招商', () => {
    const text = [
      '岚溪县商务局2025年上半年工作总结',
      '一、主要成效',
      '岚溪保税物流园一期总投资4.6亿元，累计完成投资2.15亿元，预计10月份投入运营。',
      '二、存在问题',
      '一是外资总量偏小；二是招商项目落地转化偏慢，签约项目开工率为65.2%。',
      '三、下半年工作计划',
      '（一）推动岚溪保税物流园一期投入运营，新增电商主体150家。',
    ].join('\n');
    expect(projectsOf(text)).toEqual(['岚溪保税物流园一期']);
  });
});

describe('a plan’s numbered measure with the count it aims at', () => {
  it('is no section’s title: its count stays a fact', () => {
    const text = [
      '岚溪县商务局2025年上半年工作总结',
      '三、下半年工作计划',
      '（一）持续开展“夏日消费季”等促消费活动，新增限额以上商贸企业9家以上。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'summary.txt' }).facts.map((f) => f.quantity.raw)).toEqual([
      '9家以上',
    ]);
  });
});

describe('the tonnage class of the berths a project builds (5万吨级泊位)', () => {
  it('is no figure; the count of berths before it stays one', () => {
    const text = [
      '岚溪县2025年上半年工作总结',
      '岚溪港区二期码头工程总投资18.4亿元，1—6月完成投资3.2亿元，2个3万吨级泊位主体完工。',
    ].join('\n');
    const raws = parsedReport(text, { sourceName: 'summary.txt' }).facts.map((f) => f.quantity.raw);
    expect(raws).not.toContain('3万吨');
    expect(raws).toContain('2个');
  });
});

describe('a non-tax item named as the cause of non-tax revenue’s growth', () => {
  it('is an observation of the item, named as written', () => {
    const text = [
      '岚溪县2025年上半年预算执行情况的报告',
      '上半年，全县非税收入18260万元，增长7.4%，主要是国有资源（资产）有偿使用收入一次性入库3120万元。',
    ].join('\n');
    const observations = parsedReport(text, { sourceName: 'budget.txt' }).observations.map((o) => [
      o.indicatorName,
      o.measure,
      o.quantity?.raw,
    ]);
    expect(observations).toContainEqual(['国有资源(资产)有偿使用收入', 'level', '3120万元']);
  });
});
