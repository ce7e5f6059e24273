// Amounts said of a project: a total (总投资X亿元), an amount done (完成投资X亿元), read in 元.

import { unitInfo } from './numbers.js';

/**
 * 完成投资X亿元, 开累完成投资X亿元 (done since the start, not only this year), 完成年度投资X亿元 (the
 * year's investment done), 已完成X亿元 after the year's plan (投资 left out); 今年计划完成投资X亿元 is a
 * plan, not an amount done. 今年计划投资Y亿元，1—N月完成X亿元: the period's amount done after the year's plan, 投资
 * left out and the period in place of 已 (session 30, fix102). 今年计划完成X亿元，目前完成Y亿元: a speaker's 目前
 * in place of 已 likewise (session 32, fixleft32). 累计完成投资仅X亿元: the amount done with 仅 (只) before
 * it, a problem's word that it falls short (fix133). 上半年只完成X亿元: 只 before 完成 as 仅 is (session 34, fixd15).
 * 年度计划投资X亿元，完成Y亿元: the amount done bare right after the year's plan (session 34, fixleft34c).
 * 目前只完成了X亿元: a speaker's 了 after the verb (session 47, fix421, F8616).
 */
export const COMPLETED =
  /(?<!计划)(?:(?:已|仅|只|累计|开累)?(?:完成|实现)(?:年度|全年|当年)?投资|(?:已|仅|只|累计|开累|(?<=\d月份?|前三季度|[一二三四]季度|上半年|目前|计划投资\d+(?:\.\d+)?(?:亿元|万元),))(?:完成|实现)了?)(?:仅|只)?(\d+(?:\.\d+)?)(亿元|万元)/;

/**
 * 已完成投资5.2亿元, 1-6月完成投资5.2亿元, 截至10月底已完成5.2亿元, 年内完成投资6.8亿元 (a work report's
 * year), 当年完成投资1.2亿元 (the year the works began, in a year report): a clause of progress alone,
 * naming nothing. The months' span may be written with a long dash (1—N月完成投资, session 30, fix100); 前三季度完成X亿元
 * as 上半年 (fix219); 一季度完成X亿元 after a project's year plan as well (fix244), and 一季度完成投资X万元 alone in its
 * clause, a quarter's amount done (session 51, fix481, F10263).
 */
export const DONE_ONLY =
  /^(?:目前|截至目前|截至\d{1,2}月(?:底|末)|今年|本年|当年|年内|全年|上半年|前三季度|第?[一二三四]季度|1\s*[-—–~至]\s*\d{1,2}月(?:份)?)?(?:(?:已|仅|累计|开累)?(?:完成|实现)投资|(?:已|仅|只|累计|开累|(?<=\d月份?|前三季度|[一二三四]季度|上半年|目前))(?:完成|实现)了?)(?:仅|只)?\d+(?:\.\d+)?(?:亿元|万元)$/;

/**
 * 仅完成年度计划投资X亿元的A%: the share of the year's plan done alone in its clause, after the project's amount done;
 * the plan's amount is its planned investment when no total is given (decision 15; F5773, session 39, fix276).
 */
export const YEAR_PLAN_SHARE_ALONE =
  /^(?:仅|只|已)?完成(?:年度|今年|全年|本年|当年)(?:计划投资|投资计划)(\d+(?:\.\d+)?)(亿元|万元)的\d+(?:\.\d+)?%$/;

export function amountInYuan(value: string, unit: string): number {
  // Rounded to the fen: 1.1亿元 is 110000000元, not 110000000.00000001.
  return Math.round(Number(value) * (unitInfo(unit)?.factor ?? 1) * 100) / 100;
}

/** 累计完成投资X亿元, 开累完成投资X亿元: the amount done since the works started. */
export const SINCE_START = new RegExp(`(?=(?:累计|开累))${COMPLETED.source}`);

/**
 * The amount a project has done: since the works started when the text gives it beside this year's
 * (1—7月完成投资a万元，…，累计完成投资b万元 → b), else the first amount done.
 */
export function completedIn(text: string): number | null {
  const m = SINCE_START.exec(text) ?? COMPLETED.exec(text);
  return m ? amountInYuan(m[1] ?? '0', m[2] ?? '') : null;
}
