// What a figure that opens a list says of the figures after it: one benchmark each (较省、市分别高出
// 1.3、0.7个百分点), one earlier period each (比1-3月、1-4月分别提高…), or one subject each (甲、乙分别
// 增长a%、b%), found before the list, in brackets, in the sentences before, or in the list just read.

import type { Figure } from './numbers.js';
import { CONTRIBUTION, EARLIER_LIST, FOLLOW_ON, SHARE } from './prose-clause-kinds.js';
import { namesNothing } from './prose-clauses.js';
import { labelledListLead } from './prose-heading-list.js';
import { type Link, readBenchmarkList } from './prose-links.js';
import { listFactsOnly, listMovedFrom, listMovedTo } from './prose-list-moves.js';
import {
  distributedOver,
  distributiveSubjects,
  earlierSubjects,
  listLength,
  subjectList,
} from './prose-lists.js';
import { bracketedList, commaListed } from './prose-subject-names.js';
import type { Fact, Sentence } from './types.js';

/**
 * 分别增长, 分别达到: a list's figures follow 分别 closely; 分别完成年度计划的 is a share of each one's
 * plan, and 分别快于规模以上工业增速 a comparison of each with a benchmark named after it: longer links.
 */
const DISTRIBUTED =
  /分别(?:[^,;。]{0,6}|(?:完成|占)[^,;。]{0,6}?(?:计划|目标|预算|任务)的?|占[^,;。\d()]{2,16}?(?:的|的?比重(?:为|达到?)?)|(?:高于|低于|快于|慢于|高出|低出|超过|超出)[^,;。\d()]{1,12})$/;

/** What may stand between a list of names and a list of their figures: 为, 达, 分别为 is 分别's. */
const LIST_CONNECTOR = /(?:为|达到?|实现|完成)?$/;
/** 一季度和上半年GDP分别增长a%、b%: a list of periods, not of names; every figure is the one indicator's. */
/** 5月、6月当月分别增长a%、b%: a list of single months, each figure its month's own (F5904). */
export const PERIODS_DISTRIBUTED =
  /(?:(?:上半年|第?一季度|前三季度|1-\d{1,2}月)(?:[和、](?:上半年|第?一季度|前三季度|1-\d{1,2}月))+[^,;。、]{1,16}?|(?<![\d-])\d{1,2}月份?(?:[和、]\d{1,2}月份?)+[^,;。、]{0,12}?(?:当月|单月)[^,;。、]{0,6}?)分别[^,;。]*$/;

/**
 * 甲X元，增长a%；乙Y元，增长b%，两项增速分别高于全市平均c和d个百分点: a count of the subjects just
 * told (两项, 二者, 这两项指标) stands for them; as many as the list has figures. 两项收入增速 (town's and
 * country's incomes told back by what they are) too (fix92).
 */
const COUNTED_BACK =
  /(?:^|[,;:。])(?:这|上述|以上)?([两二三23])(?:项|者)(?:主要)?(?:经济)?(?:指标|收入|支出)?的?(?:增速|增幅)?$/;
const countsBack = (text: string, length: number): boolean => {
  const count = COUNTED_BACK.exec(text)?.[1];
  return count !== undefined && ({ 两: 2, 二: 2, '2': 2, 三: 3, '3': 3 }[count] ?? 0) === length;
};

/**
 * 甲、乙、丙三项指标增速均居全市第一，分别高于年度预期目标a、b、c个百分点: a clause all the names share
 * (均…, after a count of them or their 增速) stands between the list and its 分别; the count, when given,
 * is the list's length. Not the 均 of 人均 (城镇居民人均可支配收入X元、…，分别增长…).
 */
const SHARED_CLAUSE =
  /(?:([两二三四五2-5])项(?:主要)?(?:经济)?指标的?(?:增速|增幅)?|增速|增幅)(?:均|都)[^,;:。、%\d分]{1,16}(?:第\d{1,2}位?)?,$/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, '2': 2, '3': 3, '4': 4, '5': 5 };

function sharedClauseListed(longLead: string, length: number): string[] | null {
  const at = longLead.lastIndexOf('分别');
  if (at < 0 || length < 2) return null;
  const shared = SHARED_CLAUSE.exec(longLead.slice(0, at));
  if (!shared || (shared[1] !== undefined && COUNT[shared[1]] !== length)) return null;
  const names = distributiveSubjects(longLead.slice(0, shared.index) + longLead.slice(at));
  return names?.length === length ? names : null;
}

export interface ListOpeningContext {
  folded: string;
  sentences: readonly Sentence[];
  sentence: Sentence;
  figures: readonly Figure[];
  index: number;
  clauseStart: number;
  ownKey: string;
  /** The subjects of the last list read in the sentence. */
  lastList: string[] | null;
  /** 甲（7.2%）、乙（9.6%）: names with their growths in brackets so far. */
  bracketNames: ReadonlyArray<{ name: string; end: number }>;
  /** The facts read so far, whose subjects a list may go on about. */
  facts: readonly Fact[];
  /** The report's own year, if known. */
  year?: number | null;
}

/** ；其中2017年分别增长…: a clause led only by a year (其中 before it) before its 分别, naming nothing else. */
const YEAR_ONLY_BEFORE = /(?:^|[,;:。])(?:其中)?((?:19|20)\d{2})年$/;

/**
 * 甲、乙分别达到a元和b元，两年年均分别增长…；其中2017年分别增长c%和d%: the report's own year leading the
 * clause names no list; the figures go to the names just read (F8645).
 */
function reportYearOnly(lead: string, year: number | null | undefined): boolean {
  if (!year) return false;
  const at = lead.lastIndexOf('分别');
  const before = YEAR_ONLY_BEFORE.exec(lead.slice(0, at).replace(/\s+/g, ''));
  return before?.[1] !== undefined && Number(before[1]) === year;
}

export interface ListOpening {
  /** One benchmark link per figure, or null. */
  benchmarkLinks: Link[] | null;
  /** How many later figures are gaps to earlier periods, and the sign of the first's verb. */
  earlierLeft: number;
  earlierSign: number;
  /** One subject per figure, or null. */
  distributive: string[] | null;
  /** 甲，乙，丙增加值分别增长a%、b%、c%: a list whose names are not found, its length; 0 otherwise. */
  unnamedLength: number;
  /** A list of pulls (拉动…分别): no indicator's. */
  contribution: boolean;
  /** The sign of the verb before the first figure, which holds for the list (0 when none). */
  sign: number;
  /** 占地区生产总值的比重分别为a%、b%和c%: the share named before the first figure holds for all. */
  share: boolean;
  /** 分别由2020年的a元、b元, 年均分别增长a%和b%: the list's figures are facts only. */
  factsOnly: boolean;
}

const signOf = (figure: Figure) => (figure.signWord ? (figure.quantity.value < 0 ? -1 : 1) : 0);

/**
 * 甲县、乙县增速居前两位，分别增长a%、b%: the places listed before are the figures' subjects (other
 * places', facts only), not the indicators told in the sentences before.
 */
const PLACE_LIST = /[\u4e00-\u9fa5]{1,5}[县区市旗]、[\u4e00-\u9fa5]{1,5}[县区市旗]/;

/**
 * 高于全部投资, 低于全市平均水平: a clause of margins over one benchmark, whose list of figures
 * (12.3个、19.9个百分点) follows the subjects of the list just before.
 */
const MARGINS_OVER =
  /^(?:增速)?(?:分别)?(?:高于|低于|快于|慢于|超过|超出)[\u4e00-\u9fa5]{1,12}?(?:增速|增幅|平均水平|平均)?$/;

export function openList(c: ListOpeningContext): ListOpening {
  const { folded, sentence, figures, index, clauseStart, ownKey, lastList } = c;
  const figure = figures[index] as Figure;
  const lead = folded.slice(Math.max(sentence.start, clauseStart - 30), figure.start);
  // 规上战略性新兴产业、装备制造业、高新技术产业和数字经济核心产业分别实现增加值…: a long list.
  // （六）城乡居民收入。年度目标分别增长8%和9%: the label sentence's name is the list's (F6957).
  const ownLead = folded.slice(Math.max(sentence.start, clauseStart - 90), figure.start);
  const longLead =
    (ownLead.includes('分别') ? labelledListLead(c.sentences, sentence, ownLead) : null) ?? ownLead;
  const length = listLength(folded, figures, index);
  const benchmarkLinks = figure.kind === 'number' ? readBenchmarkList(lead) : null;
  const earlier =
    !benchmarkLinks && length > 1 && figure.quantity.baseUnit === 'pp' && EARLIER_LIST.test(lead);
  const earlierLeft = earlier ? length - 1 : 0;
  const sameAsLast: string[] | null = lastList && length === lastList.length && length > 1 ? lastList : null;
  // 存、贷款余额236.1亿元和258.1亿元: a list of names right before a list of as many figures.
  const named = length > 1 ? subjectList(lead, LIST_CONNECTOR) : null;
  const distributive =
    // 一季度、上半年、前三季度累计增速分别为a、b和c: the periods are no names (prose-period-lists.ts).
    benchmarkLinks || earlierLeft > 0 || PERIODS_DISTRIBUTED.test(lead)
      ? null
      : DISTRIBUTED.test(lead) || listMovedFrom(lead)
        ? reportYearOnly(lead, c.year)
          ? (sameAsLast ?? earlierSubjects(c.facts, c.sentences, sentence, length))
          : // 甲（7.2%）、乙（9.6%）分别高于预期目标a和b个百分点: the names before the brackets.
            (bracketedList(c.bracketNames, length, folded, figure.start) ??
            commaListed(longLead, length) ??
            sharedClauseListed(longLead, length) ??
            // A list the text names itself is its own, even when it does not fit the figures.
            (distributedOver(longLead, length) !== null || distributiveSubjects(longLead) !== null
              ? distributedOver(longLead, length)
              : (sameAsLast ??
                // 甲X亿元，乙Y亿元，分别增长a%、b%: the figures before, when this clause names nothing.
                ((!PLACE_LIST.test(lead.slice(0, lead.lastIndexOf('分别'))) &&
                  namesNothing(lead.slice(0, lead.lastIndexOf('分别')))) ||
                countsBack(lead.slice(0, lead.lastIndexOf('分别')), length)
                  ? earlierSubjects(c.facts, c.sentences, sentence, length)
                  : null))))
        : named?.length === length
          ? named
          : // 分别达到45630元、23870元，增长5.1%、7.0%: a list right after one goes to the same subjects;
            // so does 甲、乙分别增长a%、b%，高于全部投资c个、d个百分点, their margins over one benchmark.
            sameAsLast && (FOLLOW_ON.test(ownKey) || MARGINS_OVER.test(ownKey) || listMovedTo(ownKey))
            ? sameAsLast
            : null;
  const unnamedLength =
    !benchmarkLinks &&
    !distributive &&
    earlierLeft === 0 &&
    length > 1 &&
    DISTRIBUTED.test(lead) &&
    !PERIODS_DISTRIBUTED.test(lead)
      ? length
      : 0;
  return {
    benchmarkLinks,
    earlierLeft,
    earlierSign: earlier ? signOf(figure) : 0,
    distributive,
    unnamedLength,
    contribution: distributive !== null && CONTRIBUTION.test(lead),
    sign: signOf(figure),
    share: distributive !== null && SHARE.test(ownKey),
    factsOnly: distributive !== null && listFactsOnly(lead),
  };
}
