// Forms the held-out batches' last unread targets showed (session 16, fixlefta; docs/prose-forms.md,
// "fixlefta"), in text of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import type { ProseTarget } from '../../src/parse/prose-targets.js';
import { confirmsAnother } from '../../src/parse/target-confirmations.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixlefta.txt');

describe('a guidance amount on the scale of the row’s year target is the year’s guidance', () => {
  const parsed = report(
    '关于檀浦市2030年上半年国民经济和社会发展计划执行情况的报告',
    '上半年，全市实现地区生产总值88.41亿元，同比增长9.2%。',
    '檀浦市2030年上半年主要经济指标完成情况',
    '指标名称\t单位\t年度目标\t市指导目标\t上半年完成\t增长（%）',
    '地区生产总值\t亿元\t增长9%\t增长8.5%\t88.41\t9.2',
    '全社会固定资产投资\t亿元\t120\t110\t63.27\t21.4',
    '社会消费品零售总额\t亿元\t60\t28\t29.85\t14.3',
  );
  const guidance = (code: string) =>
    parsed.targets
      .filter((t) => t.indicatorCode === code && t.kind === 'guidance')
      .map((t) => [t.horizon, t.value, t.attainment]);

  it('110 beside 120亿元 and a half-year 63.27: full-year, not judged against the half year', () => {
    expect(guidance('fixed-asset-investment')).toEqual([['full-year', 110, 'unknown']]);
  });
  it('a growth guidance stays the period’s', () => {
    expect(guidance('gdp')).toEqual([['period', 8.5, 'met']]);
  });
  it('an amount far below the year target (28 beside 60) stays the period’s', () => {
    expect(guidance('retail-sales')).toEqual([['period', 28, 'met']]);
  });
});

describe('a guidance column whose header names the period keeps the period’s guidance', () => {
  it('1-9月指导目标 45 beside the year’s 50: the period’s, judged against the actual', () => {
    const parsed = report(
      '檀浦区2030年1-9月经济运行情况',
      '檀浦区2030年1-9月主要经济指标完成情况',
      '指标\t单位\t年度目标\t市下达1-9月指导目标\t1-9月完成\t增长（%）',
      '全社会固定资产投资\t亿元\t50\t45\t47.2\t9.1',
    );
    expect(
      parsed.targets.filter((t) => t.kind === 'guidance').map((t) => [t.horizon, t.value, t.attainment]),
    ).toEqual([['period', 45, 'met']]);
  });
});

describe('a ceiling kept in words after its figure (控制在年度预期目标以内)', () => {
  const wordTargets = (...lines: string[]) =>
    report(...lines)
      .targets.filter((t) => t.value === null)
      .map((t) => [t.indicatorCode, t.horizon, t.attainment]);

  it('a half-year review: the year’s ceiling, met', () => {
    expect(
      wordTargets(
        '关于檀浦县2030年上半年国民经济和社会发展计划执行情况的审查意见',
        '上半年，居民消费价格同比上涨1.3%，控制在年度预期目标以内。',
      ),
    ).toEqual([['cpi', 'full-year', 'met']]);
  });

  it('a full-year report whose plan part sets next year’s ceiling: this year’s is still a target', () => {
    expect(
      wordTargets(
        '檀浦县2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案',
        '一、2030年国民经济和社会发展计划执行情况',
        '城镇新增就业860人，城镇登记失业率3.1%，控制在计划目标以内。',
        '二、2031年国民经济和社会发展计划草案',
        '2031年经济社会发展的主要预期目标是：',
        '就业和物价。预期目标：城镇新增就业900人以上，城镇登记失业率控制在3.8%以内，居民消费价格涨幅控制在3%左右。',
      ),
    ).toEqual([['urban-unemployment-rate', 'full-year', 'met']]);
  });

  it('控制在预期范围内 names no goal and gives no target', () => {
    expect(
      wordTargets(
        '关于檀浦县2030年上半年国民经济和社会发展计划执行情况的审查意见',
        '上半年，居民消费价格同比上涨1.3%，控制在预期范围内。',
      ),
    ).toEqual([]);
  });
});

describe('a verdict in words is confirmed only by a target of the same year', () => {
  const prose = (horizon: ProseTarget['horizon'], value: number | null, onThePlan: boolean) =>
    ({
      horizon,
      onThePlan,
      target: { indicatorCode: 'urban-unemployment-rate', value },
    }) as unknown as ProseTarget;
  const verdict = prose('full-year', null, true);

  it('a plan part’s goal of no written horizon is next year’s in a full-year report', () => {
    expect(confirmsAnother([verdict, prose(null, 3.5, false)], 0, [], 'next-year')).toBe(false);
  });
  it('and this year’s in a part-year report', () => {
    expect(confirmsAnother([verdict, prose(null, 3.5, false)], 0, [], 'full-year')).toBe(true);
  });
});

describe('a part whose first sentence counts points off after a colon (二、…问题：一是…；二是…)', () => {
  it('is headed by the words before the colon; the points are prose and their figures facts', () => {
    const parsed = report(
      '关于檀浦县2030年上半年国民经济和社会发展计划执行情况的审查意见',
      '一、财经委认为，上半年全县经济运行总体平稳。',
      '二、财经委指出，计划执行中还存在一些困难和问题：一是项目开工偏慢；二是工业基础薄弱，规模以上工业企业仅有23家；三是财政收支矛盾突出。',
    );
    expect(parsed.facts.map((f) => f.quantity.raw)).toContain('23家');
    const heading = parsed.sentences.find((s) => s.kind === 'heading' && s.text.startsWith('二、'));
    expect(heading?.text).toBe('二、财经委指出，计划执行中还存在一些困难和问题：');
  });
});

describe('a request to keep pace with growth, outside a goal list (确保城乡居民收入增长与经济增长同步)', () => {
  const REVIEW = '关于檀浦县2030年上半年国民经济和社会发展计划执行情况的审查意见';
  const wordTargets = (...lines: string[]) =>
    report(REVIEW, '一、财经委认为，上半年全县经济运行总体平稳。', ...lines)
      .targets.filter((t) => t.value === null)
      .map((t) => [t.indicatorCode, t.horizon]);

  it('an item heading of the requests: both halves of 城乡居民收入, for the year', () => {
    expect(
      wordTargets('二、财经委建议：', '（一）持续改善民生，确保城乡居民收入增长与经济增长同步。'),
    ).toEqual([
      ['urban-disposable-income-per-capita', 'full-year'],
      ['rural-disposable-income-per-capita', 'full-year'],
    ]);
  });
  it('a sentence of the requests naming one indicator', () => {
    expect(
      wordTargets('二、财经委建议：', '要稳就业、惠民生，促进农村居民收入增长与经济增长基本同步。'),
    ).toEqual([['rural-disposable-income-per-capita', 'full-year']]);
  });
  it('said of the results, it is no goal', () => {
    expect(wordTargets('城乡居民收入增长与经济增长同步。')).toEqual([]);
  });
});

describe('力争突破 after a growth goal is a second goal of the same subject', () => {
  it('全社会固定资产投资增长18%，力争突破150亿元: a level goal above 150亿元, not a subject 力争', () => {
    const parsed = report(
      '檀浦区2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案',
      '二、2031年国民经济和社会发展计划草案',
      '2031年经济社会发展的主要预期目标是：地区生产总值增长9%左右；全社会固定资产投资增长18%，力争突破150亿元；社会消费品零售总额增长12%左右。',
    );
    const investment = parsed.targets
      .filter((t) => t.indicatorCode === 'fixed-asset-investment')
      .map((t) => [t.horizon, t.comparator, t.value, t.unit]);
    expect(investment).toEqual([
      ['next-year', 'eq', 18, '%'],
      ['next-year', 'gt', 150, '亿元'],
    ]);
    expect(parsed.facts.find((f) => f.quantity.raw === '150亿元')?.subject).not.toBe('力争');
  });
});

describe('力促…回到年初预期目标N%左右: the year’s goal named again in a closing sentence', () => {
  it('is the gdp goal for the full year, approx, not an observed rate', () => {
    const parsed = report(
      '檀浦县2030年前三季度经济运行情况分析',
      '前三季度，全县实现地区生产总值95.36亿元，同比增长5.1%。',
      '四季度我县将紧盯全年目标，力促经济增长回到年初预期目标6.5%左右的轨道。',
    );
    expect(parsed.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value])).toEqual([
      ['gdp', 'full-year', 'approx', 6.5],
    ]);
    expect(parsed.observations.filter((o) => o.quantity?.value === 6.5)).toEqual([]);
  });
});
