// Forms the thirteenth held-out batch showed the parser missing in a key-project notice and a portal
// news page (docs/prose-forms.md, "(fixproj2)"), in sentences of our own with invented places and
// figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixproj2.txt');
const news = (...prose: string[]) =>
  report('戊川市2018年前三季度经济运行情况', '前三季度，全市地区生产总值增长6.8%。', ...prose);
const observed = (...prose: string[]) =>
  news(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
const projects = (...lines: string[]) =>
  report(...lines).projects.map((p) => [
    p.name,
    p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
  ]);

describe('a negated name: 非房地产投资 is not 房地产投资', () => {
  it('keeps 非房地产投资 under its own name, with its growth and share', () => {
    expect(
      observed(
        '前三季度，全市固定资产投资同比增长11.3%。其中，非房地产投资增长19.4%，占全部投资的比重为61.7%；房地产开发投资下降2.2%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 6.8],
      ['fixed-asset-investment', 'growth', 11.3],
      [generatedCode('非房地产投资'), 'growth', 19.4],
      [generatedCode('非房地产投资'), 'share', 61.7],
      ['real-estate-investment', 'growth', -2.2],
    ]);
  });
});

describe('overnight visitors: 接待过夜游客', () => {
  it('reads 接待过夜游客A万人次，增长B% as overnight visitors, a part of all arrivals', () => {
    expect(
      observed('前三季度，全市接待过夜游客142.8万人次，增长9.6%；实现旅游总收入27.3亿元，增长12.1%。'),
    ).toEqual([
      ['gdp', 'growth', 6.8],
      ['overnight-visitors', 'level', 142.8],
      ['overnight-visitors', 'growth', 9.6],
      ['tourism-revenue', 'level', 27.3],
      ['tourism-revenue', 'growth', 12.1],
    ]);
  });
});

describe('projects listed as ahead of schedule: 甲、乙等N个项目投资超序时进度', () => {
  it('reads each named project, the schedule as its status', () => {
    const { projects: read } = news(
      '全市35个省、市重点项目完成投资28.4亿元，完成年度计划的78.2%，丙岭大道东延线、戊川港区散货码头（二期）等9个项目投资超序时进度。',
    );
    expect(read.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['丙岭大道东延线', '投资超序时进度'],
      ['戊川港区散货码头(二期)', '投资超序时进度'],
    ]);
  });
});

const notice = (...items: string[]) =>
  projects(
    '丁河县2022年1—7月重点项目建设进展情况通报',
    '一、总体情况',
    '2022年，全县共安排重点项目52个，总投资186.4亿元，年度计划投资41.2亿元。1—7月，累计完成投资25.37亿元，占年度计划的61.6%。',
    '二、重点项目进展情况',
    ...items,
  );

describe('a numbered project whose title holds a figure (1.甲县年产X万吨乙项目（一期）。)', () => {
  it('reads the title as the item it heads, capacity and place in the name', () => {
    expect(
      notice(
        '1.丁河县年产12万吨麻纺一体化项目（一期）。总投资96000万元，本年计划投资30000万元，1—7月完成投资21500万元。',
        '2.丁河县50万千瓦风力发电项目。总投资280000万元，本年计划投资90000万元，1—7月完成投资18000万元，进度滞后。',
        '3.丁河至桐岭公路改建工程。总投资32400万元，1—7月完成投资8600万元。',
      ),
    ).toEqual([
      ['丁河县年产12万吨麻纺一体化项目(一期)', 960000000, 215000000],
      ['丁河县50万千瓦风力发电项目', 2800000000, 180000000],
      ['丁河至桐岭公路改建工程', 324000000, 86000000],
    ]);
  });
});

describe('an amount done since the start beside the year’s (1—7月完成投资a万元，…累计完成投资b万元)', () => {
  it("takes the amount since the start as the project's completed investment", () => {
    expect(
      notice(
        '1.丁河县年产8万吨饲料加工项目。总投资64000万元，本年计划投资20000万元，1—7月完成投资13200万元，完成本年计划投资的66%，累计完成投资41800万元，占总投资的65.3%。',
      ),
    ).toEqual([['丁河县年产8万吨饲料加工项目', 640000000, 418000000]]);
  });
});

describe('a project named again without the place its name opened with', () => {
  it('folds 加快乙产业园建设 into 甲经济开发区乙产业园, the shorter name an alias', () => {
    const read = report(
      '丁河县2016年上半年国民经济和社会发展计划执行情况的报告',
      '一、上半年经济运行情况',
      '上半年，全县地区生产总值增长6.9%。丁河至桐岭高速公路丁河段、丁河经济开发区鹿茸精深加工产业园分别完成投资4.2亿元和1.36亿元。',
      '二、下半年工作安排',
      '下半年，加快丁河至桐岭高速公路丁河段和鹿茸精深加工产业园建设。',
    ).projects;
    expect(read.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['丁河至桐岭高速公路丁河段', [], 2],
      ['丁河经济开发区鹿茸精深加工产业园', ['鹿茸精深加工产业园'], 2],
    ]);
  });
});

describe('an item heading two projects, then their amounts in order (两个项目总投资分别为a和b)', () => {
  it('gives each project its own total and amount done, as written', () => {
    expect(
      notice(
        '1.县第三幼儿园、第五小学新建工程。两个项目总投资分别为3600万元和5400万元，1—7月分别完成投资1500万元和2800万元，均已进入主体施工阶段。',
      ),
    ).toEqual([
      ['县第三幼儿园', 36000000, 15000000],
      ['第五小学新建工程', 54000000, 28000000],
    ]);
  });
});
