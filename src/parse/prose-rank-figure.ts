// What a rank is of when its clause gives no list: the indicator the clause names, else the figure before
// it (past pulls, gaps and the growth restated), else what the clause's own words name.

import { cleanSubject, type joinIndicator, leadingIndicator } from './prose-clauses.js';
import type { Fact } from './types.js';

export type RankSubject = { indicatorCode: string | null; subject: string };

/**
 * Subjects of figures that relate an indicator to something else rather than name one; also a margin's
 * own move (高于全市B个百分点，好的幅度比一季度扩大C个百分点, 差距较上月缩小).
 */
export const RELATION =
  /^(?:以|比|较|拉动|高于|低于|快于|慢于|高出|低出|分别(?:高|低|快|慢)|按(?:可比价|不变价)|同比|$)|^[\u4e00-\u9fa5]{0,3}(?:幅度|差距)(?:比|较)/;

/**
 * 完成区人代会批准增长8.5%以上目标，总量居…第3位: a goal restated in the attainment clause, its subject the
 * body that set it (区人代会批准, 市下达), is no indicator a rank after it could be of.
 */
const GOAL_SETTER = /^(?:完成)?[\u4e00-\u9fa5]{0,10}(?:批准|下达|确定|通过|提出)的?$/;

/**
 * 增长A%，完成目标进度B%，增速居全市第N位: the share of the year's goal done, between the growth and its rank, is a
 * measure of the indicator before it, not what is ranked (session 33, fix157).
 */
const GOAL_PROGRESS = /^(?:完成)?(?:年度|全年|年)?(?:目标|计划|任务)(?:进度|完成率)$/;

/**
 * 提前11天完成全年收入任务，总量居全市第7位: how long before its time a task was done (days, months) is
 * no indicator a rank after it could be of; the rank is the figure's before it.
 */
const isTimeAhead = (f: Fact) =>
  /^(?:天|日|个月|周)$/.test(f.quantity?.unit ?? '') && /^(?:提前|提早)/.test(f.subject);

/**
 * 2021—2022年年均增长5.1%, 经济总量比2020年增加146.2亿元, then 总量…位列第5: an average over the plan's years or a gain
 * over its base year (a plan outline's evaluation) names no indicator; the rank is of the level before them.
 */
const SPAN_FIGURE = /年均|比(?:19|20)\d{2}年/;
/**
 * 经济总量由2020年的X亿元先后跨越230亿元、250亿元两个台阶，总量居全市第4位: a threshold the level passed (跨越, 突破,
 * 迈上, 站上) names no indicator; the rank is of the level before it (fixtail39a, F5922).
 */
const THRESHOLD_FIGURE = /^(?:先后|相继|接连|连续|一举|成功|分别)?(?:跨越|跨上|突破|迈上|迈过|站上|越过)$/;

/**
 * 粮食总产量达到X亿斤，…，连续4年稳定在60亿斤以上，居全省产粮大县第6位: a streak of years held above a floor
 * restates the level before it and names no indicator; the rank is the level's (session 39, fixtail39b, F5933).
 */
const STREAK_FIGURE = /^连续(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:稳定|保持|稳|站稳)?(?:在|于)?$/;

/**
 * 社会消费品零售总额X亿元，同比下降A%，恢复到上年同期的B%，增速居全省县域第N位: a level brought back to a share of last
 * year's (the epidemic year's 恢复到上年同期的B%, 恢复至去年同期水平的B%) restates the level before it and names no
 * indicator; the rank is the level's (F6512, fix320).
 */
const RECOVERED_SHARE =
  /^(?:已|逐步|基本|分别)?(?:恢复|回升|回到|达到)(?:到|至)?(?:上年|去年|疫情前|常年)(?:同期)?(?:水平)?$/;

/**
 * A subject that is only a growth word, with perhaps the months it covers: 增幅2-5月份; or only the verb of a
 * move (甲由2020年的A亿元增加到B亿元: the figure it moved to is the indicator's before it; F7164).
 */
const BARE_GROWTH = /^(?:增幅|增速|增长|涨幅|降幅|(?:增加|提高|提升|扩大|上升|跃升|攀升)(?:到|至))/;

/** What follows an indicator's name in a figure's subject when the figure is still that indicator's. */
const LINKED_SUBJECT = /^(?:增速|增幅)?(?:以|落后于|高于|低于|快于|慢于|高出|低出|超过|比|较)/;

/**
 * 项目拉练综合排名全市第四: a composite standing, not the rank of the figure before it; and
 * 进出口总额5.25万亿元,实际使用外资规模保持全国首位: a clause naming a subject of its own (no
 * figure, no growth word) ranks that subject, even one the catalogue lacks. 完成进度居全市第一 (the
 * share of the year's plan done) is a measure of the figure before it, as 增速 is.
 */
export function isComposite(ownWords: string): boolean {
  return (
    /综合$/.test(ownWords) ||
    (ownWords.length >= 4 &&
      !/\d/.test(ownWords) &&
      !/增速|增幅|总量|增长|完成进度|位次|排名|排位|名次|分居|分别|均|并|且/.test(ownWords))
  );
}

/**
 * The figure a rank is about among the figures `before` it: 拉动全市经济增长1.8个百分点…居全省第3位, 以5.1%的增速位列…:
 * a figure that is a pull, a gap or the growth restated names no indicator, the rank is the one's before it;
 * 规上工业增加值增长8.8%。增幅2-5月份分别为…，位次由第一位下滑到第六位: figures of a growth named bare are the
 * paragraph's indicator's before them, and so is the rank after them.
 */
export function rankedFigure(before: readonly Fact[], paragraph: readonly Fact[]): Fact | undefined {
  const last =
    before.findLast(
      (f) =>
        !(
          f.indicatorCode === null &&
          (RELATION.test(f.subject) ||
            GOAL_SETTER.test(f.subject) ||
            GOAL_PROGRESS.test(f.subject) ||
            SPAN_FIGURE.test(f.subject) ||
            THRESHOLD_FIGURE.test(f.subject) ||
            STREAK_FIGURE.test(f.subject) ||
            RECOVERED_SHARE.test(f.subject) ||
            isTimeAhead(f))
        ),
    ) ?? before.at(-1);
  return last && last.indicatorCode === null && BARE_GROWTH.test(last.subject)
    ? (paragraph.findLast((f) => f.provenance.end <= last.provenance.start && f.indicatorCode !== null) ??
        last)
    : last;
}

/**
 * 规上工业增加值以5.7%的增速位居…, 地区生产总值增速落后于全市平均水平B个百分点，…排名第三: a figure whose subject
 * is an indicator's name and the words that link it to the figure is that indicator's.
 */
export function linkedIndicator(fact: Fact | undefined): ReturnType<typeof leadingIndicator> {
  const leading = fact && fact.indicatorCode === null ? leadingIndicator(fact.subject) : null;
  return leading && LINKED_SUBJECT.test(cleanSubject(fact?.subject ?? '').slice(leading.name.length))
    ? leading
    : null;
}

/**
 * The one subject of a rank (its clause's words `ownWords`, the indicator they name `named`): that indicator,
 * else the indicator of the figure before it, else that figure (unless the clause is a composite standing),
 * else (综合得分由…第5位上升到第2位, with no figure before) what the clause names.
 */
export function rankedSubject(
  clause: string,
  ownWords: string,
  named: ReturnType<typeof joinIndicator>,
  before: readonly Fact[],
  paragraph: readonly Fact[],
  /** The paragraph's text before the rank: its topic may name the fund a bare progress is of. */
  lineBefore = '',
): RankSubject {
  if (named) return { indicatorCode: named.entry.code, subject: named.name };
  const fact = rankedFigure(before, paragraph);
  const byGrowth = linkedIndicator(fact);
  if (byGrowth) return { indicatorCode: byGrowth.entry.code, subject: byGrowth.name };
  if (fact && !isComposite(ownWords))
    return (
      economyGrowth(fact.indicatorCode === null ? fact.subject : '') ?? {
        indicatorCode: fact.indicatorCode,
        subject: progressHolder(fact, before, lineBefore) + fact.subject,
      }
    );
  const words = cleanSubject(clause);
  return economyGrowth(words) ?? { indicatorCode: null, subject: words };
}

/**
 * 我们的经济增速是百分之五点八，在全市排第二: the economy's growth, as a speaker says it, is GDP's
 * (session 32, fixleft32).
 */
function economyGrowth(words: string): RankSubject | null {
  const gdp = ECONOMY_GROWTH.test(words) ? leadingIndicator('地区生产总值') : null;
  return gdp ? { indicatorCode: gdp.entry.code, subject: gdp.name } : null;
}

/** 经济增速, 我们的经济增速, 全县经济增长速度: the whole economy's growth, named by no indicator. */
const ECONOMY_GROWTH = /^(?:我们|咱们|我[县市区旗]|全[县市区旗])?的?经济(?:增速|增长速度)$/;

/** 支出进度, 拨付进度, 执行率: how far a fund is spent, a measure that names no fund of its own. */
const PROGRESS_ALONE = /^(?:支出|支付|拨付|使用|执行)(?:进度|率)$/;

/** 衔接资金已支付, 专项债券资金累计拨付: the fund a clause spends, and the spending verb after it. */
const SPENDING =
  /^([\u4e00-\u9fa5]{1,12}(?:资金|经费|债券|补助|预算))(?:已|累计|共)?(?:支付|支出|拨付|使用|下达|到位)$/;

/**
 * （三）衔接资金管理使用规范高效。: a paragraph's topic sentence (no figure) opening on the fund it is about,
 * after its item number.
 */
const FUND_TOPIC =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])?\s*([\u4e00-\u9fa5]{2,8}?(?:资金|经费))[^\d。]{0,16}[。]/;

/**
 * 衔接资金已支付X万元，支出进度A%，…排全市第N位: a rank of the spending's progress is of the fund the clause
 * before spends (衔接资金支出进度), not of a bare 支出进度 (session 29, fix97); when that clause names no fund
 * (已支出X亿元), of the fund the paragraph's topic sentence opens on ((三)衔接资金管理使用规范高效。…已支出X亿元，
 * 支出进度A%，…居全市第N位: session 30, fixleft30); '' when no such fund.
 */
function progressHolder(fact: Fact, before: readonly Fact[], lineBefore: string): string {
  if (fact.indicatorCode !== null || !PROGRESS_ALONE.test(fact.subject)) return '';
  const spent = before.findLast(
    (f) => f.provenance.end <= fact.provenance.start && f.subject !== fact.subject,
  );
  return SPENDING.exec(spent?.subject ?? '')?.[1] ?? FUND_TOPIC.exec(lineBefore)?.[1] ?? '';
}
