// A place's standing in a ranked list of places: a 百强县 list and its part scores. 峤霞综合实力排名第6位 and
// 县域创新能力排名第8位 name what the list ranks (F6681); 全国综合实力百强县第38位 and 跻身全省县域经济前十强，位列
// 第9位 rank the place itself in what the list measures (F6682, fixleft42), never the figure the sentence or the
// paragraph before it gave. One module for both, so a list's name is read one way.

import type { RankSubject } from './prose-rank-figure.js';
import type { OwnPlace } from './prose-rank-subject.js';

/** 百强县, 百强县（市）榜单, 前十强, 五十强: a list of the strongest places. */
const STRONG_LIST = /(?:百|千|前?[二三五]?十)强(?:县|市|区|旗)?/;
/** 2023年全国, 第二十六届全国, 全省, 江苏省: the edition and reach a list's name opens with. */
const LIST_LEAD =
  /^(?:在)?(?:(?:\d{4}|上|去|今)年度?)?(?:发布的)?(?:第[\d一二三四五六七八九十]+届)?(?:中国|全国|全省|[\u4e00-\u9fa5]{2,3}省)?/;
/** 县域经济综合实力跻身…前十强: the words a clause enrolling the place in the list opens with. */
const ENROLLED = /^([\u4e00-\u9fa5]{2,12}?)(?:跻身|进入|入围|入选|荣登|挺进|跃居|跃升至|稳居)/;
/**
 * 综合实力, 县域经济综合竞争力, 县域创新能力, 县域发展潜力指数: what a list of counties ranks them by, as its
 * publishers and the counties' pages name it. A bare word before it (福清综合实力) is another place's, not matched.
 */
const STANDING =
  /^(?:县域)?(?:经济)?(?:综合|基本|科技)?(?:实力|竞争力|创新能力|创新活力|创新力|发展潜力|投资潜力|发展水平)(?:指数)?$/;
/** 在2023年全国综合实力百强县中: a list named as a rank's group, with the words after its name. */
const GROUP_TAIL = /^(?:（市）|\(市\)|市)?(?:榜单?)?中?$/;

/** 全县, 我市, 本区: the place itself opening a rank's clause, no words of what is ranked (F7201). */
const PLACE_ITSELF = /^(?:全|我|本)(?:县|市|区|旗)$/;

/** Whether a rank's clause words (without the report's name and period) name nothing but the place itself. */
export function namesPlaceOnly(ownWords: string): boolean {
  const words = ownWords.replace(/\s+/g, '');
  return words === '' || PLACE_ITSELF.test(words);
}

/** A list's name read: what it measures (综合实力 of 全国综合实力百强县) and the list word, or null. */
function readList(clause: string): { measure: string; list: string; tail: string } | null {
  const name = clause.replace(LIST_LEAD, '');
  const list = STRONG_LIST.exec(name);
  if (!list) return null;
  return { measure: name.slice(0, list.index), list: list[0], tail: name.slice(list.index + list[0].length) };
}

/**
 * The subject of a rank whose clause has no words of its own (not even a place) when its group, or a clause
 * before it in its sentence, is a list of strong places: the words enrolling the place in the list
 * (县域经济综合实力跻身…), else what the list is named for (全国综合实力百强县 → 综合实力), else the list
 * itself. Null when no such list is named. `scopeText` is the rank's group as written, `before` its
 * sentence up to the rank.
 */
export function strongListSubject(scopeText: string, before: string): RankSubject | null {
  const clauses = [...before.split(/[,;]/), scopeText].filter((c) => STRONG_LIST.test(c));
  const listClause = clauses.at(-1);
  if (listClause === undefined) return null;
  const clause = listClause.replace(/\s+/g, '');
  const enrolled = ENROLLED.exec(clause)?.[1];
  if (enrolled) return { indicatorCode: null, subject: enrolled };
  const read = readList(clause);
  const measure = read?.measure ?? '';
  return {
    indicatorCode: null,
    subject: measure.length >= 2 ? measure : (read?.list ?? clause),
  };
}

/** The report's own name and its stem (峤霞市, 峤霞) a clause may open with before the standing. */
function withoutOwnName(words: string, ownPlace: OwnPlace | null): string {
  if (!ownPlace) return words;
  const stem = ownPlace.name.replace(/(?:自治县|自治州|市|县|区|旗|州|盟)$/, '');
  for (const name of [ownPlace.name, stem])
    if (name.length >= 2 && words.startsWith(name)) return words.slice(name.length).replace(/^的/, '');
  return words;
}

/**
 * The standing a rank's clause names (its words without the group, perhaps after the report's own name), or
 * null: 峤霞县域创新能力 → 县域创新能力 (the stem before 县域 is the report's, not a county 峤霞县).
 */
export function listStanding(clauseWords: string, ownPlace: OwnPlace | null): string | null {
  const words = withoutOwnName(clauseWords.replace(/\s+/g, ''), ownPlace);
  return STANDING.test(words) ? words : null;
}

/**
 * 在2023年全国综合实力百强县中位列第38位: the standing a rank's group names when the group is a 百强 list of
 * counties named by a standing (综合实力百强县), or null; the rank is of that standing, not of the figure
 * before it (it was read as the income just given) when the clause has no words of its own.
 */
export function listGroupStanding(scopeText: string): string | null {
  const group = scopeText.replace(/\s+/g, '');
  if (!/^在?(?:\d{4}年度?)?(?:第[一二三四五六七八九十]+届)?(?:全国|中国)/.test(group)) return null;
  const read = readList(group);
  if (read?.list !== '百强县' || !GROUP_TAIL.test(read.tail)) return null;
  return STANDING.test(read.measure) ? read.measure : null;
}
