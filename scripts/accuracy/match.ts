// Pure scoring: which predicted item answers which expected one (one to one), per category.
// No I/O here, so the guard test and the matcher's own tests call it directly.

import { Converter } from 'opencc-js';
import type {
  AnswerAttainment,
  AnswerFact,
  AnswerObservation,
  AnswerProject,
  AnswerRanking,
  AnswerTarget,
} from './answers.js';
import type {
  PredictedAttainment,
  PredictedFact,
  PredictedObservation,
  PredictedProject,
  PredictedRanking,
  PredictedTarget,
} from './predict.js';

export interface Matching {
  /** [answer index, prediction index] */
  pairs: Array<[number, number]>;
  /** Answer indices left unmatched (false negatives). */
  missed: number[];
  /** Prediction indices left unmatched (false positives). */
  spurious: number[];
}

/**
 * A maximum one-to-one matching between answers and predictions under `fits` (Kuhn's augmenting
 * paths): every prediction answers at most one expected item, so a figure found once cannot
 * satisfy two answers, and the count of pairs is the largest possible whatever the order.
 */
export function matchOneToOne<A, P>(
  answers: readonly A[],
  predicted: readonly P[],
  fits: (a: A, p: P) => boolean,
): Matching {
  const edges = answers.map((a) => predicted.flatMap((p, j) => (fits(a, p) ? [j] : [])));
  const owner = new Array<number>(predicted.length).fill(-1);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const current = owner[j] ?? -1;
      if (current === -1 || augment(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < answers.length; i++) augment(i, new Array<boolean>(predicted.length).fill(false));
  const pairs: Array<[number, number]> = [];
  owner.forEach((i, j) => {
    if (i !== -1) pairs.push([i, j]);
  });
  pairs.sort((x, y) => x[0] - y[0]);
  const matchedAnswers = new Set(pairs.map(([i]) => i));
  return {
    pairs,
    missed: answers.flatMap((_, i) => (matchedAnswers.has(i) ? [] : [i])),
    spurious: owner.flatMap((i, j) => (i === -1 ? [j] : [])),
  };
}

// ---- normalisation ----

const toSimplified = Converter({ from: 't', to: 'cn' });
const folded = new Map<string, string>();

/**
 * Full-width ASCII to half-width, no spaces, traditional characters to simplified (mirror sites
 * copy reports in traditional characters: 億元 is 亿元, 蘆汀縣 is 芦汀县).
 */
export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (!/\s/.test(ch)) out += ch;
  }
  out = toSimplified(out);
  folded.set(text, out);
  return out;
}

/** An indicator name compared loosely: no unit in brackets, no leading 全县/全市…, no 增速/增幅 suffix. */
export function normaliseName(name: string): string {
  return fold(name)
    .replace(/\([^()]{1,8}\)$/, '')
    .replace(/^(?:全(?:县|市|区|旗|省|州)|本(?:县|市|区))/, '')
    .replace(/(?:增速|增幅|增长率)$/, '');
}

/** 个百分点 and its short form 个点 are both percentage points. */
export const normaliseUnit = (unit: string): string => fold(unit).replace(/^个?(?:百分)?点$/, 'pp');

/** Catalogue codes are ASCII kebab-case; anything else in an answer is a name as written. */
export const isCode = (indicator: string): boolean => /^[a-z][a-z0-9-]*$/.test(indicator);

/** An answer's indicator fits a prediction with that code, or whose name contains the answer's name. */
export function indicatorFits(answer: string, code: string | null, name: string): boolean {
  if (isCode(answer)) return code === answer;
  const wanted = normaliseName(answer);
  const written = normaliseName(name);
  return wanted !== '' && (written === wanted || written.includes(wanted));
}

const DEFAULT_TOLERANCE = 0.001;

export function valueFits(answer: number | null, predicted: number | null, tolerance?: number): boolean {
  if (answer === null || predicted === null) return answer === predicted;
  const allowed = tolerance ?? Math.max(DEFAULT_TOLERANCE, Math.abs(answer) * 1e-6);
  return Math.abs(answer - predicted) <= allowed + 1e-12;
}

const anyOf = (wanted: string | string[] | undefined, actual: string | null): boolean =>
  wanted === undefined || (actual !== null && (Array.isArray(wanted) ? wanted : [wanted]).includes(actual));

/**
 * Measures compared by name, except the two-year average growth (两年平均增长), which the answer
 * files call `growth-2y` and the parser may name otherwise (two-year-average-growth, …).
 */
export function measureFits(wanted: string | string[], actual: string): boolean {
  return (Array.isArray(wanted) ? wanted : [wanted]).some(
    (m) => m === actual || (m === 'growth-2y' && /two.?year|2y|biennial|average|avg/i.test(actual)),
  );
}

// ---- per-category fits ----

export const fits = {
  observations: (a: AnswerObservation, p: PredictedObservation) =>
    indicatorFits(a.indicator, p.code, p.name) &&
    measureFits(a.measure, p.measure) &&
    // An answer without a unit states the figure in its base unit when the text scales it (增长1.2倍
    // is a growth of 120, as the table of yuao writes it): the written value or the base one fits.
    (valueFits(a.value, p.value, a.tolerance) ||
      (a.unit === undefined && valueFits(a.value, Number.parseFloat(p.base), a.tolerance))) &&
    (a.unit === undefined || normaliseUnit(a.unit) === normaliseUnit(p.unit)) &&
    (a.period === undefined || a.period === (p.period ?? null)),

  targets: (a: AnswerTarget, p: PredictedTarget) =>
    indicatorFits(a.indicator, p.code, p.name) &&
    anyOf(a.kind, p.kind) &&
    anyOf(a.horizon, p.horizon) &&
    anyOf(a.comparator, p.comparator) &&
    valueFits(a.value, p.value, a.tolerance) &&
    (a.unit === undefined || a.value === null || normaliseUnit(a.unit) === normaliseUnit(p.unit)),

  attainment: (a: AnswerAttainment, p: PredictedAttainment) =>
    indicatorFits(a.indicator, p.code, p.name) &&
    anyOf(a.kind, p.kind) &&
    anyOf(a.horizon, p.horizon) &&
    anyOf(a.attainment, p.attainment),

  rankings: (a: AnswerRanking, p: PredictedRanking) =>
    indicatorFits(a.indicator, p.code, p.subject) &&
    a.rank === p.rank &&
    (a.of === undefined || a.of === p.of) &&
    (a.scope === undefined || scopeFits(a.scope, p.scope)) &&
    (a.change === undefined || a.change === p.change),

  projects: (a: AnswerProject, p: PredictedProject) =>
    projectNameFits(a.name, p.name) &&
    (a.plannedInvestment === undefined ||
      p.planned.some((v) => valueFits(a.plannedInvestment ?? 0, v, a.tolerance))) &&
    (a.completedInvestment === undefined ||
      p.completed.some((v) => valueFits(a.completedInvestment ?? 0, v, a.tolerance))),

  // Facts check that a figure was found with its unit; the sign (下降, 增长-, 低于) is the observations' business.
  facts: (a: AnswerFact, p: PredictedFact) =>
    valueFits(Math.abs(a.value), Math.abs(p.value), a.tolerance) &&
    normaliseUnit(a.unit) === normaliseUnit(p.unit),
};

/** A scope as written may carry more words than the answer's (云岭市 / 云岭市八县区): one must contain the other. */
export function scopeFits(answer: string, predicted: string): boolean {
  const a = fold(answer);
  const p = fold(predicted);
  return a !== '' && p !== '' && (a === p || p.includes(a) || a.includes(p));
}

/** Project names as written vary at the edges (…项目, …工程, a leading verb): one must contain the other. */
export function projectNameFits(answer: string, predicted: string): boolean {
  const trim = (name: string) => fold(name).replace(/(?:项目|工程)$/, '');
  const a = trim(answer);
  const p = trim(predicted);
  return a !== '' && p !== '' && (a === p || p.includes(a) || a.includes(p));
}

// ---- scores ----

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
}

/** Precision and recall from counts; with nothing predicted and nothing expected both are 1. */
export function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});
