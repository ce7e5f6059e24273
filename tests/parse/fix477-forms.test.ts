// Forms held-out-477 showed the parser missing (nuga, nuquan, nacen; session 50, fix477): a review's results with
// the plan in brackets after them, a revenue above its budget by an amount, a bare 利润总额 after a glossed
// industry, 增长率达到, a count closing a plan's task line, and two ways of writing a project's planned total.
// Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW_TITLE =
  '柯泽旗人民代表大会财政经济委员会关于2006年国民经济和社会发展计划执行情况与2007年计划草案的审查报告';
const PLAN_TITLE = '岚溪县2006年国民经济和社会发展计划执行情况与2007年计划草案的报告';
const COMMUNIQUE_TITLE = '柯泽旗2006年国民经济和社会发展统计公报';

const report = (title: string, lines: string[]) =>
  parsedReport([title, '一、2006年计划执行情况', ...lines].join('\n'), { sourceName: 'fix477.txt' });

const targetsOf = (title: string, lines: string[]) =>
  report(title, lines).targets.map((t) => [
    t.indicatorCode,
    t.kind,
    t.horizon,
    t.value,
    t.unit,
    t.comparator,
    t.attainment,
    t.derived,
  ]);
const observedOf = (title: string, lines: string[]) =>
  report(title, lines).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('F10041 the plan in brackets after a result', () => {
  const lines = [
    '主要指标完成情况是：地区生产总值完成23.46亿元（计划21.8亿元），增长16.2%（计划13%），增幅在全盟9个旗县中居第3位。城镇居民人均可支配收入8640元，增长9.4%（计划10%）。',
  ];

  it('reads each bracket as the year’s target of the figure before it, judged', () => {
    expect(targetsOf(REVIEW_TITLE, lines)).toEqual([
      ['gdp', 'target', 'full-year', 21.8, '亿元', 'eq', 'met', false],
      ['gdp', 'target', 'full-year', 13, '%', 'eq', 'met', false],
      ['urban-disposable-income-per-capita', 'target', 'full-year', 10, '%', 'eq', 'missed', false],
    ]);
  });

  it('keeps the indicator as the subject of the growth and the rank after the bracket', () => {
    const parsed = report(REVIEW_TITLE, lines);
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 23.46],
      ['gdp', 'growth', 16.2],
      ['urban-disposable-income-per-capita', 'level', 8640],
      ['urban-disposable-income-per-capita', 'growth', 9.4],
    ]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([['gdp', 3, 9]]);
  });
});

describe('F10042 a revenue above its budget by an amount, then its share of the budget', () => {
  it('reads the gap as a comparison and one derived budget, the share and growth after it', () => {
    const lines = ['地方财政收入完成1.26亿元，比预算增加1600万元，完成预算的114.5%，增长21.3%。'];
    expect(observedOf(REVIEW_TITLE, lines)).toEqual([
      ['general-budget-revenue', 'level', 1.26],
      ['general-budget-revenue', 'comparison', 1600],
      ['general-budget-revenue', 'share', 114.5],
      ['general-budget-revenue', 'growth', 21.3],
    ]);
    expect(targetsOf(REVIEW_TITLE, lines)).toEqual([
      ['general-budget-revenue', 'target', 'full-year', 1.1, '亿元', 'eq', 'met', true],
    ]);
  });
});

describe('F10043 a bare 利润总额 after an industry glossed in brackets', () => {
  it('is the industry’s profits, the gloss’s comma no clause end', () => {
    const lines = [
      '全年全部工业增加值9.42亿元，比上年增长24.6%。规模以上工业企业（指年产品销售收入500万元以上的工业企业，下同）完成工业增加值6.38亿元，增长27.1%；实现产品销售收入18.6亿元，增长30.2%；实现利润总额1.44亿元，增长35.8%。',
    ];
    expect(observedOf(COMMUNIQUE_TITLE, lines).filter((o) => o[0] === 'industrial-profits')).toEqual([
      ['industrial-profits', 'level', 1.44],
      ['industrial-profits', 'growth', 35.8],
    ]);
  });
});

describe('F10044 a growth written 增长率达到', () => {
  it('reads the rate as the indicator’s growth', () => {
    const lines = ['全年全社会固定资产投资完成21.34亿元，比上年增长率达到46.8%。'];
    expect(observedOf(COMMUNIQUE_TITLE, lines)).toEqual([
      ['fixed-asset-investment', 'level', 21.34],
      ['fixed-asset-investment', 'growth', 46.8],
    ]);
  });
});

describe('F10045 a plan’s task line closing on a count in 个', () => {
  it('reads the count as the next year’s goal', () => {
    const parsed = parsedReport(
      [
        PLAN_TITLE,
        '一、2006年计划执行情况',
        '全县地区生产总值完成18.6亿元，增长12.4%。',
        '二、2007年国民经济和社会发展计划草案',
        '（三）加强社会保障和就业再就业工作，全年城镇新增就业岗位3400个。',
      ].join('\n'),
      { sourceName: 'fix477.txt' },
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit, t.attainment])).toEqual([
      ['new-urban-jobs', 'next-year', 3400, '个', 'unknown'],
    ]);
  });
});

describe('project amounts: F10046 a bracketed 计划投资, F10047 计划投资为', () => {
  it('takes a bracketed plan amount with no year out of the name as its planned total', () => {
    const parsed = parsedReport(
      [
        PLAN_TITLE,
        '一、2006年计划执行情况',
        '全县地区生产总值完成18.6亿元，增长12.4%。',
        '二、2007年工作建议',
        '（一）坚持项目带动。加快推进岚溪钼矿采选项目（计划投资2.6亿元）和县城污水处理厂建设。',
      ].join('\n'),
      { sourceName: 'fix477.txt' },
    );
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['岚溪钼矿采选项目', 260000000, null],
      ['县城污水处理厂', null, null],
    ]);
  });

  it('reads 计划投资为 and 总投资为 as the planned total, the 累计 done after it', () => {
    const parsed = report(PLAN_TITLE, [
      '全县地区生产总值完成18.6亿元，增长12.4%。',
      '（四）项目建设成效明显。岚溪水泥厂技改工程计划投资为3.2亿元，累计完成投资1.85亿元，一号生产线已投产；县城供热站改造工程总投资为4600万元，年内竣工投用。',
    ]);
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['岚溪水泥厂技改工程', 320000000, 185000000],
      ['县城供热站改造工程', 46000000, null],
    ]);
  });
});
