// A figure's own period, when its sentence scopes it to an earlier part of the report's year: in a
// full-year report, 上半年地区生产总值增长5.3% is the half-year's figure, not the year's.

import { periodCode } from './meta.js';
import { quotedYearOpening } from './quoted-year-scope.js';
import type { Observation, Sentence } from './types.js';

/**
 * Period words a figure's clause can be headed by. Only cumulative periods from January can scope
 * a figure (上半年, 一季度, 前三季度, 1-N月); the others (全年, 下半年, 三季度, 6月份, 年末 …) end
 * any scope before them, so the figures after them keep the report's period.
 */
const PERIOD_WORD =
  /上半年|前半年|第?一季度|首季度|前三季度|(?<![\d.])1\s*[-—–~至到]\s*\d{1,2}\s*月份?|全年度?|年末|年底|下半年|第?[二三四]季度|今年以来|年初以来|(?<![\d.\-—–~至到])\d{1,2}\s*月份?|当月/g;

/** Just before a period word, it is the benchmark of a comparison (比一季度回升, 较1-5月前移, 高于上半年). */
const COMPARED = /(?:比|较|与|同|于|对比|相比|超过)\s*$/;
/** 比1-5月、一季度: a later item of a list of benchmarks, passed over as the first is. */
const COMPARED_LIST = /(?:比|较)[^,;。(]{1,7}[、和与及]\s*$/;
/** 比一季度的5.6%有所加快: the benchmark's own figure right after it, that period's figure alone. */
const COMPARED_FIGURE = /^的\s*(?:增长|下降)?\s*-?\d+(?:\.\d+)?\s*%/;
/** Just after it, it is not a scope either: 一季度以来, 上半年同期, 上半年目标任务. */
const NOT_SCOPE_AFTER = /^\s*(?:相比|以来|同期|末|底|的?(?:目标|计划|任务|预期|预算))/;
/** A year before it: its own year's period only; 上年上半年 or another year's is no period of the report's. */
const YEAR_BEFORE = /(?:((?:19|20)\d{2})\s*年|(上年|去年|前年|同期|上年同期)|(今年|本年))\s*$/;

/** 一季度和上半年, 1-5月、上半年: a list of cumulative periods, each with a figure after 分别. */
const CUMULATIVE_WORD = '(?:上半年|第?一季度|前三季度|1-\\d{1,2}月)';
/** 5月、6月 before 当月分别: a list of single months (F5904). */
const MONTH_LIST = /(?<![\d-])\d{1,2}月份?(?:[和、]\d{1,2}月份?)+/g;
const PERIOD_LIST = new RegExp(`${CUMULATIVE_WORD}(?:[和、及与]${CUMULATIVE_WORD})+`, 'g');

/** The last month of a period code: Q1 → 3, H1 → 6, Q3 → 9, FY → 12, M1-N → N. */
/**
 * 4月份甲增加值当月下降A%, 受某影响，5月份乙当月增长B%: the month opening its clause, the name, then 当月 with no
 * comma between (session 37, fix243): the month scoped the figure, 当月 no period of its own. A bounded window
 * before 当月, so a long line costs nothing more.
 */
function monthBeforeName(text: string, at: number): boolean {
  const from = Math.max(0, at - 32);
  const before = text.slice(from, at);
  return (
    /[,;:]\s*\d{1,2}\s*月份?[^,;。\d]{2,24}$/.test(before) ||
    (from === 0 && /^\s*\d{1,2}\s*月份?[^,;。\d]{2,24}$/.test(before))
  );
}

/**
 * 2月份受春节假期影响，企业停产时间较长，当月工业总产值仅增长A%: the month opening its clause, then a cause
 * or two with no figure between, then 当月 opening a later clause: 当月 is that month (F8002). Bounded windows,
 * so a long line costs nothing more (session 46, fix391).
 */
const MONTH_THEN_ALONE = /^\s*[^;。\d]{2,48}?,\s*(?:当月|单月)/;
const MONTH_OPENING_BEFORE = /(?:^|[,;:])\s*\d{1,2}\s*月份?[^;。\d]{2,48}?,\s*$/;

/** Whether the 当月 at `at` in the sentence's text stands for a month an earlier clause of it opened with. */
export function monthBeforeAlone(text: string, at: number): boolean {
  const from = Math.max(0, at - 64);
  const before = text.slice(from, at);
  return MONTH_OPENING_BEFORE.test(from === 0 ? before : before.replace(/^[^,;:]*/, ''));
}

export function endMonth(code: string): number | null {
  const months: Record<string, number> = { Q1: 3, H1: 6, Q3: 9, FY: 12 };
  if (code in months) return months[code] ?? null;
  const m = /^M1-(\d{1,2})$/.exec(code);
  return m ? Number(m[1]) : null;
}

interface Mention {
  /** Where the period word ends: it scopes the figures after it. */
  end: number;
  /** The period it names when that can scope a figure (2023-H1); null when it ends a scope. */
  scope: string | null;
}

/**
 * The period words of a sentence (the folded text) that decide a figure's period: an earlier
 * cumulative period of the report's own year gives a scope; 全年, 下半年, 6月份, another year's
 * period or the report's own period end one; a comparison's benchmark (比一季度) is passed over.
 */
function mentions(
  folded: string,
  sentence: Pick<Sentence, 'start' | 'end'>,
  reportPeriod: string,
): Mention[] {
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  if (!year || reportEnd === null) return [];
  const text = folded.slice(sentence.start, sentence.end);
  const found: Mention[] = [];
  const closers: (Mention & { from: number })[] = [];
  // 2023年，全县… opening a sentence of a 1—5月 page: the year before quoted as the base (F7262).
  const quoted = quotedYearOpening(text, reportPeriod);
  if (quoted) found.push({ end: sentence.start + quoted.end, scope: quoted.scope });
  for (const match of text.matchAll(PERIOD_WORD)) {
    const head = text.slice(Math.max(0, match.index - 8), match.index);
    const end = match.index + match[0].length;
    const comparedFigure = COMPARED.test(head) ? COMPARED_FIGURE.exec(text.slice(end)) : null;
    if (
      !comparedFigure &&
      (COMPARED.test(head) || COMPARED_LIST.test(head) || NOT_SCOPE_AFTER.test(text.slice(end, end + 8)))
    )
      continue;
    // 6月当月: the one month, a period of its own even when it ends the report's period, written as a
    // run of one month (2025-M6-6) so it keeps the period grammar the API filters and sorts by.
    // So is 其中6月份 after a cumulative figure: the month within it.
    const single = /^(\d{1,2})\s*月份?$/.exec(match[0]);
    // So is 6月份 opening a clause of its own (四是物价上涨压力较大，6月份居民消费价格同比上涨5.8%).
    const clauseOpening = /[,;:]\s*$/.test(head) && /月份$/.test(match[0]);
    // 3月份，规模以上工业增加值当月同比增长10.3%: the month opening the sentence, its 当月 after the name.
    const monthThen =
      (match.index === 0 && /^\s*,?[^,;。]{2,24}?当月/.test(text.slice(end))) ||
      ((match.index === 0 || /[,;:]\s*$/.test(head)) && MONTH_THEN_ALONE.test(text.slice(end, end + 64)));
    // 5月份，全区居民消费价格同比上涨0.4%；1—5月，…累计上涨0.2% in a 1—5月 report: 月份 opening the sentence
    // is the one month, as it is opening a clause (fix67).
    // So is 3月份全县用电量1.36亿千瓦时 after a ；: the month then the area's own word, no comma between (F7092).
    const sentenceOpening =
      match.index === 0 && /月份$/.test(match[0]) && /^\s*(?:,|[全我本][县市区旗州省])/.test(text.slice(end));
    if (
      single &&
      (/^\s*当月/.test(text.slice(end)) ||
        /其中[,:]?\s*$/.test(head) ||
        clauseOpening ||
        monthThen ||
        sentenceOpening)
    ) {
      const month = Number(single[1]);
      const written = YEAR_BEFORE.exec(head);
      const otherYear = written && (written[2] || (written[1] && Number(written[1]) !== year));
      const scope = !otherYear && month >= 1 && month <= reportEnd ? `${year}-M${month}-${month}` : null;
      found.push({ end: sentence.start + end + (/^\s*当月/.exec(text.slice(end))?.[0].length ?? 0), scope });
      continue;
    }
    // 二季度当季增长6.3%: the one quarter alone, a run of its three months (2024-M4-6) like 6月当月.
    const quarter = /^第?([一二三四])季度$/.exec(match[0]);
    const alone = quarter ? /^\s*(?:当季|单季)(?:度)?/.exec(text.slice(end)) : null;
    if (quarter?.[1] && alone) {
      const last = 3 * ('一二三四'.indexOf(quarter[1]) + 1);
      const written = YEAR_BEFORE.exec(head);
      const otherYear = written && (written[2] || (written[1] && Number(written[1]) !== year));
      const scope = !otherYear && last <= reportEnd ? `${year}-M${last - 2}-${last}` : null;
      found.push({ end: sentence.start + end + alone[0].length, scope });
      continue;
    }
    if (
      match[0] === '当月' &&
      (/\d\s*月份?\s*$|^\d{1,2}\s*月份?\s*,[^,;。]{2,24}?$/.test(text.slice(0, match.index)) ||
        monthBeforeName(text, match.index) ||
        monthBeforeAlone(text, match.index))
    )
      continue;
    const code = periodCode(match[0].replace(/^第/, '').replace(/份$/, ''));
    const written = YEAR_BEFORE.exec(head);
    const otherYear = written && (written[2] || (written[1] && Number(written[1]) !== year));
    const months = code === null ? null : endMonth(code);
    // Only the cumulative words give a scope; 全年, 下半年, 6月份 … (no code or not cumulative) end one.
    const cumulative = code !== null && /上半年|前半年|一季度|首季度|前三季度|[-—–~至到]/.test(match[0]);
    const scope =
      !otherYear && cumulative && months !== null && months < reportEnd ? `${year}-${code}` : null;
    found.push({ end: sentence.start + end, scope });
    // 由一季度的下降1.6%转为正增长: the earlier period's figure only; its clause ends the scope
    // unless another period word (转为一季度下降…) takes over first. 由一季度增长4.2%转为下降6.8%: the
    // figure after 转为 is the report's own, so the scope ends at 转为 as well as at the clause's end.
    // 比一季度的5.6%有所加快: only the figure right after it.
    const stop = !scope
      ? -1
      : comparedFigure
        ? comparedFigure[0].length
        : /由\s*$/.test(head)
          ? text.slice(end).search(/[,;。]|转[为成]|变为/)
          : // （一季度下降6.8%）: an earlier period's figure in brackets, told in passing; the scope ends with them
            // (fix485, F10309).
            /\(\s*$/.test(head)
            ? text.slice(end).indexOf(')')
            : -1;
    if (stop >= 0)
      closers.push({ from: sentence.start + end, end: sentence.start + end + stop, scope: null });
  }
  // 一季度和上半年地区生产总值分别增长4.9%、5.6%: each period of the list scopes the figure of its rank.
  for (const list of text.matchAll(PERIOD_LIST)) {
    const periods = list[0].split(/[和、及与]/);
    const after = list.index + list[0].length;
    const rest = text.slice(after);
    const each = /^[^,;。]{0,16}?分别/.exec(rest);
    if (!each || periods.length < 2) continue;
    const base = after + each[0].length;
    const figures = [...text.slice(base).matchAll(/-?\d+(?:\.\d+)?\s*%/g)].slice(0, periods.length);
    if (figures.length !== periods.length) continue;
    const ends = figures.map((figure) => base + (figure.index ?? 0) + figure[0].length);
    for (const [i, period] of periods.entries()) {
      const code = periodCode(period.replace(/^第/, ''));
      const months = code === null ? null : endMonth(code);
      found.push({
        end: sentence.start + (i === 0 ? base : (ends[i - 1] ?? base)),
        scope: months !== null && months < reportEnd ? `${year}-${code}` : null,
      });
    }
    found.push({ end: sentence.start + (ends.at(-1) ?? base), scope: null });
  }
  // 5月、6月当月分别增长3.1%、5.7%: each month of the list its own figure's, a run of one month (F5904).
  for (const list of text.matchAll(MONTH_LIST)) {
    const months = list[0].split(/[和、]/).map((m) => Number(/\d{1,2}/.exec(m)?.[0]));
    const after = list.index + list[0].length;
    const each = /^[^,;。]{0,12}?(?:当月|单月)[^,;。]{0,6}?分别/.exec(text.slice(after));
    if (!each || months.length < 2) continue;
    const base = after + each[0].length;
    const figures = [...text.slice(base).matchAll(/-?\d+(?:\.\d+)?\s*%/g)].slice(0, months.length);
    if (figures.length !== months.length) continue;
    const ends = figures.map((figure) => base + (figure.index ?? 0) + figure[0].length);
    for (const [i, month] of months.entries())
      found.push({
        end: sentence.start + (i === 0 ? base : (ends[i - 1] ?? base)),
        scope: month >= 1 && month <= reportEnd ? `${year}-M${month}-${month}` : null,
      });
    found.push({ end: sentence.start + (ends.at(-1) ?? base), scope: null });
  }
  const kept = closers.filter((c) => !found.some((m) => m.end > c.from && m.end <= c.end));
  return [...found, ...kept.map(({ end, scope }) => ({ end, scope }))].sort((a, b) => a.end - b.end);
}

/**
 * 其中, 其中： opening a sentence: a part of what the sentence before said. So is 分产业看, 从三次产业看,
 * 分行业来看 (前三季度，全县实现地区生产总值…。分产业看，第一产业增加值…): the parts of that total.
 */
const BREAKDOWN = /^\s*(?:其中|[分从按](?:三次)?(?:产业|行业|门类|区域)(?:来)?看)/;

/** 其中, 其中： opening a sentence: a part of the total the sentence before it gave. */
const PART_OPENING = /^\s*其中/;

/** The scope of the last period word that ends at or before `at`. */
const scopeAt = (found: readonly Mention[], at: number) => found.findLast((m) => m.end <= at)?.scope ?? null;

/**
 * The period the figure at `at` is scoped to by the words before it in its sentence, as a code
 * such as 2023-H1, when that is an earlier cumulative period of the report's own year; null
 * otherwise (the figure has the report's period).
 */
export function figurePeriod(
  folded: string,
  sentence: Pick<Sentence, 'start' | 'end'>,
  at: number,
  reportPeriod: string,
): string | null {
  return scopeAt(mentions(folded, sentence, reportPeriod), at);
}

/**
 * The report's prose observations with `period` set on those their sentence scopes to an earlier
 * period of the report's year (table rows are the report's own period).
 */
/** A period of one month (2023-M6-6): told of one figure, never carried to the clauses after it. */
const SINGLE_MONTH = /-M(\d{1,2})-\1$/;

/**
 * Whether a period word ending `head` (the sentence up to it) opens its sentence: no figure before it,
 * and only a short lead (根据地区生产总值统一核算结果，前三季度).
 */
const opensSentence = (head: string) =>
  head.length <= 32 && !/\d/.test(head.replace(/\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月份?$/, ''));

/**
 * 1-N月，规上服务业营业收入X亿元（错月统计）。工业用电量Y亿千瓦时…: an earlier period its sentence marks as
 * a figure published a month late (错月, 滞后一个月) is that figure's alone, never the paragraph's (fix114).
 */
const lagged = (sentence: string) =>
  (sentence.includes('错月') || sentence.includes('滞后')) && /错月|滞后[一1]?个?月/.test(sentence);

/** 二是, 三是, 其三: a later point of an enumeration opening its clause; 一是 the first (F5463). */
const LATER_POINT = /^\s*(?:[二三四五六七八九十]是|其[二三四五六七八九十][,:])/;
const FIRST_POINT = /(?:^|[,:])\s*(?:一是|其一[,:])/;
/** 一是…1—6月: a point of an enumeration opening the text before a period word. */
const POINT_OPENING = /^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][,:])/;
/** How many clauses back a later point looks for its enumeration's first. */
const POINTS_REACH = 12;

export function withFigurePeriods(
  observations: readonly Observation[],
  folded: string,
  sentences: readonly Sentence[],
  reportPeriod: string,
): Observation[] {
  const bySentence = new Map<number, Mention[]>();
  const mentionsOf = (index: number, sentence: Sentence) => {
    let found = bySentence.get(index);
    if (!found) {
      found = mentions(folded, sentence, reportPeriod);
      bySentence.set(index, found);
    }
    return found;
  };
  // 1-8月，…营业收入增长9.3%。其中，甲业、乙业…: a 其中 sentence with no period word of its own
  // breaks down the sentence before it in its paragraph, and is of that sentence's period.
  const breakdownScope = (index: number): string | null => {
    const sentence = sentences[index];
    const before = sentences[index - 1];
    if (!sentence || before?.line !== sentence.line) return null;
    if (!BREAKDOWN.test(folded.slice(sentence.start, sentence.end))) return null;
    return scopeAt(mentionsOf(index - 1, before), before.end);
  };
  // 1—4月，甲实现营业收入X亿元；利润总额Y亿元；利润率为Z%: a ；-clause with no period word of its own
  // before its figure goes on the sentence the clauses before it on its line began, and keeps its period.
  const carriedScope = (index: number): string | null => {
    const sentence = sentences[index];
    const before = sentences[index - 1];
    if (!sentence || !before || before.line !== sentence.line) return null;
    if (!/;\s*$/.test(folded.slice(before.start, before.end))) return null;
    if (LATER_POINT.test(folded.slice(sentence.start, sentence.end))) return pointsScope(index);
    const found = mentionsOf(index - 1, before);
    // 分产业看，第一产业增加值A亿元；第二产业增加值B亿元: a breakdown's later clauses keep its period too.
    const period =
      found.length > 0 ? scopeAt(found, before.end) : (breakdownScope(index - 1) ?? carriedScope(index - 1));
    // 其中6月当月增长A%；金融机构…: one month's figure inside a clause is no scope for the clauses after it.
    return period && SINGLE_MONTH.test(period) ? null : period;
  };
  // 一是1—6月…利润总额同比下降8.7%；二是…；三是税收收入同比下降1.6%: a later point of an enumeration goes
  // back to the scope its first point opened with (上半年，一是…；二是… keeps 上半年), not the first point's own.
  const pointsScope = (index: number): string | null => {
    const line = sentences[index]?.line;
    for (let at = index - 1; at >= Math.max(0, index - POINTS_REACH); at--) {
      const sentence = sentences[at];
      if (!sentence || sentence.line !== line) return null;
      const text = folded.slice(sentence.start, sentence.end);
      const first = FIRST_POINT.exec(text);
      if (!first) continue;
      const opening = sentence.start + first.index;
      const found = mentionsOf(at, sentence);
      return found.some((m) => m.end <= opening) ? scopeAt(found, opening) : carriedScope(at);
    }
    return null;
  };
  // 前三季度，全县实现地区生产总值X亿元…。城镇常住居民人均可支配收入Y元…: a paragraph that opens on an
  // earlier cumulative period is of that period, in its later sentences with no period word of their own
  // too (session 31, fix109). Only when the period word opens the sentence (after a short 据…核算，).
  const openingScope = new Map<number, string | null>();
  const paragraphScope = (index: number): string | null => {
    // Walked back without recursion (a 1 MB line is one paragraph of many sentences), each step cached.
    const walked: number[] = [];
    let period: string | null = null;
    for (let at = index; ; at--) {
      const known = openingScope.get(at);
      if (known !== undefined) {
        period = known;
        break;
      }
      walked.push(at);
      const sentence = sentences[at];
      const before = sentences[at - 1];
      if (!sentence || !before || before.line !== sentence.line) break;
      const found = mentionsOf(at - 1, before);
      const first = found[0];
      if (!first) continue;
      // 一是工业企业效益下滑，1—6月…: a period word inside an enumeration's point is that point's, no paragraph's.
      const head = folded.slice(before.start, first.end);
      if (opensSentence(head) && !POINT_OPENING.test(head) && !lagged(folded.slice(before.start, before.end)))
        period = scopeAt(found, before.end);
      break;
    }
    if (period && SINGLE_MONTH.test(period)) period = null;
    for (const at of walked) openingScope.set(at, period);
    return period;
  };
  // 1—2月，…完成总产值X亿元…。其中，2月份当月完成总产值Y亿元…。分行业看，甲业完成产值…: the one month a 其中 sentence
  // tells of is a part of the total before it, no scope of the breakdown after it (session 51, fix484, F10302).
  const breakdownOf = (index: number, before: Sentence): string | null => {
    const period = scopeAt(mentionsOf(index, before), before.end);
    return period && SINGLE_MONTH.test(period) && PART_OPENING.test(folded.slice(before.start, before.end))
      ? null
      : period;
  };
  const scoped = observations.map((observation) => {
    const { sentenceIndex, start } = observation.provenance;
    const sentence = sentences[sentenceIndex];
    if (observation.source !== 'prose' || !sentence) return observation;
    const found = mentionsOf(sentenceIndex, sentence);
    // 1-8月，…营业收入增长9.3%。其中，甲业、乙业…: a 其中 sentence with no period word of its own
    // breaks down the sentence before it in its paragraph, and is of that sentence's period.
    const before = sentences[sentenceIndex - 1];
    const breakdown =
      before?.line === sentence.line &&
      BREAKDOWN.test(folded.slice(sentence.start, sentence.end)) &&
      !found.some((m) => m.end <= start);
    const own = found.some((m) => m.end <= start);
    const period = breakdown
      ? breakdownOf(sentenceIndex - 1, before)
      : own
        ? scopeAt(found, start)
        : (carriedScope(sentenceIndex) ?? (found.length === 0 ? paragraphScope(sentenceIndex) : null));
    // Not { ...observation, period }: a spread adding a key makes a hidden class per object (index.ts).
    return period === null ? observation : Object.assign({}, observation, { period });
  });
  return withQuarterOfIncome(scoped, reportPeriod);
}

/** Residents' incomes, counted by quarter only; so is the regional GDP (its 核算 is quarterly; fix215). */
const QUARTERLY_ONLY = /^(?:(?:urban-|rural-)?disposable-income-per-capita|gdp)$/;

/**
 * 前三季度，城镇居民人均可支配收入X元… then 城镇居民收入增速偏低，较全市平均水平低B个百分点 in a 1—10月 analysis:
 * residents' income is counted by quarter, so in a report whose months end no quarter its figure with no
 * period of its own is of the quarter the report gives that income for (session 32, fixleft32). One pass
 * over the observations, only when the report's months end no quarter.
 */
function withQuarterOfIncome(observations: Observation[], reportPeriod: string): Observation[] {
  const months = /-M1-(\d{1,2})$/.exec(reportPeriod)?.[1];
  if (!months || Number(months) % 3 === 0) return observations;
  const quarterOf = new Map<string, string>();
  for (const o of observations)
    if (
      o.period?.startsWith(reportPeriod.slice(0, 4)) &&
      o.indicatorCode &&
      QUARTERLY_ONLY.test(o.indicatorCode) &&
      !/-M/.test(o.period)
    )
      quarterOf.set(o.indicatorCode, o.period);
  if (quarterOf.size === 0) return observations;
  return observations.map((o) => {
    const quarter = o.period || o.source !== 'prose' ? undefined : quarterOf.get(o.indicatorCode ?? '');
    return quarter ? Object.assign({}, o, { period: quarter }) : o;
  });
}
