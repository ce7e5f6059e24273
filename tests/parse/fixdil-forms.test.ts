// Forms the fourteenth held-out batch showed the parser missed (diluan, fanqiao, chaoyi; docs/prose-forms.md,
// "Plan gaps in a full-year report and other forms (fixdil)"), in sentences of our own with invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixdil.txt');
const fullYear = (...lines: string[]) =>
  report(
    '关于苇川县2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划草案的报告',
    '一、2010年国民经济和社会发展计划执行情况',
    ...lines,
  );
const halfYear = (...lines: string[]) =>
  report('关于苇川县2010年上半年国民经济和社会发展计划执行情况的报告', ...lines);
const targetsOf = (r: ReturnType<typeof report>) =>
  r.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.attainment]);
const observed = (r: ReturnType<typeof report>) =>
  r.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a gap to the plan in a full-year report (低于计划增速B个百分点, 与计划增速持平)', () => {
  it('derives the year’s plan, a target judged met or missed, not a period’s plan', () => {
    const r = fullYear(
      '——生产总值预计完成63.2亿元，同比增长9.4%，低于计划增速0.6个百分点。',
      '——社会消费品零售总额完成18.7亿元，同比增长16.5%，与计划增速持平。',
      '——城镇居民人均可支配收入10532元，同比增长11.3%；农民人均纯收入4417元，同比增长9.2%，分别高于计划增速1.3和0.2个百分点。',
    );
    expect(targetsOf(r)).toEqual([
      ['gdp', 'target', 'full-year', 10, 'missed'],
      ['retail-sales', 'target', 'full-year', 16.5, 'met'],
      ['urban-disposable-income-per-capita', 'target', 'full-year', 10, 'met'],
      ['rural-net-income-per-capita', 'target', 'full-year', 9, 'met'],
    ]);
    expect(observed(r)).toContainEqual(['retail-sales', 'comparison', 0]);
    expect(observed(r)).toContainEqual(['gdp', 'comparison', -0.6]);
  });

  it('keeps a part-year report’s gap a plan of its period', () => {
    const r = halfYear('上半年，全县生产总值增长8.1%，高于计划0.6个百分点。');
    expect(targetsOf(r)).toEqual([['gdp', 'period-plan', 'period', 7.5, 'met']]);
  });
});

describe('indicators before a progress verdict, then 分别低于时序进度a和b个百分点', () => {
  it('gives each indicator its comparison with the schedule', () => {
    const r = halfYear(
      '上半年，全县规模以上工业增加值增长5.3%，社会消费品零售总额增长7.46%。',
      '规模以上工业增加值、社会消费品零售总额完成进度滞后，分别低于时序进度3.27和0.84个百分点。',
    );
    expect(observed(r)).toContainEqual(['industrial-value-added', 'comparison', -3.27]);
    expect(observed(r)).toContainEqual(['retail-sales', 'comparison', -0.84]);
  });
});

describe('规模以上工业企业实现利税: a named aggregate the catalogue lacks', () => {
  it('keeps the level and growth under the firms’ name without the verb', () => {
    const r = fullYear('苇川纸业公司项目建成投产，规模以上工业企业实现利税6.27亿元，增长12.9%。');
    expect(
      r.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]).filter(([n]) => n !== ''),
    ).toEqual([
      ['规模以上工业企业利税', 'level', 6.27],
      ['规模以上工业企业利税', 'growth', 12.9],
    ]);
  });
});

describe('next year’s goals: 完成市下达的节能减排目标任务, 引进市外资金X亿元以上', () => {
  it('reads a goal in words naming its indicator inside, and funds from outside the city as investment attracted', () => {
    const r = fullYear(
      '——生产总值预计完成63.2亿元，同比增长9.4%。',
      '二、2011年国民经济和社会发展计划草案',
      '建议全县经济社会发展的主要预期目标是：',
      '生产总值增长9%左右；',
      '完成市下达的节能减排目标任务。',
      '为实现上述目标，重点做好以下工作：',
      '（一）深化开放合作。',
      '全年引进市外资金12亿元以上。',
    );
    const next = r.targets
      .filter((t) => t.horizon === 'next-year')
      .map((t) => [t.indicatorCode, t.value, t.comparator]);
    expect(next).toEqual([
      ['gdp', 9, 'approx'],
      ['energy-emission-targets', null, null],
      ['investment-attracted', 12, 'gte'],
    ]);
  });
});

describe('projects: 已建成运营, a first phase beside the unphased name, capacities inside names', () => {
  it('reads the status, folds 甲物流园一期 into 甲物流园 and keeps 乙电厂二期 apart', () => {
    const r = fullYear(
      '苇川农产品交易市场已建成运营，苇川港物流园一期建成运营，苇川热电厂开工建设。',
      '二、2011年国民经济和社会发展计划草案',
      '加快推进苇川港物流园和苇川热电厂二期建设。',
    );
    expect(r.projects.map((p) => p.name)).toEqual([
      '苇川农产品交易市场',
      '苇川热电厂',
      '苇川港物流园',
      '苇川热电厂二期',
    ]);
    expect(r.projects.find((p) => p.name === '苇川港物流园')?.aliases).toContain('苇川港物流园一期');
  });

  it('keeps a capacity after the firm, or before a Latin product name, out of the facts', () => {
    const r = fullYear('苇川水泥公司80万吨熟料项目、川源化工年产5万吨PVC项目建成投产。');
    expect(r.facts.map((f) => f.quantity.raw)).not.toContain('80万吨');
    expect(r.facts.map((f) => f.quantity.raw)).not.toContain('5万吨');
  });
});
