// Distributive lists: 存、贷款分别增长5.7%、12.4% and 城乡居民人均可支配收入分别… give one subject per
// figure; 接待游客…，旅游总收入…，分别增长8.2%和9.6% takes its subjects from the figures before it.

import { lookupIndicator } from './catalogue.js';
import { type Figure, readOrdinal } from './numbers.js';
import { joinIndicator, LISTED_BRANCH_NAMES } from './prose-clauses.js';
import type { Fact, Sentence } from './types.js';

/** What may stand between a list of names and its 分别: 同比, 比年初, 预计 … */
const BEFORE_DISTRIBUTIVE =
  /(?:同比|比上年同期|比上年|比去年|比年初|较年初|较上年|预计|预测|初步核算|初步统计)?$/;

/**
 * 甲、乙、丙3项指标分别低于年度目标a、b和c个百分点: the list counted and called indicators before its
 * 分别 (等三项主要指标 too); the count says nothing of any one of them, so it is no part of the last name.
 */
const COUNTED_INDICATORS = /等?(?:\d{1,2}|[两二三四五六七八九十]{1,2})[项个](?:主要)?(?:经济)?指标$/;

/** Heads that name each other's counterpart: 收入 and 支出, 出口 and 进口. */
const COUNTERPART_HEAD = /^(?:收入|支出|出口|进口)$/;

/** 三大主导产业产值, 两大传统行业, 四个重点行业: how many items a list names and their class, with what is said of them. */
const COUNTED_CLASS =
  /(\d{1,2}|[两二三四五六七八九十]{1,2})(?:大|个|项)[\u4e00-\u9fa5]{0,4}?(产业|行业)(产值|增加值|营业收入)?$/;

/** The head word of a list of industries: 产业增加值, 行业, 产业. */
const SHARED_HEAD = /(?:产业|行业)(?:增加值)?$/;
/** 医药制造业增加值: a branch named whole, then its value added. */
const BRANCH_VALUE_ADDED = /业增加值(?:同比|比上年同期|比上年|比去年同期|比去年|较上年)?$/;

/**
 * Expands 存、贷款分别增长5.7%、12.4% into one subject per figure: 存款, 贷款; and 城乡居民人均可支配
 * 收入分别… into 城镇居民…, 农村居民…. Only the list right before the last 分别 counts: in
 * 城镇、农村居民收入分别为a元、b元，分别增长c%、d% the second 分别 names no list of its own.
 */
export function distributiveSubjects(clauseText: string): string[] | null {
  const at = clauseText.lastIndexOf('分别');
  // 进出口、出口和进口值占全市份额分别为…: the whole the shares are of is no part of the last name.
  const before = clauseText
    .slice(0, Math.max(at, 0))
    .replace(SHARE_OF_WHOLE, '')
    .replace(PROGRESS_OF_PLAN, '')
    .replace(COUNTED_INDICATORS, '');
  const names = at < 0 ? null : subjectList(before, BEFORE_DISTRIBUTIVE);
  const measure = MEASURE_AFTER_DISTRIBUTIVE.exec(clauseText.slice(at + 2))?.[1];
  if (names && measure) return names.map((name) => withMeasure(name, measure));
  // 甲、乙年均增速分别低于规划目标a和b个百分点: the plan period's average is every item's (facts only, as a
  // 年均 figure is), not the first item's own growth.
  const average = names ? SPAN_AVERAGE_TAIL.exec(names.at(-1) ?? '')?.[0] : undefined;
  if (names && average) return names.map((name) => withMeasure(name, average));
  return (names && sharesOfIndustries(before, names)) ?? names;
}

/**
 * 轻、重工业占比分别为a%和b%: the figures are the items' shares, and the shares of industries the
 * catalogue lacks (轻工业, 重工业) are shares of their value added; null when the list is not so
 * (一产、三产占比 names the catalogue's shares whole).
 */
function sharesOfIndustries(before: string, names: readonly string[]): string[] | null {
  const share = SHARE_BEFORE_DISTRIBUTIVE.exec(before);
  if (!share || names.every((name) => lookupIndicator(name))) return null;
  const items = subjectList(before.slice(0, share.index), BEFORE_DISTRIBUTIVE);
  return items?.every((item) => item.endsWith('业')) ? items.map((item) => `${item}增加值`) : null;
}

/** 占全市份额, 占全省的比重: the whole a list's shares are of, written after the list's names. */
const SHARE_OF_WHOLE = /(?<=[\u4e00-\u9fa5])占[\u4e00-\u9fa5]{1,12}?的?(?:比重|份额)$/;

/**
 * 甲、乙完成全年计划的进度分别低于时序进度a个百分点和b个百分点: the progress of each item's plan, said once
 * after the list's last name, is no part of that name (session 46, fix400, F8131).
 */
const PROGRESS_OF_PLAN =
  /(?<=[\u4e00-\u9fa5])(?:完成|执行)(?:全年|年度|本年|年)?(?:计划|目标(?:任务)?)?的?进度$/;

/** 轻、重工业占比分别为…: the figures the list's 分别 gives are its items' shares. */
const SHARE_BEFORE_DISTRIBUTIVE = /(?:所占比重|占比|比重)\s*$/;

/**
 * 第一、二、三产业分别完成投资a、b和c亿元: the noun after 分别 names what is measured of each
 * (第一产业投资), not the items' own value added.
 */
const MEASURE_AFTER_DISTRIBUTIVE = /^(?:累计)?(?:完成|实现)(投资)(?:额)?\s*$/;

/** 年均增速, 年均增长: a plan period's average said once after a list's last name. */
const SPAN_AVERAGE_TAIL = /(?:年均|年平均)(?:增速|增幅|增长率?)$/;

/**
 * A pattern ending before a tail, built once for each tail (a few are used): the four below were built
 * on every call, 0.4% of the parser's time with their matching (session 32).
 */
function tailed(body: string): (tail: RegExp) => RegExp {
  const built = new Map<string, RegExp>();
  return (tail) => {
    let pattern = built.get(tail.source);
    if (!pattern) {
      pattern = new RegExp(`${body}${tail.source}`);
      built.set(tail.source, pattern);
    }
    return pattern;
  };
}
/** 城乡…, 城镇和农村常住居民…, 城镇居民和农牧民…: the halves (urbanAndRural). */
const PAIRED_HALVES = tailed(
  `(?:城乡|城镇([\\u4e00-\\u9fa5]{0,4}?)[和与及、](农村牧区|农牧区|农村)\\1|城镇(居民)[和与及、](农牧民))([\\u4e00-\\u9fa5]{2,16}?)`,
);
/** 存贷款余额 (subjectList). */
const DEPOSITS_AND_LOANS = tailed(`存贷款([\\u4e00-\\u9fa5]{0,6}?)`);
/** 第一、二、三产业 (subjectList). */
const NUMBERED_INDUSTRIES = tailed(
  `第?([一二三](?:、第?[一二三])+)产业([\\u4e00-\\u9fa5]{0,6}?)(?:占[\\u4e00-\\u9fa5]{1,12}?的?比重|所占比重)?`,
);
/**
 * 三次产业增加值分别为A亿元、B亿元和C亿元: the three industries named by their count, in their order (subjectList); not
 * their structure or ratio, one figure of all three (session 51, fix486_487, F10362).
 */
const COUNTED_INDUSTRIES = tailed(
  `三次产业(?!结构|比|构成)([\\u4e00-\\u9fa5]{0,6}?)(?:占[\\u4e00-\\u9fa5]{1,12}?的?比重|所占比重)?`,
);
/** 甲、乙、丙 (subjectList). */
const LISTED_NAMES = tailed(`((?:[\\u4e00-\\u9fa5]{1,16}、)+[\\u4e00-\\u9fa5]{1,26})`);

const withMeasure = (name: string, measure: string) => (name.endsWith(measure) ? name : name + measure);

/**
 * 城乡居民…, 城镇和农村常住居民…, 城镇、农村居民…, 城镇居民和农村居民…: the town and country halves of one name, said once,
 * ending the text (before `tail`); null when the text does not end so. The pastoral regions call the
 * country half 农村牧区 (城镇和农村牧区常住居民…): its 牧区 belongs to the country half, not to the name.
 */
export function urbanAndRural(text: string, tail = /$/): string[] | null {
  // 城镇居民和农村居民人均可支配收入: the residents' word said after each half, the rest of the name once.
  const paired = PAIRED_HALVES(tail).exec(text);
  const name = paired?.[5];
  if (!paired || !name) return null;
  // 城镇居民和农牧民人均可支配收入: the pastoral country half says its own residents' word (农牧民).
  if (paired[4]) return [`城镇${paired[3]}${name}`, `${paired[4]}${name}`];
  const own = paired[1] ?? '';
  return [`城镇${own}${name}`, `${paired[2] ?? '农村'}${own}${name}`];
}

/**
 * The subjects of a list of names ending the text (before `tail`): 存、贷款余额 → 存款余额, 贷款余额;
 * 城镇、农村居民人均可支配收入 → 城镇…, 农村…; null when the text does not end in such a list.
 */
export function subjectList(text: string, tail = /$/): string[] | null {
  const paired = urbanAndRural(text, tail);
  if (paired) return paired;
  // 存贷款余额, 存贷款: deposits and loans named as one word.
  const banking = DEPOSITS_AND_LOANS(tail).exec(text);
  if (banking) return [`存款${banking[1] ?? ''}`, `贷款${banking[1] ?? ''}`];
  // 第一、二、三产业: the three industries numbered once, 产业 written after the last; 一、二、三产业
  // without the 第 too. 第一、二、三产业增加值占地区生产总值的比重: the whole a share is of stands after the name;
  // 在全县生产总值中，第一、二、三产业增加值所占比重: the whole told before, only 所占比重 after (session 23).
  const ordinal = NUMBERED_INDUSTRIES(tail).exec(text);
  if (ordinal?.[1])
    return ordinal[1].split('、').map((n) => `第${n.replace('第', '')}产业${ordinal[2] ?? ''}`);
  const three = text.includes('三次产业') ? COUNTED_INDUSTRIES(tail).exec(text) : null;
  if (three && !/结构|比/.test(three[1] ?? ''))
    return ['一', '二', '三'].map((n) => `第${n}产业${three[1] ?? ''}`);
  // The last item may hold two names joined by 和 (甲、社会消费品零售总额和一般公共预算收入), split later.
  const m = LISTED_NAMES(tail).exec(text);
  if (!m?.[1]) return null;
  const items = joinListedBranches(m[1].split('、'));
  // 主要是汽车类、石油制品类零售额: the words that say what a verdict came from are no part of the first name.
  const lead = /^(?:主要是|主要为|主要有)(?=[\u4e00-\u9fa5]{2})/.exec(items[0] ?? '');
  if (lead) items[0] = (items[0] ?? '').slice(lead[0].length);
  // 新材料、食品加工、装备制造三大主导产业产值: the items are counted and classed after the last one;
  // each is one of those 产业 and the tail (产值) is every item's.
  const counted = COUNTED_CLASS.exec(items.at(-1) ?? '');
  if (counted?.[1] && counted[2] && readOrdinal(counted[1]) === items.length) {
    const tail = counted[3] ?? '';
    items[items.length - 1] = (items.at(-1) ?? '').slice(0, counted.index);
    if (items.every((item) => item !== ''))
      return items.map((item) => (item.endsWith('业') ? item : `${item}${counted[2]}`) + tail);
  }
  // 一般公共预算收入和支出分别达…: the last item is the counterpart head of the one before it, said bare;
  // the name it stands for is that item's with its head swapped (一般公共预算支出).
  const bare = items.at(-1) ?? '';
  const before = items.at(-2) ?? '';
  if (
    items.length === 2 &&
    COUNTERPART_HEAD.test(bare) &&
    before.length > 2 &&
    COUNTERPART_HEAD.test(before.slice(-2))
  )
    items[1] = before.slice(0, -2) + bare;
  const last = items[items.length - 1] ?? '';
  return items.map((item, k) => {
    // 地区生产总值、规上工业增加值增速: a first item that names an indicator is whole already.
    if (k === items.length - 1 || joinIndicator(item)) return item;
    // 轻工业增加值、重工业增加值分别增长…: a branch named whole with its value added already.
    if (BRANCH_VALUE_ADDED.test(item)) return item;
    // 规上轻、重工业增加值分别增长…: one character after the scope is the first's word, the rest of the
    // last item (工业增加值) its name, as in 轻、重工业 (session 29, fix98).
    const scope = SCOPE_BEFORE_ONE.exec(item);
    if (scope && last.length > 1) return item + last.slice(1);
    // 装备制造业和高技术制造业增加值: the value added the last item names is the first's too.
    if (item.length > 2 && item.endsWith('业') && BRANCH_VALUE_ADDED.test(last)) return `${item}增加值`;
    // 电气机械制造业、金属制品业、纺织行业: an item ending in 业 names its branch whole.
    if (item.length > 2 && item.endsWith('业')) return item;
    // 汽车零部件、新材料、食品加工产业增加值: the head word the items share is the last one's
    // 产业增加值, whatever the length of the item it ends.
    const shared = SHARED_HEAD.exec(last)?.[0];
    if (shared && last.length > shared.length && !item.endsWith(shared)) return item + shared;
    // 汽车零部件、电子元器件、医药制造业增加值: the last item names its branch whole (…业) before
    // 增加值, so the items before it share 增加值 alone, not the last branch's name.
    if (item.length > 2 && BRANCH_VALUE_ADDED.test(last)) return `${item}增加值`;
    // 汽车类和石油制品类零售额: a class of goods (…类) shares what follows the last item's 类, whatever
    // the length of the class it ends.
    const classEnd = last.lastIndexOf('类');
    if (item.length > 1 && item.endsWith('类') && classEnd > 0 && classEnd < last.length - 1)
      return item + last.slice(classEnd + 1);
    const head = item.length <= 2 ? item.length : 1;
    const suffix = last.slice(Math.min(head, last.length - 1));
    return item.endsWith(suffix) ? item : item + suffix;
  });
}

/**
 * 房地产业、交通运输、仓储和邮政业分别下降a%和b%: a branch whose own name holds a 、 (the classification's
 * 交通运输、仓储和邮政业) is one item of the list, not two (session 38, fix272).
 */
function joinListedBranches(items: string[]): string[] {
  const joined: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const name = LISTED_BRANCH_NAMES.find((branch) => {
      const parts = branch.split('、');
      if (k + parts.length > items.length) return false;
      const last = items[k + parts.length - 1] ?? '';
      return (
        parts.slice(0, -1).every((part, j) => (j === 0 ? items[k]?.endsWith(part) : items[k + j] === part)) &&
        last.startsWith(parts.at(-1) ?? '')
      );
    });
    if (!name) {
      joined.push(items[k] ?? '');
      continue;
    }
    const width = name.split('、').length;
    joined.push(items.slice(k, k + width).join('、'));
    k += width - 1;
  }
  return joined;
}

/** 规上轻, 规模以上轻: a scope word then a single character, the first half of 轻、重工业. */
const SCOPE_BEFORE_ONE = /^(?:规模以上|规上|限上|限额以上)[\u4e00-\u9fa5]$/;

/**
 * 甲业、乙业营业收入增速由负转正，分别回升a、b个百分点: branches that open the clause before the one
 * with 分别, whose growth that clause sums up in words; the measure after the last name is every one's.
 */
const LISTED_BEFORE_VERDICT =
  /((?:[\u4e00-\u9fa5]{2,16}、)+[\u4e00-\u9fa5]{2,16}?业)(?:营业收入|增加值|产值|投资|零售额)?(?:增速|增幅|降幅)[\u4e00-\u9fa5]{1,8}[,，]\s*分别[^,;。]{0,6}$/;

/**
 * 规模以上工业增加值、社会消费品零售总额完成进度滞后，分别低于时序进度a和b个百分点: indicators that
 * open the clause before the one with 分别, whose progress that clause sums up in words (滞后, 偏慢).
 */
const LISTED_BEFORE_PROGRESS =
  /((?:[\u4e00-\u9fa5]{2,16}、)+[\u4e00-\u9fa5]{2,16}?)(?:完成|执行|建设)?进度[\u4e00-\u9fa5]{1,6}[,，]\s*分别[^,;。]{0,6}$/;

/**
 * 煤炭、电力、建材三大行业支撑明显，分别完成产值a、b和c亿元: a counted list of branches (三大行业, 四个重点产业)
 * opening the clause before the one with 分别, which sums them up in words; each item is its branch, and the
 * noun after 分别 (产值, 增加值) names what is measured of each (session 47, fix416, F8531).
 */
const COUNTED_BEFORE_VERDICT =
  /((?:[\u4e00-\u9fa5]{1,8}、)+[\u4e00-\u9fa5]{1,8}?(?:\d{1,2}|[两二三四五六七八九十]{1,2})(?:大|个)[\u4e00-\u9fa5]{0,4}?(?:产业|行业))[\u4e00-\u9fa5]{2,8}[,，]\s*分别(?:完成|实现)?(产值|增加值|营业收入)?[^,;。\d]{0,4}$/;

/** The branches a counted list names before its verdict, each with the measure said after 分别; null otherwise. */
function countedBeforeVerdict(lead: string): string[] | null {
  const counted = COUNTED_BEFORE_VERDICT.exec(lead);
  const names = counted?.[1] ? subjectList(counted[1]) : null;
  const measure = counted?.[2];
  return names && measure ? names.map((name) => withMeasure(name, measure)) : names;
}

/** The indicators a progress verdict sums up, when every one is the catalogue's; null otherwise. */
function listedBeforeProgress(lead: string): string[] | null {
  const names = LISTED_BEFORE_PROGRESS.exec(lead)?.[1]?.split('、') ?? null;
  if (names?.every((name) => lookupIndicator(name))) return names;
  return listedBehindSchedule(lead);
}

/**
 * 二是规模以上工业增加值和社会消费品零售总额未达到序时进度要求，增幅较上年同期分别回落a和b个百分点:
 * indicators (joined by 和 or 、) that fall short of the schedule in the clause before the one with
 * 分别, whose growth (增幅, against the year before) that clause's figures move (F7731).
 */
const LISTED_BEHIND_SCHEDULE =
  /([\u4e00-\u9fa5]{2,16}(?:[、和][\u4e00-\u9fa5]{2,16}?)+)(?:均|都)?(?:未达到|未达|没有达到|未完成|低于|滞后于|落后于)(?:序时|时序|时间)进度(?:要求)?[,，]\s*(?:增幅|增速)?(?:较上年同期|比上年同期|较去年同期|比去年同期|同比)?分别[^,;。]{0,6}$/;

function listedBehindSchedule(lead: string): string[] | null {
  const names =
    LISTED_BEHIND_SCHEDULE.exec(lead)?.[1]
      ?.replace(/^[一二三四五六七八九十]是/, '')
      .split(/[、和]/) ?? null;
  return names && names.length > 1 && names.every((name) => lookupIndicator(name)) ? names : null;
}

/** How many figures a list starting at `index` holds: 8.2%和9.6% → 2, 5.6%、7.1%和8.3% → 3. */
export function listLength(folded: string, figures: readonly Figure[], index: number): number {
  let length = 1;
  for (let k = index; k + 1 < figures.length; k++) {
    const gap = folded.slice(figures[k]?.end ?? 0, figures[k + 1]?.start ?? 0);
    if (!/^\s?[、和及与]\s?$/.test(gap)) break;
    length++;
  }
  return length;
}

/**
 * The subjects of the last `count` figures about different things in the same paragraph, in order:
 * what 分别 distributes over when the list names no subjects itself. Null when there are fewer.
 */
export function earlierSubjects(
  facts: readonly Fact[],
  sentences: readonly Sentence[],
  sentence: Sentence,
  count: number,
): string[] | null {
  if (count < 2) return null;
  const subjects: string[] = [];
  for (let k = facts.length - 1; k >= 0 && subjects.length < count; k--) {
    const fact = facts[k];
    if (!fact || sentences[fact.provenance.sentenceIndex]?.line !== sentence.line) break;
    if (fact.subject !== '' && !subjects.includes(fact.subject)) subjects.push(fact.subject);
  }
  return subjects.length === count ? subjects.reverse() : null;
}

/**
 * The names 分别 distributes over a list of `length` figures, or null when there are too few:
 * 甲、乙和丙 read as two names is read again with its last 和 (or 及, 与) as a 、.
 */
export function distributedOver(lead: string, length: number): string[] | null {
  const verdict = LISTED_BEFORE_VERDICT.exec(lead)?.[1]?.split('、');
  if (verdict?.length === length) return verdict;
  const progress = listedBeforeProgress(lead);
  if (progress?.length === length) return progress;
  const counted = lead.includes('业') ? countedBeforeVerdict(lead) : null;
  if (counted?.length === length) return counted;
  const names = distributiveSubjects(lead);
  if (names && names.length >= length) return names;
  // 装备制造业和高技术制造业增加值分别增长a%和b%: two names joined by 和 alone.
  if (!names) {
    const at = lead.lastIndexOf('分别');
    const two = length === 2 ? lead.slice(0, at).replace(/[和与及](?=[^和与及、,;:。]{2,}$)/, '、') : null;
    const again = two ? distributiveSubjects(two + lead.slice(at)) : null;
    return again?.length === 2 ? again : null;
  }
  if (names.length !== length - 1) return null;
  const at = lead.lastIndexOf('分别');
  const again = distributiveSubjects(
    lead.slice(0, at).replace(/[和及与](?=[^和及与、]{2,}$)/, '、') + lead.slice(at),
  );
  return again?.length === length ? again : null;
}
