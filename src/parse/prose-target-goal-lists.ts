// Which figures of each sentence are goals: GoalReader follows an announcement over the sentence, a
// list that runs on over ; and :, a list set out line by line, and a plan period's end.

import { aforesaidGoalsYearAfter, aforesaidYearTask } from './aforesaid-goals.js';
import { withoutApprovingLead } from './approving-lead.js';
import { endsCarriedGoal } from './goal-carry-period.js';
import { announcesYearAfterForeign, yearPartAfterLaterPart } from './goal-carry-year.js';
import { aimsAtLaterPart } from './goal-later-lead.js';
import { ownPlaceWord } from './own-place-word.js';
import { opensWithProposal } from './proposal-push.js';
import { secondGapGoal } from './prose-second-gap-goal.js';
import { actualAfterGoal } from './prose-target-actual-after.js';
import { tellsYearAfterPlanApproved } from './prose-target-approved-plan.js';
import {
  announcesGoals,
  closedGoals,
  GOAL_SET_TASK,
  GOALS_DONE,
  goalAnnouncement,
  HIGHER_LEVEL,
  horizonOf,
  LIST_ITEM,
  opensDraftYear,
  PLAN_PERIOD,
  REQUEST_ITEM,
  REQUEST_PUSH,
  withoutYears,
} from './prose-target-goal-cues.js';
import { isLaterMonthGoal } from './prose-target-month-own.js';
import { namesYearAfter } from './prose-target-this-year.js';
import type { Horizon, Section, Sentence } from './types.js';
import { opensOnYearAfter } from './year-after-paragraph.js';

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
  /**
   * 确保上半年甲…，为实现全年乙增长6.5%的目标奠定基础: the goals before this offset are another period's
   * (foreign, as above); the closed goal after it is the year's.
   */
  foreignUntil?: number;
  /**
   * 距全年乙增长6.5%的目标任务还有不小压力，…确保上半年甲…: the goals from this offset on are a later part
   * of the year's in an earlier page (foreign, facts only); the closed goal before it is the year's.
   */
  foreignFrom?: number;
  /** Set by the higher level (市下达的全年目标任务是…, 上级指导目标为…): its guidance, not the region's plan. */
  guidance?: boolean;
  /**
   * In the plan part, a cue late in the sentence (全年新增城镇就业N人以上，…，确保社会大局和谐稳定): the
   * figures from here to `from` are the part's goals still, unannounced (each needs its own cue).
   */
  plannedFrom?: number;
  /**
   * ，四季度甲力争完成X亿元以上，确保全年…: a last quarter's goal inside the rest of a closed list's sentence,
   * foreign from its clause to the clause naming the year again (session 31, fix123).
   */
  foreignSpan?: readonly [number, number];
  /**
   * 衔接《纲要》提出的到2020年甲达到X亿元…的目标，建议2017年…主要预期目标为：乙增长A%: a quoted plan's goals (the
   * scope's five-year horizon) end where the year's announced list opens; the figures from here on are of
   * `yearHorizon` (session 42, fix333, F6753).
   */
  yearFrom?: number;
  yearHorizon?: Horizon | null;
  /** A second goal closed inside a later gap to it, the results between the two left out (F7203). */
  secondGoal?: { from: number; until: number };
}

/**
 * 锚定到2030年甲突破X亿元、乙达到A%的目标: the goals a five-year plan sets for its last year, anchored by a
 * work report or a plan report's outlook; targets of horizon five-year (the lead's settled decision 1), where any
 * other plan-period end stays foreign (session 35, fix191).
 */
const PLAN_END_ANCHOR = /锚定(?:到|至)?(?:19|20)\d{2}年/;

/**
 * “十四五”时期, 十五五期间, 十四五末: a five-year plan named as the span its goals are for; “十三五”规划目标 (a plan
 * report's part heading over the plan's goals and the next year's, session 36, fixleft36) names them too. 对照“十四五”
 * 规划确定的到2025年甲达到X亿元…的目标: the plan named as what set them (确定, 提出, 明确), in a work report's plan
 * part (fix224).
 */
const PLAN_NAMED =
  /十([一二三四五六七八九])五”?(?:(?:规划)?(?:时期|期间|期末|末)|规划(?:确定|提出|明确))|十([一二三四五六七八九])五["”]?规划(?:主要)?目标/;

/** 今后五年, 未来五年: a plan outline's own five years, the span its goals are for (fix218). */
const FIVE_YEARS_AHEAD = /(?:今后|未来)五年/;

/** 《纲要》提出, 规划纲要明确: a plan's text quoted as setting the goals that follow (fix262). */
const PLAN_PROPOSES = /(?:纲要|规划)》?(?:\(草案\))?(?:提出|明确|确定)/;

/**
 * …的目标，建议2017年全县经济社会发展的主要预期目标为: after a quoted plan's goals closed by 的目标, a year's goals
 * announced in the same sentence (the year itself checked by the reader).
 */
const YEAR_LIST_AFTER_PLAN =
  /的目标[,，](?:建议|提出|拟|安排)?[^,;。:：]{0,12}?((?:19|20)\d{2})年[^,;。:：]{0,30}?目标(?:为|是)[:：]/;

/** 展望2035年, 到2035年: the year a vision (or a goal) looks to. */
const VISION_YEAR = /(?:展望|到)(20\d\d)年/;

/** 十四五, “十三五”规划: a five-year plan named by its number (its last year 1955 + 5×N for 十N五). */
const PLAN_NUMBER = /十([一二三四五六七八九])个?五/;
/** 2011年, 今年, 明年, 全年: a year a goal cue names, which makes its goals that year's. */
const YEAR_NAMED = /\d{4}年|今年|明年|全年|年度/;

/** 到2025年: the year a goal is set for. */
const BY_YEAR = /到((?:19|20)\d{2})年/;

/** 下半年, 四季度, 后两个月, 剩余, 还需: a part of the year still to come, or what it still needs. */
const REST_OF_YEAR = /下半年|(?:第)?[三四]季度|后[两三四五六]个?月|剩余|尚需|还需|需完成/;

/** ，推动乙产值突破X亿元: a later clause of a half's goal sentence pushing a figure on, the half not named. */
// …，确保全年甲实现正增长: a clause naming the year whose goal is in words (above zero, flat) is the plan's too (fix154).
// …，全年甲提高到A%左右: a clause opening on 全年 with no verb before it names the year, the plan's goal too
// (session 39, fixleft39b, F5831). …，实际利用外资全年完成X万美元以上: the year named right after the indicator's
// name, its verb after it, the plan's goal too (session 40, fix300, F6123).
const YEAR_GOAL_AFTER_HALF =
  /[,;](?=(?:力争|确保|推动|促进)(?!下半年|[^,;。]{0,12}?下半年)[^,;。]{0,30}?\d|(?:力争|确保)(?:全年|今年)[^,;。\d]{2,30}?(?:正增长|持平|转正)|(?:全年|今年)(?!以来|累计)[^,;。]{0,30}?\d|[\u4e00-\u9fa5]{2,16}?全年(?:完成|达到|实现)[^,;。]{0,12}?\d)/;

/**
 * 力争四季度新开工项目N个以上，确保全年甲增长A%以上: a later clause naming the year after the last quarter's
 * goal, the year's goal again (session 31, fix115).
 */
const YEAR_GOAL_AFTER_QUARTER = /[,;](?=(?:力争|确保|争取|推动)?全年[^,;。]{0,30}?\d)/;

/** ，四季度甲力争完成X亿元: a clause opening with the last quarter, its goal's cue after the indicator. */
const LAST_QUARTER_CLAUSE = /[,;](?:今年)?第?四季度[^,;。\d]{0,20}?(?:力争|确保|争取)[^,;。]{0,30}?\d/;

/** A bare list item is a goal's line, not a paragraph. */
const BARE_ITEM_MAX = 40;

/** 目标为, 目标任务是: a cue that defines the goal, so a 完成 after it is the work set, not the goal reported met. */
const GOAL_DEFINED = /目标(?:任务)?(?:为|是)$/;

/** 建议, 提请, 拟: a verb proposing the goals before the place they are of. */
const PROPOSING = /^(?:建议|提请|提出|拟定?|安排|确定)/;

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
  /** A sentence split off at ； after one setting a running plan's goals for its last year (fix218). */
  private planEndGoesOn = false;
  /** A quoted plan's goals (PLAN_PROPOSES) go on past the sentence's ；. */
  private proposalGoesOn = false;

  constructor(
    private readonly folded: string,
    private readonly sections: readonly Section[],
    private readonly year: number | null,
    /** The report's region, to tell its own goals from a higher level's; '' when unknown. */
    private readonly region = '',
    /** A full-year report written after its year (去年完成投资…): its 今年 is the year after. */
    private readonly reportYearIsLast = false,
    /** The month the report's period ends (3 for a first quarter), null when unknown. */
    private readonly reportMonth: number | null = null,
  ) {}

  /** Whether the text tells of the year after's plan as approved (read once, when first needed). */
  private yearAfterApproved: boolean | null = null;

  /** 'next-year' under a title line naming the year after the report's (2025年 重点工作), else null. */
  private titleLineHorizon: Horizon | null = null;

  /**
   * 2025年 重点工作 (a page's card title, a line of its own, prose or heading, with no figure but its one year):
   * the year it names holds for the goals under it until the next such line. A report's title naming two
   * years (2022年工作总结及2023年工作打算) is none.
   */
  noteTitleLine(sentence: Sentence): void {
    const text = this.folded.slice(sentence.start, sentence.end);
    if (
      this.bareItem(sentence, text) &&
      !/\d/.test(withoutYears(text)) &&
      text.match(/\d{4}年/g)?.length === 1
    )
      this.titleLineHorizon = horizonOf(text, this.year) === 'next-year' ? 'next-year' : null;
  }

  /** Whether a goal list set out line by line (or run on over ;) is under way. */
  get listing(): boolean {
    return this.list !== null || this.carry !== null;
  }

  read(sentence: Sentence, planned: boolean): GoalScope | null {
    const text = this.folded.slice(sentence.start, sentence.end);
    if (sentence.kind === 'prose') this.noteTitleLine(sentence);
    if (
      this.list &&
      !this.carry &&
      !LIST_ITEM.test(text) &&
      !this.bareItem(sentence, text) &&
      !this.itemGoesOn(sentence)
    )
      this.list = null;
    // 力争全年甲达到X万吨；上半年乙新增N人: the part opening with a part of the year reached is its result (F6261).
    if (this.carry && endsCarriedGoal(text, this.reportMonth)) this.carry = null;
    // 确保上半年…；确保全年…: the year's goals after the half's, announced anew (F6811).
    if (this.carry?.foreign && announcesYearAfterForeign(text)) this.carry = null;
    // 确保四季度…；全年甲增长A%以上: the bare year's part after the quarter's goals is the year's list (F6872).
    if (
      this.carry?.foreign &&
      yearPartAfterLaterPart(this.folded.slice(this.carry.from, this.carry.from + 12), text)
    )
      this.carry = { ...this.carry, foreign: false };
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
    const planEnd = periodEnd && (this.planEndGoesOn || this.runningPlanEnd(text));
    this.planEndGoesOn = planEnd && /;\s*$/.test(text);
    // 《纲要》提出，“十五五”时期甲年均增长A%，到2030年突破X亿元；乙达到B%；…: a page quoting a running plan's
    // goals, outside any plan part, over the ；-parts its list runs on (fix262).
    const proposed = planEnd && (this.proposalGoesOn || PLAN_PROPOSES.test(text));
    this.proposalGoesOn = proposed && /;\s*$/.test(text);
    const yearList = proposed ? this.yearListAfterPlan(sentence, text, scope) : null;
    if (yearList) {
      this.proposalGoesOn = false;
      this.planEndGoesOn = false;
      this.periodEndGoesOn = false;
      return yearList;
    }
    // In the plan part, the figures before a cue late in the sentence are the part's goals as well;
    // not what the rest of the year still needs (下半年需完成…以上，…确保全年目标实现), which is no plan of its own.
    const inPlan =
      scope &&
      planned &&
      !scope.foreign &&
      !scope.guidance &&
      scope.from > sentence.start &&
      !REST_OF_YEAR.test(this.folded.slice(sentence.start, scope.from))
        ? { ...scope, plannedFrom: sentence.start }
        : scope;
    const found: GoalScope | null =
      inPlan ??
      (planned
        ? { from: sentence.start, until: sentence.end, announced: false, horizon: null, foreign: false }
        : null);
    if (found && periodEnd && found.announced && text.includes('锚定') && PLAN_END_ANCHOR.test(text))
      return { ...found, horizon: 'five-year', foreign: false };
    // “十四五”时期…的主要目标是：到2025年，甲突破X亿元；乙达到A%；…: a plan still running announcing its goals
    // over the sentences its ； list runs on (session 35, fix200).
    if (
      found &&
      periodEnd &&
      found.announced &&
      (carried?.horizon === 'five-year' || this.planGoals(sentence, scope))
    ) {
      if (this.carry) this.carry = { ...this.carry, horizon: 'five-year', foreign: false };
      // 今后五年…的主要目标是： then ——甲。乙达到A%。 line by line: the list is the plan's too (fix218).
      if (this.list && this.list === scope)
        this.list = { ...this.list, horizon: 'five-year', foreign: false };
      return { ...found, horizon: 'five-year', foreign: false };
    }
    // 展望“十四五”，到2025年，甲突破X亿元；乙达到A%: 按照“十三五”规划，到2020年丙达到Y: a running plan named
    // with its last year sets that year's goals, cue or none (session 36, fix218).
    // Its ；-parts too: 规上工业增加值年均增长A%； after 到2025年，甲突破X亿元； needs no cue of its own (fix242).
    if (found && planEnd) return { ...found, announced: true, horizon: 'five-year', foreign: false };
    // 报告提出，今后五年，…到2020年，甲突破X亿元 in a news page (outside any plan part): the five years ahead with the
    // plan's last year announce its goals themselves (session 42, fix333, F6754), as a proposal's do.
    if ((planEnd && FIVE_YEARS_AHEAD.test(text)) || proposed)
      return {
        from: sentence.start,
        until: sentence.end,
        announced: true,
        horizon: 'five-year',
        foreign: false,
      };
    // 第二节 “十四五”经济社会发展主要目标 over 甲达到A%，乙达到B%。: the heading's running plan (fix218).
    if (found?.announced && found.horizon === null && !periodEnd && !carried) {
      if (this.beyondPlan(sentence)) return { ...found, foreign: true };
      if (this.planHeading(sentence)) return { ...found, horizon: 'five-year', foreign: false };
    }
    return found && periodEnd ? { ...found, foreign: true } : found;
  }

  /**
   * 衔接《纲要》提出的到2020年甲达到X亿元…的目标，建议2017年…主要预期目标为：乙增长A%；丙增长B%；…: the plan's goals
   * (five-year) up to the year's announced list, whose figures, here and in the ；-parts after, are that year's.
   */
  private yearListAfterPlan(sentence: Sentence, text: string, scope: GoalScope | null): GoalScope | null {
    const cue = YEAR_LIST_AFTER_PLAN.exec(text);
    if (!cue || this.year === null || Number(cue[1]) <= this.year || Number(cue[1]) > this.year + 1)
      return null;
    const yearHorizon = horizonOf(text.slice(cue.index), this.year);
    const yearFrom = sentence.start + cue.index + cue[0].length;
    if (/;\s*$/.test(text))
      this.carry = {
        from: sentence.start,
        until: sentence.end,
        announced: true,
        horizon: yearHorizon,
        foreign: false,
      };
    return {
      from: scope?.from ?? sentence.start,
      until: sentence.end,
      announced: true,
      horizon: 'five-year',
      foreign: false,
      yearFrom,
      yearHorizon,
    };
  }

  /**
   * ——人民生活品质持续提高。甲达到A%，乙控制在B%以内。: the sentence after an item's lead, on the item's own line,
   * is the item's goals (fix262). Only under a five-year plan's list: a year's items keep their old reading.
   */
  private itemGoesOn(sentence: Sentence): boolean {
    if (this.list?.horizon !== 'five-year') return false;
    const lineStart = this.folded.lastIndexOf('\n', sentence.start - 1) + 1;
    return lineStart < sentence.start && LIST_ITEM.test(this.folded.slice(lineStart, sentence.start));
  }

  /**
   * 展望“十四五”，到2025年…, 按照“十三五”规划，到2020年…: a five-year plan still running (its last year after the
   * report's) named in the sentence with 到 its last year: the plan's goals for its end.
   */
  private runningPlanEnd(text: string): boolean {
    if (this.year === null || !text.includes('五') || !text.includes('到')) return false;
    const plan = PLAN_NUMBER.exec(text);
    // 今后五年，…到2020年，甲突破X亿元: the five years ahead named with a plan's last year within them (F6754).
    if (!plan && FIVE_YEARS_AHEAD.test(text)) {
      const ahead = Number(BY_YEAR.exec(text)?.[1] ?? 0);
      return ahead > this.year && ahead <= this.year + 5 && ahead % 5 === 0;
    }
    const by = plan ? BY_YEAR.exec(text) : null;
    if (!plan || !by) return false;
    const end = 1955 + 5 * ('一二三四五六七八九'.indexOf(plan[1] ?? '') + 11);
    return end > this.year && Number(by[1]) === end;
  }

  /**
   * 2025年 主要预期目标 over 地区生产总值增长A%左右 / 规上工业增加值增长10% / …: a page's list (<li>) set
   * out line by line without bullets; an item is a short line of its own that ends on no 。 (a paragraph
   * of prose after the list does, and ends it).
   */
  private bareItem(sentence: Sentence, text: string): boolean {
    const before = sentence.start === 0 ? '\n' : this.folded[sentence.start - 1];
    const after = this.folded[sentence.end] ?? '\n';
    return (
      text.length <= BARE_ITEM_MAX &&
      !/[。!！]\s*$/.test(text) &&
      /[\r\n]/.test(before ?? '') &&
      /[\r\n]/.test(after)
    );
  }

  /**
   * A request's push (REQUEST_PUSH) in a sentence standing in a paragraph an 一要…三要 request opens. The push
   * is looked for first: the look back to the paragraph's start scans the whole line so far, which the 1 MB
   * line of the hang guard paid for every sentence (a third of its time, session 30).
   */
  private requestPush(sentence: Sentence, text: string): RegExpExecArray | null {
    const push = REQUEST_PUSH.exec(text);
    if (!push) return null;
    // 委员甲建议，…，推动全年甲增长A%以上: a proposal's push, wherever its paragraph stands (F7472).
    if (opensWithProposal(text)) return push;
    const paragraphStart = this.folded.lastIndexOf('\n', sentence.start) + 1;
    return REQUEST_ITEM.test(this.folded.slice(paragraphStart, sentence.start)) ? push : null;
  }

  /**
   * “十四五”时期…主要目标是, 十五五期末的主要目标为: a five-year plan named before the cue announcing the goals, one
   * still running (its last year, 1955 + 5×N for 十N五, after the report's year): its goals are of horizon
   * five-year. A past plan's (十三五 in a report of 2020) stay foreign, as does any review (no cue).
   */
  private planGoals(sentence: Sentence, scope: GoalScope | null): boolean {
    if (scope === null || this.year === null) return false;
    // The words before the cue's 目标, or (under a heading announcing the goals) the heading's.
    const text = this.folded.slice(sentence.start, sentence.end);
    const cueAt = text.indexOf('目标');
    const lead =
      cueAt > 0
        ? text.slice(0, cueAt)
        : sentence.sectionIndex === null
          ? ''
          : (this.sections[sentence.sectionIndex]?.title ?? '');
    // 二、“十二五”时期的奋斗目标 over 全县经济社会发展的主要目标是：甲年均增长A%以上，到2015年达到X亿元左右: a cue whose
    // own words name no plan nor year, under a heading naming a running plan's goals, announces that plan's
    // (session 46, fix400, F8138).
    if (!lead.includes('五')) return cueAt > 0 && !YEAR_NAMED.test(lead) && this.planHeading(sentence);
    // 今后五年全县经济社会发展的主要目标是: a plan outline's own goals (fix218).
    if (FIVE_YEARS_AHEAD.test(lead)) return true;
    const plan = PLAN_NAMED.exec(lead);
    const n = plan ? '一二三四五六七八九'.indexOf(plan[1] ?? plan[2] ?? '') + 11 : 0;
    return plan !== null && 1955 + 5 * n > this.year;
  }

  /**
   * 展望2035年，甲将基本实现现代化。乙达到A%左右: a vision's year past any five-year plan the report's year runs (more
   * than five years on), opening the paragraph, sets no goal of the year's nor of a plan a heading above names: a
   * foreign goal, facts only (session 41, fixleft41b, F6353).
   */
  private beyondPlan(sentence: Sentence): boolean {
    if (this.year === null) return false;
    const lineStart = this.folded.lastIndexOf('\n', sentence.start - 1) + 1;
    const vision = VISION_YEAR.exec(this.folded.slice(lineStart, sentence.end));
    return vision !== null && Number(vision[1]) > this.year + 5;
  }

  /**
   * 第二节 “十四五”经济社会发展主要目标 (or a heading above it, a ——甲更优。 lead between): a running plan's
   * goals announced by a heading naming the plan alone (fix218). Looks up a few headings, no further.
   */
  private planHeading(sentence: Sentence): boolean {
    if (this.year === null) return false;
    let at = sentence.sectionIndex;
    for (let depth = 0; at !== null && depth < 4; depth++) {
      const heading = this.sections[at]?.title ?? '';
      const plan = heading.includes('五') && heading.includes('目标') ? PLAN_NUMBER.exec(heading) : null;
      if (plan) return 1955 + 5 * ('一二三四五六七八九'.indexOf(plan[1] ?? '') + 11) > this.year;
      at = this.sections[at]?.parentIndex ?? null;
    }
    return false;
  }

  private planPeriodEnd(text: string): boolean {
    if (PLAN_PERIOD.test(text)) return true;
    if (text.includes('五年') && FIVE_YEARS_AHEAD.test(text)) return true;
    const by = /到(\d{4})年(?:末|底)?/.exec(text);
    return by !== null && this.otherYear(by[0]);
  }

  /**
   * Outside the plan part a goal is this year's, unless its paragraph opened on the year after
   * (会议要求，2016年是“十三五”开局之年，…。要确保城乡居民收入增长与经济增长同步 in a 2015 决议): that year's
   * (session 39, fix281); so does a label 【2023年目标】 or a lead 2023年，我市将… (F9432).
   */
  private outsidePlanHorizon(sentence: Sentence, set = false): Horizon {
    if (this.year === null) return 'full-year';
    // 会议批准了2026年…计划 in a 2025 page on the congress's close: a goal set after it (确保全年…) is the approved
    // plan's; a goal the year's results are held against (未完成年初确定的增长10%的目标) stays the year's (fix284).
    if (set) {
      this.yearAfterApproved ??= tellsYearAfterPlanApproved(this.folded, this.year);
      if (this.yearAfterApproved) return 'next-year';
    }
    const paragraphStart = this.folded.lastIndexOf('\n', sentence.start - 1) + 1;
    const lead = this.folded.slice(paragraphStart, sentence.start);
    if (opensOnYearAfter(lead, this.year + 1)) return 'next-year';
    // 会议要求，…紧紧围绕上述目标，… after the year after's goals: theirs (F7662).
    return aforesaidGoalsYearAfter(this.folded, paragraphStart, this.year) ? 'next-year' : 'full-year';
  }

  /**
   * 2022年将安排重点项目80个…；力争接待游客突破600万人次: the year after named at the head of a sentence carries to
   * the goals after its semicolons (each read as a sentence of its own) in a report of the year before (session 40,
   * fix306, F6213). Only a piece of the same sentence (after the last 。 or line break) is read.
   */
  private yearAfterEarlierInSentence(sentence: Sentence): Horizon | null {
    if (this.year === null) return null;
    this.yearAfterCues ??= new YearAfterCues(this.folded, this.year);
    const from = this.yearAfterCues.breakBefore(sentence.start);
    if (!this.yearAfterCues.within(from + 1, sentence.start)) return null;
    const lead = this.folded.slice(from + 1, sentence.start);
    return lead !== '' && horizonOf(lead, this.year) === 'next-year' ? 'next-year' : null;
  }

  /** Where the text's 。 and line breaks and the year after's cues lie (built once, when first needed). */
  private yearAfterCues: YearAfterCues | null = null;

  private announcement(sentence: Sentence, text: string, planned: boolean): GoalScope | null {
    const named =
      horizonOf(text, this.year) ??
      (namesYearAfter(text, this.reportYearIsLast) ? 'next-year' : null) ??
      this.yearAfterEarlierInSentence(sentence);
    for (let at = sentence.sectionIndex; at !== null; at = this.sections[at]?.parentIndex ?? null) {
      const heading = this.sections[at]?.title ?? '';
      // 二、2021年国民经济和社会发展主要预期目标: the heading names the year its lines' goals are for.
      if (announcesGoals(heading) || opensDraftYear(heading, text, this.year))
        return {
          from: sentence.start,
          until: sentence.end,
          announced: true,
          horizon: named ?? horizonOf(heading, this.year),
          foreign: false,
        };
    }
    // 对照全年甲增长7%、乙增长15%的目标: goals closed by 的目标, the year's unless the text names the next
    // or stands in the plan part (whose year the default horizon gives, as for the cues below).
    const closed = closedGoals(text);
    // 确保甲增长6%以上、乙增长9%左右，为实现全年丙增长6.5%的目标奠定基础: goals announced by 确保/力争
    // before the closed one; the announcement opens the sentence's goals (the cues below read it).
    const cueFirst = closed ? goalAnnouncement(text.slice(0, closed.index)) : null;
    const announcedFirst =
      cueFirst !== null &&
      /力争|确保/.test(cueFirst[0]) &&
      (/\d/.test(text.slice(cueFirst.index, closed?.index)) ||
        (closed !== null && setGoalGoesOn(text, cueFirst, closed)));
    if (closed && !announcedFirst) {
      const from = sentence.start + closed.index;
      const lead = text.slice(0, closed.index);
      const clauseLead = lead.slice(Math.max(...[...',;:。'].map((mark) => lead.lastIndexOf(mark))) + 1);
      const restAt = closed.index + closed[0].length;
      const laterAt = laterGoalsAt(text.slice(restAt), (rest) => this.laterHalf(rest));
      const goesOn = laterAt !== null || closedGoalsGoOn(text.slice(restAt));
      const second = goesOn ? null : secondGapGoal(text.slice(restAt));
      return {
        from,
        until: goesOn ? sentence.end : from + closed[0].length,
        ...(second
          ? {
              secondGoal: {
                from: sentence.start + restAt + second.from,
                until: sentence.start + restAt + second.until,
              },
            }
          : {}),
        ...(laterAt === null ? {} : { foreignFrom: sentence.start + restAt + laterAt }),
        announced: true,
        // 确保完成全年甲增长15%的目标 under a full-year report's 2016年计划 part: the plan year's goal.
        horizon: named ?? (planned ? null : this.outsidePlanHorizon(sentence)),
        foreign: this.otherPlace(clauseLead) || this.otherYear(clauseLead + closed[0]),
        ...this.lastQuarterSpan(text.slice(restAt), sentence.start + restAt),
      };
    }
    const cue =
      goalAnnouncement(text) ??
      this.requestPush(sentence, text) ??
      aforesaidYearTask(this.folded, sentence.start, text);
    if (!cue) return null;
    // 主要预期目标均如期完成: an account of goals met; its figures are results. 奋斗目标为完成甲X亿元: the goal
    // defined by the work to do, 为 before its 完成 (a news page on the year's projects; session 51, fix484, F10293).
    const afterCue = text.slice(cue.index + cue[0].length);
    if (
      !/力争|确保/.test(cue[0]) &&
      !GOAL_DEFINED.test(cue[0]) &&
      GOALS_DONE.test(afterCue) &&
      !GOAL_SET_TASK.test(afterCue)
    )
      return null;
    // 达到市确保目标序时进度: the schedule of a target, named; not a target set.
    if (/^(?:目标|任务)[^,;。\d]{0,4}(?:序时|时序|时间)?进度/.test(text.slice(cue.index + cue[0].length)))
      return null;
    const from = sentence.start + cue.index;
    const open = text.lastIndexOf('(', cue.index);
    const bracketed = open >= 0 && text.indexOf(')', open) >= cue.index;
    const close = bracketed ? text.indexOf(')', cue.index) : -1;
    // Outside the plan part a goal is this year's unless the text or a title line over it names the next
    // (a 图解 page's card 2025年 重点工作 over 力争…增长10% in a 2024 page).
    const horizon =
      named ??
      this.titleLineHorizon ??
      (planned
        ? null
        : this.outsidePlanHorizon(sentence, /力争|确保/.test(cue[0]) && !GOALS_DONE.test(afterCue)));
    const lead = text.slice(0, cue.index);
    const clauseLead = lead.slice(Math.max(...[...',;:。'].map((mark) => lead.lastIndexOf(mark))) + 1);
    // 北岭市下达的全年目标任务为: the higher level's goals for this region are its guidance, not foreign.
    const guidance = HIGHER_LEVEL.test(clauseLead + cue[0]);
    const words = clauseLead + text.slice(cue.index, cue.index + cue[0].length + 8);
    // 力争下半年甲增速回升至5%以上: the second half's own goal, neither the year's nor the period's (fix67).
    const halfOwn = /^(?:实现|推动|促进)?下半年/.test(afterCue);
    // 力争下半年新增甲N家以上，推动乙产值突破X亿元: in the plan part the half's goal ends where a clause pushes
    // another on without naming the half; that one is the plan's (session 31, fix106).
    const yearAt = halfOwn && planned ? YEAR_GOAL_AFTER_HALF.exec(afterCue)?.index : undefined;
    const halfUntil = yearAt === undefined ? null : sentence.start + cue.index + cue[0].length + yearAt;
    const laterHalf = this.laterHalf(afterCue) || aimsAtLaterPart(lead, this.reportMonth);
    // 力争四季度新开工项目N个以上，完成甲X亿元 in a 1—8月 page: the last quarter's goals, still to come, are
    // facts only as the half's in a quarter's page are; a clause naming the year after them is the year's
    // (，确保全年乙增长A%以上; session 31, fix115).
    const lastQuarter = this.lastQuarter(afterCue);
    const quarterYearAt = lastQuarter ? YEAR_GOAL_AFTER_QUARTER.exec(afterCue)?.index : undefined;
    const quarterUntil =
      quarterYearAt === undefined ? null : sentence.start + cue.index + cue[0].length + quarterYearAt;
    // 力争上半年甲增长A%以上、乙增长B%以上，确保全年丙增长C%以上 in a first quarter's report: the clause naming the
    // year after the half's goals is the year's goal again, as after the last quarter's (session 36, fix225).
    const halfYearAt = laterHalf && !closed ? YEAR_GOAL_AFTER_QUARTER.exec(afterCue)?.index : undefined;
    const laterHalfUntil =
      halfYearAt === undefined ? null : sentence.start + cue.index + cue[0].length + halfYearAt;
    const foreign =
      (!guidance && this.otherPlace(clauseLead)) ||
      this.otherYear(words) ||
      (halfOwn && halfUntil === null) ||
      (laterHalf && !closed && laterHalfUntil === null) ||
      (lastQuarter && quarterUntil === null && !closed);
    // 目标为8%，全年实际增长9.6%: the goal ends where the result is told.
    const actual = actualAfterGoal(text, cue.index);
    const end = close >= 0 ? sentence.start + close : sentence.end;
    return {
      from,
      until: actual >= 0 ? Math.min(end, sentence.start + actual) : end,
      announced: true,
      horizon,
      foreign,
      ...(laterHalf && closed && !foreign ? { foreignUntil: sentence.start + closed.index } : {}),
      ...(halfUntil !== null && !foreign ? { foreignUntil: halfUntil } : {}),
      ...(quarterUntil !== null && !foreign ? { foreignUntil: quarterUntil } : {}),
      ...(laterHalfUntil !== null && !foreign ? { foreignUntil: laterHalfUntil } : {}),
      ...(guidance ? { guidance } : {}),
    };
  }

  /**
   * 全省…主要预期目标是, 北岭市2024年主要预期目标为: goals of the whole of a level the report's region
   * is not (全市 in a county's report), or of a place named other than the region.
   */
  private otherPlace(clauseLead: string): boolean {
    if (this.region === '') return false;
    // 建议2020年全市…的主要预期目标是: the words proposing the goals are no place (建议全市 is not one).
    // 会议同意市人民政府提出的全市…: the congress approving its own government's goals names no place (F9431).
    const lead = withoutApprovingLead(clauseLead.replace(/\d{4}年/g, '').trim(), this.region).replace(
      PROPOSING,
      '',
    );
    // 全县GDP增长8.8%(预期目标为…): a goal in brackets after our own result.
    if (/\d/.test(lead)) return false;
    if (ownPlaceWord(lead, this.region)) return false;
    const whole = /^(?:全国|国家|全(省|市|州|区|县|旗))/.exec(lead);
    if (whole) return whole[1] === undefined || !this.region.endsWith(whole[1]);
    const named = /^[\u4e00-\u9fa5]{1,8}?(?:省|市|州)/.exec(lead)?.[0];
    return named !== undefined && named !== this.region && !this.region.startsWith(named);
  }

  /**
   * 确保上半年甲增长6%以上 in a first quarter's page (双过半): the half-year's goal, a period the report
   * has not reached; neither the year's target nor the report period's, and no result either. So are
   * the quarter's goals closing a 1—2月 page (力争一季度实现：甲增长6%以上；…, 开门红 news): lidong and
   * xunmei answer such later part-year goals as facts only.
   */
  private laterHalf(afterCue: string): boolean {
    if (this.reportMonth === null) return false;
    if (this.reportMonth < 6 && /^(?:实现|推动|促进)?上半年/.test(afterCue)) return true;
    return this.reportMonth < 3 && /^(?:实现|推动|促进)?(?:今年)?第?一季度/.test(afterCue);
  }

  /** 力争四季度…, 确保第四季度… in a page of 1—9月 or before: the last quarter's goals, a part still to come. */
  private lastQuarter(afterCue: string): boolean {
    return (
      (this.reportMonth !== null &&
        this.reportMonth < 10 &&
        /^(?:实现|推动|促进)?(?:今年)?第?四季度/.test(afterCue)) ||
      // 确保12月份完成甲X亿元以上 in a 1—11月 page: one later month's goal, foreign as the quarter's.
      isLaterMonthGoal(afterCue, this.reportMonth)
    );
  }

  /**
   * ，四季度甲力争完成X亿元以上 after a closed list of the year's goals, in a page of 1—9月 or before: the
   * last quarter named before its cue; its goal is foreign up to a clause naming the year (，确保全年…).
   */
  private lastQuarterSpan(rest: string, at: number): { foreignSpan?: readonly [number, number] } {
    if (this.reportMonth === null || this.reportMonth >= 10 || !rest.includes('四季度')) return {};
    const clause = LAST_QUARTER_CLAUSE.exec(rest);
    if (!clause) return {};
    const from = clause.index + 1;
    const yearAt = YEAR_GOAL_AFTER_QUARTER.exec(rest.slice(from))?.index;
    return { foreignSpan: [at + from, at + (yearAt === undefined ? rest.length : from + yearAt)] };
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

/**
 * 围绕全年甲增长6.5%的目标，确保全年乙增长8%、丙增长12%以上: goals announced again by 力争/确保 after
 * the closed ones; the sentence's goals go on to its end.
 */
/**
 * 确保完成全年甲X亿元的目标任务，乙增长A%以上，丙增长B%左右: the closed goal is itself the one 确保 sets (the
 * cue right before it), and the goals after its comma go on the same list, a plan part's (a park's summary;
 * session 38, fix258). 确保完成全年…的目标，为…奠定基础 names no figure after it and stays closed.
 */
function setGoalGoesOn(text: string, cue: RegExpExecArray, closed: RegExpExecArray): boolean {
  if (cue.index + cue[0].length !== closed.index) return false;
  const rest = text.slice(closed.index + closed[0].length);
  return /^(?:任务)?[,，][^。]*?(?:增长|下降|达到|突破)\d/.test(rest);
}

function closedGoalsGoOn(rest: string): boolean {
  const cue = goalAnnouncement(rest);
  if (cue === null || !/力争|确保/.test(cue[0])) return false;
  const after = rest.slice(cue.index);
  return /\d/.test(after) || CUED_WORD_GOAL.test(after);
}

/**
 * 力争全年甲实现正增长, 确保乙与上年持平: a cue whose clause closes on a goal in words with a value (above zero,
 * flat), a goal as a figure after the cue is (F5281, session 38, fix259).
 */
const CUED_WORD_GOAL = /^(?:力争|确保)[^,;。\d]{2,30}?(?:正增长|持平|转正)(?=[,;。]|$)/;

/**
 * 距全年…的目标任务还有不小压力，…确保上半年甲增长7%以上: a later part of the year's goals announced after
 * the closed ones in an earlier page are facts only (session 27, fix85): where in `rest` they start.
 */
function laterGoalsAt(rest: string, laterHalf: (afterCue: string) => boolean): number | null {
  const cue = goalAnnouncement(rest);
  if (cue === null || !/力争|确保/.test(cue[0]) || !/\d/.test(rest.slice(cue.index))) return null;
  return laterHalf(rest.slice(cue.index + cue[0].length)) ? cue.index : null;
}

/**
 * The sentence pieces after a ； each looked back to the last 。 or line break and read the whole lead for the year
 * after: on one long sentence of many ；-pieces (bench:hostile's 'plain figures', a 1 MB line) that was the square of
 * the pieces (session 41, speed41b). The breaks and the cues horizonOf needs (明年, 下一年, 来年 or the year after's
 * digits; it answers 'next-year' on none without one) are found once; a lead holding no cue is answered at once, a
 * lead holding one is read by horizonOf as before.
 */
class YearAfterCues {
  /** Positions of 。 and line breaks, ascending. */
  private readonly breaks: number[] = [];
  /** Cue occurrences by start, ascending, and the least end of the occurrences from each on. */
  private readonly starts: number[] = [];
  private readonly leastEnd: number[] = [];

  constructor(text: string, year: number) {
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x3002 || c === 0x0a) this.breaks.push(at);
    }
    const found: [number, number][] = [];
    for (const cue of ['明年', '下一年', '来年', String(year + 1)])
      for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1))
        found.push([at, at + cue.length]);
    found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let least = Number.POSITIVE_INFINITY;
    const ends = new Array<number>(found.length);
    for (let i = found.length - 1; i >= 0; i--) {
      least = Math.min(least, found[i]?.[1] ?? least);
      ends[i] = least;
    }
    for (const [start] of found) this.starts.push(start);
    this.leastEnd.push(...ends);
  }

  /** The last 。 or line break before `at`, or -1 (as lastIndexOf of each from at - 1, the greater). */
  breakBefore(at: number): number {
    const i = firstAtOrAfter(this.breaks, at);
    return i > 0 ? (this.breaks[i - 1] ?? -1) : -1;
  }

  /** Whether a cue lies wholly in [from, until). */
  within(from: number, until: number): boolean {
    const i = firstAtOrAfter(this.starts, from);
    return i < this.starts.length && (this.leastEnd[i] ?? Number.POSITIVE_INFINITY) <= until;
  }
}

/** The index of the first of the ascending `sorted` at or after `at` (its length when none). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
