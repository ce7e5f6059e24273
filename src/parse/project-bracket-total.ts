// 开工建设甲物流园（总投资3.6亿元） (session 23, fix63): a work report's plan part gives a project's total
// investment in brackets right after its name. The bracket is no part of the name; it is the project's
// total, as 总投资X亿元的甲 before a name is.

import { amountInYuan } from './project-amounts.js';
import type { ProjectMention } from './types.js';

/**
 * 甲物流园(总投资3.6亿元): the name, then its total alone in brackets closing it (folded to ASCII brackets).
 * 甲项目(总投资28亿元)一期建成投产: a phase word after the bracket is the stage the status is said of;
 * the total, and so the name, is the whole project's.
 */
const BRACKETED_TOTAL =
  /^(.{4,}?)\((?:项目)?(?:计划)?总投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)\)(?:[一二三四五六七八九十首]期(?:工程)?)?$/;

/** The name without a closing bracketed total, and the mention with that total as its planned investment. */
export function withoutBracketedTotal(
  name: string,
  mention: ProjectMention,
): { name: string; mention: ProjectMention } {
  const total = BRACKETED_TOTAL.exec(name);
  if (!total?.[1]) return { name, mention };
  const planned = mention.plannedInvestment ?? amountInYuan(total[2] ?? '0', total[3] ?? '');
  return { name: total[1], mention: { ...mention, plannedInvestment: planned } };
}
