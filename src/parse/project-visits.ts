// Projects a committee visited (实地调研了甲、乙等项目, 对甲、乙进行了视察) and the projects a problem is
// said of (主要是甲、乙等项目用地手续办理滞后): lists with no status of their own.

import { amountInYuan, COMPLETED, DONE_ONLY, YEAR_PLAN_SHARE_ALONE } from './project-amounts.js';
import type { ClauseReading } from './project-clauses.js';
import { LISTED_AS_PROJECTS } from './project-lists.js';
import { cleanName, splitItems, validName } from './project-names.js';
import { NEGATED, STATUS } from './project-status.js';

/**
 * 实地调研了甲、乙和丙等项目: projects a committee visited, a list closed by 等项目; 视察组先后深入甲、乙等N个
 * 项目现场 (a 政协 inspection's lead, the sites it went into; session 30, fix100).
 */
const VISITED =
  /(?:实地)?(?:调研|视察|察看|查看|观摩|考察)了|(?:先后|分别)?深入(?:到)?(?=[^,;。]{4,60}?项目现场$)/;
/** …等项目建设和企业生产经营情况, …等项目建设情况: the state of things seen after the list. */
const SEEN_AS_WELL = /(?:(?:和|及|以及|与)[^、,，;；。等]{1,12})?情况$/;
/**
 * 深入甲项目、乙项目等N个项目现场: the sites gone into, each named as a project; 深入甲开发区、乙片区等地的N个
 * 项目现场 names the places the sites are in, no project.
 */
const SITES_GONE_INTO = /^(?:先后|分别)?深入/;
/** 对甲、乙和丙进行了视察: the projects visited named before the verb. */
const VISITED_BEFORE = /对(.+?)进行了?(?:实地)?(?:调研|视察|察看|查看|观摩|考察)$/;
/**
 * 主要是甲、乙等项目用地、环评等手续办理滞后: the projects a problem is said of, a list 等项目 closes
 * after 主要是, whatever the problem after it.
 */
/**
 * 主要是甲、乙等项目…; 甲、乙等项目受用地、资金等因素影响，进度滞后: the projects a problem is said of,
 * after 主要是 or opening the clause with the cause after them; a closed list (甲工程、乙工程受征地拆迁影响)
 * is read only when every item ends like a project (readProblemOf); 甲、乙因…滞后 is left to
 * readEnumerated, which keeps the reason as their status.
 */
const PROBLEM_OF =
  /(?:主要是|主要为|主要有)(.+?)等(?:\d+个)?项目|^([^、,;。]+、[^,;。]+?)等(?:\d+个)?项目(?=受|因|由于)|^([^、,;。等]+、[^,;。等]+?)(?=受)|^([^、,;。等]{4,30}?(?:项目|工程))(?=因|受|由于)/;
/**
 * A word every form of PROBLEM_OF holds (主要 before the list, or the cause after it: 受, 因, 由于; keep it
 * in step with the pattern): most clauses hold none, and the pattern's open lead, tried on every clause
 * of the projects' text, was 0.4% of the parser's time (session 32).
 */
const TELLS_A_PROBLEM = /主要|受|因|由于/;

/** 对甲、乙和丙进行了视察: the projects visited, named before the verb. */
export function readVisitedBefore({ clause, k, mention, add }: ClauseReading): number | null {
  const before = VISITED_BEFORE.exec(clause.text);
  if (!before?.[1]) return null;
  // A closed list, read only when every item ends like a project.
  const names = splitItems(before[1]).map(cleanName);
  if (names.every((name) => validName(name, false)))
    for (const name of names) add(name, mention(clause, null, null));
  return k;
}

/** 主要是甲、乙等项目用地、环评等手续办理滞后, 甲、乙等项目受用地影响: the projects a problem is said of. */
export function readProblemOf({ folded, clauses, k, clause, mention, add }: ClauseReading): number | null {
  const problem = TELLS_A_PROBLEM.test(clause.text) ? PROBLEM_OF.exec(clause.text) : null;
  const listed = problem?.[1] ?? problem?.[2] ?? problem?.[3] ?? problem?.[4];
  if (!listed) return null;
  // 甲、乙受资金影响进展缓慢: a closed list keeps the status its clause gives it after the cause;
  // so does one project (甲项目因土地手续未办结至今未开工), a status denied kept with its denial.
  const rest = clause.text.slice(listed.length);
  const found = problem?.[3] || problem?.[4] ? STATUS.exec(rest) : null;
  const status = found ? `${NEGATED.exec(rest.slice(0, found.index))?.[0] ?? ''}${found[0]}` : null;
  const names = splitItems(listed).map(cleanName);
  if (!names.every((name) => validName(name, false))) return null;
  // 甲项目受征收进度影响，1—N月仅完成投资X亿元: the one project's amount done alone in the next clause of the
  // sentence (session 35, fix190).
  const next = problem?.[4] ? clauses[k + 1] : undefined;
  const doneNext =
    next !== undefined &&
    !COMPLETED.test(clause.text) &&
    DONE_ONLY.test(next.text) &&
    !/[;。]/.test(folded.slice(clause.end, next.start));
  // …，前三季度完成投资X亿元，仅完成年度计划投资Y亿元的A%: the year's plan after the amount done is the one
  // project's planned investment (F5773, session 39, fix276).
  const share = doneNext ? clauses[k + 2] : undefined;
  const plan =
    share !== undefined && !/[;。]/.test(folded.slice(next?.end ?? 0, share.start))
      ? YEAR_PLAN_SHARE_ALONE.exec(share.text)
      : null;
  const span = doneNext
    ? { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) }
    : clause;
  const planned = plan ? amountInYuan(plan[1] ?? '0', plan[2] ?? '') : null;
  for (const name of names) add(name, mention(span, planned, status));
  return plan ? k + 2 : doneNext ? k + 1 : k;
}

/** 实地调研了甲、乙和丙等项目: the projects visited, after the verb. */
export function readVisited({ clause, k, mention, add }: ClauseReading): number | null {
  const visited = VISITED.exec(clause.text);
  if (!visited) return null;
  // 察看了甲、乙等项目建设和企业生产经营情况: what else was seen of them (情况) closes the list.
  const body = clause.text.slice(visited.index + visited[0].length).replace(SEEN_AS_WELL, '');
  const listed = LISTED_AS_PROJECTS.exec(body);
  if (SITES_GONE_INTO.test(visited[0])) {
    const sites = /等(?:\d+|[一二两三四五六七八九十]+)个项目现场$/.exec(body);
    const names = sites ? splitItems(body.slice(0, sites.index)).map(cleanName) : [];
    if (names.length > 0 && names.every((name) => validName(name, false)))
      for (const name of names) add(name, mention(clause, null, null));
  } else if (listed && /等/.test(listed[0])) {
    for (const name of splitItems(body.slice(0, listed.index)).map(cleanName))
      if (validName(name, true)) add(name, mention(clause, null, null));
  } else {
    // 视察了甲工程、乙项目和丙项目: a closed list, read only when every item ends like a project.
    const names = splitItems(body).map(cleanName);
    if (names.every((name) => validName(name, false)))
      for (const name of names) add(name, mention(clause, null, null));
  }
  return k;
}
