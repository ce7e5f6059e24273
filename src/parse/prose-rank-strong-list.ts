// A place's standing in a list of strong counties (全国综合实力百强县第38位, 跻身全省县域经济前十强，位列第9位):
// the place itself is ranked, in what the list measures, never the figure the sentence or paragraph before it gave.

import type { RankSubject } from './prose-rank-figure.js';

/** 百强县, 百强县（市）榜单, 前十强, 五十强: a list of the strongest places. */
const STRONG_LIST = /(?:百|千|前?[二三五]?十)强(?:县|市|区|旗)?/;
/** 2023年全国, 第二十六届全国, 全省, 江苏省: the edition and reach a list's name opens with. */
const LIST_LEAD =
  /^(?:在)?(?:(?:\d{4}|上|去|今)年度?)?(?:发布的)?(?:第[\d一二三四五六七八九十]+届)?(?:中国|全国|全省|[\u4e00-\u9fa5]{2,3}省)?/;
/** 县域经济综合实力跻身…前十强: the words a clause enrolling the place in the list opens with. */
const ENROLLED = /^([\u4e00-\u9fa5]{2,12}?)(?:跻身|进入|入围|入选|荣登|挺进|跃居|跃升至|稳居)/;

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
  const name = clause.replace(LIST_LEAD, '');
  const list = STRONG_LIST.exec(name);
  const measure = list ? name.slice(0, list.index) : '';
  return {
    indicatorCode: null,
    subject: measure.length >= 2 ? measure : (list?.[0] ?? clause),
  };
}
