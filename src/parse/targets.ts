// Targets: reading a target cell (6%左右, 3.0%以内, 实现正增长, 高于经济增长) and judging attainment.
// Judgement is direction-aware and conservative: anything that cannot be compared is 'unknown'.

import type { Direction } from './catalogue.js';
import { scanFigures, unitInfo } from './numbers.js';
import type { Attainment, Comparator, Horizon, Measure, Observation } from './types.js';

export interface TargetValue {
  value: number | null;
  unit: string | null;
  comparator: Comparator | null;
  text: string;
  /** 高于经济增长: compared with this report's GDP growth. */
  relativeToGrowth: boolean;
  /** The upper bound of a range (6-6.5% → 6.5); `value` is its lower bound. */
  upper?: number;
}

const RELATIVE_TO_GROWTH =
  /(?:高于|快于|超过|跑赢)(?:经济增长|经济增速|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速)/;
/** 与经济增长同步: keeping pace with GDP growth, i.e. at least as fast. */
const IN_STEP_WITH_GROWTH =
  /(?:与|同)(?:经济增长|经济增速|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速)(?:基本)?同步|同步于(?:经济增长|经济增速|GDP增长)/;
const POSITIVE_GROWTH = /正增长/;
const AT_MOST = /以内|之内|以下|不超过|不高于|控制在|低于(?!经济)|少于/;
const AT_LEAST = /不低于|以上|至少|不少于/;
const ABOVE = /(?<!不)(?:高于|超过|多于|突破)/;
const BELOW = /(?<!不)(?:低于|少于)/;
const ABOUT = /左右|约|大约|上下/;
/** A comparison sign before the figure: ≥7%, ≤3.5%, >5%. */
const SYMBOL = /^\s*(≥|≤|>=|<=|>|<|＞|＜|≮|≯)/;
const SYMBOLS: Record<string, Comparator> = {
  '≥': 'gte',
  '>=': 'gte',
  '≮': 'gte',
  '≤': 'lte',
  '<=': 'lte',
  '≯': 'lte',
  '>': 'gt',
  '＞': 'gt',
  '<': 'lt',
  '＜': 'lt',
};
/** The rest of a range after its lower bound: -6.5%, ～7%, 至8%. */
const RANGE = /^\s*[-—–~～至到]\s*(\d+(?:\.\d+)?)\s*(%|％)/;

/** A bound on a fall said as one on the signed growth: 下降3.5%以上 (gte 3.5 of fall) is lte -3.5. */
const TURNED: Readonly<Partial<Record<Comparator, Comparator>>> = {
  gte: 'lte',
  lte: 'gte',
  gt: 'lt',
  lt: 'gt',
};
const turned = (comparator: Comparator): Comparator => TURNED[comparator] ?? comparator;

/** Reads a target's words; `rowUnit` (from the row name) applies to bare numbers. */
export function parseTarget(text: string, rowUnit: string | null): TargetValue {
  if (POSITIVE_GROWTH.test(text) && !/\d/.test(text)) {
    return { value: 0, unit: '%', comparator: 'gt', text, relativeToGrowth: false };
  }
  if (IN_STEP_WITH_GROWTH.test(text))
    return { value: null, unit: null, comparator: 'gte', text, relativeToGrowth: true };
  if (RELATIVE_TO_GROWTH.test(text))
    return { value: null, unit: null, comparator: 'gt', text, relativeToGrowth: true };
  const figure = scanFigures(text).find((f) => f.kind === 'number');
  if (!figure) return { value: null, unit: null, comparator: null, text, relativeToGrowth: false };
  let comparator: Comparator = 'eq';
  const symbol = SYMBOL.exec(text)?.[1];
  if (symbol) comparator = SYMBOLS[symbol] ?? 'eq';
  else if (ABOUT.test(text)) comparator = 'approx';
  else if (AT_LEAST.test(text)) comparator = 'gte';
  else if (BELOW.test(text) && !/以内|以下/.test(text)) comparator = 'lt';
  else if (AT_MOST.test(text)) comparator = 'lte';
  else if (ABOVE.test(text)) comparator = 'gt';
  // 能耗下降3.5%以上: a fall of 3.5% or more is a growth of -3.5% or less; the bound turns with the sign.
  if (figure.quantity.value < 0 && figure.signWord) comparator = turned(comparator);
  // 6-6.5%: a range's lower bound takes the unit written after the upper one.
  const range = RANGE.exec(text.slice(figure.end));
  const unit = figure.quantity.unit || range?.[2] || rowUnit || '';
  const value = { value: figure.quantity.value, unit, comparator, text, relativeToGrowth: false };
  return range?.[1] ? { ...value, upper: Number(range[1]) } : value;
}

export interface Judgement {
  attainment: Attainment;
  reason: string;
}

export interface JudgeContext {
  direction: Direction;
  /** This report's GDP growth actual, for targets relative to economic growth. */
  growth: number | null;
  /** True when the report covers part of a year (H1, Q1 …), so full-year amounts cannot be judged. */
  partYear: boolean;
}

const unknown = (reason: string): Judgement => ({ attainment: 'unknown', reason });

/** Compares an actual with a target value under a comparator; eq/approx follow the indicator's direction. */
function compare(actual: number, comparator: Comparator, value: number, direction: Direction): Judgement {
  const lowerIsBetter = direction !== 'higher-is-better';
  const test: 'ge' | 'gt' | 'le' | 'lt' =
    comparator === 'gte'
      ? 'ge'
      : comparator === 'gt'
        ? 'gt'
        : comparator === 'lte'
          ? 'le'
          : comparator === 'lt'
            ? 'lt'
            : lowerIsBetter
              ? 'le'
              : 'ge';
  const pass =
    test === 'ge'
      ? actual >= value
      : test === 'gt'
        ? actual > value
        : test === 'le'
          ? actual <= value
          : actual < value;
  const symbol = { ge: ['>=', '<'], gt: ['>', '<='], le: ['<=', '>'], lt: ['<', '>='] }[test][pass ? 0 : 1];
  return {
    attainment: pass ? 'met' : 'missed',
    reason: `actual ${round(actual)} ${symbol} target ${round(value)}`,
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The value a range is judged by: its lower bound when more is better (6-6.5% growth is met from
 * 6%), its upper bound when less is (a CPI of 2-3% is met up to 3%).
 */
function boundOf(target: TargetValue, value: number, direction: Direction): number {
  const ranged = target.comparator === 'eq' || target.comparator === 'approx';
  return ranged && target.upper !== undefined && direction !== 'higher-is-better' ? target.upper : value;
}

/** Judges one target against the actual observations of its row. */
/**
 * Percentages that are not the actual a percent target speaks of: a share of the plan (占年计划的
 * 46.2%), a gap or comparison in points, a term of a structure ratio, a two-year average.
 */
const NOT_AN_ACTUAL = new Set<Measure>([
  'share',
  'comparison',
  'change',
  'structure',
  'two-year-average-growth',
]);
const isPercentActual = (o: Observation) => o.quantity?.baseUnit === '%' && !NOT_AN_ACTUAL.has(o.measure);

export function judge(
  target: TargetValue & { horizon: Horizon; derived?: boolean },
  actuals: readonly Observation[],
  context: JudgeContext,
): Judgement {
  if (target.relativeToGrowth) {
    const actual = actuals.find(isPercentActual);
    if (!actual?.quantity) return unknown('no actual growth');
    if (context.growth === null) return unknown('no GDP growth to compare with');
    const inStep = target.comparator === 'gte';
    const pass = inStep ? actual.quantity.value >= context.growth : actual.quantity.value > context.growth;
    const sign = pass ? (inStep ? '>=' : '>') : inStep ? '<' : '<=';
    return {
      attainment: pass ? 'met' : 'missed',
      reason: `actual ${round(actual.quantity.value)} ${sign} GDP growth ${round(context.growth)}`,
    };
  }
  if (target.value === null || target.comparator === null) {
    const benchmarked = judgeAgainstBenchmark(target.text, actuals);
    if (benchmarked) return benchmarked;
    if (/完成/.test(target.text)) {
      const done = actuals.find(
        (o) => o.text !== null && /完成/.test(o.text) && !/未完成|没有完成/.test(o.text),
      );
      if (done) return { attainment: 'met', reason: `actual states completion: ${done.text}` };
      return unknown('no actual stating completion');
    }
    return unknown('target has no numeric value');
  }
  const targetInfo = unitInfo(target.unit ?? '') ?? { factor: 1, baseUnit: target.unit ?? '' };
  if (targetInfo.baseUnit === '%') {
    const actual = actuals.find(isPercentActual);
    if (!actual?.quantity) return unknown('no percentage actual');
    return compare(
      actual.quantity.value,
      target.comparator,
      boundOf(target, target.value, context.direction),
      context.direction,
    );
  }
  const actual = actuals.find(
    (o) => o.quantity && o.quantity.baseUnit !== '%' && o.quantity.baseUnit === targetInfo.baseUnit,
  );
  if (!actual?.quantity) return unknown('no actual in the same unit');
  const base = boundOf(target, target.value, context.direction) * targetInfo.factor;
  if (target.horizon === 'full-year' && context.partYear) {
    // 务工就业X人，完成年度目标任务Y人的A%: a year's task already passed by the part year's
    // count is met whatever the rest of the year brings (session 29, fix97); short of it, nothing is known.
    // A plan derived from a gap (超年度计划X亿元) is left unjudged at the part year, as before; one derived
    // from a share (完成全年目标的A%, A above 100) is passed by the very level it was derived from.
    if (
      (!target.derived || target.text.endsWith('%')) &&
      // 城镇新增就业6500人以上 passed by 6812人: a count of what was added (新增) only grows through the year,
      // so a floor it passed is met as an exact goal is (session 41, fix318, F6474).
      (target.comparator === 'eq' ||
        (target.comparator === 'gte' && actual.indicatorName.includes('新增'))) &&
      actual.quantity.valueBase >= base &&
      context.direction === 'higher-is-better'
    )
      return {
        attainment: 'met',
        reason: `the part year's ${round(actual.quantity.value)}${actual.quantity.unit} already passes the year's ${round(target.value)}${target.unit ?? ''}`,
      };
    return unknown('a full-year amount cannot be judged against a part-year actual');
  }
  const judged = compare(actual.quantity.valueBase, target.comparator, base, context.direction);
  return {
    attainment: judged.attainment,
    reason: `actual ${round(actual.quantity.value)}${actual.quantity.unit} ${judged.reason.split(' ')[2]} target ${round(target.value)}${target.unit ?? ''}`,
  };
}

/**
 * 高于全部投资, 快于全部投资增速: a goal that the indicator grow faster than another one, in words; the
 * report's comparison with that benchmark (增速高于全部投资3.4个百分点) judges it.
 */
const ABOVE_BENCHMARK =
  /^(?:增速|增幅)?(?:要)?(?:高于|快于)([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:增速|增幅|增长|平均水平)?$/;

function judgeAgainstBenchmark(text: string, actuals: readonly Observation[]): Judgement | null {
  const wanted = ABOVE_BENCHMARK.exec(text.replace(/\s+/g, ''))?.[1];
  if (!wanted || RELATIVE_TO_GROWTH.test(text)) return null;
  const benchmark = (name: string) => name.replace(/(?:的)?(?:增速|增幅|增长|平均水平)$/, '');
  const comparison = actuals.find(
    (o) => o.measure === 'comparison' && o.quantity && o.comparedWith && benchmark(o.comparedWith) === wanted,
  );
  if (!comparison?.quantity) return null;
  const pass = comparison.quantity.value > 0;
  return {
    attainment: pass ? 'met' : 'missed',
    reason: `actual ${pass ? 'above' : 'not above'} ${wanted} by ${round(comparison.quantity.value)} points`,
  };
}
