// An amount, then the projects it is said of: 计划投资25亿元的甲、投资4.5亿元的乙加快推进, and
// 投资1.93亿元,高标准建成甲 over two clauses.

import { chineseNumeral } from './numbers.js';
import { amountInYuan, COMPLETED, DONE_ONLY, SINCE_START } from './project-amounts.js';
import type { ClauseReading, LedClause } from './project-clauses.js';
import { cleanName, splitItems, validName, withoutTrailingAdverb } from './project-names.js';
import { respectiveAmounts } from './project-respective.js';
import { NEGATED, STATUS } from './project-status.js';

/** 今年计划投资6亿元, 年度计划投资1.2亿元: a clause that only gives the project's plan for the year. */
const YEAR_PLAN_ALONE =
  /^(?:今年|年度|全年|本年|当年)(?:计划)?(?:完成)?投资(?:计划)?\d+(?:\.\d+)?(?:亿元|万元)$/;

// 总投资26亿的甲: 亿 alone stands for 亿元.
const AMOUNT_OF = /(?:计划总投资|计划投资|总投资|投资)(?:约|近|超)?(\d+(?:\.\d+)?)(亿元|万元|元|亿)的/g;
const AMOUNT_ONLY = /^(?:共|累计|计划)?(?:总)?投资(?:约)?(\d+(?:\.\d+)?)(亿元|万元)$/;
const BUILT = /^[\u4e00-\u9fa5]{0,4}?(建成|新建|建设|启动|完成)(.{2,40})$/;

/** 甲项目现场, 乙工程施工现场: the works' site after their name. */
const SITE_AFTER_WORKS = /(?<=项目|工程)(?:施工|建设)?现场$/;

/** 甲、乙和丙三大项目, 等5个项目: a list closed by the size of its group. */
const GROUP_OF = /(?:等)?(?:[一二两三四五六七八九十]+|\d+)(?:大|个)(?:重点)?项目$|等项目$/;

/**
 * Where a list after an amount ends: a status, an amount of work done or planned, or a clause's end; or a
 * copula saying what the works are among others (总投资X亿元的甲是此次开工的最大项目, a ceremony page's; fix258).
 */
const LIST_END = new RegExp(
  `是(?:此次|本次|这次|今年|全[县市区])|${STATUS.source}|(?:已|累计|开累)?(?:完成|实现)投资|(?:年度|今年|全年|本年)?计划(?:完成)?投资|[,;。]`,
);

/**
 * 甲工程腾出用地1260亩, 乙项目新增产能5万吨: the works' 工程/项目, then a short verb phrase and its figure. 丙项目建成后
 * 年可发电N千瓦时, 丁工程投产后: what the works will yield once built, its 建成后 ending the name however long the
 * phrase after it (session 48, fix433, F9126).
 */
const YIELD_AFTER = /(?:工程|项目)(?=[\u4e00-\u9fa5]{2,6}\d|(?:建成|投产|达产|竣工|完工|运营)后)/;

/**
 * The projects an amount (总投资X亿元的…) introduces: its own name, and the names listed with it by
 * 和 (甲项目和乙工程) or closed by a group size (甲、乙和丙三大项目). A later item with an amount of
 * its own (、投资4.5亿元的乙) is read by its own match. `shared` says whether the amount is the group's
 * rather than its first project's: not when the list runs on to an item with an amount of its own
 * (总投资32亿元的甲、总投资12.5亿元的乙等项目), nor for a list closed by a bare 等项目.
 */
export function listAfterAmount(after: string): { names: string[]; group: boolean; shared: boolean } {
  // 总投资25亿元的甲项目年度计划投资8亿元, …今年计划完成投资Y亿元: the year's plan ends the name too.
  const stop = after.search(LIST_END);
  // 总投资9.3亿元的甲改造提升工程腾出用地N亩: no status, but what the works yielded, a figure after a
  // short verb phrase, ends the name at its 工程 or 项目 as well.
  const yielded = YIELD_AFTER.exec(after.slice(0, stop >= 0 ? stop : after.length));
  if (yielded) return listAfterAmount(after.slice(0, yielded.index + 2));
  // 甲、乙和丙三大项目于3月开工建设: a time before the status is no part of the list.
  let body = withoutTrailingAdverb(stop >= 0 ? after.slice(0, stop) : after);
  // 甲、乙和丙三大项目建设: the work after the group's 项目 goes, not the 项目 with it.
  const bare = body.replace(/(?:的)?(?:建设工作|建设|前期工作|进展|工作)$/, '');
  const group = GROUP_OF.exec(bare);
  if (group) body = bare.slice(0, group.index);
  const items = splitItems(body);
  const names: string[] = [];
  let runsOn = false;
  for (const [k, item] of items.entries()) {
    if (/投资/.test(item)) {
      runsOn = true;
      break;
    }
    // 在总投资X亿元的甲项目现场: the site a visit stood at is the project's, no part of its name; the amount before
    // says the works are a project (F9470). A site with no amount (观摩了甲项目建设现场) is left as it was.
    const name = cleanName(item.replace(SITE_AFTER_WORKS, ''));
    const valid = k === 0 ? validName(name, true, true) : validName(name, group !== null);
    if (k === 0 && !valid) return { names: [], group: false, shared: false };
    if (valid) names.push(name);
  }
  const uncounted = group !== null && /^等项目$/.test(group[0]);
  // 投资X亿元的甲、乙、丙等3个项目四季度开工: a list closed by 等 and a count that every name fills is the
  // projects one by one, the amount joined by 的 to the first name its own; 甲、乙等N个项目 (some named)
  // and 甲、乙和丙三大项目 (a group named as one) keep it the group's (session 30, fixleft30).
  const counted = group ? /^等(\d+|[一二两三四五六七八九十]+)个/.exec(group[0]) : null;
  const everyNamed = counted !== null && names.length > 1 && countOf(counted[1] ?? '') === names.length;
  // 重点推进总投资X亿元的甲、乙等项目建设: a bare 等项目 (no count, no group word) closes names each its own, the
  // amount joined by 的 to the first alone, as for one name (session 37, fixleft37).
  const shared = group !== null && !runsOn && !uncounted && !everyNamed;
  return { names, group: group !== null, shared };
}

const countOf = (written: string) => (/^\d+$/.test(written) ? Number(written) : chineseNumeral(written));

/** 在总投资X亿元的甲项目现场: a visit's stop at one project, its amount said before the name. */
const SITE_VISIT = /^在[^,;。]{4,60}(?:项目|工程)(?:施工|建设)?现场$/;
/** How many clauses after a site visit's are looked at for the amount the project has done. */
const SITE_VISIT_REACH = 3;

/**
 * 在总投资X亿元的甲项目现场，光伏组件安装已完成70%，1—5月完成投资Y亿元: the sentence a visit's stop opens is
 * about that one project; its progress may stand before the amount done (F9471). The first clause after it that
 * only says what was done, before any clause with an amount of another project, or null.
 */
function siteVisitDone(
  text: string,
  clauses: LedClause['clauses'],
  k: number,
): LedClause['clauses'][number] | null {
  if (!text.endsWith('现场') || !SITE_VISIT.test(text)) return null;
  for (let n = k + 1; n <= k + SITE_VISIT_REACH && n < clauses.length; n++) {
    const later = clauses[n]?.text ?? '';
    if (DONE_ONLY.test(later)) return clauses[n] ?? null;
    if (later.includes('投资')) return null;
  }
  return null;
}

/** 大坝加固已完成60%, 形象进度完成总工程量的70%: the works' physical progress, a share of the work done, no amount. */
const WORK_PROGRESS = /^[\u4e00-\u9fa5]{0,12}?已?完成[\u4e00-\u9fa5]{0,8}?\d+(?:\.\d+)?%$/;
/** How many clauses after an amount-led name are looked at, past the works' progress, for the amount done. */
const DONE_REACH = 3;

/**
 * 计划投资X万元的甲工程，大坝加固已完成60%，一季度完成投资Y万元: the works' progress in a share of the work may stand
 * between the amount-led name and the amount done; 一季度完成投资a万元，累计完成投资b万元 after it gives the running
 * total as the amount done (a news page's tour of the works; session 51, fix481, F10264). The clause that ends what
 * is said of the project, or null when a clause before the amount done says anything else.
 */
function doneAfterProgress(clauses: LedClause['clauses'], k: number): LedClause['clauses'][number] | null {
  for (let n = k + 1; n <= k + DONE_REACH && n < clauses.length; n++) {
    const text = clauses[n]?.text ?? '';
    if (DONE_ONLY.test(text)) {
      if (n === k + 1) return null;
      const total = clauses[n + 1];
      return total && DONE_ONLY.test(total.text) && SINCE_START.test(total.text)
        ? total
        : (clauses[n] ?? null);
    }
    if (!text.includes('%') || !WORK_PROGRESS.test(text)) return null;
  }
  return null;
}

/** 计划投资25亿元的甲、投资4.5亿元的乙加快推进: each amount's projects, with the status the clause gives. */
export function readAmountLed({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  leadText,
  leadVerb,
  singleHere,
}: LedClause): number | null {
  AMOUNT_OF.lastIndex = 0;
  let found = namedBeforeAmount(clause.text, leadText, leadVerb).reduce((_, name) => {
    add(name, mention(clause, null, leadVerb));
    return true;
  }, false);
  // 计划投资X亿元的甲、总投资Y亿元的乙进展顺利，分别完成投资a亿元、b亿元: the next clause's amounts are theirs, in order.
  const amountLed: string[] = [];
  const respective = respectiveAmounts(clauses[k + 1]?.text ?? '');
  for (let m = AMOUNT_OF.exec(clause.text); m !== null; m = AMOUNT_OF.exec(clause.text)) {
    const after = clause.text.slice(m.index + m[0].length);
    const segment = after.split('、')[0] ?? '';
    const status = STATUS.exec(segment);
    // 总投资X亿元的甲未能按期开工: the denial is kept with the status, as readEnumeration keeps it.
    const scope = status ? segment : clause.text.slice(m.index);
    const said = status ?? STATUS.exec(scope);
    const denial = said ? (NEGATED.exec(scope.slice(0, said.index))?.[0] ?? '') : '';
    const clauseStatus = said ? `${denial}${said[0]}` : leadVerb;
    const listed = listAfterAmount(after);
    const { shared } = listed;
    const listedNames = listed.names.length > 0 ? listed.names : phaseNamedBefore(after, singleHere);
    // 总投资X亿元的甲项目一期已建成投产，二期主体结构完工，今年已完成投资Y亿元: the phases are stages of the one
    // project the amount is of, named in one chain; its amounts are the whole project's (F5934).
    const staged = listedNames.length === 1 && stagedWhole(listedNames[0] ?? '', clauses[k + 1]?.text ?? '');
    const names = staged ? [staged] : listedNames;
    const amount = amountInYuan(m[1] ?? '0', m[2] ?? '');
    // 总投资25亿元的甲项目年度计划投资8亿元，已完成投资5.2亿元: a clause that only says what
    // was done goes on about the one project before it.
    // 总投资X亿元的甲项目1—10月完成投资a亿元，累计完成投资b亿元: the running total in the next clause is
    // the amount done (as completedIn prefers it in one clause; fix215).
    // 总投资X亿元的甲，今年计划投资Y亿元，目前只完成了Z亿元: the year's plan alone between, the amount done after it
    // (session 47, fix421, F8616).
    const next =
      (staged || YEAR_PLAN_ALONE.test(clauses[k + 1]?.text ?? '')) &&
      clauses[k + 2] &&
      DONE_ONLY.test(clauses[k + 2]?.text ?? '')
        ? clauses[k + 2]
        : (siteVisitDone(clause.text, clauses, k) ?? doneAfterProgress(clauses, k) ?? clauses[k + 1]);
    const doneNext =
      next !== undefined &&
      DONE_ONLY.test(next.text) &&
      (!COMPLETED.test(clause.text) || (SINCE_START.test(next.text) && !SINCE_START.test(clause.text)));
    const span =
      names.length === 1 && next && doneNext
        ? { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) }
        : clause;
    for (const [k, name] of names.entries()) {
      // 总投资18亿元的甲、乙和丙三大项目: the amount is the group's, no single project's.
      add(name, mention(span, k === 0 && !shared ? amount : null, clauseStatus));
      amountLed.push(name);
      found = true;
    }
  }
  const after = clauses[k + 1];
  if (found && after && respective && respective.length === amountLed.length && amountLed.length > 1) {
    const span = { start: after.start, end: after.end, text: after.text };
    for (const [n, name] of amountLed.entries())
      add(name, { ...mention(span, null, null), completedInvestment: respective[n] ?? null });
    return k + 1;
  }
  return found ? k : null;
}

/**
 * 重点推进甲、总投资X亿元的乙、总投资Y亿元的丙: the names a lead verb lists before the first amount, each
 * with no amount of its own, are projects too (session 39, fixtail39c, F5942).
 */
function namedBeforeAmount(text: string, leadText: string, leadVerb: string | null): string[] {
  if (leadVerb === null || leadText.length === 0) return [];
  AMOUNT_OF.lastIndex = 0;
  const first = AMOUNT_OF.exec(text);
  AMOUNT_OF.lastIndex = 0;
  const before = first ? text.slice(leadText.length, first.index) : '';
  if (!before.endsWith('、') || /[,;。]|投资/.test(before)) return [];
  const names = splitItems(before.slice(0, -1)).map(cleanName);
  return names.every((name) => validName(name, false)) ? names : [];
}

/** 甲项目一期 then a clause opening with 二期: the whole project both phases are stages of, or null. */
function stagedWhole(name: string, nextText: string): string | null {
  const whole = /^(.{4,40}?项目)一期$/.exec(name)?.[1];
  return whole && /^二期(?!工程|项目)/.test(nextText) ? whole : null;
}

/** 二期工程, 三期项目: a phase named bare, with no name of its own before it. */
const BARE_PHASE = /^[一二三四五六七八九十]期(?:工程|项目)/;

/**
 * 加快甲港区二期工程前期工作，力争总投资X亿元的二期工程年内开工: the bare phase after an amount is the
 * project the sentence named just before with that phase, said again short (fixtail37). 加快甲物流园区建设，总投资X亿元
 * 的一期工程争取年内投入运营: named before with no phase, the bare phase is that project's (甲物流园区一期), which
 * foldPhasesAfterProject joins to it (session 46, fix387, F7845).
 */
function phaseNamedBefore(after: string, singleHere: () => string | null): string[] {
  const phase = BARE_PHASE.exec(after)?.[0];
  if (phase === undefined) return [];
  const named = singleHere();
  if (named === null || named.length <= phase.length) return [];
  if (named.endsWith(phase)) return [named];
  return /期/.test(named) ? [] : [`${named}${phase.replace(/(?:工程|项目)$/, '')}`];
}

/** 投资1.93亿元,高标准建成甲: an amount alone, then the clause that names what it built. */
export function readAmountThenBuilt({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
}: ClauseReading): number | null {
  const amount = AMOUNT_ONLY.exec(clause.text);
  const next = clauses[k + 1];
  if (!amount || !next) return null;
  const built = BUILT.exec(next.text);
  const name = cleanName(built?.[2] ?? '');
  if (built && validName(name, false)) {
    const span = { start: clause.start, end: next.end, text: folded.slice(clause.start, next.end) };
    add(name, mention(span, amountInYuan(amount[1] ?? '0', amount[2] ?? ''), built[1] ?? null));
    return k + 1;
  }
  return null;
}
