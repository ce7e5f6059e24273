// Forms of a county's report on the year's plan and the next year's draft and of a district's quarterly
// brief (held-out-50's chengjiao, jiaogang and yutan): shares of the parent's whole (占全市份额) listed for
// trade and its halves, a share's changes against two earlier periods, a labelled class of industries
// (“3+2”产业集群), 民间项目投资, a second rank among a class of the province's counties, plan-part goals
// with the level brought to the figure (提高到, 恢复到), 该项目 after a sentence naming two projects, and
// names that are no projects (一条生产线, 第一、二、三产业项目). Sentences of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('ho50.txt');
const TITLE = '关于栖岚县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告';
const RESULTS = '一、2021年国民经济和社会发展计划执行情况';
const PLAN = '二、2022年国民经济和社会发展计划草案';
const plan = (results: string[], goals: string[] = []) => report(TITLE, RESULTS, ...results, PLAN, ...goals);
const BRIEF = '2021年前三季度梧垣区经济运行简析';
const HEADLINE = '前三季度，全区实现地区生产总值188.2亿元，同比增长5.1%。';
const brief = (...lines: string[]) => report(BRIEF, '一、总体情况', ...lines);
/** The observations of the lines under a headline paragraph, the headline's own left out. */
const observed = (lines: string[]) =>
  brief(HEADLINE, ...lines)
    .observations.filter((o) => o.indicatorCode !== 'gdp')
    .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe("shares of the parent city's whole (占全市份额, 占全市出口的份额)", () => {
  it('reads 进出口、出口和进口值占全市份额分别为… with each share and its change for its own indicator', () => {
    expect(
      observed([
        '前三季度，全区进出口总额214.6亿元，同比下降3.2%。其中，出口176.3亿元，下降4.1%；进口38.3亿元，增长1.2%。进出口、出口和进口值占全市份额分别为12.4%、15.8%和6.1%，占比分别提升0.3、0.6和0.9个百分点。',
      ]),
    ).toEqual([
      ['foreign-trade', 'level', 214.6],
      ['foreign-trade', 'growth', -3.2],
      ['exports', 'level', 176.3],
      ['exports', 'growth', -4.1],
      ['imports', 'level', 38.3],
      ['imports', 'growth', 1.2],
      ['foreign-trade', 'share', 12.4],
      ['exports', 'share', 15.8],
      ['imports', 'share', 6.1],
      ['foreign-trade', 'change', 0.3],
      ['exports', 'change', 0.6],
      ['imports', 'change', 0.9],
    ]);
  });

  it('reads 占全市出口的份额提高到A% after the exports as their share', () => {
    expect(observed(['全年实现出口总额86.2亿元，增长7.7%，占全市出口的份额提高到9.3%。'])).toEqual([
      ['exports', 'level', 86.2],
      ['exports', 'growth', 7.7],
      ['exports', 'share', 9.3],
    ]);
  });
});

describe("a share's changes against two earlier periods (占比分别较上半年和上年同期提高a和b个百分点)", () => {
  it('reads two changes of the indicator, not a list of subjects', () => {
    expect(
      observed([
        '高技术制造业增加值增长10.2%，占规模以上工业增加值的比重为24.8%，占比分别较上半年和上年同期提高0.5和2.2个百分点。',
      ]),
    ).toEqual([
      ['high-tech-manufacturing-value-added', 'growth', 10.2],
      ['high-tech-manufacturing-value-added', 'share', 24.8],
      ['high-tech-manufacturing-value-added', 'change', 0.5],
      ['high-tech-manufacturing-value-added', 'change', 2.2],
    ]);
  });
});

describe('a labelled class of industries (“2+3”产业集群实现产值X亿元)', () => {
  it('keeps the output under its name as written, label and all', () => {
    const code = generatedCode('“2+3”产业集群产值');
    expect(observed(['“2+3”产业集群实现产值642.7亿元，增长6.4%，占规模以上工业总产值的71.5%。'])).toEqual([
      [code, 'level', 642.7],
      [code, 'growth', 6.4],
      [code, 'share', 71.5],
    ]);
  });
});

describe('民间项目投资 among the fields of investment', () => {
  it('is the investment of a kind of projects, observed under its name', () => {
    expect(observed(['其中，制造业投资增长14.2%，民间项目投资增长6.7%；房地产开发投资下降8.1%。'])).toEqual([
      ['manufacturing-investment', 'growth', 14.2],
      [generatedCode('民间项目投资'), 'growth', 6.7],
      ['real-estate-investment', 'growth', -8.1],
    ]);
  });
});

describe("a second rank among a class of the province's counties (、全省山区26县第5位)", () => {
  it('reads the rank with its group size after the first', () => {
    const parsed = brief(
      '全区实现地区生产总值188.2亿元，增长5.1%，增速居梧州市6个县（市、区）第2位、全省山区26县第7位。',
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 2, 6],
      ['gdp', 7, 26],
    ]);
  });
});

describe('plan-part goals with the level brought to the figure (提高到, 恢复到)', () => {
  it('reads 城镇化率提高到A% and 旅游总收入恢复到X亿元以上 as next-year goals', () => {
    const parsed = plan(
      ['常住人口城镇化率达到61.2%。全年实现旅游总收入41.6亿元，下降5.3%。'],
      [
        '（三）促进消费。推进栖岚商业街建设，力争全年旅游总收入恢复到50亿元以上。',
        '（四）推进共同富裕。常住人口城镇化率提高到62%，新建幼儿园3所。',
      ],
    );
    expect(
      parsed.targets
        .filter((t) => t.horizon === 'next-year')
        .map((t) => [t.indicatorCode, t.value, t.comparator, t.attainment]),
    ).toEqual([
      ['tourism-revenue', 50, 'gte', 'unknown'],
      ['urbanisation-rate', 62, 'eq', 'unknown'],
    ]);
  });
});

describe('该项目 after a sentence naming two projects', () => {
  it('gives the amount to the project of the clause right before it', () => {
    const parsed = plan(
      ['全年实现地区生产总值188.2亿元。'],
      [
        '（一）扩大有效投资。加快栖岚至梧垣快速路建设，确保栖岚储能装备产业园项目年内开工，该项目计划总投资18亿元。',
      ],
    );
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
      ]),
    ).toEqual([
      ['栖岚至梧垣快速路', null],
      ['栖岚储能装备产业园项目', 1800000000],
    ]);
  });
});

describe('phrases that name no project', () => {
  it("reads neither a counted part (一条生产线) nor the industries' projects (第一、二、三产业项目)", () => {
    const parsed = plan([
      '年产12万吨包装纸技改项目总投资4.2亿元，一条生产线已投产。',
      '产业项目完成投资21.4亿元，其中第一、二、三产业项目分别完成年度计划的61.2%、74.5%、69.8%。',
    ]);
    expect(parsed.projects.map((p) => p.name)).toEqual(['年产12万吨包装纸技改项目']);
  });
});

describe('buildings counted in 幢 (8幢厂房主体结顶)', () => {
  it('keeps the count a fact in 幢, as 栋 is', () => {
    const parsed = plan(['栖岚智造园一期总投资12.4亿元，当年完成投资3.1亿元，8幢厂房主体结顶。']);
    expect(parsed.facts.map((f) => [f.quantity?.value, f.quantity?.unit])).toContainEqual([8, '幢']);
  });
});
