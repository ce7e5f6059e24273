// 重点跟踪洽谈中的甲商贸城和乙加工园项目: projects an investment drive is negotiating, named after the stage of the
// deal (洽谈中的, 在谈的) and closed by 项目; no amount or status of theirs, each a project named (README item 13).

import type { ClauseReading } from './project-clauses.js';
import { cleanName, ENDS_LIKE_PROJECT, splitItems, validName } from './project-names.js';

/**
 * 重点跟踪洽谈中的, 积极跟进正在洽谈的, 加快推进在谈的: the drive's adverbs and verb, then the deal's stage and 的; the
 * rest, closed by (等)项目, the projects (session 47, fix416, F8533).
 */
const NEGOTIATED =
  /^(?:重点|积极|全力|继续|加快|着力)*(?:跟踪|跟进|推进|促成|对接)?(?:洽谈中|正在洽谈|在谈|洽谈)的([^,;。]{4,60}?)(?:等[\u4e00-\u9fa5]{0,4})?项目$/;

/** 重点跟踪洽谈中的甲商贸城和乙加工园项目: each name a project when the list is all names of works. */
export function readNegotiated({ clause, mention, add, k }: ClauseReading): number | null {
  if (!clause.text.includes('谈的') && !clause.text.includes('谈中的')) return null;
  const list = NEGOTIATED.exec(clause.text)?.[1];
  if (!list) return null;
  const items = splitItems(list).map(cleanName);
  // The last name stands before the list's closing 项目, which is its own (甲加工园项目) when it ends like no works.
  const names = items.map((name, n) =>
    n === items.length - 1 && !ENDS_LIKE_PROJECT.test(name) ? `${name}项目` : name,
  );
  if (names.length === 0 || !names.every((name) => validName(name, true) && ENDS_LIKE_PROJECT.test(name)))
    return null;
  for (const name of names) add(name, mention(clause, null, null));
  return k;
}
