// Forms the three-hundred-and-seventy-first held-out batch showed the parser missed (session 45, branch fix371).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const COMMUNIQUE_TITLE = '涴汀县2031年国民经济和社会发展统计公报';
const COMMUNIQUE = { sourceName: 'communique.txt', region: '涴汀县', period: '2031-FY' } as const;

const named = (report: ReturnType<typeof parsedReport>, name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

describe('其中城市零售额X亿元 beside 县及县以下零售额: the towns’ retail, named as written (F7531)', () => {
  const report = parsedReport(
    [
      COMMUNIQUE_TITLE,
      '全年社会消费品零售总额41.27亿元，比上年增长16.3%。其中城市零售额26.08亿元，增长18.4%；县及县以下零售额15.19亿元，增长12.9%。',
    ].join('\n'),
    COMMUNIQUE,
  );

  it('reads the level and the growth under 城市零售额', () => {
    expect(named(report, '城市零售额')).toEqual([
      ['level', 26.08, '亿元'],
      ['growth', 18.4, '%'],
    ]);
  });
});

describe('其中工业性投资X亿元: 浙江’s industrial investment, named as written (F7532)', () => {
  const report = parsedReport(
    [
      '关于涴汀县2031年国民经济和社会发展计划执行情况的报告',
      '全社会固定资产投资72.64亿元，增长11.2%，其中工业性投资40.18亿元，增长14.7%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '涴汀县', period: '2031-FY' },
  );

  it('reads the level and the growth under 工业性投资', () => {
    expect(named(report, '工业性投资')).toEqual([
      ['level', 40.18, '亿元'],
      ['growth', 14.7, '%'],
    ]);
  });
});

describe('规模以上工业产品销售率A%，实现利税X亿元: the firms’ profits and taxes, named 利税 (F7533)', () => {
  const report = parsedReport(
    [COMMUNIQUE_TITLE, '规模以上工业产品销售率98.1%，实现利税14.06亿元，增长27.2%。'].join('\n'),
    COMMUNIQUE,
  );

  it('reads the level and the growth under 利税', () => {
    expect(named(report, '利税')).toEqual([
      ['level', 14.06, '亿元'],
      ['growth', 27.2, '%'],
    ]);
  });

  it('leaves a bare 利税 outside a sentence about industry unread', () => {
    const other = parsedReport(
      [COMMUNIQUE_TITLE, '全县旅游接待人数大幅增加，实现利税0.82亿元。'].join('\n'),
      COMMUNIQUE,
    );
    expect(named(other, '利税')).toEqual([]);
  });
});

describe('鞋N万双: a pair count, its unit kept (F7534)', () => {
  const report = parsedReport(
    [COMMUNIQUE_TITLE, '主要工业产品产量：鞋2470万双，增长9.3%；服装1860万件，增长6.1%。'].join('\n'),
    COMMUNIQUE,
  );

  it('reads 2470万双 with its unit', () => {
    const shoes = report.facts.find((f) => f.quantity.value === 2470);
    expect(shoes?.quantity.unit).toBe('万双');
  });
});

describe('上涨A%，高于B%左右的年度调控目标: a price ceiling overrun names the year’s goal (F7535)', () => {
  const report = parsedReport(
    [
      '关于涴汀县2031年国民经济和社会发展计划执行情况的报告',
      '居民消费价格总水平上涨4.3%，高于3%左右的年度调控目标。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '涴汀县', period: '2031-FY' },
  );

  it('reads the 3%左右 ceiling as the full-year goal, missed', () => {
    const cpi = report.targets.filter((t) => t.indicatorCode === 'cpi');
    expect(cpi).toHaveLength(1);
    expect(cpi[0]).toMatchObject({
      value: 3,
      comparator: 'approx',
      horizon: 'full-year',
      attainment: 'missed',
    });
  });
});

const PLAN_TITLE = '关于涴汀县2031年国民经济和社会发展计划执行情况的报告';
const PLAN = { sourceName: 'plan.txt', region: '涴汀县', period: '2031-FY' } as const;
const wordVerdicts = (report: ReturnType<typeof parsedReport>) =>
  report.targets.filter((t) => t.value === null).map((t) => [t.indicatorCode, t.attainment]);

describe('财政总收入…，其中地方财政收入…，双双超额完成年度预算: both budgets met in words (F7536)', () => {
  const report = parsedReport(
    [
      PLAN_TITLE,
      '财政总收入9.84亿元，增长21.6%，其中地方财政收入5.12亿元，增长23.9%，双双超额完成年度预算；全社会固定资产投资40.3亿元，增长15.2%。',
    ].join('\n'),
    PLAN,
  );

  it('gives each revenue a word-only target, met', () => {
    expect(wordVerdicts(report)).toEqual([
      ['fiscal-total-revenue', 'met'],
      ['general-budget-revenue', 'met'],
    ]);
  });
});

describe('能耗下降A%，完成市下达的年度节能目标: the energy goal named by its field, met (F7537)', () => {
  it('reads 年度节能目标 and 年度节能减排任务 as the energy goal met', () => {
    for (const words of ['完成市下达的年度节能目标', '完成市下达的年度节能减排任务']) {
      const report = parsedReport(
        [PLAN_TITLE, `全县单位生产总值能耗0.88吨标准煤，比上年下降4.2%，${words}。`].join('\n'),
        PLAN,
      );
      expect(wordVerdicts(report)).toEqual([['energy-emission-targets', 'met']]);
    }
  });

  it('judges no other indicator by words naming the energy goal', () => {
    const report = parsedReport(
      [PLAN_TITLE, '规模以上工业增加值21.4亿元，增长13.6%，完成市下达的年度节能目标。'].join('\n'),
      PLAN,
    );
    expect(wordVerdicts(report)).toEqual([]);
  });
});

describe('甲工程（总投资X亿元，年内主体结顶） in a list: the shell topped out is a due date, the list goes on (F7538)', () => {
  const report = parsedReport(
    [
      PLAN_TITLE,
      '全县实现生产总值88.26亿元，增长12.4%。',
      '全力推进涴汀港物流中心项目（总投资9.6亿元）、涴汀县妇幼保健院迁建工程（总投资2.3亿元，年内主体结顶）和涴溪堤防加固工程建设。',
    ].join('\n'),
    PLAN,
  );

  it('reads all three projects, the second with its total', () => {
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment ?? null])).toEqual([
      ['涴汀港物流中心项目', 960000000],
      ['涴汀县妇幼保健院迁建工程', 230000000],
      ['涴溪堤防加固工程', null],
    ]);
  });
});
