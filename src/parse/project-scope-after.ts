// A project named, then the scope of its works, then the amount done: 甲高标准农田建设项目新建高标准农田
// N万亩，完成投资X亿元 (a work summary's projects, 宜春 and 张家界 pages on farmland works).

import { DONE_ONLY } from './project-amounts.js';
import type { LedClause } from './project-clauses.js';
import { cleanName, validName } from './project-names.js';

/**
 * 甲项目新建高标准农田12.6万亩, 乙工程改造管网8.5公里: a name ending in 项目 or 工程, then a verb of works and
 * what it builds with its size, alone in the clause; the size is no amount of the project.
 */
const NAME_THEN_SCOPE =
  /^(.{4,30}?(?:项目|工程))(?:新建|新增|建设|建成|改造|改建|铺设|实施|完成)[^,;。\d]{1,12}?\d+(?:\.\d+)?(?:万?亩|公顷|公里|千米|米|万?平方米|座|处|套|千瓦|兆瓦|万?吨)$/;

/** 甲项目新建高标准农田N万亩，完成投资X亿元: the name, with the amount done of the next clause. */
export function readNameThenScope({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  leadText,
}: LedClause): number | null {
  const named = NAME_THEN_SCOPE.exec(clause.text.slice(leadText.length));
  const next = clauses[k + 1];
  if (!named || !next || !DONE_ONLY.test(next.text)) return null;
  const name = cleanName(named[1] ?? '');
  if (!validName(name, false)) return null;
  const span = { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) };
  add(name, mention(span, null, null));
  return k + 1;
}
