// 开工建设甲物流园（总投资3.6亿元） (session 23, fix63): a work report's plan part gives a project's total
// investment in brackets right after its name. The bracket is no part of the name; it is the project's
// total, as 总投资X亿元的甲 before a name is.

import { amountInYuan, completedIn } from './project-amounts.js';
import type { ProjectMention } from './types.js';

/**
 * 甲物流园(总投资3.6亿元): the name, then its total alone in brackets closing it (folded to ASCII brackets).
 * 甲项目(总投资28亿元)一期建成投产: a phase word after the bracket is the stage the status is said of;
 * the total, and so the name, is the whole project's.
 * 甲水库除险加固工程(年度计划投资3200万元): a bracket of the year's plan alone is the project's planned amount
 * (decision 15), no part of its name (session 44, fix362, F7313). 甲项目(计划投资1.2亿元): a plan amount with no year is the
 * works' planned total, as 计划投资X亿元的甲 is (session 50, fix477, F10046).
 */
const BRACKETED_TOTAL =
  /^(.{4,}?)\((?:项目)?(?:(?:计划)?总投资|计划投资|(?:年度|今年|全年|当年|\d{4}年)计划(?:完成)?投资)(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)\)(?:[一二三四五六七八九十首]期(?:工程)?)?$/;

/**
 * 甲电站增容改造工程完成投资2680万元（总投资3100万元）: the total in brackets right after the amount done, closing
 * the clause; the one project's planned investment (session 51, fix482_483, F10277).
 */
const TOTAL_AFTER_DONE =
  /(?:完成|实现)(?:年度|全年|当年)?投资\d+(?:\.\d+)?(?:亿元|万元)\((?:项目)?(?:计划)?总投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元)\)$/;

/** The total in brackets after a clause's amount done (TOTAL_AFTER_DONE), in 元, or null. */
export function totalAfterDone(text: string): number | null {
  if (!text.endsWith(')')) return null;
  const total = TOTAL_AFTER_DONE.exec(text);
  return total ? amountInYuan(total[1] ?? '0', total[2] ?? '') : null;
}

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

/**
 * 加快甲项目(总投资X亿元，累计完成投资Y亿元)、乙项目(总投资Z亿元)和丙项目建设 (session 31, fix109): a plan
 * part's list gives each project's total, and the amount it has done, in brackets after its name.
 * 甲项目(总投资X亿元，2026年计划投资Y亿元): the year's plan after the total is no field (session 34, fix188).
 * 甲产业园(总投资X亿元，累计完成投资Y亿元)一期投产: with the amount done in the bracket, a phase word after it is the
 * stage the status is said of, taken out with the bracket: the amounts, and so the name, are the whole project's
 * (session 36, fixleft36). 甲工程(总投资X亿元，年内主体结顶): the building's shell topped out within the year, a date's
 * status as 年内建成 is (held-out-371 shuao; session 45, fix371, F7538).
 */
const LISTED_BRACKET =
  /\((?:项目)?(?:计划)?总投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元)(?:,(?:年度|今年|全年|当年|\d{4}年)计划(?:完成)?投资\d+(?:\.\d+)?(?:亿元|万元)|,(?:年内|年底|当年|今年|年中|[上下]半年|[一二三四]季度|\d{4}年(?:底|内)?)(?:[一二三四五六七八九十首]期)?(?:建成|竣工|完工|投产|投用|开工|完成主体(?:工程)?|主体(?:工程)?(?:结顶|封顶|完工))(?:投产|投用|运行|使用)?)?(?:[,;]([^()]{0,16}?完成(?:投资)?\d+(?:\.\d+)?(?:亿元|万元)))?\)((?<=完成(?:投资)?\d+(?:\.\d+)?(?:亿元|万元)\))[一二三四五六七八九十首]期(?:工程)?)?(?![一二三四五六七八九十首]期)/g;

/** One bracket of amounts: the text before it back to the list's last separator, and its amounts in 元. */
export interface BracketedAmounts {
  before: string;
  planned: number;
  completed: number | null;
  /** Whether the bracket gave the year's plan after the total. */
  yearPlan: boolean;
  /** Whether the bracket said when the project is due after the total (年内建成). */
  dueTail: boolean;
}

/**
 * ,年内建成 / ,2027年底竣工 after a bracket's total: when the project is due, no amount (session 43, fix342). So is
 * ,年内开工 / ,上半年开工 / ,年内完成主体工程 / ,年内一期投产: when it starts, its shell, or a phase (held-out-354, F7185);
 * ,年内主体结顶 (封顶): its shell topped out (held-out-371, F7538).
 * Keep it in step with LISTED_BRACKET's due alternative.
 */
const DUE_TAIL =
  /,(?:年内|年底|当年|今年|年中|[上下]半年|[一二三四]季度|\d{4}年(?:底|内)?)(?:[一二三四五六七八九十首]期)?(?:建成|竣工|完工|投产|投用|开工|完成主体(?:工程)?|主体(?:工程)?(?:结顶|封顶|完工))/;

/**
 * The list's text with its brackets of amounts taken out (so its names read as a plain list) and the
 * amounts each bracket gave, in order; null when no bracket gives an amount done.
 */
export function withoutListedBrackets(text: string): { text: string; brackets: BracketedAmounts[] } | null {
  if (!text.includes('总投资') || !text.includes('(')) return null;
  const brackets: BracketedAmounts[] = [];
  let kept = '';
  let from = 0;
  for (const m of text.matchAll(LISTED_BRACKET)) {
    const piece = text.slice(from, m.index);
    kept += piece;
    const before = piece.split(/[、和及与]/).at(-1) ?? piece;
    const done = m[3] ? completedIn(m[3]) : null;
    brackets.push({
      before,
      planned: amountInYuan(m[1] ?? '0', m[2] ?? ''),
      completed: done,
      yearPlan: m[0].includes('计划投资') || m[0].includes('计划完成投资'),
      dueTail: DUE_TAIL.test(m[0]),
    });
    from = m.index + m[0].length;
  }
  // A list of totals alone is read as fix63's form is (the name keeps its bracket until it is added);
  // so is a project whose bracket comes before its phase (甲项目(总投资X亿元)一期建成投产).
  // 甲项目(总投资X亿元，年度计划投资Y亿元)、乙项目(总投资Z亿元)和丙项目建设: a bracket with the year's plan after
  // the total is read as one with the amount done (its comma would break the name off) (session 36, fix236).
  // 甲污水处理厂(总投资X万元，年内建成)、乙工程(总投资Y万元): so is one saying when the project is due (session 43,
  // fix342, F7021).
  if (!brackets.some((b) => b.completed !== null || b.yearPlan || b.dueTail)) return null;
  return { text: kept + text.slice(from), brackets };
}

/**
 * The bracket a listed name came with: the one right after the name as written. 加快甲项目(总投资X亿元，累计完成
 * 投资Y亿元)建设 or 加快甲产业园项目(总投资X亿元，年度计划投资Y亿元)建设: the name read may have left the written
 * 项目 off (甲, 甲产业园), the bracket still its own (fix242, fixleft37).
 */
export function bracketOf(brackets: readonly BracketedAmounts[], name: string): BracketedAmounts | undefined {
  return brackets.find(
    (b) =>
      b.before.endsWith(name) ||
      (b.before.length >= 4 && name.endsWith(b.before)) ||
      (b.before.endsWith('项目') && b.before.slice(0, -2).endsWith(name)),
  );
}
