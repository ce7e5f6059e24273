// What kind of amount a figure is, by the words around it: an amount of change (同比减收0.5亿元,
// 农村居民人均纯收入比上年增加452元), a change against a base year of its own, a plan's amount
// (完成年任务59亿元的), or a count of a noun (3个项目).

import { type Figure, isCountUnit } from './numbers.js';
import {
  AFTER_PLAN_AMOUNT,
  AMOUNT_CHANGE,
  COUNTED_NOUN,
  OTHER_BASE_YEAR,
  PLAN_AMOUNT,
} from './prose-clause-kinds.js';
import type { NamedIndicator } from './prose-clauses.js';

export interface AmountContext {
  folded: string;
  sentenceStart: number;
  figure: Figure;
  clauseStart: number;
  /** The key the figure's link is read from (figureKey). */
  key: string;
  /** The 24 characters before the figure (figureKey). */
  near: string;
  join: NamedIndicator | null;
  /** The figure is in a list whose subjects are found (分别…). */
  inList: boolean;
}

export interface FigureAmount {
  /** 同比减收0.5亿元, 比年初增加25亿元: a change of the previous figure's subject; its verb is group 1. */
  amountChange: RegExpExecArray | null;
  /** 农村居民人均纯收入比上年增加452元: a change of the subject the clause names. */
  ownChange: RegExpExecArray | null;
  /** 与2015年相比，…总量净增21.7亿元: a change against a base year of its own, a fact only. */
  baseYearChange: boolean;
  /** 完成年任务59亿元: the plan's amount. */
  planAmount: boolean;
  /** 3个项目: a count of a noun, no indicator's. */
  countOfNoun: boolean;
}

/**
 * 细颗粒物（PM2.5）年均浓度X微克/立方米，比上年下降Y微克/立方米: a measure in a physical unit moved against
 * the year before, told with the verbs of a growth; its amount is a change of the figure before, signed by
 * the verb (a growth's verbs take % and points, which are no amount). Session 29, fix98.
 */
const MEASURE_MOVED =
  /^(?:同比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年)(下降|降低|上升|提高)了?$/;
/** The units such a move is told in: no percent, points (个百分点, 个千分点) nor ‰. */
const MEASURED_UNIT = /^(?!%$|pp$|‰)./;

/**
 * 完成年初预算的52.1%（年初预算357800万元）: the plan's amount in brackets right after the share done of it, the
 * year's budget as 完成年初预算X万元的A% names it before (a Hebei county 财政局's report; session 30, fix104).
 */
const BRACKETED_PLAN = /%\((?:年初|年度|全年|调整后?的?)(?:预算|计划|任务|目标)数?(?:为|是)?$/;

/**
 * 甲收入年初预算X万元，实际完成Y万元: the year's budget named right after the revenue or spending, before the result
 * the next clause gives (a county 财政局's budget report; session 36, fix225).
 */
const BUDGET_BEFORE_RESULT = /(?:收入|支出)(?:年初|年度|全年)预算数?(?:为|是)?$/;
const RESULT_AFTER_BUDGET = /^[,，;；]\s*(?:实际)?(?:完成|实现|执行)/;

export function figureAmount(c: AmountContext): FigureAmount {
  const { folded, figure, clauseStart, key, join } = c;
  const amountLike = !c.inList && figure.kind === 'number' && figure.quantity.baseUnit !== '%';
  const otherBase = OTHER_BASE_YEAR.test(
    folded.slice(Math.max(c.sentenceStart, clauseStart - 12), clauseStart),
  );
  const changeable = amountLike && !otherBase;
  const amountChange = changeable
    ? (AMOUNT_CHANGE.exec(key) ??
      (MEASURED_UNIT.test(figure.quantity.baseUnit) ? MEASURE_MOVED.exec(key) : null))
    : null;
  // A change against a base year of its own is a fact only, whoever it names.
  const baseYearChange =
    amountLike &&
    otherBase &&
    AMOUNT_CHANGE.test(join ? key.slice(key.lastIndexOf(join.name) + join.name.length) : key);
  // The clause names whose change it is.
  const ownChange =
    changeable && !amountChange && join
      ? (AMOUNT_CHANGE.exec(key.slice(key.lastIndexOf(join.name) + join.name.length)) ??
        balanceAdded(key, join))
      : null;
  const afterFigure = folded.slice(figure.end, figure.end + 2);
  const planAmount =
    figure.kind === 'number' &&
    figure.quantity.baseUnit !== '%' &&
    ((PLAN_AMOUNT.test(c.near.replace(/\s+/g, '')) && AFTER_PLAN_AMOUNT.test(afterFigure)) ||
      (afterFigure.startsWith(')') &&
        BRACKETED_PLAN.test(folded.slice(Math.max(0, figure.start - 16), figure.start))) ||
      (folded.slice(Math.max(0, figure.start - 12), figure.start).includes('预算') &&
        BUDGET_BEFORE_RESULT.test(folded.slice(Math.max(0, figure.start - 12), figure.start)) &&
        RESULT_AFTER_BUDGET.test(folded.slice(figure.end, figure.end + 6))));
  const countOfNoun =
    !c.inList &&
    figure.kind === 'number' &&
    isCountUnit(figure.quantity.baseUnit) &&
    COUNTED_NOUN.test(afterFigure) &&
    // 完成全年新增就业N人的目标任务: the goal words after the count are no noun it counts (fix221).
    !(afterFigure.startsWith('的') || afterFigure.startsWith('目') || afterFigure.startsWith('任')
      ? COUNT_GOAL_AFTER.test(folded.slice(figure.end, figure.end + 10))
      : false);
  return { amountChange, ownChange, baseYearChange, planAmount, countOfNoun };
}

/** 的目标任务, 的年度目标, 目标任务 right after a count: the goal the count is, not a noun it counts. */
const COUNT_GOAL_AFTER =
  /^的?(?:年度|全年)?(?:预期|计划|奋斗)?(?:目标任务|目标|任务)(?![\u4e00-\u9fa5]{0,1}(?:单位|企业|项目))/;

/** 余额: the indicators that are balances at a date (存款余额, 贷款余额). */
const BALANCE = /余额$/;
/** 新增贷款7.8亿元: what a balance gained, 新增 said bare before its name. */
const ADDED_BEFORE = /(新增)(?:本外币|人民币)?(?:各项)?$/;

/**
 * A balance's 新增 is its change over the year, not a new thing's amount (as 新增就业 is): the verb,
 * or null when the figure's indicator is no balance or no bare 新增 stands before its name.
 */
function balanceAdded(key: string, join: NamedIndicator): RegExpExecArray | null {
  if (!BALANCE.test(join.entry.name)) return null;
  const at = key.lastIndexOf(join.name);
  if (at < 0) return null;
  return ADDED_BEFORE.exec(key.slice(0, at));
}
