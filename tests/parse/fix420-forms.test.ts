// Forms first met in held-out-418 and 420 (session 47, fixer fix420). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { scanFigures } from '../../src/parse/numbers.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix420-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorCode, t.comparator, t.value, t.unit]);

const MIDTERM_HEAD = [
  '关于岭泽县国民经济和社会发展第十三个五年规划纲要实施中期评估的报告',
  '岭泽县发展和改革委员会',
  '（2019年10月20日）',
  '县发展改革委对《纲要》实施以来至2018年底主要目标指标完成情况进行了评估，年度数据截止到2018年底。',
  '一、主要指标完成情况',
];
const PLAN = '关于岭泽县2018年国民经济和社会发展计划执行情况的报告';

describe("a date's month cut from its 月 by a wrapped line is no figure (F8641)", () => {
  it('reads no 11 from 2024年11⏎月6日, but a count at a line end stays', () => {
    const text = '岭泽县统计局2024年11\n月6日';
    expect(scanFigures(text).map((f) => text.slice(f.start, f.end))).toEqual([]);
    expect(scanFigures('2024年新增企业11\n户').map((f) => f.quantity.value)).toEqual([11]);
  });
});

describe("a yearbook's volume year in its running title is no figure (F8642)", () => {
  it('reads no 2021 from 岭泽年鉴·2021 nor 岭泽统计年鉴2021', () => {
    for (const text of ['岭泽年鉴·2021　　综　述', '岭泽统计年鉴2021']) expect(scanFigures(text)).toEqual([]);
  });
});

describe("a goal held to the year's plan between the name and the amount (F8643)", () => {
  it('reads both goals of 确保全年固定资产投资完成年度计划X亿元、增长A%以上', () => {
    const report = parse(
      '岭泽县2023年1—10月经济运行情况',
      '1—10月，全县固定资产投资增长10.4%。',
      '下一步，确保全年固定资产投资完成年度计划64亿元、增长8%以上。',
    ).report;
    expect(targets(report)).toEqual(
      expect.arrayContaining([
        ['fixed-asset-investment', 'eq', 64, '亿元'],
        ['fixed-asset-investment', 'gte', 8, '%'],
      ]),
    );
  });
});

describe("a mid-term evaluation's YYYY年实现 column is the year's outcome (F8644)", () => {
  it('reads the row levels of 2018年实现', () => {
    const report = parse(
      ...MIDTERM_HEAD,
      '指标\t单位\t2020年规划目标\t2018年实现\t进度（%）\t评估',
      '人均地区生产总值\t元\t61000\t47320\t77.6\t符合',
      '森林覆盖率\t%\t40\t38.5\t—\t符合',
    ).report;
    expect(observations(report)).toEqual(
      expect.arrayContaining([
        ['人均地区生产总值', 'level', 47320],
        ['森林覆盖率', 'rate', 38.5],
      ]),
    );
  });
});

describe("the report's own year before 分别 names no list (F8645)", () => {
  it('gives 其中2018年分别增长a%和b% to the names just read', () => {
    const report = parse(
      PLAN,
      '一、2018年计划执行情况',
      '2018年，城镇、农村常住居民人均可支配收入分别达到31200元和14350元，三年年均分别增长8.2%和9.1%；其中2018年分别增长7.9%和8.8%。',
    ).report;
    expect(observations(report)).toEqual(
      expect.arrayContaining([
        ['城镇常住居民人均可支配收入', 'growth', 7.9],
        ['农村常住居民人均可支配收入', 'growth', 8.8],
      ]),
    );
  });
});

describe('a span of years said as the clause before 累计 (F8646)', () => {
  it('keeps the sum a fact only', () => {
    const report = parse(
      PLAN,
      '一、2018年计划执行情况',
      '（三）投资。2016—2018年，全县累计完成固定资产投资402.6亿元，年均增长11.2%；其中2018年完成146.3亿元，增长10.8%。',
    ).report;
    const levels = observations(report).filter((o) => o[1] === 'level');
    expect(levels).toEqual([['固定资产投资', 'level', 146.3]]);
  });
});

describe('a share written as the table row names it whole (F8647)', () => {
  it("is the row's, once, and its gap follows", () => {
    const report = parse(
      ...MIDTERM_HEAD,
      '指标\t单位\t2020年规划目标\t2018年实际\t进度（%）\t评估',
      '地区生产总值\t亿元\t300\t236.4\t78.8\t符合',
      '研发经费支出占地区生产总值比重\t%\t2.1\t1.56\t—\t滞后',
      '（一）创新能力。研发经费支出占地区生产总值比重为1.56%，距2.1%的规划目标还差0.54个百分点。',
    ).report;
    const rd = observations(report).filter((o) => String(o[0]).startsWith('研发'));
    expect(rd).toEqual([
      ['研发经费支出占地区生产总值比重', 'rate', 1.56],
      ['研发经费支出占地区生产总值比重', 'comparison', -0.54],
    ]);
  });
});
