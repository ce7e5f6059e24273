// Whose a figure is when its own clause does not say: the chain's subject before it (同比下降2.0%,
// 高于计划0.6个百分点), a plan amount's (完成年任务59亿元的60.2%), a list's next name (分别增长a%、b%),
// or the paragraph's last level (总量净增14.8亿元). A figure its clause names keeps that name.

import { catalogueEntry } from './catalogue.js';
import type { Figure } from './numbers.js';
import { aggregateIndicator, branchIndicator, listedBranch } from './prose-branches.js';
import {
  BARE_VERB,
  CONTRIBUTION,
  earlierPeriodGap,
  FOLLOW_ON,
  isNamedCeiling,
  RATE_TARGET,
  TOTAL_CHANGE,
} from './prose-clause-kinds.js';
import { clauseStartBefore, joinIndicator, leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { counterpartSubject, headingCounterpart, paragraphCounterpart } from './prose-counterpart.js';
import { sharedMoveTo } from './prose-figure-measure.js';
import { isGoalGapLead, namedGoalGapLead } from './prose-goal-gap.js';
import { isHigherLevelGoalKey } from './prose-higher-level-goal.js';
import type { Link } from './prose-links.js';
import { productOutputSubject } from './prose-output-subject.js';
import { otherInvestmentBefore, regionInvestment } from './prose-region-investment.js';
import { repeatedAggregate, shareOfPreviousAggregate } from './prose-repeated-aggregate.js';
import { isStatedGoalInGap } from './prose-stated-goal.js';
import { comparedIndustryRate } from './prose-written-names.js';
import type { Fact } from './types.js';

/** The subject a chain of clauses is about, and the indicator it joined, if any. */
export interface ChainSubject {
  subject: string;
  join: NamedIndicator | null;
  /**
   * Under a plan period's average (年均增长A%, a fact only), the subject the chain was about before it:
   * the share of the plan's goal after the average (完成规划目标（X亿元）的B%) is that subject's.
   */
  under?: ChainSubject;
}

export interface ChainContext {
  folded: string;
  sentenceStart: number;
  figure: Figure;
  clauseStart: number;
  /** The key the figure's link is read from (figureKey). */
  key: string;
  /** What the figure's own clause names. */
  own: ChainSubject;
  /** The chain's subject before this figure. */
  previous: ChainSubject;
  planned: boolean;
  link: Link | null;
  planAmount: boolean;
  shareOfPlanAmount: boolean;
  /** A later figure of a list of earlier-period gaps (比1-3月、1-4月分别提高…). */
  earlierListed: boolean;
  /** Such a list is under way. */
  earlierList: boolean;
  /** 3个项目: a count of a noun, no indicator's. */
  countOfNoun: boolean;
  /** A change against a base year of its own: a fact only. */
  baseYearChange: boolean;
  /** The names of the list the figure is in (分别…), and the one whose turn it is. */
  distributive: string[] | null;
  listItem: string | undefined;
  /** Of a list of pulls (拉动…分别): no indicator's. */
  contribution: boolean;
  /** 同比减收0.5亿元: an amount of change of the previous figure's subject. */
  amountChange: boolean;
  previousShareFrom: boolean;
  previousRateTarget: boolean;
  paragraphFacts: readonly Fact[];
  /** 工业投资占…的比重偏低，仅为38.2%: the share the clause before judged (evaluatedShareBefore). */
  evaluatedShare: ChainSubject | null;
  /** The figure stands among a five-year plan's goals (a quoted 纲要's list, its ；-parts included). */
  fiveYearGoal?: boolean;
}

/**
 * 地区生产总值…，总量占全市的比重为11.6%: 总量 (or 总额, 规模) names the chain's subject by its measure, so the
 * share after it is that subject's, as a bare 占全市的比重为 is.
 */
const TOTAL_BEFORE_SHARE = /^(?:经济)?(?:总量|总额|规模)(?=占[\u4e00-\u9fa5a-z]{1,12}?的?比重)/;

/** 其中城镇居民, 农村常住居民: a half of the residents named bare, the measure left to the whole's name before it. */
const RESIDENT_HALF = /^(?:其中)?(城镇|农村)(?:常住)?居民$/;
/** 居民人均可支配收入, 农村居民人均消费支出: the per-head measure a resident half takes from the name before it. */
const PER_HEAD_MEASURE = /人均(?:可支配收入|消费支出|生活消费支出)$/;

/**
 * 全体居民人均可支配收入A元，…，其中城镇居民B元、农村居民C元，分别增长D%和E%: the half named bare is that half's
 * own per-head figure, the measure the chain's subject before it names (session 33, fix161).
 */
function residentHalf(subject: string, previous: ChainSubject): ChainSubject | null {
  if (!subject.includes('居民')) return null;
  const half = RESIDENT_HALF.exec(subject.replace(/\s+/g, ''));
  const measure = half ? PER_HEAD_MEASURE.exec(previous.join?.name ?? previous.subject) : null;
  const named = half && measure ? leadingIndicator(`${half[1]}居民${measure[0]}`) : null;
  return named ? { subject: named.name, join: named } : null;
}

/** 完成规划目标的, 完成计划目标的: the words before a share of the plan's goal (fixtail38a). */
const SHARE_OF_PLAN_GOAL = /(?:^|[,;])\s*(?:已|共)?(?:完成|实现|达到|占)了?(?:规划|计划)?目标(?:任务)?的$/;

/**
 * 城镇化率由, 森林覆盖率从: a rate named bare before the figure it moved from (session 35, fix212); also with
 * the earlier year or point said before that figure (城镇化率由2020年的, 由上年末的: session 38, F5542).
 */
const RATE_FROM = /率[由从](?:(?:19|20)\d{2}年(?:末|底)?|(?:上|去)年(?:末|底)?|年初)?的?$/;
/** 由2020年(的): the rate moved from is of a year named, a fact the rate's name was joined for. */
const EARLIER_YEAR_FROM = /率[由从](?:19|20)\d{2}年(?:末|底)?的?$/;
/** RATE_FROM's words after the rate's name. */
const FROM_WORDS = /(?<=率)[由从][^率]*$/;

/** The figure's subject and join, and whether it took the list's next name. */
export function chainSubject(c: ChainContext): ChainSubject & { tookListItem: boolean } {
  const { folded, figure, key, previous } = c;
  let { subject, join } = c.own;
  // 三年累计N人，完成规划目标的B%: the share of the plan's goal after a span's total is the subject before it.
  const shareOfPlanAfterSpan =
    !previous.join &&
    previous.under !== undefined &&
    figure.quantity.baseUnit === '%' &&
    SHARE_OF_PLAN_GOAL.test(folded.slice(c.clauseStart, figure.start));
  if (c.planAmount || c.shareOfPlanAmount || shareOfPlanAfterSpan) {
    ({ subject, join } = !previous.join && previous.under ? previous.under : previous);
    // 一般公共预算收入完成年任务59亿元的60.2%: the name stands in the plan amount's own clause.
    const named = c.planAmount && !join ? leadingIndicator(folded.slice(c.clauseStart, figure.start)) : null;
    if (named) {
      subject = named.name;
      join = named;
    }
  } else if (c.earlierListed || (c.earlierList && !join)) {
    // 比1-3月、1-4月分别提高a和b个百分点: each a change of the chain's subject.
    subject = previous.subject;
    join = previous.join;
  } else if (c.countOfNoun || c.baseYearChange) {
    join = null;
  } else if (c.distributive) {
    subject = c.listItem ?? subject;
    join = c.contribution
      ? null
      : (joinIndicator(subject) ??
        residentHalf(subject, previous)?.join ??
        (c.planned
          ? null
          : // 电力、热力…供应业 as one list item: its first parts stand before the last 、.
            (branchIndicator(
              subject.slice(subject.lastIndexOf('、') + 1),
              subject.slice(0, subject.lastIndexOf('、') + 1),
            ) ?? listedBranch(subject, c.distributive))));
    return { subject, join, tookListItem: true };
  } else if (
    !join &&
    (previous.join === null || EARLIER_YEAR_FROM.test(previous.subject)) &&
    RATE_FROM.test(previous.subject) &&
    sharedMoveTo(folded, key, figure)
  ) {
    // 常住人口城镇化率由A%提高到B%: the rate it rose to is the period's rate; the one it rose from a fact only.
    subject = previous.subject.replace(FROM_WORDS, '');
    join = joinIndicator(subject);
  } else if (!join && residentHalf(subject, previous)) {
    ({ subject, join } = residentHalf(subject, previous) ?? { subject, join });
  } else if (c.evaluatedShare && !join) {
    // 工业投资占城镇固定资产投资的比重偏低，仅为38.2%: the figure is the share the clause before
    // named and judged, whatever figure the chain was about before it.
    ({ subject, join } = c.evaluatedShare);
  } else if (
    c.amountChange ||
    (!join && c.previousShareFrom && sharedMoveTo(folded, key, figure)) ||
    (!join && c.previousRateTarget && RATE_TARGET.test(key)) ||
    // 城镇登记失业率控制在2.8%，低于3.5%的控制目标: the ceiling of the rate just given.
    (!join && previous.join !== null && isNamedCeiling(folded, figure, key)) ||
    // 高于地区下达的12%的目标任务1.2个百分点: the goal's figure inside the gap's words is the chain's.
    (!join && previous.join !== null && isStatedGoalInGap(folded, figure, key))
  ) {
    subject = previous.subject;
    join = previous.join;
    // 总量净增14.8亿元 in a sentence of its own: the total of the paragraph's last level.
    const total =
      !join && TOTAL_CHANGE.test(key)
        ? c.paragraphFacts.findLast((f) => f.indicatorCode !== null && f.measure === 'level')
        : undefined;
    const entry = total?.indicatorCode ? catalogueEntry(total.indicatorCode) : undefined;
    if (entry) {
      subject = entry.name;
      join = { entry, name: entry.name };
    }
  } else if (!join && restatedChainGrowth(subject, previous)) {
    // 乙零售额1.46亿元，增长14.2%，…，乙零售额增幅比一季度回落2.3个百分点: the chain's written name said again
    // before its growth's move is the chain's (fix485, F10312).
    subject = previous.subject;
    join = previous.join;
  } else if (!join && counterpartSubject(subject, previous)) {
    // 社会保险基金预算收入5.36亿元，支出4.92亿元: the bare 支出 is the same budget's.
    ({ subject, join } = counterpartSubject(subject, previous) ?? { subject, join });
  } else if (!join && previous.subject === '' && paragraphCounterpart(subject, c.paragraphFacts)) {
    // 收入X亿元，完成预算的A%；支出X亿元: the bare 支出 after a semicolon is the same budget's.
    ({ subject, join } = paragraphCounterpart(subject, c.paragraphFacts) ?? { subject, join });
  } else if (!join && previous.subject === '' && headingCounterpart(subject, folded, c.sentenceStart)) {
    // 政府性基金预算 / 收入X亿元: the bare 收入 on the line under a budget's heading is that budget's.
    ({ subject, join } = headingCounterpart(subject, folded, c.sentenceStart) ?? { subject, join });
  } else if (!join && repeatedAggregate(subject, clauseBefore(c), c.paragraphFacts)) {
    // 先进制造业增加值占…的比重为A%；增加值同比增长10.5%: the bare 增加值 is the same aggregate's.
    ({ subject, join } = repeatedAggregate(subject, clauseBefore(c), c.paragraphFacts) ?? { subject, join });
  } else if (!join && productOutputSubject(subject, () => clauseBefore(c))) {
    // 粮食生产克服旱灾影响，总产量X万吨: the bare 总产量 is the crop's the clause before names (F7782).
    ({ subject, join } = productOutputSubject(subject, () => clauseBefore(c)) ?? { subject, join });
  } else if (!join && shareOfPreviousAggregate(subject, previous)) {
    // 非煤工业增加值增长A%，非煤工业占规上工业的比重为B%: the head named again before its share.
    ({ subject, join } = shareOfPreviousAggregate(subject, previous) ?? { subject, join });
  } else if (!join && isGoalGapLead(folded.slice(c.clauseStart, figure.start))) {
    // 距年初确定的10%目标还差…: the goal of the indicator the chain (or the clause before) is about.
    ({ subject, join } = previous.subject === '' ? (namedClauseBefore(c) ?? previous) : previous);
  } else if (
    !join &&
    previous.join !== null &&
    PLAN_END_ONLY.test(subject) &&
    (c.planned ||
      c.fiveYearGoal === true ||
      GOAL_LIST_LEAD.test(folded.slice(c.sentenceStart, c.clauseStart)))
  ) {
    // 甲年均增长A%左右，到2025年突破X亿元: in the plan part a clause naming only the plan's end year goes on
    // about the chain's indicator (session 35, fix200); so it does in a goal list a news page reports
    // (主要目标是：甲年均增长A%左右，到2030年突破X亿元; session 40, fixtail40, F6253); and among a five-year
    // plan's goals however announced (《纲要》提出，…甲年均增长A%左右，到2030年突破X亿元；乙…，到2030年达到Y亿元: the
    // quoted plan's ；-parts too; session 43, fixleft43b, F7171).
    subject = previous.subject;
    join = previous.join;
  } else if (!join && gapNamed(folded.slice(c.clauseStart, figure.start))) {
    // 甲增速距年初确定的A%左右的目标仍有差距: the indicator named before 增速 in the gap's own clause.
    ({ subject, join } = gapNamed(folded.slice(c.clauseStart, figure.start)) ?? { subject, join });
  } else if (c.link?.kind === 'two-year-average' && !join && twoYearBranch(c)) {
    // 住宿和餐饮业营业额两年平均下降3.4%: a branch the catalogue lacks names its own clause; the two-year
    // average is its own, not the chain's subject's before it.
    ({ subject, join } = twoYearBranch(c) ?? { subject, join });
  } else if (!join && NEEDED_FOR_GOAL.test(key) && neededSubject(previous.subject)) {
    // 四季度甲需增长A%左右，才能实现全年增长B%左右的预期目标: the year's goal is of the indicator whose
    // rest-of-year need came before, not of the need itself.
    ({ subject, join } = neededSubject(previous.subject) ?? { subject, join });
  } else if (c.link?.kind === 'comparison' && !join && comparedIndustryRate(key)) {
    // 营业收入利润率比全市平均低N个百分点: the rate named in the comparison's own clause (fix219).
    join = comparedIndustryRate(key);
    subject = join?.name ?? subject;
  } else if (c.link && !join) {
    // 高于计划0.6个百分点, 高于全市平均水平2.1个百分点: a link in the chain about the previous subject;
    // with no figure before it, about the indicator the clause before starts with (财政总收入同比下降，
    // 完成年度预算的进度低于时间进度6.8个百分点).
    ({ subject, join } = previous.subject === '' ? (namedClauseBefore(c) ?? previous) : previous);
  } else if (
    !join &&
    (YEAR_WITHIN.test(key) || (YEAR_AFTER_AVERAGE.test(key) && AVERAGE_SUBJECT.test(previous.subject))) &&
    yearWithinSubject(c)
  ) {
    // …年均增长A%，低于规划目标B个百分点，2025年同比下降C%: the year's own figure after a plan period's average
    // (no 其中) is the indicator's too (session 38, fixtail38b, F5543).
    // 两年年均增长A%，…，其中2022年增长B%: one year's own growth within the average is the indicator's the
    // sentence named, whatever links the chain went through since (session 35, fixleft35).
    ({ subject, join } = yearWithinSubject(c) ?? { subject, join });
  } else if (!join && QUARTER_KEY.test(key) && (byQuarterOpening(c) || earlierPeriodGrowth(c))) {
    // 从各季度看，一季度下降A%，上半年下降B%，前三季度下降C%: the year's figure by period, of the indicator the
    // sentence before opens with (session 36, fixleft36); each figure keeps its own period. 甲同比下降A%，降幅比
    // 1—3月收窄B个百分点（一季度下降C%）: the earlier period's own growth after the chain's, told in passing (fix485,
    // F10309).
    ({ subject, join } = previous.join ? previous : (sentenceBeforeSubject(c) ?? { subject, join }));
  } else if (
    !join &&
    figure.kind !== 'ratio' &&
    (FOLLOW_ON.test(key) ||
      (figure.quantity.baseUnit === '%' && FOLLOW_ON.test(key.replace(TOTAL_BEFORE_SHARE, ''))) ||
      (figure.quantity.baseUnit === 'pp' && earlierPeriodGap(key) !== 0) ||
      BARE_VERB.test(key) ||
      // 完成市下达的下降3.5%的目标: the goal of the indicator before, its setter named (F7025).
      isHigherLevelGoalKey(key))
  ) {
    // 同比下降2.0%, 比第一季度收窄5.2个百分点: still about the previous figure's subject, or,
    // when no figure came before, the indicator the clause before starts with
    // (固定资产投资增长乏力，同比下降3.5%). A bare 完成 too: 全社会固定资产投资。预期目标：完成115亿元 is the
    // label's.
    subject = previous.subject;
    join = previous.join;
    const named = !join && previous.subject === '' ? namedClauseBefore(c) : null;
    if (named) ({ subject, join } = named);
  }
  return { subject, join, tookListItem: false };
}

/** 一季度, 上半年, 前三季度, 1-9月: a period of the year alone before its figure. */
const QUARTER_KEY = /^(?:第?[一二三四]季度|上半年|前三季度|1-\d{1,2}月)$/;
/** 从各季度看, 分季度看: a sentence opening that sets out the year's figure period by period. */
const BY_QUARTER = /^(?:从|分)各?季度(?:来)?看[,:]/;

/** How far back the sentence before is looked for. */
const SENTENCE_BEFORE_REACH = 300;

/** The indicator the sentence before the figure's opens with (全年地区生产总值完成…), or null. */
function sentenceBeforeSubject(c: ChainContext): ChainSubject | null {
  const end = c.sentenceStart - 1;
  const from = Math.max(0, end - SENTENCE_BEFORE_REACH);
  const start =
    Math.max(c.folded.lastIndexOf('。', end - 1), c.folded.lastIndexOf('\n', end - 1), from - 1) + 1;
  const comma = c.folded.indexOf(',', start);
  const named = leadingIndicator(c.folded.slice(start, comma < 0 || comma > end ? end : comma));
  return named ? { subject: named.name, join: named } : null;
}

/** Whether the figure's sentence opens by setting out the figure period by period. */
/** 增幅比一季度, 增速较上年同期: a growth's move against an earlier period, after the name it is of. */
const GROWTH_MOVE_TAIL =
  /^(?:增速|增幅|降幅)(?:比|较)(?:第?[一二三四]季度|上半年|前三季度|上季度|上月|上年同期|去年同期|上年|去年|1[-—–~至]\d{1,2}月份?|\d{1,2}月份?)$/;

/** The chain's name (one the catalogue may lack) said again before its growth's move: 乙零售额增幅比一季度. */
function restatedChainGrowth(subject: string, previous: ChainSubject): boolean {
  return (
    previous.join !== null &&
    previous.subject.length >= 2 &&
    subject.startsWith(previous.subject) &&
    GROWTH_MOVE_TAIL.test(subject.slice(previous.subject.length))
  );
}

/** 一季度下降6.8% after the chain's growth: a growth (its verb written) of the indicator the chain is about. */
function earlierPeriodGrowth(c: ChainContext): boolean {
  return c.previous.join !== null && c.figure.quantity.baseUnit === '%' && c.figure.signWord !== '';
}

function byQuarterOpening(c: ChainContext): boolean {
  const opening = c.folded.slice(c.sentenceStart, Math.min(c.clauseStart, c.sentenceStart + 12));
  return opening.includes('季度') && BY_QUARTER.test(opening);
}

/** 其中2022年: one year within the span an average before it in the sentence covered. */
const YEAR_WITHIN = /^其中(?:19|20)\d{2}年(?:完成|实现|达到)?$/;
/** 2025年同比: a year's own figure said right after an average's chain, with no 其中. */
const YEAR_AFTER_AVERAGE = /^(?:19|20)\d{2}年(?:同比|当年)?$/;
/** 固定资产投资年均: a chain about a plan period's average pace. */
const AVERAGE_SUBJECT = /年均$/;
/**
 * A year before a clause's name (2022年全县地区生产总值), or the span said at a sum before it (五年累计完成全社会固定资产
 * 投资X亿元，…；其中2010年完成…: the year's own part of the five-year sum; session 42, fix340, F6874).
 */
const YEAR_LEAD = /^(?:(?:19|20)\d{2}年|(?:[两二三四五六七八九十]|\d{1,2})年累计(?:完成|实现)?)/;
/** How many clauses back a year's own figure looks for the sentence's named indicator. */
const YEAR_WITHIN_CLAUSES = 6;

/** The indicator the nearest clause before the figure's in its sentence starts with (past a year), or null. */
function yearWithinSubject(c: ChainContext): ChainSubject | null {
  let end = c.clauseStart - 1;
  const floor = yearWithinFloor(c);
  for (let k = 0; k < YEAR_WITHIN_CLAUSES && end > floor; k++) {
    const start = clauseStartBefore(c.folded, end, floor);
    const named = leadingIndicator(c.folded.slice(start, end).replace(YEAR_LEAD, ''));
    if (named) return { subject: named.name, join: named };
    end = start - 1;
  }
  return null;
}

/**
 * Where a year's own figure stops looking back: its sentence's start, or, for 其中2010年… opening a ；-part, the
 * ；-part before (五年累计完成甲X亿元，年均增长A%；其中2010年完成Y亿元; session 42, fix340, F6874).
 */
function yearWithinFloor(c: ChainContext): number {
  if (c.folded.charAt(c.sentenceStart - 1) !== ';' || c.clauseStart !== c.sentenceStart)
    return c.sentenceStart;
  const end = c.sentenceStart - 1;
  return (
    Math.max(
      c.folded.lastIndexOf('。', end - 1),
      c.folded.lastIndexOf('\n', end - 1),
      c.folded.lastIndexOf(';', end - 1),
    ) + 1
  );
}

/** 才能实现全年增长, 方能完成全年: what a need for the rest of the year is for, the year's goal. */
const NEEDED_FOR_GOAL = /^(?:才能|才可能|方能)(?:实现|完成|达到)(?:全年|年度)$/;
/** 四季度全县甲需, 下半年甲必须: the rest of the year and its need around an indicator's name. */
const NEED_AROUND =
  /^(?:第?[三四]季度|下半年|后[两三四五]个?月|剩余(?:时间|月份)?)(?:全[县市区旗]|我[县市区旗])?|(?:需要?|必须|至少需要?)$/g;

/** The indicator a rest-of-year need names (四季度全县甲需 → 甲), or null. */
function neededSubject(subject: string): ChainSubject | null {
  const named = leadingIndicator(subject.replace(NEED_AROUND, ''));
  return named ? { subject: named.name, join: named } : null;
}

/** The branch the figure's own clause names before 两年平均 (住宿和餐饮业营业额两年平均下降3.4%), or null. */
function twoYearBranch(c: ChainContext): ChainSubject | null {
  const name = c.own.subject.replace(/\s+/g, '').replace(/两年平均$/, '');
  if (name === '') return null;
  const branch = branchIndicator(name, c.folded.slice(c.sentenceStart, c.clauseStart));
  return branch ? { subject: branch.name, join: branch } : null;
}

/** 一是, 四是, 其一: the ordinal a list of problems or tasks opens each item with, before the clause's subject. */
const POINT_ORDINAL = /^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]\s*[,，]?)/;

/**
 * The clause before the figure's, in its sentence; when the figure's clause opens a sentence, null after a
 * ； (the sentence goes on with the one before) and '' otherwise.
 */
function clauseBefore(c: ChainContext): string | null {
  if (c.clauseStart <= c.sentenceStart)
    return /[;；]\s*$/.test(c.folded.slice(Math.max(0, c.sentenceStart - 4), c.sentenceStart)) ? null : '';
  const before = c.clauseStart - 1;
  return c.folded.slice(clauseStartBefore(c.folded, before, c.sentenceStart), before);
}

/**
 * The indicator the clause before the figure's starts with, in its sentence (固定资产投资增长乏力，…;
 * 二是房地产开发投资持续下降，降幅比1-4月扩大…, past the point's ordinal).
 */
function namedClauseBefore(c: ChainContext): ChainSubject | null {
  const before = Math.max(c.sentenceStart, c.clauseStart - 1);
  const clause = c.folded.slice(clauseStartBefore(c.folded, before, c.sentenceStart), before);
  // 一是投资增速偏低，距年度目标还差N个百分点: investment named bare is the fixed-asset investment (session 33, fix157).
  const named =
    leadingIndicator(clause.replace(POINT_ORDINAL, '')) ??
    regionInvestment(clause, () => otherInvestmentBefore('', c.paragraphFacts));
  return named ? { subject: named.name, join: named } : null;
}

/**
 * 工业投资占城镇固定资产投资的比重偏低, 民间投资占比较低, 服务业比重仍然不高, 所占比重还很小: a clause naming a share and
 * judging it (or its move), whose figure the next clause gives.
 */
const EVALUATED_SHARE =
  /(?:占[\u4e00-\u9fa5a-z]{1,16}?的?(?:比重|比例)|占比|比重)(?:仍然|依然|仍在|仍|还|明显|普遍|总体|相对)?(?:偏低|偏高|较低|较高|过低|过高|不高|不足|偏小|较小|很小|下降|降低|提高|上升|回落)了?$/;
/** 仅为, 只有, 达到, 为: the bare words that give the judged share's figure. */
const EVALUATED_SHARE_LINK = /^(?:仅|只)?(?:为|有|是|达到?)$|^(?:仅|只)$/;

/**
 * The indicator whose share the clause before the figure's named and judged (工业投资占城镇固定资产投资的
 * 比重偏低，仅为38.2%), when the figure's own clause is only a bare link to a percentage.
 */
export function evaluatedShareBefore(
  folded: string,
  sentenceStart: number,
  clauseStart: number,
  ownKey: string,
  figure: Figure,
): ChainSubject | null {
  if (figure.kind !== 'number' || figure.quantity.baseUnit !== '%' || figure.signWord !== '') return null;
  if (!EVALUATED_SHARE_LINK.test(ownKey) || clauseStart <= sentenceStart) return null;
  const before = clauseStart - 1;
  if (!/[,，]/.test(folded.charAt(before))) return null;
  const clause = folded
    .slice(clauseStartBefore(folded, before, sentenceStart), before)
    .replace(POINT_ORDINAL, '')
    .replace(/\s+/g, '');
  if (!EVALUATED_SHARE.test(clause)) return null;
  const named = partOfWhole(clause) ?? leadingIndicator(clause);
  if (named) return { subject: named.name, join: named };
  // 脱贫人口务工收入占比偏高，达到71.6%: a share the catalogue does not know, named as written before 占比
  // (session 38, fix267), as 脱贫人口务工收入占比达到71.6% is.
  const written = WRITTEN_SHARE.exec(clause);
  return written ? { subject: `${written[1]}占比`, join: null } : null;
}

/**
 * 固定资产投资中工业投资占比偏低: the whole named first with 中, then the part whose share is judged — the share is
 * the part's (its share of the whole), not the whole's (session 45, fix384, F7692). Only when the whole is a catalogue
 * name right at the clause's start (after a scope such as 全县), and the part one too or a named aggregate (F7905).
 */
function partOfWhole(clause: string): NamedIndicator | null {
  const whole = leadingIndicator(clause);
  if (!whole) return null;
  const at = clause.indexOf(`${whole.name}中`);
  if (at < 0 || at > 4) return null;
  // 财政收入中非税收入占比偏高: the part a named aggregate the catalogue lacks (a budget account), its share of the
  // catalogue's whole (session 46, fix389, F7905).
  const part = clause.slice(at + whole.name.length + 1);
  return leadingIndicator(part) ?? aggregateIndicator(part);
}

/** 脱贫人口务工收入占比偏高: a name of four to sixteen characters, then 占比 and its judgement. */
const WRITTEN_SHARE = /^([\u4e00-\u9fa5]{4,16}?)占比(?!.*占比)/;

/**
 * 较YYYY年, 与YYYY年相比: a clause naming only the base year its change is against; so does 比YYYY年一季度
 * (同期, 上半年, 1-N月: the base year's same period, beside this year's growth and the two-year average;
 * session 33, fixleft33b).
 */
const BASE_YEAR_ONLY =
  /^(?:与|比|较|同)(?:19|20)\d{2}年(?:末|底|同期|第?[一二三四]季度|上半年|前三季度|1-\d{1,2}月份?)?(?:相比|比较)?$/;
/** 年均, 两年年均, YYYY—YYYY年年均: a clause naming only a plan period's average. */
// 三年累计N人 (a span's total, a fact only) keeps the subject before it at hand the same way (fixtail38a).
const SPAN_AVERAGE_ONLY =
  /^(?:(?:(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)?\d{2}年|[两三四五]年)?年均|(?:(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)?\d{2}年|[两三四五]年)(?:累计)?)$/;

/** What a figure was, as far as the chain after it cares. */
export interface ChainStep {
  figure: Figure;
  clause: string;
  /** The figure's final subject and join. */
  read: ChainSubject;
  /** Another place's figure (全省… in a county's report): the chain after it is about that place. */
  foreign: boolean;
  /** Figures the chain does not go on about. */
  countOfNoun: boolean;
  benchmarkFigure: boolean;
  marginAfter: boolean;
  earlierValue: boolean;
  shareFrom: boolean;
}

/** The chain's subject after a figure: the figure's own, or still the one before it. */
export function chainAfter(previous: ChainSubject, step: ChainStep): ChainSubject {
  const { subject, join } = step.read;
  // 拉动全市经济增长1.8个百分点，增速比1-2月回落3.5个百分点: a pull is no subject the next link
  // could be about; the chain goes on about the indicator before it.
  const pull = join === null && CONTRIBUTION.test(step.clause);
  if (step.foreign) return { subject, join: null };
  // 较YYYY年提高N个百分点 (a fact only): a base year names no subject; the chain goes on about the share
  // before it (…，距A%的规划目标还差N个百分点).
  if (join === null && BASE_YEAR_ONLY.test(subject)) return previous;
  // 由…增加到…，年均增长A%: the average is a fact of its own subject (年均), but the chain's subject stays
  // at hand for a share of the plan's goal after it.
  if (join === null && SPAN_AVERAGE_ONLY.test(subject))
    return {
      subject,
      join,
      under: previous.join ? { subject: previous.subject, join: previous.join } : previous.under,
    };
  // 第二产业拉动GDP增长2.6个百分点，比上半年回升0.2个百分点: a pull that opens the chain is what
  // the change after it is about, not the industry it names.
  if (pull && previous.subject === '') return { subject, join: null };
  if (
    (step.figure.kind !== 'ratio' || subject) &&
    !step.countOfNoun &&
    !step.benchmarkFigure &&
    !pull &&
    !step.marginAfter &&
    !step.earlierValue &&
    !step.shareFrom
  )
    return { subject, join };
  return previous;
}

/** The indicator a goal gap's own clause names before its 增速 (namedGoalGapLead), joined. */
function gapNamed(clause: string): { subject: string; join: NamedIndicator } | null {
  if (!clause.includes('距') && !clause.includes('离')) return null;
  const name = namedGoalGapLead(clause);
  const join = name ? joinIndicator(name) : null;
  return name && join ? { subject: name, join } : null;
}

/** 到2025年, 到2030年末: a clause's only words before its verb, the end year of a plan. */
const PLAN_END_ONLY = /^\s*到(?:19|20)\d{2}年(?:末|底)?\s*$/;
/** 主要目标是：, 发展目标为: the sentence lists goals, whatever part it stands in. */
const GOAL_LIST_LEAD = /目标(?:任务)?(?:是|为)?\s*[:：]|目标(?:是|为)/;
