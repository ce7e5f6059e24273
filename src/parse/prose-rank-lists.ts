// Ranks shared by several subjects: indicators listed with 、 before one rank (甲、乙增速均居全市第二), ranks
// given 分别 to the figures before them (分别居全市第三和第一位), a count of the indicators just named (两项指标均…).

import { joinIndicator, leadingIndicator } from './prose-clauses.js';
import { type RankSubject, RELATION } from './prose-rank-figure.js';
import type { Fact } from './types.js';

/** 两项指标增速均: a count of two or three indicators, all of them holding the rank that follows. */
export const BOTH_INDICATORS =
  /^(?:这|上述|以上)?([两二三]|[23])项(?:主要)?(?:经济)?指标(?:的)?(?:增速|增幅|总量)?(?:均|都)$/;

/** The last `count` indicators the paragraph's figures before `at` are about, in order; null if fewer. */
export function lastIndicators(paragraph: readonly Fact[], at: number, count: number): RankSubject[] | null {
  const subjects: RankSubject[] = [];
  for (const fact of [...paragraph].reverse()) {
    if (subjects.length === count) break;
    if (fact.provenance.end > at || fact.indicatorCode === null) continue;
    if (subjects.some((s) => s.indicatorCode === fact.indicatorCode)) continue;
    subjects.push({ indicatorCode: fact.indicatorCode, subject: fact.subject });
  }
  return count >= 2 && subjects.length === count ? subjects.reverse() : null;
}

/** The paragraph's figures before `at` with no 。 between: the ；-clauses of the rank's full sentence. */
export function sentenceChain(folded: string, paragraph: readonly Fact[], at: number): Fact[] {
  return paragraph.filter(
    (f) => f.provenance.end <= at && !/[。！？\n]/.test(folded.slice(f.provenance.end, at)),
  );
}

/**
 * 甲、乙分别增长a%、b%，分别居全市第三和第一位 (分居…): a list of ranks in a clause of its own after 分别
 * ranks the last indicators before it, one each in order; null unless there are as many.
 */
export function distributedSubjects(
  clause: string,
  before: readonly Fact[],
  listLength: number | undefined,
  /** The figures of the sentence's earlier ；-clauses too: 甲a元，增长b%；乙c元，增长d%，增速分别居… */
  chain: readonly Fact[] = [],
): RankSubject[] | null {
  // 分居全市第四、二位, 分列…: 分 alone says 分别 before the verb.
  // 增速分别居全市第3、第5和第2位: the measure may stand before 分别.
  // 两项增速分别居全市第三位和第二位: a count of the subjects just told before the measure.
  // 两项收入增幅分别列全市第四位和第三位: the count names the kind of the subjects (收入, 支出; F10013).
  if (
    !listLength ||
    !/^(?:(?:这|上述|以上)?[两二三]项(?:指标|收入|支出|投资)?的?)?(?:增速|增幅)?分别?$/.test(
      clause.replace(/\s+/g, ''),
    )
  )
    return null;
  return lastSubjects(before, listLength) ?? lastSubjects(chain, listLength);
}

/** The last `listLength` subjects of the figures, one each, in order; null unless there are as many. */
function lastSubjects(before: readonly Fact[], listLength: number): RankSubject[] | null {
  const subjects: RankSubject[] = [];
  for (const fact of [...before].reverse()) {
    if (subjects.length === listLength) break;
    if (fact.indicatorCode === null && RELATION.test(fact.subject)) continue;
    if (subjects.some((s) => s.subject === fact.subject && s.indicatorCode === fact.indicatorCode)) continue;
    subjects.push({ indicatorCode: fact.indicatorCode, subject: fact.subject });
  }
  return subjects.length === listLength ? subjects.reverse() : null;
}

/** 城镇和农村居民人均可支配收入: one name said once for town and country (城乡 is the residents' whole, one name). */
const TOWN_AND_COUNTRY = /^城镇[和与及]农村([\u4e00-\u9fa5]{2,16})$/;

/** 增速均, 增幅都, 均: the words before a rank said of several figures at once. */
const SHARED_RANK_WORDS = /^(?:增速|增幅)?(?:均|都)$/;
/** 在全市排名均为第二: 均 inside the rank phrase, the clause before it only the growth word or nothing. */
const SHARED_IN_PHRASE = /^在[^,;。]{2,30}?(?:排名|排位|位列|位居|名列|居)均为/;

/**
 * 甲增长a%，乙增长b%，增速均为全市第二 (增速在全市排名均为第二, 增速均居全市第2位): a rank said 均 of the
 * growths given before it in its sentence ranks each of their indicators, in order; null unless there are
 * two at least and every one is a known indicator's.
 */
export function sharedGrowthSubjects(
  clause: string,
  raw: string,
  inSentence: readonly Fact[],
): RankSubject[] | null {
  const words = clause.replace(/\s+/g, '');
  const shared =
    SHARED_RANK_WORDS.test(words) || (/^(?:增速|增幅)?$/.test(words) && SHARED_IN_PHRASE.test(raw));
  if (!shared) return null;
  const growths = inSentence.filter(
    (f) => f.measure === 'growth' && !(f.indicatorCode === null && RELATION.test(f.subject)),
  );
  if (growths.some((f) => f.indicatorCode === null)) return null;
  const subjects: RankSubject[] = [];
  for (const fact of growths)
    if (!subjects.some((s) => s.indicatorCode === fact.indicatorCode))
      subjects.push({ indicatorCode: fact.indicatorCode, subject: fact.subject });
  return subjects.length >= 2 ? subjects : null;
}

/**
 * 一般公共预算收入、农村居民收入增幅居全市第一位: a rank shared by indicators listed with 、, one
 * ranking each; null unless at least two of them are known indicators.
 */
export function listedSubjects(
  folded: string,
  floor: number,
  start: number,
  listLength = 1,
): RankSubject[] | null {
  let from = start;
  while (from > floor && !/[,;:。()]/.test(folded.charAt(from - 1))) from--;
  // 人均地区生产总值、城镇居民人均可支配收入等指标保持全市第一: the list closes with 等指标.
  // 工业增加值、工业投资3项指标增速全市第一: or with the count of them.
  let wide = folded
    .slice(from, start)
    .replace(
      /(?:等(?:\d+项)?|(?:\d+|[一二两三四五六七八九十]{1,3})项)(?:主要)?(?:经济)?指标(?:均|都)?(?:增速|增幅|总量)?(?:均|都)?$/,
      '',
    )
    // 甲、乙增速均居全市六县（市）第二: 均 closes a list of names sharing the rank.
    .replace(/(?:增速|增幅|总量)?(?:均|都)$/, '');
  // 甲、乙和丙分别居全市第2位、第4位和第1位, 甲和乙增速分列全市第9位和第6位: as many names as
  // ranks, the last joined by 和; 分别 (or the 分 of 分列) and 增速 close the list.
  if (listLength > 1) {
    const names = wide.replace(/(?:增速|增幅|总量)?(?:分别|分)?$/, '');
    const joined = names.replace(/[和及与](?=[^和及与、]{2,}$)/, '、');
    if (joined.split('、').length === listLength) wide = joined;
  }
  if (!wide.includes('、') && !TOWN_AND_COUNTRY.test(wide)) return null;
  const items = wide.split('、');
  const joins = items.map((item) => joinIndicator(item));
  // A rank word found inside the last name (居 of 农村居民…收入增速均居全市第二) cuts it short: the
  // name is read on past the cut rather than ranked as the stump 农村.
  const last = items.length - 1;
  if (!joins[last] && items[last] !== '') {
    const whole = leadingIndicator(`${items[last]}${folded.slice(start, start + 16)}`);
    if (whole?.name.startsWith(items[last] as string)) {
      items[last] = whole.name;
      joins[last] = whole;
    }
  }
  // 甲、城镇和农村居民人均可支配收入增速均居…: the pair is two listed names, each ranked.
  const pair = TOWN_AND_COUNTRY.exec(items[last] ?? '');
  if (pair) {
    const halves = [`城镇${pair[1]}`, `农村${pair[1]}`];
    const halfJoins = halves.map((half) => joinIndicator(half));
    if (halfJoins.every((join) => join !== null)) {
      items.splice(last, 1, ...halves);
      joins.splice(last, 1, ...halfJoins);
    }
  }
  if (items.length < 2) return null;
  const joined = joins
    .filter((join) => join !== null)
    .map((join) => ({ indicatorCode: join.entry.code, subject: join.name }));
  // A listed name the catalogue lacks (人均地区生产总值) is ranked as written, when the others are known.
  const named = /^[\u4e00-\u9fa5]{2,14}$/;
  if (joined.length >= 1 && items.length >= 2 && items.every((item, k) => joins[k] || named.test(item)))
    return items.map((item, k) => {
      const join = joins[k];
      return join
        ? { indicatorCode: join.entry.code, subject: join.name }
        : { indicatorCode: null, subject: item };
    });
  return joined.length >= 2 ? joined : null;
}
