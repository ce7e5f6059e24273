// Goals in words with no figure, in a goal list: 单位地区生产总值能耗完成市下达任务, 同比持平, 保持正增长.

import { aggregateIndicator } from './prose-branches.js';
import { joinIndicator, leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { pairedIndicators } from './prose-paired-pace-goal.js';
import type { GoalScope } from './prose-target-goal-lists.js';
import { namedIndicators, residentsWhole } from './prose-target-in-step.js';
import { isPartYearGoal, OWN_HORIZON, opensPartYearLead } from './prose-target-part-year.js';
import { type ProseTarget, statedTarget } from './prose-target-values.js';
import { parseTarget, type TargetValue } from './targets.js';
import type { Sentence } from './types.js';

/**
 * Goals in words: 完成市下达任务, 控制在省市下达目标之内, 与经济增长同步, and in a goal list a growth
 * faster than another's (工业投资增速高于全部投资, 农村居民收入增速高于城镇居民), and a decline to narrow
 * (推动固定资产投资降幅进一步收窄); a share to keep rising (制造业投资占全部投资比重稳步提升: the indicator's goal,
 * how far unsaid). Steady growth said in words closing the clause (外贸进出口保持稳定增长,
 * 进出口稳中向好, as national and city 主要预期目标 lists write trade's goal): a goal with no figure.
 */
const WORD_GOAL =
  /(?:保持|实现)?(?:稳定|平稳|稳步)增长$|稳中(?:向好|有升|有增|有进|提质)$|(?:完成|落实)[^,;。\d]{0,6}?(?:下达|规定)的?[^,;。\d]{2,16}?(?:目标|任务|指标)|(?:完成|达到|控制在|落实)[^,;。\d]{0,12}?(?:下达|规定)?的?(?:目标|任务|指标|要求)(?:之内|以内|范围内)?|与[^,;。\d]{1,10}?(?:同步|相适应)|(?:增速|增幅)(?:继续|要|保持)?(?:高于|快于|不低于)[^,;。\d]{2,10}|(?:增长)?(?:高于|快于|不低于)(?:全国|全省|全市|全州|全区)(?:平均)?水[平准]|保持上年水[平准]|(?:降幅|跌幅)(?:进一步|继续|持续|逐步)?(?:收窄|缩小)|扭负为正|由负转正|(?:比重|占比)(?:稳步|持续|进一步|逐步|不断)(?:提升|提高|上升)|(?:比重|占比|份额)保持(?:基本)?稳定/;

/**
 * The dash (——, —, -) or bullet that opens a goal line; ◆ and ● as in the goal lists of 山东 and 甘肃
 * government reports (◆完成市下达的节能减排降碳约束性指标任务), the bullets goal cues already know.
 */
const GOAL_LINE_DASH = /^\s*(?:[—–-]+|[•·▪●○◎◆◇★☆])\s*/;

/** 9.单位生产总值能耗下降3.2%: the number of a goal in a numbered list (9. 9、 (9) ⑨). */
const GOAL_NUMBER = /^\s*(?:\d{1,2}\s*[.、](?!\d)|\(\d{1,2}\)|[\u2460-\u2473])\s*/;

/**
 * 推动, 促进: a verb urging a goal in words, whose object is the indicator (推动固定资产投资降幅进一步收窄).
 * Not 力争/确保: 力争全年经济增长达到预期目标 is a verdict hoped for, read as a plan met elsewhere.
 */
const GOAL_VERB = /^\s*(?:推动|促进|带动)/;

/** 力争, 确保, 争取: the cue of a goal, before its indicator. */
const GOAL_CUE = /^\s*(?:力争|确保|争取)/;

/** 同比持平, 与上年持平: a goal of no growth. */
const FLAT = /(?:同比|与上年|比上年)?持平/;
/**
 * 力争全年自营出口扭负为正: a fall to turn into growth, a goal in words (how far above zero unsaid); after
 * 力争/确保 it is the year's goal, as 保持正增长 is.
 */
const TURN_POSITIVE = /扭负为正|由负转正/;
/**
 * 确保税收收入尽快由负转正: a turn wanted as soon as may be, by no date: no goal of the year (session 40, fix304,
 * F6173: a county head's speech on the quarter).
 */
const SOON_TURN = /(?:尽快|尽早|早日)(?:实现)?(?:扭负为正|由负转正)/;
/** A sentence that opens by suggesting (建议, 我们建议) is advice to the government, no goal of its own. */
const SUGGESTION = /^(?:[(（]?[一二三四五六七八九十\d]+[)）、.]\s*)?(?:我们|委员会|财经委)?建议/;
/**
 * 进出口总额保持正增长: a goal of growth above zero; so is 固定资产投资增速年底前转正, the growth to turn
 * positive by the year's end (session 29, fix96; 扭负为正 stays a goal in words, as one county's answers have it).
 * 外贸进出口总额恢复正增长: growth above zero again after a fall (session 35, fix190).
 */
const POSITIVE =
  /(?:保持|实现|力争|确保|恢复)正增长|(?:增速|增幅)(?:(?:到|至)?(?:年底|年末)前?)?(?:实现)?转正$/;

/**
 * 完成市下达的节能减排目标任务: the verb first, the indicator named inside the goal words, between
 * who set the goal and the goal itself.
 */
const NAMED_INSIDE = /^(?:完成|落实)[^,;。\d]{0,6}?(?:下达|规定)的?([^,;。\d]{2,16}?)(?:目标|任务|指标)/;

/** The indicator a goal in words names inside itself (完成市下达的节能减排目标任务), or null. */
function namedInside(words: string): ReturnType<typeof leadingIndicator> {
  const inside = NAMED_INSIDE.exec(words)?.[1];
  return inside ? leadingIndicator(inside) : null;
}

/**
 * 主要污染物排放量完成市下达的减排任务, 化学需氧量、二氧化硫排放量完成市下达的约束性指标: the emissions named before a
 * goal in words, the 减排 half of the catalogue's 节能减排 indicator (which has no pollutant alias): a word-only goal of
 * that indicator beside the energy figure's, as chaoxun, jianglan and fenhu answer it (session 46, fix390, F7936).
 */
const EMISSIONS_NAMED = /(?:污染物|化学需氧量|二氧化硫|氨氮|氮氧化物)[^,;。\d]{0,16}?排放(?:总)?量$/;
function emissionsNamed(lead: string, words: string): ReturnType<typeof leadingIndicator> {
  const at = lead.indexOf(words);
  return at > 0 && EMISSIONS_NAMED.test(lead.slice(0, at)) ? leadingIndicator('节能减排') : null;
}

/**
 * 能耗下降3.5%以上，完成市下达的节能减排任务: words naming the indicator inside them right after its
 * figure goal say that goal's origin again, not a goal of their own.
 */
function restatesFigureGoal(previous: string, code: string): boolean {
  const goal = previous.replace(GOAL_LINE_DASH, '').replace(GOAL_NUMBER, '');
  return /\d/.test(previous) && leadingIndicator(goal)?.entry.code === code;
}

/**
 * 单位地区生产总值能耗完成市下达任务: a clause of a goal list that names an indicator and a goal in
 * words, with no figure: a target without a value.
 */
export function wordGoals(
  source: string,
  folded: string,
  sentence: Sentence,
  goals: GoalScope,
  label: NamedIndicator | null = null,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  // 建议…力争…推动固定资产投资增速由负转正: a member's or a committee's suggestion urges, it sets no goal in
  // words; but a goal with a value (实现正增长, 持平) among its figure goals is one as they are (建议…，力争全年甲增长A%
  // 左右，乙实现正增长: F5282, session 38, fix259; README item 19's 建议 goal gt 0%).
  const advice = SUGGESTION.test(folded.slice(sentence.start, sentence.start + 12));
  const from = Math.max(sentence.start, goals.from);
  const until = Math.min(sentence.end, goals.until);
  let start = from;
  let before = '';
  for (let i = from; i <= until; i++) {
    if (i < until && !/[,;:。]/.test(folded.charAt(i))) continue;
    // 10. 单位地区生产总值能耗完成市下达的年度目标: a numbered goal line's number is no figure of it.
    const whole = folded.slice(start, i);
    const text = whole.replace(GOAL_NUMBER, '');
    const clauseStart = start + whole.length - text.length;
    const previous = before;
    before = text;
    start = i + 1;
    if (/\d/.test(text)) {
      // 紧盯甲增长A%以上、乙增长B%、城乡居民人均可支配收入增长与经济增长同步的目标不放松: the pace goal
      // is an item of a clause whose other items carry figures (fix163).
      if (text.includes('同步') && text.includes('、'))
        targets.push(...inStepItems(source, sentence, goals.horizon, clauseStart, text));
      continue;
    }
    const words = WORD_GOAL.exec(text) ?? FLAT.exec(text) ?? POSITIVE.exec(text);
    // 力争二季度甲增速由负转正: a goal for a part of the year, a fact only (F7093).
    if (SOON_TURN.test(text) || isPartYearGoal(text)) continue;
    // 上半年，力争甲增长A%以上，乙实现正增长: the part the ；-part opens with holds for its word goals too, unless
    // the clause names a horizon of its own (session 46, fix395, F8342).
    const segmentHead = folded.slice(
      Math.max(sentence.start, folded.lastIndexOf(';', clauseStart) + 1),
      clauseStart,
    );
    if (opensPartYearLead(segmentHead + text) && !OWN_HORIZON.test(text)) continue;
    // ——单位生产总值能耗下降完成市下达任务: a goal line's dash opens the clause, before the indicator.
    // 推动固定资产投资降幅进一步收窄: the verb that urges the goal stands before the indicator.
    // 力争进出口总额全年实现正增长: a goal with a value (above zero, flat) after 力争/确保 is the year's
    // goal, not a verdict hoped for.
    const valued = words !== null && (FLAT.test(words[0]) || POSITIVE.test(words[0]));
    if (advice && !valued) continue;
    const lead = text.replace(GOAL_LINE_DASH, '').replace(GOAL_VERB, '');
    // 确保单位地区生产总值能耗完成市下达任务: a task a higher level set, after 确保/力争, is the goal itself (no
    // verdict hoped for, as 力争…达到预期目标 is; session 34, fix169).
    const cued = valued || (words !== null && (TURN_POSITIVE.test(words[0]) || words[0].includes('下达')));
    // 力争全年自营出口扭负为正: the name may carry a qualifier before it (自营), read where it ends.
    const named =
      leadingIndicator(cued ? lead.replace(GOAL_CUE, '') : lead) ??
      (words && TURN_POSITIVE.test(words[0]) ? joinIndicator(lead.slice(0, lead.indexOf(words[0]))) : null);
    // 确保完成市下达的甲任务: the cue may stand before the verb (fix229).
    const inside =
      words && !named && text.replace(GOAL_LINE_DASH, '').replace(GOAL_CUE, '').startsWith(words[0])
        ? namedInside(words[0])
        : null;
    // （八）节能减排。预期目标：完成市下达的目标任务: the goal in words, of the field its label names.
    // 确保脱贫人口人均纯收入增幅高于农村居民平均水平: a growth faster than another group's, of an aggregate
    // the catalogue lacks (a group's income), named as written before the words.
    const join = words
      ? (named ??
        inside ??
        label ??
        fasterAggregate(lead.replace(GOAL_CUE, ''), words[0]) ??
        emissionsNamed(lead.replace(GOAL_CUE, ''), words[0]) ??
        // 城乡常住居民人均可支配收入增长与经济增长同步: the whole, as without 常住 (fix114); 确保(全年)甲增长与
        // 经济增长同步 after 确保/力争: the whole after the cue (fix185).
        (/同步/.test(words[0]) ? (residentsWhole(lead.replace(GOAL_CUE, '')) ?? wholeAfterCue(lead)) : null))
      : null;
    // 城乡居民收入增长与经济增长同步 in a goal list: no whole the catalogue knows, a goal of each half (as
    // the planned part's prose reads it, prose-target-in-step.ts).
    // 城镇居民人均可支配收入和农村居民人均纯收入增长与经济增长同步: two wholes named, a goal of each (F7027).
    const uncued = lead.replace(GOAL_CUE, '');
    const paired =
      words && /同步/.test(words[0])
        ? pairedIndicators(uncued.slice(0, Math.max(0, uncued.indexOf(words[0]))))
        : null;
    const halves =
      paired ?? (words && !join && /同步/.test(words[0]) ? namedIndicators(lead.replace(GOAL_CUE, '')) : []);
    // 外贸进出口、实际使用外资稳中提质: one goal in words (of no value) shared by the indicators a 、-list names, a goal
    // of each (fix224).
    const listed =
      words && halves.length < 2 && named && !valued && lead.includes('、')
        ? listedIndicators(lead, words[0])
        : [];
    const each = halves.length > 1 ? halves : listed;
    if (words && each.length > 1) {
      const provenance = { sentenceIndex: sentence.index, start: clauseStart, end: i };
      for (const item of each)
        targets.push(
          statedTarget(
            item,
            wordsOf(words[0]),
            goals.horizon,
            words[0],
            source.slice(clauseStart, i),
            provenance,
          ),
        );
      continue;
    }
    if (!words || !join) continue;
    if (inside && restatesFigureGoal(previous, inside.entry.code)) continue;
    const provenance = { sentenceIndex: sentence.index, start: clauseStart, end: i };
    // 固定资产投资同比持平: a growth of zero; 保持正增长: one above zero.
    const flat = FLAT.test(words[0]);
    const positive = !flat && POSITIVE.test(words[0]);
    // 与经济增长同步, 高于经济增长: read as a table cell of the same words is (gte / gt of GDP's growth), so
    // the goal restated beside the table's is one target (fix67).
    const paced = flat || positive ? null : parseTarget(words[0], null);
    const value: TargetValue = paced?.relativeToGrowth
      ? paced
      : {
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

/**
 * 甲、乙稳中提质: the indicators a 、-list names before a goal in words of no value, each in full (an item the
 * catalogue lacks, or a pace goal's 同步, leaves the clause to the readers above: none).
 */
function listedIndicators(lead: string, words: string): NamedIndicator[] {
  const at = lead.indexOf(words);
  if (at < 0 || /同步/.test(words)) return [];
  const items = lead.slice(0, at).replace(GOAL_CUE, '').split('、');
  const named = items.map((item) => leadingIndicator(item));
  // Each item is the name and nothing more (甲、乙 with no words between a name and the 、).
  const whole = named.every((n, k) => n !== null && n.name.length === items[k]?.replace(/\s+/g, '').length);
  return whole && new Set(named.map((n) => n?.entry.code)).size === named.length
    ? (named as NamedIndicator[])
    : [];
}

/** 确保甲增长与经济增长同步: the one whole named after the cue, or null (both halves are read apart). */
function wholeAfterCue(lead: string): NamedIndicator | null {
  if (!GOAL_CUE.test(lead)) return null;
  const named = namedIndicators(lead.replace(GOAL_CUE, ''));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** 、城乡居民收入增长与经济增长同步的目标: an item of a list with no figure, then the list's closing words. */
const IN_STEP_ITEM =
  /(?<=、)([^、,;。\d]{2,20}?)(?:增长|增速|增幅)?(与经济增长(?:基本)?同步)(?=的(?:预期|主要)?目标|$)/g;

/** The pace goals among the 、-items of a goal list's clause that carries figures (fix163). */
function inStepItems(
  source: string,
  sentence: Sentence,
  horizon: GoalScope['horizon'],
  clauseStart: number,
  text: string,
): ProseTarget[] {
  const targets: ProseTarget[] = [];
  for (const m of text.matchAll(IN_STEP_ITEM)) {
    const joins = namedIndicators((m[1] ?? '').replace(GOAL_CUE, ''));
    const words = m[2] ?? '';
    const start = clauseStart + m.index;
    const end = start + m[0].length;
    const provenance = { sentenceIndex: sentence.index, start, end };
    const paced = joins.length === 1 ? parseTarget(words, null) : null;
    const value = paced?.relativeToGrowth ? paced : wordsOf(words);
    for (const join of joins)
      targets.push(statedTarget(join, value, horizon, words, source.slice(start, end), provenance));
  }
  return targets;
}

/** 增幅继续高于, 增速快于: a growth goal against another's pace, the words FASTER_GOAL opens. */
const FASTER_GOAL = /^(?:增速|增幅)(?:继续|要|保持)?(?:高于|快于|不低于)/;

/**
 * The group's income named as written before a goal of faster growth (脱贫户人均纯收入增幅继续高于…), or
 * null. Only an income: 项目投资增速高于全部投资 is a goal the plan's table names in full (pengshan), read there.
 */
function fasterAggregate(lead: string, words: string): NamedIndicator | null {
  if (!FASTER_GOAL.test(words)) return null;
  const at = lead.indexOf(words);
  const name = at >= 4 ? lead.slice(0, at).replace(/^全年/, '') : '';
  return /人均[\u4e00-\u9fa5]{0,4}收入$/.test(name) ? aggregateIndicator(name) : null;
}

/** A goal in words with no value. */
const wordsOf = (words: string): TargetValue => ({
  value: null,
  unit: null,
  comparator: null,
  text: words,
  relativeToGrowth: false,
});

/** 10. 单位地区生产总值能耗完成市下达的年度目标。: a numbered line holding only a goal in words. */
export function isGoalLineInWords(folded: string, sentence: Pick<Sentence, 'start' | 'end'>): boolean {
  const text = folded.slice(sentence.start, sentence.end);
  const rest = text.replace(GOAL_NUMBER, '');
  return rest !== text && !/\d/.test(rest) && WORD_GOAL.test(rest);
}
