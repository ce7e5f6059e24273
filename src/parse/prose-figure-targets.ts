// The target a prose figure sets, if any: a goal (in the plan part or after a goal announcement), a
// ceiling the result was kept within, a rate's own target for the year, a plan's amount, or a plan a
// result is measured against (targetOf).

import type { Figure } from './numbers.js';
import { rateIndicator } from './prose-branches.js';
import { isNamedCeiling, RATE_TARGET } from './prose-clause-kinds.js';
import type { NamedIndicator } from './prose-clauses.js';
import { isLastYearBase } from './prose-figure-observed.js';
import { boundAfterRestatement, isBracketedRestatement } from './prose-goal-restated-unit.js';
import type { Link } from './prose-links.js';
import { type GoalScope, goalTarget, type ProseTarget, statedTarget, targetOf } from './prose-targets.js';
import { parseTarget } from './targets.js';
import type { Fact } from './types.js';

/**
 * Words that make a figure in the plan part a goal: 力争, 确保, 预期目标, a budget draft's 安排 …, and a
 * level brought to the figure (常住人口城镇化率提高到67.5%).
 */
/** 完成年度目标, 未完成全年预期目标: the verdict and the goal's name right before the goal's own figure. */
const GROWTH_GOAL_NAMED = /^(?:未能?|没有)?(?:完成|实现|达到)了?(?:年度|全年)(?:预期)?目标$/;
const TARGET_CUE = /力争|确保|争取|预期|预计|目标|计划|控制在|保持|达到|实现|安排|(?:提高|提升)(?:到|至)/;

/**
 * A goal's figure with the words that qualify it from outside: 增速不低于8%, 突破90亿元 before it,
 * the upper bound of a range (增长5%-5.5%) after it.
 */
export function goalWords(folded: string, figure: Figure): string {
  const before = GOAL_BOUND_BEFORE.exec(folded.slice(Math.max(0, figure.start - 4), figure.start))?.[0] ?? '';
  const after = RANGE_AFTER.exec(folded.slice(figure.end, figure.end + 12))?.[0] ?? '';
  return before + folded.slice(figure.start, figure.end) + (after || boundAfterRestatement(folded, figure));
}
const GOAL_BOUND_BEFORE = /(?:不低于|不少于|不高于|不超过|突破)$/;
/**
 * 年内新增城镇就业2800人 among the plan part's tasks: a sentence that opens on 年内 sets the year's goals;
 * so does a clause before the figure that opens on 全年 (优化营商环境，全年引进…40个以上，招商引资实际到位
 * 资金增长15%): the tasks' figures after it are the year's.
 */
const WITHIN_YEAR_LEAD = /^\s*(?:年内|今年内)|(?:^|[，,；;])\s*(?:全年|年内|今年内)(?!以来|累计)/;
/**
 * 重点做好以下工作：一是…；二是…；三是保障和改善民生，新增城镇就业3200人 in the plan part: a numbered task's segment
 * (一是…十是) sets the year's figure as a goal, as 年内 does (session 45, fix377, F7612).
 */
const TASK_ITEM_SEGMENT = /[；;:：]\s*[一二三四五六七八九十]是[^；;:：。]*$/;
/** How far back the task's N是 is looked for: a fixed window, never the whole of a no-stop line. */
const TASK_ITEM_REACH = 120;
function isTaskItemSegment(folded: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - TASK_ITEM_REACH);
  // The sentence's own start stands for a delimiter; a window's cut start does not.
  return TASK_ITEM_SEGMENT.test((from === sentenceStart ? '；' : '') + folded.slice(from, at));
}
const RANGE_AFTER = /^\s*[-—–~～至到]\s*\d+(?:\.\d+)?\s*%/;

/**
 * 居民消费价格上涨2.4%，控制在3%左右的预期目标以内: a goal of about its figure, said kept within after
 * the result: the year's goal as written (左右), a ceiling kept like 控制在A%以内.
 */
function approxGoalKeptWithin(folded: string, figure: Figure): boolean {
  return (
    figure.quantity.qualifier === 'about' &&
    APPROX_GOAL_KEPT_WITHIN.test(folded.slice(figure.end, figure.end + 16))
  );
}
const APPROX_GOAL_KEPT_WITHIN = /^的?(?:年度|全年)?(?:预期|计划|调控)?目标(?:以内|之内|范围内)/;

/**
 * 城镇登记失业率A%，控制在4%的目标以内: the goal's own figure kept within, the 以内 after the goal's
 * name (a bare figure, no 左右): the year's ceiling, as 控制在4%以内 is.
 */
function goalKeptWithin(folded: string, figure: Figure): boolean {
  return (
    figure.quantity.qualifier === null &&
    /^的(?:年度|全年)?(?:预期|计划|调控|控制)?目标(?:以内|之内|范围内)/.test(
      folded.slice(figure.end, figure.end + 16),
    )
  );
}

/**
 * 把居民消费价格涨幅控制在5%以内, 要将物价涨幅控制在3%左右: 把/将 sets the index before the verb that keeps it
 * within a bound, a request, not a report of what prices did; the figure carries its bound (以内, 以下, 左右).
 */
function isPriceCeilingSet(folded: string, figure: Figure): boolean {
  const { qualifier } = figure.quantity;
  return (
    (qualifier === 'within' || qualifier === 'under' || qualifier === 'at-most' || qualifier === 'about') &&
    PRICE_CEILING_SET.test(folded.slice(Math.max(0, figure.start - 30), figure.start))
  );
}
const PRICE_CEILING_SET = /(?:把|将)[^,，;；:：。!?！？\d]{2,24}?控制在$/;

/** The words after a sentence part's last ； (the whole part when it has none). */
/** The sentence up to `at`, across its ；s, over a bounded window (a goal list's few hundred characters). */
const sentenceLead = (folded: string, at: number): string => {
  const window = folded.slice(Math.max(0, at - 400), at);
  return window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1);
};

const afterLastSemicolon = (text: string): string =>
  text.slice(Math.max(text.lastIndexOf(';'), text.lastIndexOf('；')) + 1);

/** Whether the figure stands where the sentence's goals do. */
export function isGoal(goals: GoalScope | null, figure: Figure): boolean {
  if (goals === null) return false;
  const second = goals.secondGoal;
  return (
    (figure.start >= (goals.plannedFrom ?? goals.from) && figure.start < goals.until) ||
    (second !== undefined && figure.start >= second.from && figure.start < second.until)
  );
}

/** Whether the figure stands after the cue that announced the sentence's goals (not only in the plan part). */
const announcedAt = (goals: GoalScope | null, figure: Figure): boolean =>
  goals?.announced === true && figure.start >= goals.from;

/** A goal of another place, year or period (GoalScope.foreign, before its foreignUntil or from its foreignFrom). */
export function isForeignGoal(goals: GoalScope | null, figure: Figure): boolean {
  return (
    goals !== null &&
    (goals.foreign ||
      (goals.foreignUntil !== undefined && figure.start < goals.foreignUntil) ||
      (goals.foreignFrom !== undefined && figure.start >= goals.foreignFrom) ||
      (goals.foreignSpan !== undefined &&
        figure.start >= goals.foreignSpan[0] &&
        figure.start < goals.foreignSpan[1]))
  );
}

/**
 * 人口自然增长率控制在6‰以内: a goal for a rate the catalogue lacks, named as written. Only in an
 * announced list of goals for a year the text names (2011年…主要预期目标是：…): a lone 确保…达A% in the
 * plan part may be a work target of any kind.
 */
export function goalRate(
  folded: string,
  subject: string,
  figure: Figure,
  link: Link | null,
  goals: GoalScope | null,
): NamedIndicator | null {
  if (!goals || link || !isGoal(goals, figure)) return null;
  if (figure.kind !== 'number' || !/^(?:%|‰)$/.test(figure.quantity.baseUnit) || isForeignGoal(goals, figure))
    return null;
  return (announcedAt(goals, figure) && (goals.horizon !== null || boundGoal(folded, figure))) ||
    (!goals.announced && plannedCeiling(folded, figure))
    ? rateIndicator(subject, figure.signWord !== '')
    : null;
}

/**
 * 落实计划生育目标管理责任制，人口自然增长率控制在6‰以内 in the plan part: a population's rate in ‰ named as its
 * clause's subject and held within a ceiling needs no cue to be a goal. Not a rate in % (政府债务率控制在150%以内 in
 * a budget's plan part is a bound on the debt, which ciling answers as no target). Session 50, fix471, F9957.
 */
const RATE_HELD_WITHIN = /^[\u4e00-\u9fa5]{1,12}率(?:要|须|必须)?(?:严格)?控制在$/;

function plannedCeiling(folded: string, figure: Figure): boolean {
  const { qualifier } = figure.quantity;
  if (qualifier !== 'under' && qualifier !== 'at-most' && qualifier !== 'within') return false;
  if (figure.quantity.baseUnit !== '‰') return false;
  // The clause is a few words: only the 24 characters before the figure are read, so a long line stays linear.
  const window = folded.slice(Math.max(0, figure.start - 24), figure.start);
  const clause = /[,，;；。\n]([^,，;；。\n]*)$/.exec(window)?.[1];
  return clause !== undefined && RATE_HELD_WITHIN.test(clause.trim());
}

/**
 * 确保…贫困发生率降至3%以下 among a draft's tasks: a rate brought to a bound under 确保/力争 is a goal as
 * an announced one is; a bare 达A% there may be a work target of any kind.
 */
function boundGoal(folded: string, figure: Figure): boolean {
  const { qualifier } = figure.quantity;
  if (qualifier !== 'under' && qualifier !== 'at-most' && qualifier !== 'within' && qualifier !== 'at-least')
    return false;
  const clauseStart = Math.max(
    folded.lastIndexOf('。', figure.start - 1),
    folded.lastIndexOf('\n', figure.start - 1),
  );
  const before = folded.slice(clauseStart + 1, figure.start);
  return /^(?:确保|力争|争取)/.test(before) && /(?:降至|降到|下降到|控制在|提高到|提升到|达到)$/.test(before);
}

/**
 * 其中，7月当月完成工业增加值X亿元，同比增长21.6%: a result of one month alone (当月, 单月 before it in its sentence, no
 * cumulative period after that word) is no base for a gap to the year's plan said apart from the results
 * (除规模以上工业增加值增速低于全年预期0.8个百分点外: the gap is the months so far's growth's; F10246).
 */
const ONE_MONTH_BEFORE = /(?:当月|单月)(?![^。;]*(?:累计|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月))[^。;]*$/;
/** How far before a result's figure its one-month word is looked for. */
const ONE_MONTH_REACH = 40;

function ofOneMonth(folded: string, fact: Fact): boolean {
  const at = fact.provenance.start;
  return ONE_MONTH_BEFORE.test(folded.slice(Math.max(0, at - ONE_MONTH_REACH), at));
}

/** What the figure's clause and the chain before it say, as the target stage needs it. */
export interface FigureTargetContext {
  folded: string;
  sentenceStart: number;
  figure: Figure;
  fact: Fact;
  join: NamedIndicator | null;
  link: Link | null;
  ownKey: string;
  /** The figure's clause and figure as written. */
  raw: string;
  planned: boolean;
  goals: GoalScope | null;
  /** The figure before was a rate followed by its own target for the year. */
  previousRateTarget: boolean;
  /** 完成年任务59亿元的: the figure is the plan's amount. */
  planAmount: boolean;
  /** …的60.2%: the figure is a share of the plan's amount before it. */
  shareOfPlanAmount: boolean;
  /** A list's later figure: the words before the list's first figure. */
  listLead: string | null;
  sentenceFacts: readonly Fact[];
  paragraphFacts: readonly Fact[];
  /** The results of the report read so far, every paragraph's. */
  resultFacts: readonly Fact[];
  /** The same facts as a set: whether a fact is a result is one look-up, not a pass over the report's. */
  resultSet: ReadonlySet<Fact>;
}

export interface FigureTarget {
  target: ProseTarget | null;
  /** A ceiling the result just given was kept within: a target, no second result. */
  ceilingKept: boolean;
  /** A rate's own target for the year: a target, no second result. */
  rateTarget: boolean;
}

export function figureTarget(c: FigureTargetContext): FigureTarget {
  const { folded, figure, fact, join, link, goals } = c;
  // 6.3万吨（126万担）以上: the bracket restates the goal before it in another unit (F7022).
  if (isBracketedRestatement(folded, figure)) return { target: null, ceilingKept: false, rateTarget: false };
  const goal = isGoal(goals, figure);
  // 居民消费价格同比上涨1.6%，涨幅控制在3%以内: among the results, a ceiling the actual just given
  // was kept within is the year's plan for it, not a second actual.
  const ceilingKept =
    join !== null &&
    !c.planned &&
    !goal &&
    !link &&
    (figure.quantity.qualifier === 'within' ||
      approxGoalKeptWithin(folded, figure) ||
      goalKeptWithin(folded, figure)) &&
    // 控制在年度计划4.2%以内: the plan named between the verb and its figure; so is 控制在计划的4%以内 (F8004),
    // and 控制在年计划4%以内, the year a bare 年 (fix412, F8444).
    /控制在(?:年度|全年|年初|年(?=计划))?(?:(?:计划|预期目标|调控目标|目标)的?)?$/.test(c.ownKey) &&
    // 城镇登记失业率3.2%，控制在4%以内: a rate kept within its ceiling as well.
    c.sentenceFacts.some(
      (f) => f.indicatorCode === join?.entry.code && (f.measure === 'growth' || f.measure === 'rate'),
    );
  // 城镇登记失业率控制在2.8%，低于3.5%的控制目标: the year's ceiling for the rate just given, a
  // target at most its figure (a control target is a ceiling), no second result; so for a price
  // rise (居民消费价格上涨2.6%，低于3%的调控目标). A ceiling written 3%左右 keeps its 左右: the 低于 is the
  // actual's verdict, the goal as set is about 3%.
  const namedCeiling =
    join !== null &&
    !c.planned &&
    !goal &&
    !link &&
    isNamedCeiling(folded, figure, c.ownKey) &&
    c.sentenceFacts.some(
      (f) => f.indicatorCode === join?.entry.code && (f.measure === 'rate' || f.measure === 'growth'),
    );
  // 把居民消费价格涨幅控制在5%以内 in a review's requests (or any part that sets no goals): a price index's
  // ceiling the text asks to keep is the year's goal for it, never a rise that happened (session 40, fix290).
  const priceCeilingSet =
    join !== null &&
    !c.planned &&
    !goal &&
    !link &&
    join.entry.category === 'prices' &&
    isPriceCeilingSet(folded, figure);
  // …转化率达42%，超额完成年度转化35%的目标任务: the year's target of the rate just given.
  const rateTarget = join !== null && c.previousRateTarget && RATE_TARGET.test(c.ownKey) && !link;
  // 甲增长A%，完成年度目标B%, 未完成年度目标B%: the growth's goal for the year named bare after the verdict (no
  // 的 after it, as a share of the plan has), of the growth just given; no share (fix154).
  const growthGoal =
    join !== null &&
    !c.planned &&
    !goal &&
    !link &&
    figure.quantity.baseUnit === '%' &&
    GROWTH_GOAL_NAMED.test(c.ownKey) &&
    // 完成年度目标8%的计划: 的 before a goal's noun closes the goal's name, no share (fixtail39a, F5923).
    !/^\s*(?:的(?!(?:计划|目标|任务)(?:任务)?[,，。;；]|(?:计划|目标|任务)(?:任务)?$)|[)）])/.test(
      folded.slice(figure.end, figure.end + 8),
    ) &&
    c.sentenceFacts.some((f) => f.indicatorCode === join?.entry.code && f.measure === 'growth');
  let target: ProseTarget | null = null;
  if (join && growthGoal) {
    const stated = goalTarget(join, fact, goalWords(folded, figure), c.raw, 'full-year');
    target = c.ownKey.startsWith('未')
      ? {
          ...stated,
          verdict: { attainment: 'missed', reason: 'the text says the goal was not reached (未完成)' },
        }
      : stated;
  } else if (join && namedCeiling) {
    const read = parseTarget(folded.slice(figure.start, figure.end), fact.quantity.unit || null);
    target = statedTarget(
      join,
      { ...read, comparator: read.comparator === 'approx' ? 'approx' : 'lte' },
      'full-year',
      fact.quantity.raw,
      c.raw,
      fact.provenance,
    );
  } else if (join && priceCeilingSet) {
    target = goalTarget(join, fact, goalWords(folded, figure), c.raw, 'full-year');
  } else if (join && (ceilingKept || rateTarget)) {
    // 控制在4%的目标以内: the 以内 said after the goal's name is the figure's own bound.
    const within = ceilingKept && goalKeptWithin(folded, figure) ? '以内' : '';
    target = goalTarget(join, fact, goalWords(folded, figure) + within, c.raw, 'full-year');
  } else if (join && c.planAmount) {
    target = goalTarget(join, fact, folded.slice(figure.start, figure.end), c.raw, 'full-year');
  } else if (join && !c.shareOfPlanAmount && !(goal && isForeignGoal(goals, figure))) {
    const context = {
      goal:
        goal &&
        (announcedAt(goals, figure) ||
          TARGET_CUE.test(folded.slice(c.sentenceStart, figure.start)) ||
          // 接待游客突破210万人次 among the year's tasks: a bound said before the figure sets it.
          GOAL_BOUND_BEFORE.test(folded.slice(Math.max(0, figure.start - 4), figure.start)) ||
          WITHIN_YEAR_LEAD.test(folded.slice(c.sentenceStart, figure.start)) ||
          (c.planned && isTaskItemSegment(folded, c.sentenceStart, figure.start)) ||
          fact.quantity.qualifier !== null),
      raw: c.raw,
      horizon:
        goals?.yearFrom !== undefined && figure.start >= goals.yearFrom
          ? (goals.yearHorizon ?? null)
          : (goals?.horizon ?? null),
      figureText: goalWords(folded, figure),
      // 比去年同期61.94亿元增加了…，完成年度预期目标的82.6%: the share is of this period's level, not the base's.
      isBase: (f: Fact) => isLastYearBase(folded, f.provenance.start),
      isResult: (f: Fact) => c.resultSet.has(f),
      segmentLead: afterLastSemicolon(folded.slice(c.sentenceStart, figure.start)),
      sentenceLead: sentenceLead(folded, figure.start),
      ...(c.listLead !== null ? { listLead: c.listLead } : {}),
    };
    target = targetOf(join, fact, link, c.paragraphFacts, context);
    // 农牧民人均现金收入增速低于年度计划1.4个百分点 among a review's problems: a gap to the year's plan
    // said apart from the result, which an earlier paragraph gave.
    if (!target && link?.kind === 'plan-gap' && link.fullYear)
      target = targetOf(
        join,
        fact,
        link,
        c.resultFacts.filter((f) => f.indicatorCode !== join.entry.code || !ofOneMonth(folded, f)),
        context,
      );
    if (target && goal && goals?.guidance && !target.target.derived) target.target.kind = 'guidance';
  }
  return {
    target,
    ceilingKept: ceilingKept || namedCeiling || priceCeilingSet,
    rateTarget: rateTarget || growthGoal,
  };
}
