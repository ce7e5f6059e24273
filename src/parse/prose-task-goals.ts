// 一要…，力争…；二要…，确保…；三要落实促消费政策，推动限额以上消费品零售额全年增长12%: an item of a list
// of tasks (一要, 二要…) that closes by pushing an indicator to a full-year growth sets that goal, with no
// 力争/确保 of its own (GOAL_ANNOUNCE reads the cue; this module the indicator, 全年 standing between
// its name and the growth).

import { joinIndicator, type NamedIndicator } from './prose-clauses.js';

/** 推动/促进/促使 + the indicator + 全年 (+ 增长/增速), the clause up to the figure. */
const PUSHED_FULL_YEAR = /^(?:推动|促进|促使)([\u4e00-\u9fa5a-z]{2,20}?)全年(?:增长|增速)?$/;

/** The indicator a task pushes to a full-year growth (推动甲全年增长A%), or null. */
export function pushedIndicator(clause: string): NamedIndicator | null {
  const match = PUSHED_FULL_YEAR.exec(clause.replace(/\s+/g, ''));
  return match?.[1] ? joinIndicator(match[1]) : null;
}

/**
 * 一是确保完成YYYY年一般公共预算收入预算X万元的目标任务: a finance bureau's next-year task names the account
 * with 预算 after it (the account's budget for the year); the budget is the account's goal (session 29, fix94).
 */
const BUDGETED_ACCOUNT =
  /^(?:[一二三四五六七八九十]是)?(?:确保|力争|争取)(?:完成|实现)?(?:(?:19|20)\d{2}年(?:度)?|全年|年度)?([\u4e00-\u9fa5]{2,16}?(?:收入|支出))预算数?$/;

/** The account a goal clause budgets (确保完成…收入预算X万元), or null. */
export function budgetedIndicator(clause: string): NamedIndicator | null {
  const match = BUDGETED_ACCOUNT.exec(clause.replace(/\s+/g, ''));
  return match?.[1] ? joinIndicator(match[1]) : null;
}
