// 甲乙新材料年产5万吨丙型材项目总投资X亿元… / (a part later) 推动甲乙新材料项目10月底前建成投产: a plan report names a
// firm's project in full, with the works' yearly capacity between the firm and the product, then again, in
// its plans, by the firm's words and 项目 alone; that short name is the same project, its mentions join the
// full name's and the short name is an alias. Session 42, fix329 (F6772).

import { normaliseName } from './normalise.js';
import { firstStart, SHORT } from './project-firm-names.js';
import { foldIntoWholes } from './project-fold.js';
import type { Project } from './types.js';

/** 年产5万吨, 年加工10万件, 日处理3万吨: the capacity that follows the firm's words in the full name. */
const CAPACITY_NEXT =
  /^(?:年产|年加工|年处理|年屠宰|年出栏|日处理|日产)\d+(?:\.\d+)?[万亿]?(?:吨|件|台|套|辆|头|只|片|平方米|立方米|千瓦|张|条|米|箱|瓶|双|吨\/年)/;

/**
 * The one project named in full before the short name whose name opens with the short name's words and
 * a capacity, or null when none or several are (the report's own order: the full name comes first).
 */
function fullNameOf(short: Project, projects: readonly Project[]): Project | null {
  const firm = SHORT.exec(normaliseName(short.name))?.[1];
  if (!firm) return null;
  const start = firstStart(short);
  const wholes = projects.filter((other) => {
    if (other === short || firstStart(other) >= start) return false;
    const whole = normaliseName(other.name);
    return whole.startsWith(firm) && whole.endsWith('项目') && CAPACITY_NEXT.test(whole.slice(firm.length));
  });
  return wholes.length === 1 ? (wholes[0] ?? null) : null;
}

/** The projects with each firm's short name folded into the one full name with a capacity before it. */
export function foldCapacityShortNames(projects: readonly Project[]): Project[] {
  return foldIntoWholes(projects, (short) => fullNameOf(short, projects));
}
