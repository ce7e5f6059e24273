// 要全力推进甲港区码头工程建设，确保年内完成投资X亿元以上: a task names the works behind its verb, then the amount the
// year must see done in the clause after. That amount is the year's plan, the works' only planned amount (decision
// 15, as 年度计划投资 alone after a name is), never an amount done (F7204).

import { amountInYuan } from './project-amounts.js';
import type { LedClause } from './project-clauses.js';
import { cleanName, validName } from './project-names.js';

/** 确保年内完成投资X亿元以上, 力争今年完成投资X亿元: the year's amount to be done, with the resolve that sets it. */
const YEAR_GOAL_AMOUNT =
  /^(?:确保|力争|争取)(?:年内|今年|全年|当年)(?:计划)?完成(?:年度)?投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)(?:以上|左右)?$/;

/** A works clause led by its verb (推进, 加快), its name closed by the works word (工程, 项目) and 建设. */
const WORKS_NAMED =
  /^(.{4,30}?(?:工程|项目|产业园|码头|港区|大桥|公路|铁路|医院|学校|园区|基地|中心))(?:建设)?$/;

/** The works and the year's goal amount after them, or null when the clause is not of this form. */
export function readWorksThenYearGoal({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  leadText,
  leadVerb,
}: LedClause): number | null {
  const next = clauses[k + 1];
  if (!next || !leadVerb || /投资|\d[万亿]?元/.test(clause.text.slice(leadText.length))) return null;
  // Only as the last clause of its part: the goal closes the task (；要加快乙…).
  const after = folded.charAt(next.end);
  if (clauses[k + 2] && after !== ';' && after !== '；' && after !== '。') return null;
  const goal = YEAR_GOAL_AMOUNT.exec(next.text.replace(/\s+/g, ''));
  const works = WORKS_NAMED.exec(clause.text.slice(leadText.length).trim());
  if (!goal || !works) return null;
  const name = cleanName(works[1] ?? '');
  if (!validName(name, false)) return null;
  const span = { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) };
  // The span's 完成投资X亿元 is a goal, not an amount done: the mention reads none from it.
  add(name, {
    ...mention(span, amountInYuan(goal[1] ?? '0', goal[2] ?? ''), null),
    completedInvestment: null,
  });
  return k + 1;
}
