// Rankings in prose: 在某某市八县(市、区)中排名第三, 居全市第2位, 全市排位第N; each attached to the
// indicator its clause (or the clause chain before it) is about.

import { chineseNumeral, readOrdinal } from './numbers.js';
import { clauseStartBefore, cleanSubject, joinIndicator, leadingIndicator } from './prose-clauses.js';
import { isEarlierPeriod, periodOf, withoutPeriod } from './prose-rank-period.js';
import { around, type OwnPlace, ownNameAt, subjectPlace } from './prose-rank-subject.js';
import type { Fact, Ranking, Sentence } from './types.js';

// The pieces a scope is written with: the parent region (全市, 北岭市), a counted group of places
// (8个县（市、区）, 六县市, 六县（区）), the province's counties (县域) or every one of a kind (各县区).
const PARENT = '(?:全国|全省|全市|全区|全州|[\\u4e00-\\u9fa5]{1,8}?(?:省|市|州|盟))';
const COUNT = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})';
// 旗县市区, 旗县（市、区）: a league's (盟's) banners, counties and cities.
const KINDS =
  '(?:旗县市区|旗县区|旗县市|旗县|县市区|区县市|县市|县区|区县|县|区|市|地市)(?:\\([旗县市区、]{1,5}\\))?';
// 两区五县, 一市两区四县: a group counted by kind, its size the sum of the counts.
const COUNTED = `(?:(?:${COUNT}个?(?:区|县|市|旗)){2,3}(?![县市区旗])|${COUNT}个?${KINDS})`;
// 全市核心区, 全市主城区: a class of the parent's districts, of no size the text gives.
// 八县区, 13个县（市、区）: a counted group may stand without its parent; 位居主城区第一位: so may the
// class, the parent left unsaid.
const CLASS = '(?:核心区|主城区|中心城区)';
const SCOPE_AFTER = `(?:${PARENT}(?:县域|${CLASS}|${COUNTED})?(?:各${KINDS})?|${COUNTED}|${CLASS})`;
/** A scope written before 排名 (全省排名第五, 全省县域排名第6位, 六县市排名第三). */
const SCOPE_BEFORE = `(?:全国|全省|全市|全区|全州)(?:县域)?|${COUNTED}`;
const COUNTED_ONLY = new RegExp(`^${COUNTED}$`);
/** 在全市县域经济考核中, 在全省县域经济综合评价中: an appraisal the parent holds, ranking something of its own. */
const APPRAISAL = new RegExp(
  `^(${PARENT})((?:县域)?[\\u4e00-\\u9fa5]{0,12}?(?:考核|考评|评价|评比|比拼|监测|排名|排序))$`,
);
const ORDINAL = '([一二三四五六七八九十]{1,3}|\\d{1,3})(名|位)?';
/**
 * What may not follow an ordinal that is a rank: 居第4位至第7位的县区 (places listed by rank), 全市第一的是乙县
 * (another place named first), 第一方阵/梯队 (a band), 第一季度, 第三产业, 第二批 (ordinals of other things).
 */
const NOT_A_RANK = '(?![名位]?(?:至第|的(?:是|县|区|市|乡|镇)|方阵|梯队|季度|产业|批|家|次|个))';

const RANKING = new RegExp(
  `在([^,;。]{2,30}?)(?:排名|排位|位列|位居|名列|位次为|居|排(?=第))(第?)${ORDINAL}`,
  'g',
);
/**
 * The scope written after the verb or before 排名 without 在: 居全市第2位, 排名全省第三, 全省排名第五,
 * 居全市6个区第4位 (with the size of the group), 增速位次为全市第5位.
 */
const RANKING_INLINE = new RegExp(
  `(?:(?:排名|排位|位列|位居|名列|位次为|保持|居(?!民)|排|(?<!截)至|列(?=[\\u4e00-\\u9fa5\\d、()]{1,16}?第))(${SCOPE_AFTER})|(${SCOPE_BEFORE})(?:排名|排位|排(?=第)))(?:并列)?(第)${ORDINAL}${NOT_A_RANK}`,
  'g',
);
/**
 * 居全省首位, 位居全市首位, 增速位居首位, 位居全市榜首: first, written without an ordinal. 居全市县域之首 is left: it is said of a
 * county within the report's place (邹城新增19家，居全市县域之首) more than of the place itself.
 */
const RANKING_TOP = new RegExp(
  `(?:排名|排位|位列|位居|名列|保持|居(?!民)|列)((?:${SCOPE_AFTER})?(?:首位|榜首)|${PARENT}${COUNTED}之首)`,
  'g',
);
/**
 * 全市7个县（市、区）中甲县增幅最高, 在全市8个县区中我县增速最快: first of the group, said by naming
 * the best; the place named (group 2, perhaps by its short name) must be the report's own, as
 * 乙县增幅最高 is a sibling's; 增幅最高的是乙县 names another.
 */
const RANKING_BEST = new RegExp(
  `(?<=^|[,;:])在?((?:${PARENT})?${COUNTED})(?:之)?中,?((?:我|本)(?:县|区|市|旗)|[\\u4e00-\\u9fa5]{1,8}?(?:县|区|市|旗)?)?的?(?:增幅|增速|增长速度)(?:最高|最快)(?!的)`,
  'g',
);
/** 居全市六县（区）末位, 排全州末位: last of the group, whose size gives the rank. */
const RANKING_LAST = new RegExp(`(?:排名|位列|位居|居(?!民)|排)(${SCOPE_AFTER})末位`, 'g');
const LAST = '末';
/**
 * 增速排名倒数第2, 居全市倒数第二位, 在全市8个县（市、区）中排名倒数第2位: counted from the last, so a rank only
 * where the group's size is known.
 */
const RANKING_BOTTOM = new RegExp(
  `(?:在([^,;。]{2,30}?)|(${SCOPE_BEFORE}))?(?:排名|排位|位列|位居|名列|居(?!民)|排)(${SCOPE_AFTER})?倒数第${ORDINAL}`,
  'g',
);
const BOTTOM = '倒';
/** 增幅全市第一, 增速全省第二: the rank written right after the growth, with no verb. */
const RANKING_AFTER_GROWTH =
  /(?<=增速|增幅|总量)(全国|全省|全市|全区|全州)(第)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?(?![个批家次]|[名位]?(?:的(?:是|县|区|市|乡|镇)|方阵|梯队|季度|产业))/g;
// The shortest name ending in a region suffix that is not itself followed by one: 南州市, not 南州.
const SCOPE = /^([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|县|区|州|盟))(?![省市县区州盟])/;
const GROUP = /([一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:旗|县|区|市|镇|乡|地市|城市|省)/;

/** The size of a group of places a text names: 八县(市、区) → 8, 全市6个县 → 6; null if none. */
export function groupSize(text: string): number | null {
  const byKind = BY_KIND.exec(text)?.[0];
  if (byKind)
    return [...byKind.matchAll(new RegExp(GROUP.source, 'g'))].reduce(
      (sum, m) => sum + countOf(m[1] ?? ''),
      0,
    );
  const group = GROUP.exec(text);
  if (!group?.[1]) return null;
  return countOf(group[1]);
}

/** 两区五县 → 7: the places of a group counted kind by kind. */
const BY_KIND = /(?:(?:[一二两三四五六七八九十]{1,3}|\d{1,3})个?(?:区|县|市|旗)){2,3}(?![县市区旗])/;
const countOf = (written: string) =>
  /^\d+$/.test(written) ? Number(written) : (chineseNumeral(written) ?? 0);

/** 在霓州市9个县(市、区)中, 为霓州市9县区排名: the named parent a counted group belongs to. */
const NAMED_GROUP = new RegExp(`([\\u4e00-\\u9fa5]{1,12}?(?:省|市|州|盟))(?:所辖)?${COUNTED}`);

/** The parent a text names for a counted group of places (霓州市9个县 → 霓州市); null if none or 全市. */
export function groupParent(text: string): string | null {
  // The lazy name starts where the words do: 位次为在霓州市 is 霓州市 after its verb.
  const parent = NAMED_GROUP.exec(text)?.[1]?.replace(/^.*[在为是]/, '');
  return parent && parent.length >= 2 && !/^全/.test(parent) ? parent : null;
}

/**
 * 排名第4位 with no scope, in a clause of its own (地区生产总值增速排名第4 after 在全市8个县区中): the scope of
 * the sentence's ranking before it; also a rank moved to (一季度居全市第5位，上半年升至第3位).
 */
const RANKING_BARE = new RegExp(
  `(?<=(?:^|[,;:]|[%\\d)]、)(?:\\d{1,2}[-—~至]\\d{1,2}月份?)?[\\u4e00-\\u9fa5]{0,16}(?:以[^,;:。]{1,12}?的(?:增速|增幅))?)(?:排名|排位|位列|位居|名列|位次为|居(?!民)|排(?=第)|(?:上升|提升|跃升|攀升|前移|前进|升|下降|下滑|后移|后退|回落|降)(?:至|到))(?:并列)?(第)${ORDINAL}${NOT_A_RANK}`,
  'g',
);
/** 增长10.3%、与丙市并列第5位: a rank shared with another place, in the scope before it. */
const RANKING_TIED =
  /(?<=[,;:、])(?:增速|增幅|总量)?与[\u4e00-\u9fa5]{1,8}?并列(第)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;

/** 位次前移2位, 比一季度前移1位, 较上年提升3个位次: places moved; up is positive. */
const RANK_CHANGE =
  /(?:位次|排名|排位|名次)?(?:(?:比|较)[^,;。第]{1,8}?)?(前移|上升|提升|前进|提高|进位|后移|下降|后退|下滑|回落)了?(\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:位次|位|名)/g;
export const MOVED_DOWN = /后移|下降|后退|下滑|回落/;
const PLACES = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})个?(?:位次|位|名)?';
/** 比上年分别提高了1位和3位: the moves of the ranks given before, in their order. */
const RANK_CHANGE_LIST = new RegExp(
  `分别(前移|上升|提升|前进|提高|进位|后移|下降|后退|下滑|回落)了?((?:${PLACES}\\s*[、,和及与]\\s*)+${PLACES})`,
  'g',
);
/** 与去年同期位次持平, 位次不变: a rank that did not move. */
const RANK_FLAT = /(?:与[^,;。第]{1,8}?)?(?:位次|排名|排位|名次)(?:与[^,;。第]{1,8}?)?(?:持平|不变|未变)/g;

interface RankChange {
  start: number;
  end: number;
  change: number;
  /** 分别提高了1位和3位: every move of the list, for the ranks before it in order. */
  distributed?: number[];
}

const MOVE_WORDS = /[位名]/;

/** The rank changes in a sentence (offsets into the folded text); their numbers are not figures. */
export function rankChanges(folded: string, sentence: Sentence): RankChange[] {
  const text = folded.slice(sentence.start, sentence.end);
  // A move and a flat rank need 位 or 名 (位次, 2位, 排名); a list of moves needs 分别: a sentence
  // with none of them is spared the three patterns (this runs twice a prose sentence).
  if (!MOVE_WORDS.test(text) && !text.includes('分别')) return [];
  const changes: RankChange[] = [];
  RANK_CHANGE_LIST.lastIndex = 0;
  for (let m = RANK_CHANGE_LIST.exec(text); m !== null; m = RANK_CHANGE_LIST.exec(text)) {
    const sign = MOVED_DOWN.test(m[1] ?? '') ? -1 : 1;
    const moves = (m[2] ?? '')
      .split(/\s*[、,和及与]\s*/)
      .map((p) => readOrdinal(p.replace(/个?(?:位次|位|名)?$/, '')));
    if (moves.some((p) => p === null)) continue;
    const start = sentence.start + m.index;
    const distributed = moves.map((p) => sign * (p ?? 0));
    changes.push({ start, end: start + m[0].length, change: distributed[0] ?? 0, distributed });
  }
  RANK_CHANGE.lastIndex = 0;
  for (let m = RANK_CHANGE.exec(text); m !== null; m = RANK_CHANGE.exec(text)) {
    const places = readOrdinal(m[2] ?? '');
    if (places === null) continue;
    const start = sentence.start + m.index;
    if (changes.some((c) => c.distributed && start < c.end && start + m[0].length > c.start)) continue;
    changes.push({ start, end: start + m[0].length, change: MOVED_DOWN.test(m[1] ?? '') ? -places : places });
  }
  RANK_FLAT.lastIndex = 0;
  for (let m = RANK_FLAT.exec(text); m !== null; m = RANK_FLAT.exec(text)) {
    const start = sentence.start + m.index;
    changes.push({ start, end: start + m[0].length, change: 0 });
  }
  return changes.sort((a, b) => a.start - b.start);
}

/**
 * 由一季度的第5位上升到第2位 (or 全市第2位), 从去年的第七名上升到第六名, 从一季度第5位跃升至上半年第3位,
 * 由上半年第26名成为前三季度第5名: a rank with the place it moved from.
 */
const RANK_MOVE =
  /(?:由|从)[^,;。第]{0,10}?第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?(?:(?:上升|提升|前移|前进|跃升|攀升|升|下降|下滑|后移|后退|回落|降)(?:到|至)|成为|变为)(?:(?:今年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|1[-—~至]\d{1,2}月份?)的?)?(全国|全省|全市|全区|全州)?第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?/g;

/**
 * 甲区：完成投资24.36亿元，居第一位: a line led by a place's name and a colon is about that place (one
 * line per county of the report's place), so a rank with no scope of its own there is that place's.
 */
const PLACE_LINE = /^\s*[\u4e00-\u9fa5]{1,8}(?:县|区|市|镇|乡|街道|旗)\s*:/;

const COUNTED_INDICATORS = /(?:\d+|[一二两三四五六七八九十]+)项(?:主要)?(?:经济)?指标/;

/**
 * A clause that is only a scope and an ordinal: ,霁州一类县第2 (read only after another rank); also
 * one joined by 、: 居全省第5位、西部片区第2位, 列全省第二、西部片区第一; a class with its members in
 * brackets: 、全省县(市)第15位.
 */
const SECOND_SCOPE =
  /(?<=[,;、])((?:全|[\u4e00-\u9fa5]{1,8}?)(?:省|市|州|县|区|盟)[\u4e00-\u9fa5]{0,6}?(?:\([\u4e00-\u9fa5、]{1,6}\))?)第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?(?=$|[,;。])/g;

/** A rank listed after another: 、第4位, 和第五名. */
const LISTED_RANK =
  /^[、和及与](?:第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?|([一二三四五六七八九十]{1,3}|\d{1,3})[名位])/;

type RankSubject = { indicatorCode: string | null; subject: string };

interface RankMatch {
  index: number;
  raw: string;
  scopeText: string;
  ordinal: string;
  /** Places moved, when the phrase gives where the rank moved from. */
  change?: number;
  /** Read by RANKING_BEST: the place said to be best ('' when none is named). */
  holder?: string;
  /** Read by RANKING_BARE: no scope, its subject words free. */
  bare?: boolean;
  /** The first rank of a list (第7、第4位): how many ranks the list has. */
  listLength?: number;
  /** A rank listed after another: where that one starts, and this one's place in the list. */
  listedAfter?: number;
  position?: number;
}

/** Every rank phrase of a sentence's text, in order, overlapping ones dropped. */
/**
 * What every rank pattern above needs: an ordinal's 第, 首位/榜首/之首, 末位 or 最高/最快, or else
 * (RANKING, whose 第 is optional) 在 and a verb of rank. Most sentences hold none, and one plain
 * test spares them a dozen patterns.
 */
const RANK_WORDS = /[第首末最]/;
const RANK_VERB = /[排位名居]/;

function rankMatches(text: string): RankMatch[] {
  if (!RANK_WORDS.test(text) && !(text.includes('在') && RANK_VERB.test(text))) return [];
  const matches: RankMatch[] = [];
  const add = (m: RegExpExecArray, scopeText: string, ordinal: string) => {
    const at = m.index;
    if (matches.some((o) => at < o.index + o.raw.length && o.index < at + m[0].length)) return;
    matches.push({ index: at, raw: m[0], scopeText, ordinal });
  };
  RANK_MOVE.lastIndex = 0;
  for (let m = RANK_MOVE.exec(text); m !== null; m = RANK_MOVE.exec(text)) {
    const from = readOrdinal(m[1] ?? '');
    const to = readOrdinal(m[3] ?? '');
    if (from === null || to === null) continue;
    // 由一季度全市第5位上升至第3位: the scope may be written with the place the rank moved from.
    add(
      m,
      m[2] || (/全国|全省|全市|全区|全州/.exec(m[0].slice(0, m[0].indexOf('第')))?.[0] ?? ''),
      m[3] ?? '',
    );
    const added = matches.at(-1);
    if (added?.index === m.index) added.change = from - to;
  }
  RANKING_BOTTOM.lastIndex = 0;
  for (let m = RANKING_BOTTOM.exec(text); m !== null; m = RANKING_BOTTOM.exec(text))
    add(m, m[1] ?? m[2] ?? m[3] ?? '', `${BOTTOM}${m[4] ?? ''}`);
  RANKING.lastIndex = 0;
  for (let m = RANKING.exec(text); m !== null; m = RANKING.exec(text)) {
    if (!m[2] && !m[4]) continue; // 位于…前列 and other standings without a number
    add(m, m[1] ?? '', m[3] ?? '');
  }
  RANKING_INLINE.lastIndex = 0;
  for (let m = RANKING_INLINE.exec(text); m !== null; m = RANKING_INLINE.exec(text))
    add(m, m[1] ?? m[2] ?? '', m[4] ?? '');
  RANKING_TOP.lastIndex = 0;
  for (let m = RANKING_TOP.exec(text); m !== null; m = RANKING_TOP.exec(text))
    add(m, (m[1] ?? '').replace(/(?:首位|榜首|之首)$/, ''), '一');
  RANKING_LAST.lastIndex = 0;
  for (let m = RANKING_LAST.exec(text); m !== null; m = RANKING_LAST.exec(text)) add(m, m[1] ?? '', LAST);
  RANKING_BEST.lastIndex = 0;
  for (let m = RANKING_BEST.exec(text); m !== null; m = RANKING_BEST.exec(text)) {
    add(m, m[1] ?? '', '一');
    const added = matches.at(-1);
    if (added?.index === m.index) added.holder = m[2] ?? '';
  }
  RANKING_AFTER_GROWTH.lastIndex = 0;
  for (let m = RANKING_AFTER_GROWTH.exec(text); m !== null; m = RANKING_AFTER_GROWTH.exec(text))
    add(m, m[1] ?? '', m[3] ?? '');
  RANKING_BARE.lastIndex = 0;
  for (let m = RANKING_BARE.exec(text); m !== null; m = RANKING_BARE.exec(text)) {
    add(m, '', m[2] ?? '');
    const added = matches.at(-1);
    if (added?.index === m.index) added.bare = true;
  }
  RANKING_TIED.lastIndex = 0;
  for (let m = RANKING_TIED.exec(text); m !== null; m = RANKING_TIED.exec(text)) add(m, '', m[2] ?? '');
  // 列霁州第4，霁州一类县第2: after a rank, a clause of only a scope and an ordinal is another rank.
  if (matches.length > 0) {
    SECOND_SCOPE.lastIndex = 0;
    for (let m = SECOND_SCOPE.exec(text); m !== null; m = SECOND_SCOPE.exec(text))
      if (matches.some((o) => o.index + o.raw.length <= m.index)) add(m, m[1] ?? '', m[2] ?? '');
  }
  // 总量和增速分居全省第7、第4位: the ranks listed after the first share its scope.
  for (const first of [...matches]) {
    let at = first.index + first.raw.length;
    let position = 0;
    for (
      let tail = LISTED_RANK.exec(text.slice(at));
      tail !== null;
      tail = LISTED_RANK.exec(text.slice(at))
    ) {
      position++;
      matches.push({
        index: at,
        raw: tail[0],
        scopeText: first.scopeText,
        ordinal: tail[1] ?? tail[2] ?? '',
        listedAfter: first.index,
        position,
      });
      at += tail[0].length;
    }
    if (position > 0) first.listLength = position + 1;
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** The segment (between semicolons or full stops) a position is in. */
function segmentOf(text: string, at: number): [number, number] {
  const from = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('。', at)].filter((e) => e >= 0);
  return [from, ends.length ? Math.min(...ends) : text.length];
}

/**
 * 乙区（12.6%）、丙县（8.4%）的地区生产总值增速…分别排第2位和第7位: other places' growths in
 * brackets, then their indicator with 的; the ranks are theirs, not the report's.
 */
const OTHER_PLACES =
  /(?:^|[,;:。])(?!全|我|本)[\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗)\([^()]*\d[^()]*\)(?:[、和与及](?!全|我|本)[\u4e00-\u9fa5]{1,6}?(?:县|区|市|旗)\([^()]*\d[^()]*\))*的[^,;。]*$/;

/** 乙县增速, 乙县以: a clause led by another place's name, not the report's own (全县, 我县, 本市). */
const OTHER_PLACE_SUBJECT =
  /^(?:其中)?(?!全|我|本|该|城|县|市|区)[\u4e00-\u9fa5]{1,4}?(?:县|区|市|镇|乡|旗)(?:增速|增幅|总量|以|$)/;
/** 力争…, 确保…: a goal, not a standing. */
const GOAL = /^(?:力争|争取|确保|努力|力求|目标是?)/;

/** What follows an indicator's name in a figure's subject when the figure is still that indicator's. */
const LINKED_SUBJECT = /^(?:增速|增幅)?(?:以|落后于|高于|低于|快于|慢于|高出|低出|超过|比|较)/;

const GROUP_BEFORE = new RegExp(`在((?:${PARENT})?(?:${COUNTED}|各${KINDS})[^;。]{0,30}?)中`, 'g');

/** The last group of places named with 在…中 in a text: 在全市8个县（市、区）中 → 全市8个县(市、区). */
function groupBefore(text: string): string | null {
  let last: string | null = null;
  GROUP_BEFORE.lastIndex = 0;
  for (let m = GROUP_BEFORE.exec(text); m !== null; m = GROUP_BEFORE.exec(text)) last = m[1] ?? null;
  return last;
}

/**
 * Subjects of figures that relate an indicator to something else rather than name one; also a margin's
 * own move (高于全市B个百分点，好的幅度比一季度扩大C个百分点, 差距较上月缩小).
 */
const RELATION =
  /^(?:以|比|较|拉动|高于|低于|快于|慢于|高出|低出|分别(?:高|低|快|慢)|按(?:可比价|不变价)|同比|$)|^[\u4e00-\u9fa5]{0,3}(?:幅度|差距)(?:比|较)/;

/** A subject that is only a growth word, with perhaps the months it covers: 增幅2-5月份. */
const BARE_GROWTH = /^(?:增幅|增速|增长|涨幅|降幅)/;

/** A rank's clause without the group it is in: 在全市六县（区）中由…第5位上升到第3位 → 由…. */
function clauseWordsOf(clause: string): string {
  return clause.replace(/\s+/g, '').replace(/^在[^,;。]{2,40}?中/, '');
}

/**
 * 一季度居全市第5位，上半年升至第3位; 居全市第3位，上年同期居第5位: an earlier period's rank of the same
 * subject in the same scope is where the current one moved from, unless a move is written.
 */
function baseMoves(current: readonly Ranking[], earlier: readonly Ranking[]): void {
  for (const base of earlier) {
    const same = current.filter(
      (r) =>
        r.scope === base.scope &&
        r.indicatorCode === base.indicatorCode &&
        (r.indicatorCode !== null || r.subject === base.subject),
    );
    const nearest = same.sort(
      (a, b) =>
        Math.abs(a.provenance.start - base.provenance.start) -
        Math.abs(b.provenance.start - base.provenance.start),
    )[0];
    if (nearest && nearest.change === null) nearest.change = base.rank - nearest.rank;
  }
}

export function readRankings(
  source: string,
  folded: string,
  sentence: Sentence,
  facts: readonly Fact[],
  out: Ranking[],
  /** The paragraph's figures so far: what a growth named bare (增幅2-5月份…) is the growth of. */
  paragraph: readonly Fact[] = facts,
  /** The report's own place: a rank whose chain is about another place is not the report's. */
  ownPlace: OwnPlace | null = null,
  /** The month the report's period ends in (6 for a half-year's): a rank of a period before it is earlier. */
  reportMonth: number | null = null,
): void {
  const text = folded.slice(sentence.start, sentence.end);
  const changes = rankChanges(folded, sentence);
  let lastScope = '';
  let lastOf: number | null = null;
  const matches = rankMatches(text);
  const lists = new Map<number, { subjects: RankSubject[]; length: number }>();
  const lineStart = folded.lastIndexOf('\n', sentence.start) + 1;
  // 一季度居全市第5位，上半年升至第3位: the period each rank's clause opens with, and the sentence's own.
  const periods = matches.map((m) => {
    const at = sentence.start + m.index;
    return periodOf(clauseWordsOf(folded.slice(clauseStartBefore(folded, at, sentence.start), at)));
  });
  const lead = periodOf(text);
  const earlier: Ranking[] = [];
  const firstRead = out.length;
  for (const [k, m] of matches.entries()) {
    const scopeText = m.scopeText.replace(/中$/, '');
    // 我县在全市县域经济考核中排名第3: the scope is the parent, what is ranked the appraisal.
    const appraisal = APPRAISAL.exec(scopeText);
    // 全省县域: the province's counties, a scope of its own (SCOPE would cut it to 全省县).
    let scope = appraisal
      ? (appraisal[1] ?? '')
      : scopeText
        ? /县域$/.test(scopeText)
          ? scopeText
          : (SCOPE.exec(scopeText)?.[1] ?? scopeText)
        : lastScope;
    // 排名第4，…排名第3: a rank with no scope of its own after another is in the same group.
    const inherited: number | null = !scopeText && scope !== '' ? lastOf : null;
    if (!scope && PLACE_LINE.test(folded.slice(lineStart, sentence.end))) continue;
    const start = sentence.start + m.index;
    // 在全市8个县（市、区）中，地区生产总值增速排名第4, 在16个县市区…综合排名中，我县由第12位上升到第6位:
    // a rank with no scope of its own is in the group named with 在…中 before it, in its sentence or an
    // earlier one of its paragraph.
    const group = scope ? null : groupBefore(folded.slice(lineStart, start));
    if (group) scope = SCOPE.exec(group)?.[1] ?? '';
    // 六县市排名第三: a scope that is only the counted group is its own size.
    const of: number | null = group
      ? groupSize(group)
      : (inherited ??
        groupSize(scopeText.slice(scope.length)) ??
        (COUNTED_ONLY.test(scopeText) ? groupSize(scopeText) : null));
    lastScope = scope;
    lastOf = of;
    const rank = rankOf(m.ordinal, of);
    if (rank === null) continue;
    const end = start + m.raw.length;
    // 居第2位，排位由上年同期的第四升至第二: the move tells how the rank just given moved.
    const prior = matches[k - 1];
    if (
      m.change !== undefined &&
      prior &&
      readOrdinal(prior.ordinal) === rank &&
      !/[;。]/.test(text.slice(prior.index + prior.raw.length, m.index))
    ) {
      const priorStart = sentence.start + prior.index;
      const moved = out.filter((r) => r.provenance.start === priorStart && r.change === null);
      if (moved.length > 0) {
        for (const r of moved) r.change = m.change;
        continue;
      }
    }
    // 地区生产总值增速居全市第一位: the clause names what is ranked; otherwise (增速在…中排名第四,
    // or a clause of its own at the end of a chain) the ranking is about the figure before it.
    const clause = folded.slice(clauseStartBefore(folded, start, sentence.start), start);
    const listed = listedSubjects(folded, sentence.start, start, m.listLength);
    // 有6项指标增速居全市第一: how many indicators hold a rank, not a ranking of one; unless the
    // indicators are listed before the count (甲、乙、丙3项指标增速全市第一).
    // …，两项指标增速均位列全市第5: the count of the indicators just before, each of them ranked.
    const both = listed ? null : BOTH_INDICATORS.exec(clause.replace(/\s+/g, ''));
    const counted = both ? lastIndicators(paragraph, start, readOrdinal(both[1] ?? '') ?? 0) : null;
    if (COUNTED_INDICATORS.test(clause) && !listed && !counted) continue;
    if (OTHER_PLACES.test(text.slice(0, m.index))) continue;
    // 全市7个县中乙县增幅最高: the best is a sibling, not the report's place.
    if (m.holder && !/^[我本]/.test(m.holder) && !(ownPlace && ownNameAt(m.holder, ownPlace))) continue;
    // 在全市六县（区）中由…第5位上升到第3位: the group the rank is in is no subject of the clause.
    const clauseWords = clauseWordsOf(clause);
    // 岚川县增速居全市第2位: the report's own name is no other place's; its words are read as 我县's.
    const ownName = ownPlace ? ownNameAt(clauseWords, ownPlace) : '';
    // 一季度居全市第5位 beside 上半年…第3位, 上年同期居第5位: an earlier period's rank, kept aside as
    // the base of the current one's move; its clause's words are read without the period.
    const isEarlier = isEarlierPeriod(
      periods[k] ?? null,
      lead,
      periods.filter((_, j) => j !== k),
      reportMonth,
    );
    const ownWords = withoutPeriod(clauseWords.slice(ownName.length));
    // 乙县增速位居全市第一, 乙县以A%的增速…: another place's rank; 力争…增速排名全市第一: a goal.
    if ((!ownName && OTHER_PLACE_SUBJECT.test(ownWords)) || GOAL.test(ownWords)) continue;
    // 全市地区生产总值增长5.6%，居全省第5位 in a county's report: the chain is the city's.
    if (
      ownPlace &&
      subjectPlace(text, m.index, ownPlace, around(folded, lineStart, sentence), scope) === 'other'
    )
      continue;
    // 项目拉练综合排名全市第四: a composite standing, not the rank of the figure before it; and
    // 进出口总额5.25万亿元,实际使用外资规模保持全国首位: a clause naming a subject of its own (no
    // figure, no growth word) ranks that subject, even one the catalogue lacks.
    const composite =
      /综合$/.test(ownWords) ||
      (ownWords.length >= 4 &&
        !/\d/.test(ownWords) &&
        !/增速|增幅|总量|增长|位次|排名|分居|分别|均|并|且/.test(ownWords));
    const named = ownWords === '' ? null : joinIndicator(clause);
    // 甲增长A%。甲位次较一季度前移1位，增速名列全市第7: a sentence with no figure before its rank
    // ranks the paragraph's last one.
    const inSentence = facts.filter((f) => f.provenance.end <= start);
    // 福清位居第三: a bare rank whose clause names neither an indicator nor a measure, with no figure
    // before it in its sentence, is a standing of something else (often another place named bare).
    if (
      m.bare &&
      inSentence.length === 0 &&
      !named &&
      !/^(?:增速|增幅|总量|位次|且|并)*$/.test(ownWords) &&
      !listed &&
      !counted
    )
      continue;
    const before =
      inSentence.length > 0 ? inSentence : paragraph.filter((f) => f.provenance.end <= start).slice(-1);
    // 拉动全市经济增长1.8个百分点…居全省第3位, 以5.1%的增速位列…: a figure that is a pull, a gap or
    // the growth restated names no indicator; the rank is the one's before it in the sentence.
    const last =
      before.findLast((f) => !(f.indicatorCode === null && RELATION.test(f.subject))) ?? before.at(-1);
    // 规上工业增加值增长8.8%。增幅2-5月份分别为…，位次由第一位下滑到第六位: figures of a growth named
    // bare are the indicator's before them, and so is the rank after them.
    const fact =
      last && last.indicatorCode === null && BARE_GROWTH.test(last.subject)
        ? (paragraph.findLast((f) => f.provenance.end <= last.provenance.start && f.indicatorCode !== null) ??
          last)
        : last;
    // 规上工业增加值以5.7%的增速位居…, 地区生产总值增速落后于全市平均水平B个百分点，…排名第三: a figure
    // whose subject is an indicator's name and the words that link it to the figure is that indicator's.
    const leading = fact && fact.indicatorCode === null ? leadingIndicator(fact.subject) : null;
    const byGrowth =
      leading && LINKED_SUBJECT.test(cleanSubject(fact?.subject ?? '').slice(leading.name.length))
        ? leading
        : null;
    const head = m.listedAfter === undefined ? undefined : lists.get(m.listedAfter);
    const found = head?.subjects ??
      (appraisal ? [{ indicatorCode: null, subject: appraisal[2] ?? '' }] : null) ??
      listed ??
      counted ??
      distributedSubjects(clause, before, m.listLength) ?? [
        named
          ? { indicatorCode: named.entry.code, subject: named.name }
          : byGrowth
            ? { indicatorCode: byGrowth.entry.code, subject: byGrowth.name }
            : fact && !composite
              ? { indicatorCode: fact.indicatorCode, subject: fact.subject }
              : // 综合得分由…第5位上升到第2位: with no figure before, what the clause names is ranked.
                { indicatorCode: null, subject: cleanSubject(clause) },
      ];
    if (m.listLength) lists.set(m.index, { subjects: found, length: m.listLength });
    // 一般公共预算收入、农村居民收入增幅分别居全市第一位和第三位: one rank per listed subject, in
    // order; 总量和增速分居全省第7、第4位: every rank about the one subject.
    const listLength = m.listLength ?? head?.length ?? 1;
    const own = found[m.position ?? 0];
    const subjects = listLength > 1 && found.length === listLength && own ? [own] : found;
    // A change in the same clause chain: 排名第3位,比一季度前移2位 or 位次前移2位,居全市第3.
    // Not past the rankings either side of it: a later change is theirs.
    const previous = matches[k - 1];
    const next = matches[k + 1];
    const [segmentFrom, segmentTo] = segmentOf(text, m.index);
    const from = sentence.start + Math.max(segmentFrom, previous ? previous.index + previous.raw.length : 0);
    const to = sentence.start + Math.min(segmentTo, next ? next.index : text.length);
    const moved =
      changes.find((c) => c.start >= end && c.end <= to) ??
      // …before the rank only when no figure stands between them (位次持平，增长11%、居第12位: not its).
      changes.findLast((c) => c.start >= from && c.end <= start && !/\d/.test(folded.slice(c.end, start)));
    for (const subject of subjects)
      (isEarlier ? earlier : out).push({
        indicatorCode: subject.indicatorCode,
        subject: subject.subject,
        rank,
        of,
        scope,
        change: m.change ?? moved?.change ?? null,
        source: 'prose',
        raw: source.slice(start, end),
        provenance: { sentenceIndex: sentence.index, start, end },
      });
  }
  baseMoves(out.slice(firstRead), earlier);
  // 排全州第2位，列全省第5位，比上年分别提高了1位和3位: one move for each rank before the list, in order.
  for (const c of changes) {
    if (!c.distributed) continue;
    const before = out.filter(
      (r) => r.provenance.sentenceIndex === sentence.index && r.provenance.end <= c.start,
    );
    const starts = [...new Set(before.map((r) => r.provenance.start))].slice(-c.distributed.length);
    if (starts.length !== c.distributed.length) continue;
    for (const r of before) {
      const at = starts.indexOf(r.provenance.start);
      if (at >= 0) r.change = c.distributed[at] ?? r.change;
    }
  }
}

/** The rank an ordinal gives: 末位 is the group's size, 倒数第2 one before it; null without the size. */
function rankOf(ordinal: string, of: number | null): number | null {
  if (ordinal === LAST) return of;
  if (!ordinal.startsWith(BOTTOM)) return readOrdinal(ordinal);
  const fromLast = readOrdinal(ordinal.slice(BOTTOM.length));
  return of === null || fromLast === null || fromLast > of ? null : of - fromLast + 1;
}

/** 两项指标增速均: a count of two or three indicators, all of them holding the rank that follows. */
const BOTH_INDICATORS =
  /^(?:这|上述|以上)?([两二三]|[23])项(?:主要)?(?:经济)?指标(?:的)?(?:增速|增幅|总量)?(?:均|都)$/;

/** The last `count` indicators the paragraph's figures before `at` are about, in order; null if fewer. */
function lastIndicators(paragraph: readonly Fact[], at: number, count: number): RankSubject[] | null {
  const subjects: RankSubject[] = [];
  for (const fact of [...paragraph].reverse()) {
    if (subjects.length === count) break;
    if (fact.provenance.end > at || fact.indicatorCode === null) continue;
    if (subjects.some((s) => s.indicatorCode === fact.indicatorCode)) continue;
    subjects.push({ indicatorCode: fact.indicatorCode, subject: fact.subject });
  }
  return count >= 2 && subjects.length === count ? subjects.reverse() : null;
}

/**
 * 甲、乙分别增长a%、b%，分别居全市第三和第一位 (分居…): a list of ranks in a clause of its own after 分别
 * ranks the last indicators before it, one each in order; null unless there are as many.
 */
function distributedSubjects(
  clause: string,
  before: readonly Fact[],
  listLength: number | undefined,
): RankSubject[] | null {
  // 分居全市第四、二位, 分列…: 分 alone says 分别 before the verb.
  // 增速分别居全市第3、第5和第2位: the measure may stand before 分别.
  if (!listLength || !/^(?:增速|增幅)?分别?$/.test(clause.replace(/\s+/g, ''))) return null;
  const subjects: RankSubject[] = [];
  for (const fact of [...before].reverse()) {
    if (subjects.length === listLength) break;
    if (fact.indicatorCode === null && RELATION.test(fact.subject)) continue;
    if (subjects.some((s) => s.subject === fact.subject && s.indicatorCode === fact.indicatorCode)) continue;
    subjects.push({ indicatorCode: fact.indicatorCode, subject: fact.subject });
  }
  return subjects.length === listLength ? subjects.reverse() : null;
}

/**
 * 一般公共预算收入、农村居民收入增幅居全市第一位: a rank shared by indicators listed with 、, one
 * ranking each; null unless at least two of them are known indicators.
 */
function listedSubjects(folded: string, floor: number, start: number, listLength = 1): RankSubject[] | null {
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
  if (!wide.includes('、')) return null;
  const items = wide.split('、');
  const joins = items.map((item) => joinIndicator(item));
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
