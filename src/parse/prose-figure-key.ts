// The words a figure's link is read from: its own clause's key, or, when a bracketed figure stands
// between the link and the figure (低于时序进度(50%)3.7个百分点, 高于全市水平6.2%(0.5个百分点)), the
// words before that bracket. A figure that is a benchmark's own (in brackets, or before its margin) is
// told apart too.

import type { Figure } from './numbers.js';
import {
  BENCHMARK_BEFORE_MARGIN,
  BENCHMARK_IN_BRACKETS,
  BRACKET_BEFORE,
  MARGIN_AFTER_BENCHMARK,
  MARGIN_IN_BRACKETS,
  PARENT_AVERAGE_IN_BRACKETS,
} from './prose-clause-kinds.js';
import { clauseKey, clauseStartBefore } from './prose-clauses.js';

/**
 * 比年初计划增长10%的目标低25.6个百分点, 较年度预期增速8%的目标高1.2个百分点: the plan's own figure stands
 * between the plan and the verb of the gap; the margin is read as 比年初计划低 would be. 比年初确定的7%的目标低
 * 3.9个百分点 names the plan by who set it and when: read as 比年初目标低.
 */
const GAP_PAST_PLAN_FIGURE =
  /((?:比|较)(?:(?:年初|年度|全年)?(?:计划|预期)(?:目标)?|(?:年初|年度|全年)(?:确定|制定|提出)的))(?:增长|增速|增幅)?(?:为|是)?-?\d+(?:\.\d+)?%(?:左右|以上)?的?(?:目标|预期目标|计划目标|计划|预期)(低|高|少|多|慢|快)了?$/;

/**
 * 增速低于年度目标(A%), 比全年预期目标(B%)低: a gap to the year's goal whose figure stands in brackets between
 * the goal and the margin; the clause before the bracket may name the indicator the gap is of.
 */
const GOAL_IN_BRACKET_GAP =
  /(?:(?:高于|低于|超过|超出|快于|慢于)(?:年度|全年|年初|年)?(?:(?:计划|预期)(?:目标)?|目标)|(?:比|较)(?:年度|全年|年初|年)?(?:(?:计划|预期)(?:目标)?|目标)[高低快慢])$/;

export interface FigureKey {
  /** The 24 characters before the figure (within its sentence). */
  near: string;
  /** The key the figure's link is read from. */
  key: string;
  /** Read from before a bracketed figure or a benchmark's figure: the clause names no indicator. */
  pastBracket: boolean;
  /** The figure is a benchmark's own (比全省(7.7%)…, 高于全市水平6.2%(0.5个百分点)). */
  benchmarkFigure: boolean;
  /**
   * 固定资产投资增速低于年度目标(A%)N个百分点: the clause before the bracket of a gap to the year's goal,
   * which may name the indicator the gap is of; null without such a bracket (低于全市(B%) names none).
   */
  bracketClause: string | null;
}

export function figureKey(
  folded: string,
  sentenceStart: number,
  figure: Figure,
  clause: string,
  ownKey: string,
): FigureKey {
  // 低于时序进度(50%)3.7个百分点: a bracketed figure between a link and its figure; the link is
  // read from the clause before the bracket, and the bracketed figure is the benchmark's own.
  const near = folded.slice(Math.max(sentenceStart, figure.start - 24), figure.start);
  const bracketMatch = BRACKET_BEFORE.exec(near);
  // 比霁州增速(7.1%)高1.6个百分点: the words after the bracket finish the link before it.
  const bracket = bracketMatch && clause.trim() === (bracketMatch[1] ?? '') ? bracketMatch : null;
  const bracketStart = figure.start - (bracket?.[0].length ?? 0);
  // 高于全市水平6.2%(0.5个百分点): the margin in brackets is read with the link before the
  // benchmark's figure; that figure is the benchmark's own.
  const margin = figure.quantity.baseUnit === 'pp' ? MARGIN_AFTER_BENCHMARK.exec(near) : null;
  const beforeBracket = bracket
    ? folded.slice(clauseStartBefore(folded, bracketStart, sentenceStart), bracketStart) + (bracket[1] ?? '')
    : null;
  const key =
    beforeBracket !== null
      ? clauseKey(beforeBracket)
      : margin
        ? clauseKey(margin[1] ?? '')
        : (planFigureGap(near, figure) ?? ownKey);
  const benchmarkFigure =
    BENCHMARK_IN_BRACKETS.test(near) ||
    (near.includes('平均') && PARENT_AVERAGE_IN_BRACKETS.test(near)) ||
    isPlanFigureInGap(near, folded.slice(figure.end, figure.end + 12), figure) ||
    (figure.quantity.baseUnit === '%' &&
      BENCHMARK_BEFORE_MARGIN.test(near) &&
      MARGIN_IN_BRACKETS.test(folded.slice(figure.end, figure.end + 14)));
  return {
    near,
    key,
    pastBracket: bracket !== null || margin !== null,
    benchmarkFigure,
    bracketClause: beforeBracket !== null && GOAL_IN_BRACKET_GAP.test(beforeBracket) ? beforeBracket : null,
  };
}

/** 比年初计划增长10%的目标低…: the 10% is the plan's own figure, inside the gap's words. */
function isPlanFigureInGap(near: string, after: string, figure: Figure): boolean {
  return (
    figure.quantity.baseUnit === '%' &&
    /(?:比|较)(?:(?:年初|年度|全年)?(?:计划|预期)(?:目标)?|(?:年初|年度|全年)(?:确定|制定|提出)的)(?:增长|增速|增幅)?(?:为|是)?$/.test(
      near,
    ) &&
    /^(?:左右|以上)?的?(?:目标|预期目标|计划目标|计划|预期)(?:低|高|少|多|慢|快)了?-?\d/.test(after)
  );
}

/** The key of a gap to a plan whose figure is written inside it (GAP_PAST_PLAN_FIGURE), else null. */
function planFigureGap(near: string, figure: Figure): string | null {
  if (figure.quantity.baseUnit !== 'pp') return null;
  const gap = GAP_PAST_PLAN_FIGURE.exec(near);
  const plan = (gap?.[1] ?? '').replace(/(?:确定|制定|提出)的$/, '目标');
  return gap ? clauseKey(`${plan}${gap[2] ?? ''}`) : null;
}

/**
 * 比一季度加快8.2%（1.6个百分点）: a comparison's figure followed by its margin in brackets; the figure
 * is the earlier period's or the benchmark's, and the margin is read with this clause's words.
 */
export function isMarginAfter(
  folded: string,
  figure: Figure,
  next: Figure | undefined,
  ownKey: string,
): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.baseUnit === '%' &&
    next?.quantity.baseUnit === 'pp' &&
    /^\s*\(\s*$/.test(folded.slice(figure.end, next.start)) &&
    /^\s*\)/.test(folded.slice(next.end, next.end + 2)) &&
    /^(?:增速|增幅)?(?:比|较|高于|低于|快于|慢于|高出|低出)/.test(ownKey)
  );
}
