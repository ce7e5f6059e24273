// The stages of the prose target reader, tested on their own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { leadingIndicator, type NamedIndicator } from '../../src/parse/prose-clauses.js';
import { horizonOf } from '../../src/parse/prose-target-goal-cues.js';
import { GoalReader } from '../../src/parse/prose-target-goal-lists.js';
import { periodPlanTarget } from '../../src/parse/prose-target-plan-gaps.js';
import { derivedFullYearTarget, isShareOfPlan } from '../../src/parse/prose-target-plan-shares.js';
import { plansMetInWords, quotedGoals } from '../../src/parse/prose-target-verdicts.js';
import { wordGoals } from '../../src/parse/prose-target-word-goals.js';
import type { Fact, Measure, Sentence } from '../../src/parse/types.js';
import { sentenceOf } from '../helpers/sentence.js';

function joinOf(name: string): NamedIndicator {
  const join = leadingIndicator(name);
  if (!join) throw new Error(`no indicator in ${name}`);
  return join;
}

function fact(measure: Measure, value: number, unit: string, raw: string): Fact {
  const [valueBase, baseUnit] =
    unit === '亿元' ? [value * 1e8, '元'] : unit === '个百分点' ? [value, 'pp'] : [value, unit];
  return {
    subject: '',
    measure,
    quantity: { value, unit, valueBase, baseUnit, qualifier: null, raw },
    indicatorCode: null,
    comparedWith: null,
    provenance: { sentenceIndex: 0, start: 0, end: raw.length },
  };
}

describe('plan gaps and shares of the plan', () => {
  it('reads the period plan from a growth and its gap to the plan', () => {
    const gdp = joinOf('地区生产总值');
    const target = periodPlanTarget(
      gdp,
      fact('comparison', 0.6, '个百分点', '高于计划0.6个百分点'),
      fact('growth', 6.1, '%', '增长6.1%'),
      '增长6.1%,高于计划0.6个百分点',
    );
    expect(target.target.value).toBe(5.5);
    expect(target.target.kind).toBe('period-plan');
    expect(target.horizon).toBe('period');
  });
  it('reads the full-year plan from a level and its share of the plan, and none from a share of nothing', () => {
    const investment = joinOf('固定资产投资');
    const level = fact('level', 12, '亿元', '12亿元');
    const target = derivedFullYearTarget(investment, fact('share', 48, '%', '48%'), level, '');
    expect(target?.target.value).toBe(25);
    expect(target?.target.unit).toBe('亿元');
    expect(derivedFullYearTarget(investment, fact('share', 0, '%', '0%'), level, '')).toBeNull();
  });
  it('tells a share of the plan from a share of a total', () => {
    expect(isShareOfPlan('完成年初预算的')).toBe(true);
    expect(isShareOfPlan('占全市的')).toBe(false);
  });
});

describe('goal cues and lists', () => {
  it('names the next year by its word or its number', () => {
    expect(horizonOf('明年主要预期目标', 2024)).toBe('next-year');
    expect(horizonOf('2025年主要预期目标', 2024)).toBe('next-year');
    expect(horizonOf('主要预期目标', 2024)).toBeNull();
  });
  it('carries an announcement that ends in a colon to the next sentence', () => {
    const { folded } = sentenceOf('主要预期目标是:地区生产总值增长6%左右。');
    const first: Sentence = {
      index: 0,
      sectionIndex: null,
      kind: 'prose',
      text: '',
      start: 0,
      end: 8,
      line: 1,
    };
    const second: Sentence = { ...first, index: 1, start: 8, end: folded.length };
    const reader = new GoalReader(folded, [], 2024, '岚溪县');
    expect(reader.read(first, false)?.announced).toBe(true);
    expect(reader.read(second, false)).toMatchObject({ from: 8, announced: true, foreign: false });
  });
  it('takes another place’s goals as foreign', () => {
    const { folded, sentence } = sentenceOf('全省主要预期目标是地区生产总值增长6%左右');
    expect(new GoalReader(folded, [], 2024, '岚溪县').read(sentence, false)?.foreign).toBe(true);
  });
});

describe('goals and verdicts in words', () => {
  it('reads a goal in words with no figure from a goal list', () => {
    const { folded, sentence } = sentenceOf('固定资产投资同比持平');
    const goals = { from: 0, until: folded.length, announced: true, horizon: null, foreign: false };
    const [target] = wordGoals(folded, folded, sentence, goals);
    expect(target?.target).toMatchObject({ value: 0, unit: '%', comparator: 'eq' });
  });
  it('reads a quoted goal with its verdict', () => {
    const { folded, sentence } = sentenceOf('未能实现“地区生产总值增长6%”的目标');
    const [target] = quotedGoals(folded, folded, sentence, () => null);
    expect(target?.verdict?.attainment).toBe('missed');
  });
  it('gives a plan said met after the figures to the indicator before it', () => {
    const { folded, sentence } = sentenceOf('地区生产总值增长6.5%,完成年度目标任务');
    const gdp = joinOf('地区生产总值');
    const [target] = plansMetInWords(folded, folded, sentence, () => [gdp]);
    expect(target?.verdict?.attainment).toBe('met');
    expect(target?.onThePlan).toBe(true);
  });
});
