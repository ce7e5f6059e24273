// Targets read from prose: goals stated in words (力争…增长8%以上), the period's plan implied by a gap
// to it (增长6.1%,高于计划0.6个百分点 → 5.5%), and the full-year plan implied by a level and its share
// of the annual plan (完成12亿元,占年计划的48% → 25亿元). Horizon and attainment are settled in index.ts.

import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import type { Link } from './prose-links.js';
import { type Judgement, parseTarget, type TargetValue } from './targets.js';
import type { Comparator, Fact, Horizon, Observation, Section, Sentence, Target } from './types.js';

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
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** An observation made of a fact, for judging a target against the very figure it was read with. */
function asObservation(fact: Fact, join: NamedIndicator): Observation {
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
  return statedTarget(join, value, horizon, fact.quantity.raw, raw, fact.provenance);
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

/**
 * 同比增长6.1%,高于计划0.6个百分点: the period's plan was 5.5%. `gap` is the signed comparison fact
 * (低于计划 is negative), `actual` the growth it follows.
 */
export function periodPlanTarget(
  join: NamedIndicator,
  gap: Fact,
  actual: Fact,
  raw: string,
  fullYear = false,
): ProseTarget {
  // 比计划目标多0.8亿元 after 完成12.3亿元: an amount, taken into the level's unit (万元 beside 亿元).
  const amount = gap.quantity.baseUnit !== 'pp';
  const perUnit =
    amount && actual.quantity.value !== 0 ? actual.quantity.valueBase / actual.quantity.value : 1;
  const plan = round(
    actual.quantity.value - (amount ? gap.quantity.valueBase / perUnit : gap.quantity.value),
  );
  const unit = amount ? actual.quantity.unit : '%';
  const value: TargetValue = {
    value: plan,
    unit,
    comparator: 'eq',
    text: gap.quantity.raw,
    relativeToGrowth: false,
  };
  return {
    value,
    horizon: fullYear ? 'full-year' : 'period',
    actual: asObservation(actual, join),
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: fullYear ? 'target' : 'period-plan',
      value: plan,
      unit,
      comparator: 'eq',
      text: gap.quantity.raw,
      raw,
      derived: true,
      provenance: gap.provenance,
    },
  };
}

/** 完成投资12亿元,占年计划的48%: the full-year plan was 12 / 48% = 25亿元, in the level's unit. */
export function derivedFullYearTarget(
  join: NamedIndicator,
  share: Fact,
  level: Fact,
  raw: string,
): ProseTarget | null {
  if (share.quantity.value <= 0 || share.quantity.value > 1000) return null;
  const planned = round(level.quantity.value / (share.quantity.value / 100));
  const value: TargetValue = {
    value: planned,
    unit: level.quantity.unit,
    comparator: 'eq',
    text: share.quantity.raw,
    relativeToGrowth: false,
  };
  return {
    value,
    horizon: 'full-year',
    actual: asObservation(level, join),
    target: {
      indicatorCode: join.entry.code,
      indicatorName: join.name,
      kind: 'target',
      value: planned,
      unit: level.quantity.unit,
      comparator: 'eq',
      text: share.quantity.raw,
      raw,
      derived: true,
      provenance: share.provenance,
    },
  };
}

/**
 * Words that announce goals wherever they stand (a news page, the results part of a plan-and-draft
 * report): 主要预期目标, 指标体系安排, 主要指标安排, 市下达的目标任务是, 力争, 确保, 目标是, 预期目标为.
 * 争取 is left out: 争取上级资金
 * reports money obtained. 低于确保目标, 高于力争目标: the tier of a target a result is held
 * against, named, not announced.
 */
const GOAL_ANNOUNCE =
  /^\s*(?:(?:19|20)\d{2}年?)?(?:年度|全年)?(?:主要)?(?:预期目标|目标任务)\s*$|主要预期目标|主要目标|主要(?:经济)?指标安排|(?:下达|指导)(?:给?我[县市区旗])?的?(?:全年|年度)?(?:目标任务|目标|任务|指标)(?:是|为|:)|指标体系安排|预期目标(?:是|为|:)|目标(?:是|为)|目标:|(?<!(?:高于|低于|高出|低出|超过|超出|超|快于|慢于|完成|比|较|对照|达到))(?:力争|确保)|(?:力争|确保)(?!目标)|(?<![于超过出合到及低好比初在])预期(?=[\u4e00-\u9fa5]{0,14}?(?:增长|增速|达到|突破|下降|上涨)\d)/;
/** Words naming the higher level as the one that set the goals: 市下达的, 上级下达, 指导目标. */
const HIGHER_LEVEL = /(?:[省市州]|上级)(?:委|政府)?下达|指导(?:性)?目标/;
/**
 * 对照全年甲增长7%、乙增长15%的目标: goals a review holds the results against, closed by 的目标; so
 * are goals set in one phrase (提出全年甲增长7%的目标, 国家提出…的预期目标: another place's) and
 * goals said met after the result (增长7.1%，完成年初确定的增长6%的目标); a goal in quotes is read
 * with its verdict instead (quotedGoals).
 */
const CLOSED_GOALS =
  /(?:对照|围绕|紧盯|锚定|提出|确定了?|完成|实现|达到)(?:全年|年度|年初)?[^,;。“”]{0,40}?\d[^,;。“”]{0,40}?的(?:年度|全年)?(?:预期)?目标/;
/** Words after a goal cue that report the goals done rather than set them: 均如期完成, 完成情况良好. */
const GOALS_DONE = /^[^,;:。]{0,6}?(?:如期|全面|顺利|超额|基本)?(?:完成|实现|达成)/;
/** A section whose heading announces goals: its sentences are goals from their first word. */
const GOAL_HEADING = /预期目标|主要目标|指标体系|目标任务安排/;
/**
 * An item of a list set out line by line (●经济增长6%左右, ——城镇新增就业N人): after a line that
 * announces goals and gives none itself, each such item is a goal too. ■ opens a heading, not an item.
 */
const LIST_ITEM = /^\s*(?:[●•·▪◆◇○◎★☆]|—|-(?!\d)|\d{1,2}[.、](?!\d)|[(][一二三四五六七八九十\d]{1,2}[)])/;
/** 2013预期目标 on a line of its own: a heading's year written without 年. */
const HEADING_YEAR = /^\s*((?:19|20)\d{2})(?=(?:年度|全年)?(?:主要)?(?:预期目标|目标任务)\s*$)/;
/** Years in the words before or after a cue, which are no figures: 2024年, and 2024 heading 2024预期目标. */
const withoutYears = (text: string) => text.replace(/\d{4}年/g, '').replace(HEADING_YEAR, '');
/** A sentence that sets goals for the year after: 明年, 下一年, 2024年 in a 2023 report. */
const NEXT_YEAR = /明年|下一年|来年/;

/** Which figures of a sentence are goals: those in [from, until), with the horizon the text gives. */
export interface GoalScope {
  from: number;
  until: number;
  /** Announced by the text (not only by standing in the plan part), so no further cue is needed. */
  announced: boolean;
  horizon: Horizon | null;
  /**
   * Another place's goals (全省…主要预期目标是, 北岭市…) or another year's (力争到2028年, last year's):
   * their figures are no results of this report, and no targets of it either.
   */
  foreign: boolean;
  /** Set by the higher level (市下达的全年目标任务是…, 上级指导目标为…): its guidance, not the region's plan. */
  guidance?: boolean;
}

/**
 * Reads the goals of each sentence in turn. A list of goals runs on over ; and : (目标是：甲增长6%
 * 左右；乙增长7%；…) when the announcement opens the sentence; a goal in brackets after a result
 * (增长4.6%（预期目标为7%左右）) ends with its bracket and is this year's.
 */
export class GoalReader {
  private carry: GoalScope | null = null;
  /** A goal list announced by a line of its own, going on while the lines are list items. */
  private list: GoalScope | null = null;
  /** A sentence split off at ； after one naming a plan period's end (到2027年…；…). */
  private periodEndGoesOn = false;

  constructor(
    private readonly folded: string,
    private readonly sections: readonly Section[],
    private readonly year: number | null,
    /** The report's region, to tell its own goals from a higher level's; '' when unknown. */
    private readonly region = '',
  ) {}

  read(sentence: Sentence, planned: boolean): GoalScope | null {
    const text = this.folded.slice(sentence.start, sentence.end);
    if (this.list && !this.carry && !LIST_ITEM.test(text)) this.list = null;
    const carried = this.carry ?? this.list;
    const scope: GoalScope | null = carried
      ? { ...carried, from: sentence.start, until: sentence.end }
      : this.announcement(sentence, text, planned);
    // No figure before the announcement (a year such as 2024年 is none): it opens the sentence.
    const lead = scope ? withoutYears(this.folded.slice(sentence.start, scope.from)) : '';
    const opensList = scope !== null && !/\d/.test(lead);
    this.carry = scope && scope.until === sentence.end && opensList && /[;:]\s*$/.test(text) ? scope : null;
    // ■2025年主要预期目标 (a line giving no figure after its cue), then ●甲增长6%左右 line by line.
    if (!carried && scope && opensList && scope.until === sentence.end) {
      const after = withoutYears(this.folded.slice(scope.from, sentence.end));
      if (!/\d/.test(after)) this.list = scope;
    }
    // 到2027年…达到X亿元, “十四五”期间年均增长A%: a goal of a plan period's end, not of a year this
    // report plans (the horizon has no five-year term), so no target of it.
    // 到2027年，甲达到X亿元；乙达到Y元。: the plan period's end governs the sentence past its ；.
    const periodEnd = this.periodEndGoesOn || this.planPeriodEnd(text);
    this.periodEndGoesOn = periodEnd && /;\s*$/.test(text);
    const found: GoalScope | null =
      scope ??
      (planned
        ? { from: sentence.start, until: sentence.end, announced: false, horizon: null, foreign: false }
        : null);
    return found && periodEnd ? { ...found, foreign: true } : found;
  }

  private planPeriodEnd(text: string): boolean {
    if (PLAN_PERIOD.test(text)) return true;
    const by = /到(\d{4})年(?:末|底)?/.exec(text);
    return by !== null && this.otherYear(by[0]);
  }

  private announcement(sentence: Sentence, text: string, planned: boolean): GoalScope | null {
    const named = horizonOf(text, this.year);
    for (let at = sentence.sectionIndex; at !== null; at = this.sections[at]?.parentIndex ?? null) {
      const heading = this.sections[at]?.title ?? '';
      // 二、2021年国民经济和社会发展主要预期目标: the heading names the year its lines' goals are for.
      if (GOAL_HEADING.test(heading))
        return {
          from: sentence.start,
          until: sentence.end,
          announced: true,
          horizon: named ?? horizonOf(heading, this.year),
          foreign: false,
        };
    }
    // 对照全年甲增长7%、乙增长15%的目标: goals closed by 的目标, the year's unless the text names the next.
    const closed = CLOSED_GOALS.exec(text);
    if (closed) {
      const from = sentence.start + closed.index;
      const lead = text.slice(0, closed.index);
      const clauseLead = lead.slice(Math.max(...[...',;:。'].map((mark) => lead.lastIndexOf(mark))) + 1);
      return {
        from,
        until: from + closed[0].length,
        announced: true,
        horizon: named ?? 'full-year',
        foreign: this.otherPlace(clauseLead) || this.otherYear(clauseLead + closed[0]),
      };
    }
    const cue = GOAL_ANNOUNCE.exec(text);
    if (!cue) return null;
    // 主要预期目标均如期完成: an account of goals met; its figures are results.
    if (!/力争|确保/.test(cue[0]) && GOALS_DONE.test(text.slice(cue.index + cue[0].length))) return null;
    // 达到市确保目标序时进度: the schedule of a target, named; not a target set.
    if (/^(?:目标|任务)[^,;。\d]{0,4}(?:序时|时序|时间)?进度/.test(text.slice(cue.index + cue[0].length)))
      return null;
    const from = sentence.start + cue.index;
    const open = text.lastIndexOf('(', cue.index);
    const bracketed = open >= 0 && text.indexOf(')', open) >= cue.index;
    const close = bracketed ? text.indexOf(')', cue.index) : -1;
    // Outside the plan part a goal is this year's unless the text names the next.
    const horizon = named ?? (planned ? null : 'full-year');
    const lead = text.slice(0, cue.index);
    const clauseLead = lead.slice(Math.max(...[...',;:。'].map((mark) => lead.lastIndexOf(mark))) + 1);
    // 北岭市下达的全年目标任务为: the higher level's goals for this region are its guidance, not foreign.
    const guidance = HIGHER_LEVEL.test(clauseLead + cue[0]);
    const words = clauseLead + text.slice(cue.index, cue.index + cue[0].length + 8);
    const foreign = (!guidance && this.otherPlace(clauseLead)) || this.otherYear(words);
    return {
      from,
      until: close >= 0 ? sentence.start + close : sentence.end,
      announced: true,
      horizon,
      foreign,
      ...(guidance ? { guidance } : {}),
    };
  }

  /**
   * 全省…主要预期目标是, 北岭市2024年主要预期目标为: goals of the whole of a level the report's region
   * is not (全市 in a county's report), or of a place named other than the region.
   */
  private otherPlace(clauseLead: string): boolean {
    if (this.region === '') return false;
    const lead = clauseLead.replace(/\d{4}年/g, '').trim();
    // 全县GDP增长8.8%(预期目标为…): a goal in brackets after our own result.
    if (/\d/.test(lead)) return false;
    const whole = /^(?:全国|国家|全(省|市|州|区|县|旗))/.exec(lead);
    if (whole) return whole[1] === undefined || !this.region.endsWith(whole[1]);
    const named = /^[\u4e00-\u9fa5]{1,8}?(?:省|市|州)/.exec(lead)?.[0];
    return named !== undefined && named !== this.region && !this.region.startsWith(named);
  }

  /** 力争到2028年…, 2022年主要预期目标: a goal of a year other than the report's or the next. */
  private otherYear(words: string): boolean {
    if (this.year === null) return false;
    for (const m of words.matchAll(/(\d{4})年(?!可比|价格|不变价)/g)) {
      const y = Number(m[1]);
      if (y !== this.year && y !== this.year + 1) return true;
    }
    return false;
  }
}

/** “十四五”期间, 十四五末, “十五五”时期: a five-year plan's span or end. */
const PLAN_PERIOD = /“?十[一二三四五六七八九]五”?(?:期间|时期|末|规划期)/;

/** The horizon a goal sentence names itself (明年, the report's year + 1), or null to take the default. */
export function horizonOf(text: string, year: number | null): Horizon | null {
  if (NEXT_YEAR.test(text)) return 'next-year';
  if (year !== null && text.includes(`${year + 1}年`)) return 'next-year';
  if (year !== null && HEADING_YEAR.exec(text)?.[1] === `${year + 1}`) return 'next-year';
  return null;
}

/** Words that make a share a share of the annual plan (占年计划的, 完成年度目标任务的), not of a total. */
const SHARE_OF_PLAN =
  /(?:占|完成|为)了?(?:[\u4e00-\u9fa5]{1,6}?下达的?)?(?:年度?|全年|年初)?(?:投资)?(?:预算|计划目标|计划|目标任务|奋斗目标|目标|任务)(?:投资)?的?$/;

/** 已完成年初预算的54.2%: whether the words before a share name the year's plan it is a share of. */
export function isShareOfPlan(wordsBefore: string): boolean {
  return SHARE_OF_PLAN.test(wordsBefore);
}

interface TargetContext {
  /** The figure stands in a goal sentence after its cue. */
  goal: boolean;
  raw: string;
  horizon: Horizon | null;
  figureText: string;
  /** A later figure of a 分别 list: the words before the list's first figure, which hold for all. */
  listLead?: string;
}

/** The target a joined figure yields, if any: a goal, a period plan from a gap, or a derived full-year plan. */
const SHARE_GOAL_REASON = 'a goal for a share: judged against no growth';

export function targetOf(
  join: NamedIndicator,
  fact: Fact,
  link: Link | null,
  before: readonly Fact[],
  context: TargetContext,
): ProseTarget | null {
  const same = before.filter((f) => f.indicatorCode === join.entry.code);
  if (link?.kind === 'plan-gap') {
    const amount = fact.quantity.baseUnit !== 'pp';
    const actual = same.findLast((f) =>
      amount
        ? f.measure === 'level' && f.quantity.baseUnit === fact.quantity.baseUnit
        : f.measure === 'growth' || f.measure === 'rate',
    );
    return actual ? periodPlanTarget(join, fact, actual, context.raw, link.fullYear) : null;
  }
  if (context.goal) {
    if (
      fact.measure !== 'growth' &&
      fact.measure !== 'level' &&
      fact.measure !== 'rate' &&
      fact.measure !== 'count' &&
      fact.measure !== 'share'
    )
      return null;
    const goal = goalTarget(join, fact, context.figureText, context.raw, context.horizon);
    // 力争新兴产业增加值占规模以上工业比重达到25%: a share goal; the judge compares a percent goal with
    // the indicator's growth, which a share is not, so its verdict is left open.
    return fact.measure === 'share'
      ? { ...goal, verdict: { attainment: 'unknown', reason: SHARE_GOAL_REASON } }
      : goal;
  }
  if (
    fact.measure === 'share' &&
    SHARE_OF_PLAN.test(context.listLead ?? context.raw.slice(0, -fact.quantity.raw.length))
  ) {
    const level = same.findLast(
      (f) => (f.measure === 'level' || f.measure === 'count') && f.quantity.baseUnit !== '%',
    );
    return level ? derivedFullYearTarget(join, fact, level, context.raw) : null;
  }
  return null;
}

/**
 * Goals in words: 完成市下达任务, 控制在省市下达目标之内, 与经济增长同步, and in a goal list a growth
 * faster than another's (工业投资增速高于全部投资, 农村居民收入增速高于城镇居民).
 */
const WORD_GOAL =
  /(?:完成|达到|控制在|落实)[^,;。\d]{0,12}?(?:下达|规定)?的?(?:目标|任务|指标|要求)(?:之内|以内|范围内)?|与[^,;。\d]{1,10}?(?:同步|相适应)|(?:增速|增幅)(?:继续|要|保持)?(?:高于|快于|不低于)[^,;。\d]{2,10}|(?:增长)?(?:高于|快于|不低于)(?:全国|全省|全市|全州|全区)(?:平均)?水[平准]|保持上年水[平准]/;

/** The dash (——, —, -) or bullet that opens a goal line. */
const GOAL_LINE_DASH = /^\s*(?:[—–-]+|[•·])\s*/;

/** 同比持平, 与上年持平: a goal of no growth. */
const FLAT = /(?:同比|与上年|比上年)?持平/;
/** 进出口总额保持正增长: a goal of growth above zero. */
const POSITIVE = /(?:保持|实现|力争|确保)正增长/;

/**
 * 单位地区生产总值能耗完成市下达任务: a clause of a goal list that names an indicator and a goal in
 * words, with no figure: a target without a value.
 */
export function wordGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  goals: GoalScope,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const from = Math.max(sentence.start, goals.from);
  const until = Math.min(sentence.end, goals.until);
  let start = from;
  for (let i = from; i <= until; i++) {
    if (i < until && !/[,;:。]/.test(folded.charAt(i))) continue;
    const text = folded.slice(start, i);
    const clauseStart = start;
    start = i + 1;
    if (/\d/.test(text)) continue;
    const words = WORD_GOAL.exec(text) ?? FLAT.exec(text) ?? POSITIVE.exec(text);
    // ——单位生产总值能耗下降完成市下达任务: a goal line's dash opens the clause, before the indicator.
    const join = words ? leadingIndicator(text.replace(GOAL_LINE_DASH, '')) : null;
    if (!words || !join) continue;
    const provenance = { sentenceIndex: sentence.index, start: clauseStart, end: i };
    // 固定资产投资同比持平: a growth of zero; 保持正增长: one above zero.
    const flat = FLAT.test(words[0]);
    const positive = !flat && POSITIVE.test(words[0]);
    const value: TargetValue = {
      value: flat || positive ? 0 : null,
      unit: flat || positive ? '%' : null,
      comparator: flat ? 'eq' : positive ? 'gt' : null,
      text: words[0],
      relativeToGrowth: false,
    };
    targets.push(
      statedTarget(join, value, goals.horizon, words[0], source.slice(clauseStart, i), provenance),
    );
  }
  return targets;
}

/** 基本实现“增速不低于全州平均水平”的目标: a goal quoted in words, with the text's own verdict. */
const QUOTED_GOAL = /(基本|全面|已经|已|未能|没有|未)?实现了?“([^“”]{2,40})”的?(?:目标|要求)/g;
/** A quote that names no indicator is a goal of the one before only when it speaks of a figure: not 双过半. */
const SPEAKS_OF_A_FIGURE = /增速|增幅|增长|总量|不低于|不高于|高于|快于|以上|以内/;

/**
 * Goals quoted in words in the results part, about the indicator the quote names or else the one
 * the sentence spoke of last before it (`subjectBefore`); met unless the text says they were not.
 */
export function quotedGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectBefore: (at: number) => NamedIndicator | null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(QUOTED_GOAL)) {
    const start = sentence.start + m.index;
    const quote = m[2] ?? '';
    const join = leadingIndicator(quote) ?? (SPEAKS_OF_A_FIGURE.test(quote) ? subjectBefore(start) : null);
    if (!join) continue;
    const missed = /未|没有/.test(m[1] ?? '');
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const value: TargetValue = {
      value: null,
      unit: null,
      comparator: null,
      text: m[2] ?? '',
      relativeToGrowth: false,
    };
    targets.push({
      ...statedTarget(join, value, 'period', m[2] ?? '', source.slice(start, provenance.end), provenance),
      verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${m[0]}` },
    });
  }
  return targets;
}

/**
 * 增长5%，实现计划目标; 分别增长a%、b%，均完成计划目标; 超额完成年度目标任务: a plan met, said in
 * words after the figures; 完成市下达任务, 完成某某市下达的年度目标任务: the higher level's; 未完成年度目标任务,
 * 未能完成年度计划目标, 未完成年度预期目标: one missed. A bare 计划
 * (均完成年度计划) is left: the answers of liaozhu-2007-fy-plan take it for no target.
 */
const MET_IN_WORDS =
  /(?<=[,;])(均|都|全部)?已?(未能|未|没有)?(?:超额)?(?:实现|完成|达到)了?(?:(?:年度|全年)?(?:预期目标|计划目标|目标任务|计划任务|目标)|(?:[^,;:。\d]{0,6}?[省市州盟]|上级)下达的?(?:年度|全年)?(?:目标任务|任务|目标))(?=[,;。]|$)/g;

/**
 * 甲增速、乙增速两项指标低于计划目标: a verdict on the indicators listed before a count of them, with
 * no figure; each a target of no value, missed (低于, 未完成, 未达到) or met. A review's 甲、乙、丙和丁4项
 * 未完成 counts in digits and names neither 指标 nor the plan: then every name must be an indicator.
 */
const LISTED_VERDICT =
  /(?<=^|[,;:。])([^,;:。\d]{4,60}?)([两二三四五六七八九十]|\d{1,2})项(?:主要)?(指标)?(?:均|都)?(低于|未完成|未达到|高于|超过|超额完成|完成|达到)了?((?:年度|全年)?(?:计划目标|计划|目标))?(?=[,;。]|$)/g;

/** A count of the verdict, in Chinese numerals or digits. */
const countOf = (written: string) =>
  /^\d+$/.test(written) ? Number(written) : ' 一二三四五六七八九十'.indexOf(written.replace('两', '二'));

function listedVerdicts(source: string, folded: string, sentence: Sentence): ProseTarget[] {
  const targets: ProseTarget[] = [];
  const text = folded.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(LISTED_VERDICT)) {
    const [, list = '', count = '', indicators, verb = '', plan] = m;
    // 4项未完成 with no 指标 and no plan named: only a plain verdict, over names all of them indicators.
    if (!indicators && !plan && !/完成|达到/.test(verb)) continue;
    const names = list.split(/、|和|及/).map((n) => n.replace(/(?:的)?(?:增速|增幅|总量)$/, ''));
    const joins = names.map((n) => leadingIndicator(n));
    // As many names as the count says, or the list is not the one counted.
    if (joins.length !== countOf(count)) continue;
    if (!indicators && joins.some((join) => join === null)) continue;
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    const missed = /低于|未/.test(verb);
    for (const join of joins) {
      if (join) targets.push(verdictInWords(join, m[0], missed, source, provenance));
    }
  }
  return targets;
}

/** A plan met or missed in words (`words`): a target of no value for `join`, judged by the words. */
export function verdictInWords(
  join: NamedIndicator,
  words: string,
  missed: boolean,
  source: string,
  provenance: { sentenceIndex: number; start: number; end: number },
): ProseTarget {
  const value: TargetValue = {
    value: null,
    unit: null,
    comparator: null,
    text: words,
    relativeToGrowth: false,
  };
  return {
    ...statedTarget(join, value, 'period', words, source.slice(provenance.start, provenance.end), provenance),
    verdict: { attainment: missed ? 'missed' : 'met', reason: `the text says: ${words}` },
    onThePlan: true,
  };
}

/**
 * Plans met (or missed) in words in the results part: a target of no value, judged by the words,
 * for the indicator spoken of last before the words (`subjectsBefore`), or for each one since the
 * last ；when the words say 均.
 */
export function plansMetInWords(
  source: string,
  folded: string,
  sentence: Sentence,
  subjectsBefore: (at: number, all: boolean) => NamedIndicator[],
): ProseTarget[] {
  const targets: ProseTarget[] = listedVerdicts(source, folded, sentence);
  const text = folded.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(MET_IN_WORDS)) {
    const start = sentence.start + m.index;
    const provenance = { sentenceIndex: sentence.index, start, end: start + m[0].length };
    for (const join of subjectsBefore(start, m[1] !== undefined)) {
      targets.push(verdictInWords(join, m[0], m[2] !== undefined, source, provenance));
    }
  }
  return targets;
}
