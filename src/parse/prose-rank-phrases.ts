// Finding a sentence's rank phrases: 在…中排名第三, 居全市第2位, 全省排名第五, 居全省首位, 位居末位,
// 倒数第2, 由第5位上升到第2位, ranks listed after another (第7、第4位), and the rank each ordinal gives.

import { readOrdinal } from './numbers.js';
import { COUNTED, PARENT, SCOPE_AFTER, SCOPE_BEFORE } from './prose-rank-group.js';

const ORDINAL = '([一二三四五六七八九十]{1,3}|\\d{1,3})(名|位)?';
/**
 * What may not follow an ordinal that is a rank: 居第4位至第7位的县区 (places listed by rank), 全市第一的是乙县
 * (another place named first), 第一方阵/梯队 (a band), 第一季度, 第三产业, 第二批 (ordinals of other things).
 */
const NOT_A_RANK = '(?![名位]?(?:至第|的(?:是|县|区|市|乡|镇)|方阵|梯队|季度|产业|批|家|次|个))';

/**
 * 在…中排名第三, 在全市排名均为第二 (均 said of the figures before: prose-rank-lists.ts); 在…8个县（市、区）中
 * 并列第2位: a rank shared, said with 并列 alone after the group, is that rank. 在…11个县（市、区）中列第N位: 列
 * alone, right after the group's 中 (a 提案's and a 山西 bureau's word; session 27, fix84). 在…考核中，我县位列第N名:
 * the appraisal closed by its 中 before the report's own place said as 我县 (a 乡村振兴局's summary; session 28, fixleft28b);
 * 在…监测评价中，我县综合得分居第N位: with the appraisal's score it is ranked by (session 34, fix171). 在…中排序第N位:
 * 排序 as 排名 (a 2001 plan report's word; F10019). 在全州13个县市中处于第5位, 在全市中位于第3位: 处于 and 位于 before
 * the ordinal's 第 (a 云南 county 简析's words; F10245).
 */
const RANKING = new RegExp(
  `在([^,;。]{2,40}?)(?:中,(?:我|本)[县市区旗](?:的?(?:综合|总)得分)?(?=排名|排位|位列|位居|名列|居))?(?:(?:排名|排位|排序|位列|位居|名列|位次为|居|排(?=第)|(?<=中)列(?=第)|(?<=中)(?:处于|位于)(?=第))(?:并列)?|(?<=中)并列(?=第))(?:均为)?(第?)${ORDINAL}`,
  'g',
);
/**
 * The scope written after the verb or before 排名 without 在: 居全市第2位, 排名全省第三, 全省排名第五,
 * 居全市6个区第4位 (with the size of the group), 增速位次为全市第5位, 增速均为全市第二 (为 only after 均:
 * 为全市 alone says too many other things); 全市位次第8位: a 全市位次 column's word in the prose after it (a
 * Shanxi county's quarter report, session 41, fix323; F6591).
 */
const RANKING_INLINE = new RegExp(
  `(?:(?:排名|排位|位列|位居|名列|位次为|保持|居(?!民)|排|(?<!截)至|(?<=均)为|列(?=[\\u4e00-\\u9fa5\\d、()]{1,16}?第))(${SCOPE_AFTER})|(${SCOPE_BEFORE})(?:排名|排位|位次为?|排(?=第)))(?:并列)?(第)${ORDINAL}${NOT_A_RANK}`,
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
/**
 * 居全市N县（区）末位, 排全州末位, 列全市末位 (a review's problems, session 30, fixleft30): last of the group,
 * whose size gives the rank.
 */
const RANKING_LAST = new RegExp(`(?:排名|位列|位居|居(?!民)|排|列)(${SCOPE_AFTER})末位`, 'g');
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
/**
 * 地区生产总值：X亿元，增长A%，全地区第N: a rank cell of a table copied out as lines of comma-parted cells,
 * a clause of only the parent's scope and an ordinal right after a figure (session 29, fix99).
 */
const RANKING_CELL =
  /(?<=\d(?:%|元),)(全(?:国|省|市|区|州|盟|地区|县|旗))(第)(\d{1,3}|[一二三四五六七八九十]{1,3})(名|位)?(?=$|[,;。])/g;
/**
 * 排名第4位 with no scope, in a clause of its own (地区生产总值增速排名第4 after 在全市8个县区中): the scope of
 * the sentence's ranking before it; also a rank moved to (一季度居全市第5位，上半年升至第3位). 增速列第4位: 列 bare
 * before the ordinal, as 居 and 排 are (F9987).
 */
const RANKING_BARE = new RegExp(
  `(?<=(?:^|[,;:]|[%\\d)]、)(?:\\d{1,2}[-—~至]\\d{1,2}月份?)?[\\u4e00-\\u9fa5]{0,16}(?:以[^,;:。]{1,12}?的(?:增速|增幅))?)(?:排名|排位|位列|位居|名列|位次为|居(?!民)|排(?=第)|(?<!分|并|分别)列(?=第)|(?:上升|提升|跃升|攀升|前移|前进|升|下降|下滑|后移|后退|回落|降)(?:至|到))(?:并列)?(第)${ORDINAL}${NOT_A_RANK}`,
  'g',
);
/**
 * 在丙州市6个县（市、区）中，甲、乙分列第2位和第3位: ranks given 分列 (分别居, 分别排名) to names listed
 * before, with no scope of their own: the group named with 在…中 before is their scope (prose-rank-group.ts).
 */
const RANKING_SPLIT = new RegExp(
  `(?<=[、\\u4e00-\\u9fa5a-z]{2})(?:分列|分别(?:居|列|位列|位居|排名|排在))(第)${ORDINAL}${NOT_A_RANK}`,
  'g',
);
/** 增长A%、与丙市并列第5位: a rank shared with another place, in the scope before it. */
const RANKING_TIED =
  /(?<=[,;:、])(?:增速|增幅|总量)?与[\u4e00-\u9fa5]{1,8}?并列(第)([一二三四五六七八九十]{1,3}|\d{1,3})(名|位)?/g;

/**
 * 由一季度的第5位上升到第2位 (or 全市第2位), 从去年的第七名上升到第六名, 从一季度第5位跃升至上半年第3位,
 * 由上半年第26名成为前三季度第5名: a rank with the place it moved from. 由上年的全市第M位退至第N位 (a
 * plan report's trade): the fall said with 退 alone, as the rise with 升 (fix92). 全市位次由上半年的第9位前移至第5位,
 * 增幅全省排名由二季度第6位下滑至第8位: the scope written before 位次 or 排名 (session 41, fix323; F6592).
 */
const RANK_MOVE =
  /(?:(全国|全省|全市|全区|全州)(?:位次|排名|排位))?(?:由|从)[^,;。第]{0,10}?第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?(?:(?:上升|提升|前移|前进|跃升|攀升|升|进|下降|下滑|后移|后退|回落|降|退)(?:到|至)|成为|变为)(?:(?:今年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|1[-—~至]\d{1,2}月份?)的?)?(全国|全省|全市|全区|全州)?第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?/g;

/**
 * A clause that is only a scope and an ordinal: ,霁州一类县第2 (read only after another rank); also
 * one joined by 、: 居全省第5位、西部片区第2位, 列全省第二、西部片区第一; a class with its members in
 * brackets: 、全省县(市)第15位; the group's size before its kind: 、全省86个县(市、区)第14位, and a class
 * before the size: 、全省山区26县第5位.
 */
const SECOND_SCOPE =
  /(?<=[,;、])((?:全|[\u4e00-\u9fa5]{1,8}?)(?:省|市|州|县|区|盟)(?:[\u4e00-\u9fa5]{1,4}?(?=\d))?(?:\d{1,3}个?)?[\u4e00-\u9fa5]{0,6}?(?:\([\u4e00-\u9fa5、]{1,6}\))?)第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?(?=$|[,;。])/g;

/** A rank listed after another: 、第4位, 和第五名. */
const LISTED_RANK =
  /^[、和及与](?:第([一二三四五六七八九十]{1,3}|\d{1,3})[名位]?|([一二三四五六七八九十]{1,3}|\d{1,3})[名位])/;

export interface RankMatch {
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

/**
 * What every rank pattern above needs: an ordinal's 第, 首位/榜首/之首, 末位 or 最高/最快, or else
 * (RANKING, whose 第 is optional) 在 and a verb of rank. Most sentences hold none, and one plain
 * test spares them a dozen patterns.
 */
const RANK_WORDS = /[第首末最]/;
const RANK_VERB = /[排位名居]/;
/** RANKING_SPLIT's words: 分列, 分别居. */
const SPLIT_WORDS = /分列|分别/;

/** Every rank phrase of a sentence's text, in order, overlapping ones dropped. */
export function rankMatches(text: string): RankMatch[] {
  if (!RANK_WORDS.test(text) && !(text.includes('在') && RANK_VERB.test(text))) return [];
  const matches: RankMatch[] = [];
  const add = (m: RegExpExecArray, scopeText: string, ordinal: string) => {
    const at = m.index;
    if (matches.some((o) => at < o.index + o.raw.length && o.index < at + m[0].length)) return;
    matches.push({ index: at, raw: m[0], scopeText, ordinal });
  };
  // Every pattern but RANKING, RANKING_TOP, RANKING_LAST and RANKING_BEST needs an ordinal's 第
  // (RANKING_BOTTOM 倒数第, RANKING_SPLIT 分列 or 分别 as well): a sentence past the test above by 首, 末
  // or 最 alone, a quarter of them, is not tried on those; nor one without 倒数第 or 分列 on theirs, the
  // costliest (each opens with a lookbehind or a long optional lead, tried at every position: a third of
  // rankMatches's time in session 29's profile, and none of them finds anything then).
  // RANKING_TOP, RANKING_LAST and RANKING_BEST are tried only on a sentence holding the word each needs
  // (首, 末位, 最): each line was 0.2% of the parser's time, finding nothing on most (session 34).
  const hasOrdinal = text.includes('第');
  RANK_MOVE.lastIndex = 0;
  for (let m = hasOrdinal ? RANK_MOVE.exec(text) : null; m !== null; m = RANK_MOVE.exec(text)) {
    const from = readOrdinal(m[2] ?? '');
    const to = readOrdinal(m[4] ?? '');
    if (from === null || to === null) continue;
    // 由一季度全市第5位上升至第3位: the scope may be written with the place the rank moved from, or before 位次.
    add(
      m,
      m[3] || m[1] || (/全国|全省|全市|全区|全州/.exec(m[0].slice(0, m[0].indexOf('第')))?.[0] ?? ''),
      m[4] ?? '',
    );
    const added = matches.at(-1);
    if (added?.index === m.index) added.change = from - to;
  }
  RANKING_BOTTOM.lastIndex = 0;
  const fromLast = text.includes('倒数第');
  for (let m = fromLast ? RANKING_BOTTOM.exec(text) : null; m !== null; m = RANKING_BOTTOM.exec(text))
    add(m, m[1] ?? m[2] ?? m[3] ?? '', `${BOTTOM}${m[4] ?? ''}`);
  RANKING.lastIndex = 0;
  for (let m = RANKING.exec(text); m !== null; m = RANKING.exec(text)) {
    if (!m[2] && !m[4]) continue; // 位于…前列 and other standings without a number
    add(m, m[1] ?? '', m[3] ?? '');
  }
  RANKING_INLINE.lastIndex = 0;
  for (let m = hasOrdinal ? RANKING_INLINE.exec(text) : null; m !== null; m = RANKING_INLINE.exec(text))
    add(m, m[1] ?? m[2] ?? '', m[4] ?? '');
  RANKING_TOP.lastIndex = 0;
  for (let m = text.includes('首') ? RANKING_TOP.exec(text) : null; m !== null; m = RANKING_TOP.exec(text))
    add(m, (m[1] ?? '').replace(/(?:首位|榜首|之首)$/, ''), '一');
  RANKING_LAST.lastIndex = 0;
  for (
    let m = text.includes('末位') ? RANKING_LAST.exec(text) : null;
    m !== null;
    m = RANKING_LAST.exec(text)
  )
    add(m, m[1] ?? '', LAST);
  RANKING_BEST.lastIndex = 0;
  for (
    let m = text.includes('最') ? RANKING_BEST.exec(text) : null;
    m !== null;
    m = RANKING_BEST.exec(text)
  ) {
    add(m, m[1] ?? '', '一');
    const added = matches.at(-1);
    if (added?.index === m.index) added.holder = m[2] ?? '';
  }
  RANKING_AFTER_GROWTH.lastIndex = 0;
  for (
    let m = hasOrdinal ? RANKING_AFTER_GROWTH.exec(text) : null;
    m !== null;
    m = RANKING_AFTER_GROWTH.exec(text)
  )
    add(m, m[1] ?? '', m[3] ?? '');
  RANKING_CELL.lastIndex = 0;
  for (let m = hasOrdinal ? RANKING_CELL.exec(text) : null; m !== null; m = RANKING_CELL.exec(text))
    add(m, m[1] ?? '', m[3] ?? '');
  RANKING_BARE.lastIndex = 0;
  for (let m = hasOrdinal ? RANKING_BARE.exec(text) : null; m !== null; m = RANKING_BARE.exec(text)) {
    add(m, '', m[2] ?? '');
    const added = matches.at(-1);
    if (added?.index === m.index) added.bare = true;
  }
  RANKING_SPLIT.lastIndex = 0;
  const split = hasOrdinal && SPLIT_WORDS.test(text);
  for (let m = split ? RANKING_SPLIT.exec(text) : null; m !== null; m = RANKING_SPLIT.exec(text))
    add(m, '', m[2] ?? '');
  RANKING_TIED.lastIndex = 0;
  for (let m = hasOrdinal ? RANKING_TIED.exec(text) : null; m !== null; m = RANKING_TIED.exec(text))
    add(m, '', m[2] ?? '');
  // 列霁州第4，霁州一类县第2: after a rank, a clause of only a scope and an ordinal is another rank.
  if (matches.length > 0 && hasOrdinal) {
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

/** The rank an ordinal gives: 末位 is the group's size, 倒数第2 one before it; null without the size. */
export function rankOf(ordinal: string, of: number | null): number | null {
  if (ordinal === LAST) return of;
  if (!ordinal.startsWith(BOTTOM)) return readOrdinal(ordinal);
  const fromLast = readOrdinal(ordinal.slice(BOTTOM.length));
  return of === null || fromLast === null || fromLast > of ? null : of - fromLast + 1;
}
