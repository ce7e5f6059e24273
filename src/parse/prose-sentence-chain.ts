// Whether a prose sentence goes on about the subject the sentence before it ended with: one split off
// at ； (比上年增长8.7%；与2019年相比，两年平均增长6.0%) or an infographic's next line.

import type { Figure } from './numbers.js';
import { CONTINUING, CONTINUING_LIST, FOLLOW_ON } from './prose-clause-kinds.js';
import { leadingIndicator } from './prose-clauses.js';
import { isGoalGapLead } from './prose-goal-gap.js';
import { BENCHMARK_FIRST, isPlanShortfall } from './prose-links.js';
import { SentenceWork } from './prose-sentence-work.js';
import { isStatedGoalInGap } from './prose-stated-goal.js';
import { BARE_VALUE_ADDED, MONTH_VALUE_ADDED } from './prose-subject-names.js';
import { SHARE_OF_PLAN } from './prose-target-plan-shares.js';
import type { Sentence } from './types.js';

/** 3月当月, 其中5月单月 as a clause's whole key (the growth's verb dropped): the month alone, no name. */
const MONTH_ALONE = /^(?:其中)?\d{1,2}月份?(?:当月|单月)$/;

/**
 * 分季度看，一季度、上半年、前三季度累计增速分别为a、b和c: earlier cumulative periods and a bare growth word, no
 * name: the growths of the subject the sentence before ended with, one per period.
 */
const PERIODS_ALONE =
  /^(?:[\u4e00-\u9fa5]{1,4}看,)?(?:第?一季度|上半年|前三季度|1[-—–]\d{1,2}月)(?:[、和及与](?:第?一季度|上半年|前三季度|1[-—–]\d{1,2}月))+(?:累计)?(?:增速|增幅)分别(?:为|是)$/;

/**
 * 按现价计算，名义增长6.8%，比上年同期增加10.72亿元: a sentence that opens on a price basis of its own
 * and names nothing before its figure restates the subject before at another price (current prices
 * after comparable ones).
 */
const PRICE_BASIS_LEAD = /^按(?:现价|现行价格?|当年价格?|可比价格?|不变价格?)计算(?:\(下同\))?,/;

/**
 * ；完成年度目标的38.7%，低于时序进度11.3个百分点: a share of the year's plan with no name, split off at
 * ； after the indicator's growth and margins: still the indicator's.
 */
const PLAN_SHARE_ALONE = new RegExp(`^(?:已|累计|仅)?${SHARE_OF_PLAN.source}`);

/**
 * …增长8.6%。分产业看，第一、二、三产业增加值分别增长a、b和c。两年平均增长6.2%。: a sentence that holds
 * only the two-year average (its own words before the figure, nothing named) goes on about the
 * paragraph's subject, after a stop as after ；; so does one opening on the two years it spans
 * (；2018-2019年两年平均增长A%).
 */
const TWO_YEAR_ALONE =
  /^(?:与20\d{2}年(?:同期)?相比,|(?:19|20)\d{2}[-—–~至](?:19|20)?\d{2}年)?两年平均(?:增长|下降|增速为?|增幅为?)?$/;

/** 增速较上年同期回落, 增幅比一季度提高: the move of a growth named by its measure word alone. */
const GROWTH_MOVE_ALONE =
  /^(?:增速|增幅|降幅)(?:比|较)[^,;。]{1,8}?(?:提高|回落|加快|放缓|收窄|扩大|上升|下降)?$/;

/**
 * 全体居民人均可支配收入A元，增长B%；城镇常住居民C元，增长D%: a half of the residents named bare after ；,
 * its measure left to the per-head name said earlier on the line (F6851, fixleft42b).
 */
const RESIDENT_HALF_ALONE = /^(?:其中|按常住地分,)?(?:城镇|农村)(?:常住)?居民$/;
/** The per-head measure a bare resident half takes (prose-chain-subject's residentHalf reads it). */
const PER_HEAD_ON_LINE = /人均(?:可支配收入|消费支出|生活消费支出)/;

/** Where the sentence before ended, and on which line. */
export interface SentenceBefore {
  line: number;
  end: number;
}

export interface SentenceChain {
  /** Split off at ； from the sentence before, on the same line. */
  afterSemicolon: boolean;
  /** Goes on about the sentence before's last subject. */
  continued: boolean;
  /**
   * The sentence holds only a measure of the subject before (两年平均增长6.2%。): after a 分别 list of
   * that subject's parts it is the subject the list broke down, not the list's last name.
   */
  measureAlone: boolean;
}

export function sentenceChain(
  folded: string,
  sentence: Sentence,
  first: Figure | undefined,
  before: SentenceBefore,
  /** The sentence's shared work: the first clause's key is the one readProse reads its first figure by. */
  work = new SentenceWork(folded, sentence),
): SentenceChain {
  const firstClause = work.firstClauseKey(first);
  const afterSemicolon =
    sentence.line === before.line && /[;；]\s*$/.test(folded.slice(before.end - 2, before.end));
  // 社会消费品零售总额21.36亿元 / 同比增长5.2% / 高于全市0.6个百分点: an infographic's lines, each
  // without a stop, go on about the name of the line that opened them.
  const infographic =
    sentence.line !== before.line &&
    before.end > 0 &&
    /^\s*$/.test(folded.slice(before.end, sentence.start)) &&
    !/[。;；!?！？:：]\s*$/.test(folded.slice(Math.max(0, before.end - 2), before.end)) &&
    !/[。;；,，]/.test(folded.slice(sentence.start, sentence.end).replace(/[。]\s*$/, '')) &&
    firstClause !== '' &&
    // 社零额：同比增长A% names its own subject before the colon.
    !folded.slice(sentence.start, first?.start ?? sentence.start).includes(':') &&
    (FOLLOW_ON.test(firstClause) || BENCHMARK_FIRST.test(firstClause));
  const measureAlone =
    sentence.line === before.line && first !== undefined && TWO_YEAR_ALONE.test(work.leadKey(first));
  const continued =
    infographic ||
    measureAlone ||
    // …增长9.7%…。5月当月完成增加值4.38亿元: the month alone, in the same paragraph, of the same subject.
    (sentence.line === before.line && MONTH_VALUE_ADDED.test(firstClause)) ||
    // …增长6.2%…。分月看，3月当月增长A%: the month alone with no name, of the same subject.
    (sentence.line === before.line && MONTH_ALONE.test(firstClause)) ||
    // …同比增长A%，两年平均增长A%。增速较上年同期回落N个百分点: the growth's move with no name,
    // after a stop in the same paragraph, of the same subject (a bureau's GDP 公告; session 27, fix85).
    (sentence.line === before.line &&
      GROWTH_MOVE_ALONE.test(firstClause) &&
      leadingIndicator(folded.slice(sentence.start, first?.start ?? sentence.start)) === null) ||
    (sentence.line === before.line &&
      first !== undefined &&
      PRICE_BASIS_LEAD.test(folded.slice(sentence.start, first.start)) &&
      FOLLOW_ON.test(firstClause)) ||
    // …同比增长A%。与年初确定的A%左右的全年预期目标相比，增速仍低N个百分点: a sentence that opens
    // with the gap to a goal it states, naming nothing, is about the subject before (session 27, fix83b).
    (sentence.line === before.line &&
      first !== undefined &&
      isStatedGoalInGap(folded, first, firstClause) &&
      leadingIndicator(folded.slice(sentence.start, first.start)) === null) ||
    (sentence.line === before.line && PERIODS_ALONE.test(work.leadKey(first))) ||
    (afterSemicolon &&
      (CONTINUING.test(firstClause) ||
        // ；累计增速高于全盟（7.2%）2.5个百分点: a margin with no name goes on about the subject
        // before (its words may stand before a bracket, a clause of their own).
        BENCHMARK_FIRST.test(work.leadKey(first)) ||
        BARE_VALUE_ADDED.test(firstClause) ||
        PLAN_SHARE_ALONE.test(firstClause) ||
        // ；增速列全市第3位，离年初确定的7.5%目标还差0.1个百分点: the gap to a goal, after a rank of the
        // same growth, still about the subject before when nothing before it names another.
        (isGoalGapLead(firstClause) &&
          leadingIndicator(folded.slice(sentence.start, first?.start ?? sentence.start)) === null) ||
        // …，居全市第M位；距年度目标还差N个百分点: the shortfall to the plan alone, no goal stated, after the
        // ranks of the same growth (session 31, fix111).
        (isPlanShortfall(firstClause) &&
          leadingIndicator(folded.slice(sentence.start, first?.start ?? sentence.start)) === null) ||
        CONTINUING_LIST.test(work.leadKey(first)) ||
        (RESIDENT_HALF_ALONE.test(firstClause) &&
          PER_HEAD_ON_LINE.test(
            folded.slice(folded.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start),
          ))));
  return { afterSemicolon, continued, measureAlone };
}
