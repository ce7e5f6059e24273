// Forms older batches' leftovers showed the parser missed (session 30, branch fixleft30): a table note's
// numbered item giving the group the ranks are in (2.全市共8个县（市、区））; a capacity inside a project's name
// whose phase stands before its closing 项目 (…10万头奶牛养殖基地（二期）项目); a quarter between a name and its
// status (…二期工程四季度开工); an amount before a list closed by 等N个项目 that names every member; a spending
// progress ranked after a clause naming no fund, the fund in the paragraph's topic ((三)衔接资金管理…。…已支出); a
// clause opening on the group of the city's counties it picks from (8个县（市、区）中有4个…); loans lent to one
// group of borrowers (向园区企业新增贷款); 列全市末位 after the text counted the parent's places elsewhere.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const factsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).facts.map((f) => f.quantity.raw);

describe('F2291: a numbered note item naming the group of places', () => {
  it('is no fact of its own, full-width digits or not', () => {
    for (const note of [
      '注：１．地区生产总值增速按不变价格计算；２．全市共９个县（市、区）；３．本快报为初步统计数。',
      '注：1.地区生产总值增速按不变价格计算；2.全市共9个县（市、区）；3.本快报为初步统计数。',
    ]) {
      const text = [
        '澪坪县2025年上半年经济运行情况分析',
        '上半年，全县地区生产总值23.4亿元，增长5.3%，增速居全市第4位。',
        note,
      ].join('\n');
      const facts = factsOf(text);
      expect(facts).toContain('23.4亿元');
      expect(facts.filter((raw) => /^[9９]个$/.test(raw))).toEqual([]);
    }
  });
});

describe('F2292: a capacity inside a name whose bracketed phase stands before 项目', () => {
  it("is the name's, no fact", () => {
    const text = [
      '澪河县2024年国民经济和社会发展计划执行情况的报告',
      '一、2024年计划执行情况',
      '开工建设总投资6.3亿元的澪河县12万头肉牛养殖基地（二期）项目、总投资2.1亿元的澪河县城北供水工程。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('12万头');
    expect(report.projects.map((p) => p.name)).toContain('澪河县12万头肉牛养殖基地(二期)项目');
  });
});

const projectsOf = (lines: readonly string[]) =>
  parsedReport(['澪垌县2023年前三季度国民经济和社会发展计划执行情况的报告', ...lines].join('\n'), {
    sourceName: 'report.txt',
  }).projects.map((p) => ({ name: p.name, planned: p.mentions.map((m) => m.plannedInvestment) }));

describe("F2293: a quarter between a project's name and its status", () => {
  it('is no part of the name', () => {
    const projects = projectsOf([
      '一、前三季度计划执行情况',
      '前三季度，全县外贸进出口总额3.18亿元。',
      '二、第四季度工作安排',
      '力争县中医院门诊综合楼、澪垌片区雨污分流改造二期工程四季度开工。',
    ]);
    expect(projects.map((p) => p.name)).toEqual(['县中医院门诊综合楼', '澪垌片区雨污分流改造二期工程']);
  });
});

describe('F2294: an amount before a list closed by 等N个项目 that names every member', () => {
  it("is the first project's", () => {
    const projects = projectsOf([
      '一、前三季度计划执行情况',
      '前三季度，全县外贸进出口总额3.18亿元。',
      '二、第四季度工作安排',
      '力争投资12亿元的澪垌100兆瓦风电项目、县中医院门诊综合楼、澪垌片区雨污分流改造二期工程等3个项目四季度开工。',
    ]);
    expect(projects).toEqual([
      { name: '澪垌100兆瓦风电项目', planned: [1200000000] },
      { name: '县中医院门诊综合楼', planned: [null] },
      { name: '澪垌片区雨污分流改造二期工程', planned: [null] },
    ]);
  });
});

describe("F2295: a spending progress ranked, the fund named only by the paragraph's topic", () => {
  it("is a ranking of that fund's progress", () => {
    const text = [
      '澪漈县乡村振兴局2024年上半年工作总结',
      '一、上半年工作情况',
      '（三）衔接资金管理使用规范高效。全县到位财政衔接推进乡村振兴补助资金2.14亿元。截至6月底，已支出1.43亿元，支出进度66.8%，高于序时进度16.8个百分点，居全市第4位，比一季度前移1位。',
    ].join('\n');
    const rankings = parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [
      r.subject,
      r.rank,
      r.change,
    ]);
    expect(rankings).toEqual([['衔接资金支出进度', 4, 1]]);
  });
});

describe('F2296: a clause opening on the group of counties it picks from', () => {
  it('gives no fact of the group, the picked count kept', () => {
    const text = [
      '澪沱市2024年上半年经济运行情况分析',
      '上半年，全市地区生产总值532.6亿元，同比增长5.7%。',
      '从增速看，9个县（市、区）中有5个增速高于全市平均水平。9个县（市、区）中，甲南区、乙城区增速超过8%。分县区看，6个县区中有4个投资实现正增长。',
    ].join('\n');
    const facts = factsOf(text);
    expect(facts).toContain('5个');
    expect(facts).not.toContain('9个');
    expect(facts).not.toContain('6个');
  });
});

describe('F2297: loans lent to one group of borrowers', () => {
  it("are no change of the place's loans, a fact only", () => {
    const text = [
      '澪江经济开发区2025年上半年工作总结',
      '一、上半年工作情况',
      '6月末，全区金融机构本外币各项贷款余额86.2亿元，比年初增加6.1亿元。设立企业服务中心，协调金融机构向园区企业新增贷款9.7亿元。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    const loans = report.observations.filter((o) => o.indicatorCode === 'loans').map((o) => o.quantity?.raw);
    expect(loans).toContain('86.2亿元');
    expect(loans).not.toContain('9.7亿元');
    expect(report.facts.map((f) => f.quantity.raw)).toContain('9.7亿元');
  });
});

describe("F2298: 列全市末位, the parent's places counted elsewhere in the text", () => {
  it('is the last of that count', () => {
    const text = [
      '澪溪县2019年上半年国民经济和社会发展计划执行情况的审查意见',
      '一、执行情况',
      '上半年，全县地区生产总值96.3亿元，增长6.4%，列澪州市9个县（市、区）第6位。',
      '二、存在的问题',
      '三是外贸出口增长乏力，自营出口额3.12亿美元，同比下降2.9%，列全市末位；四是财政收支矛盾突出。',
    ].join('\n');
    const rankings = parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
    ]);
    expect(rankings).toContainEqual(['exports', 9, 9]);
  });
});
