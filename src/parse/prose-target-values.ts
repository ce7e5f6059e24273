// A target the prose yields, stated by the text (a goal in words or figures) or derived from it, with
// the observation it is judged against when the text pairs them.

import type { NamedIndicator } from './prose-clauses.js';
import { type Judgement, parseTarget, type TargetValue } from './targets.js';
import type { Comparator, Fact, Horizon, Observation, Target } from './types.js';

/** A target found in the prose, not yet given its region or judged. */
export interface ProseTarget {
  target: Omit<Target, 'attainment' | 'attainmentReason' | 'horizon' | 'setBy'>;
  value: TargetValue;
  /** The horizon when the text fixes it; null to take it from the report's period (see index.ts). */
  horizon: Horizon | null;
  /** The actual the target is judged against when the text pairs them; null to look it up by indicator. */
  actual: Observation | null;
  /** The verdict the text itself gives (基本实现“…”的目标), instead of judging a value. */
  verdict?: Judgement;
  /**
   * The verdict is on the year's plan (未完成年度计划目标), not a goal of its own such as a quoted one:
   * it confirms a target of the indicator the report already gives (target-confirmations.ts).
   */
  onThePlan?: true;
  /**
   * The words judge a goal only another part states (同比增长5.4%，与经济增长基本同步 in a review): kept when they
   * confirm a target of the year the report gives; alone they describe the growth, no target (F6054, fix294).
   */
  confirmsOnly?: true;
}

export const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** An observation made of a fact, for judging a target against the very figure it was read with. */
export function asObservation(fact: Fact, join: NamedIndicator): Observation {
  return {
    indicatorCode: join.entry.code,
    indicatorName: join.name,
    source: 'prose',
    measure: fact.measure,
    quantity: fact.quantity,
    text: null,
    comparedWith: null,
    provenance: fact.provenance,
  };
}

const QUALIFIED: Readonly<Record<string, Comparator>> = {
  about: 'approx',
  'at-least': 'gte',
  within: 'lte',
  'at-most': 'lte',
};

/** A goal written in words: 地区生产总值增长6%左右, 城镇登记失业率控制在3.5%以内. */
export function goalTarget(
  join: NamedIndicator,
  fact: Fact,
  figureText: string,
  raw: string,
  horizon: Horizon | null,
): ProseTarget {
  const read = parseTarget(figureText, fact.quantity.unit || null);
  // 分别增长6.5%和7.5%左右: the list's closing qualifier, carried to each figure by scanFigures.
  const fromList = read.comparator === 'eq' ? QUALIFIED[fact.quantity.qualifier ?? ''] : undefined;
  const value = fromList ? { ...read, comparator: fromList } : read;
  return statedTarget(
    join,
    fallHeldWithin(value, figureText, raw),
    horizon,
    fact.quantity.raw,
    raw,
    fact.provenance,
  );
}

/** 降幅控制在, 跌幅收窄到: the fall the goal bounds, written just before its figure. */
const FALL_HELD = /(?:降幅|跌幅)(?:要|力争|争取)?(?:控制|收窄|缩小|压缩)(?:在|到|至)$/;

/**
 * 地区生产总值降幅控制在3%以内: a fall of at most 3%, so a growth of at least -3% (the figure is the
 * size of the fall, its ceiling the floor of the growth). 固定资产投资降幅收窄至8%左右 (or a bare 收窄到8%):
 * a fall of about that size, a growth of about -8% (F6511, fix320). Other goals are returned as read.
 */
function fallHeldWithin(value: TargetValue, figureText: string, raw: string): TargetValue {
  const { comparator } = value;
  const bounded = comparator === 'lte';
  const sized =
    (comparator === 'approx' || comparator === 'eq') && value.upper === undefined && (value.value ?? 0) > 0;
  if ((!bounded && !sized) || value.unit !== '%' || value.value === null) return value;
  const at = raw.lastIndexOf(figureText);
  // 降幅收窄至A%以内: the figure's text may carry the verb that holds the fall (收窄至A%以内), read with
  // the words before it (session 30, fix103).
  const verb = figureText.slice(0, Math.max(0, figureText.search(/\d/)));
  if (at < 0 || !FALL_HELD.test(raw.slice(0, at) + verb)) return value;
  return { ...value, value: -value.value, comparator: bounded ? 'gte' : comparator };
}

/** A target the text states (not derived), as the prose reader hands it on. */
export function statedTarget(
  join: NamedIndicator,
  value: TargetValue,
  horizon: Horizon | null,
  text: string,
  raw: string,
  provenance: Fact['provenance'],
): ProseTarget {
  return {
    value,
    horizon,
    actual: null,
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: 'target',
      value: value.value,
      unit: value.unit,
      comparator: value.comparator,
      text,
      raw,
      derived: false,
      provenance,
    },
  };
}
