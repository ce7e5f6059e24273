// Projects listed with the status or amount done the clause gives them all: 甲、乙已超额完成年度投资;
// 加快推进甲、乙等项目建设; 甲、乙分别完成投资a亿元和b亿元. The last reader: it takes any clause left.

import { TOTAL_ONLY, YEAR_PLAN_ONLY } from './project-amount-after.js';
import {
  amountInYuan,
  COMPLETED,
  completedIn,
  DONE_ONLY,
  SINCE_START,
  YEAR_PLAN_SHARE_ALONE,
} from './project-amounts.js';
import { bracketOf, totalAfterDone, withoutListedBrackets } from './project-bracket-total.js';
import type { Clause, LedClause } from './project-clauses.js';
import { LISTED_AS_PROJECTS } from './project-lists.js';
import {
  cleanName,
  ENDS_LIKE_PROJECT,
  splitItems,
  validName,
  WORKS,
  withoutItemVerb,
  withoutTrailingAdverb,
} from './project-names.js';
import { DISTRIBUTED, distributedCompleted, respectiveAmounts } from './project-respective.js';
import { NEGATED, SHARE, STATUS } from './project-status.js';

/** 完成年度计划投资X亿元的A%: the share of the year's plan done, the plan's amount named (decision 15, fixd15). */
const YEAR_PLAN_SHARE = /完成(?:年度|今年|全年|本年|当年)计划投资(\d+(?:\.\d+)?)(亿元|万元)的\d/;

/** 等领域, 等行业, 等类, 等民生项目 (教育、医疗、养老等民生项目): a list closed as fields or kinds of project. */
const FIELDS_LISTED = /^等(?:\d+个)?(?:领域|行业|方面|板块|类|(?:民生|社会事业|公共服务)(?:类|领域)?项目)/;
/** 等重点工程建设进度, 等重大工程: a list of named works closed by the class of key works (session 49, fix446). */
const CLOSED_AS_KEY_WORKS = /等(?:重点|重大)(?:建设)?工程(?:的)?(?:建设进度|建设|进展|进度|前期工作)?$/;
/** 甲项目、乙工程等方面工作: a list closed as fields with nothing of projects after it. */
const FIELDS_CLOSE = /等(?:\d+个)?(?:领域|行业|方面|板块)(?:的)?(?:工作|建设)?$/;

/**
 * Whether the items before 等领域/等方面 are named projects (甲项目、乙工程等方面工作) rather than the
 * fields projects are in (交通、水利等领域重点项目): every item must end like a project.
 */
function namedBeforeFields(items: string): boolean {
  const names = splitItems(items).map(cleanName);
  return names.length > 0 && names.every((name) => validName(name, false));
}

/** 等民生项目, 等社会事业项目: a list closed as projects of a kind, not as fields (等领域, 等行业). */
const KIND_OF_PROJECTS = /项目$/;

/**
 * 加快推进甲县人民医院迁建、乙小区改造等民生项目: a list closed as projects of a kind names projects
 * when one of its items is a project by its own name (a building's works); 教育、医疗、养老等民生项目 names
 * none (session 30, fix103).
 */
function projectsOfKind(items: string): boolean {
  return splitItems(items)
    .map(cleanName)
    .some((name) => validName(name, false));
}

/**
 * 累计完成12.5亿元 without 投资 is a project's investment only when what did it is a project by its
 * name (甲项目, 乙工程): a park, a works or a plant (甲工业园, 乙水泥厂) so reports its output.
 */
const DONE_BY_PROJECT = /(?:项目|工程)(?:\([^)]{1,8}\))?$/;

/**
 * 马铃薯精深加工项目 (or 马铃薯精深加工 before 等项目): the processing of a good, with no place or firm
 * before it, is a kind of project.
 */
const PROCESSING_KIND = /^[\u4e00-\u9fa5]{1,4}(?:精深加工|深加工|加工)(?:项目|工程)?$/;
/** 中药材, 果蔬: a good named bare before the processing its list shares, no place (甲县) and no works. */
const BARE_GOOD = /^[\u4e00-\u9fa5]{1,4}$/;
const PLACE_END = /[省市县区州旗镇乡村]$/;

/**
 * 加快中药材、马铃薯精深加工项目建设: goods listed bare before the processing the last one names share it;
 * the list names kinds of project (中药材精深加工, 马铃薯精深加工), not projects.
 */
function sharedKind(names: readonly string[]): boolean {
  const last = names.at(-1);
  if (names.length < 2 || !last || !PROCESSING_KIND.test(last)) return false;
  return names
    .slice(0, -1)
    .every((name) => BARE_GOOD.test(name) && !PLACE_END.test(name) && !ENDS_LIKE_PROJECT.test(name));
}

/** 等计划新开工项目, 等续建项目, 等3个竣工项目: a list closed as the projects of one stage of works. */
const STAGE_CLASS_CLOSE =
  /等(?:\d+个|[一二两三四五六七八九十]+个)?(?:计划)?(?:新开工|续建|在建|竣工|竣工投产|投产)(?:重点)?项目/;

/** 全年, 今年, 1-9月: the span an amount done right after a name was done in. */
// 甲工程1—N月完成投资X亿元: the months' span written with a long dash as well (session 31, fix116).
const DONE_IN = /(?:全年|今年|本年|当年|年内|上半年|前三季度|1\s*[-—–~至]\s*\d{1,2}月(?:份)?)$/;

/** 甲、乙已超额完成年度投资; 加快推进甲、乙等项目建设. */
export function readEnumeration(
  clause: Clause,
  leadText: string,
  leadVerb: string | null,
  add: (name: string, status: string | null, done: number | null) => void,
) {
  let body = clause.text.slice(leadText.length);
  // 甲、乙、丙等计划新开工项目因用地报批等原因尚未开工: a list closed by the class of its projects' stage —
  // the stage word (新开工) is no status of theirs; the status comes after the class.
  const stage = STAGE_CLASS_CLOSE.exec(body);
  const statusFrom = stage ? stage.index + stage[0].length : 0;
  const rest = body.slice(statusFrom);
  const status = STATUS.exec(rest);
  // 确保甲产业园一期建成投产(总投资X亿元): a plan part's total in brackets after the status, the one project's.
  const totalAfter =
    status && rest.endsWith(')')
      ? TOTAL_AFTER_STATUS.exec(rest.slice(status.index + status[0].length))
      : null;
  // 甲公路乙段完成投资3.2亿元: an amount done names a project as well as a status word does.
  // 甲、乙分别完成投资0.9、1.3亿元: amounts listed bare before one unit are amounts done too.
  const completed = status ? null : (COMPLETED.exec(body) ?? DISTRIBUTED.exec(body));
  if (status) body = stage ? `${body.slice(0, stage.index)}等项目` : body.slice(0, status.index);
  // 甲公路乙段全年完成投资9.6亿元: the span the amount was done in is no part of the name.
  else if (completed) body = body.slice(0, completed.index).replace(DONE_IN, '');
  // 甲、乙分别完成投资a亿元和b亿元: one amount each, in the order of the names.
  let respective: number[] | null = null;
  if (completed && body.endsWith('分别')) {
    respective = respectiveAmounts(clause.text.slice(leadText.length + body.length - 2));
    body = body.slice(0, -2);
  } else if (completed?.[0].startsWith('分别')) {
    // 甲、乙分别完成投资0.9、1.3亿元: the bare amounts, read the same way.
    respective = respectiveAmounts(clause.text.slice(leadText.length + body.length));
  }
  // 未能按期开工: a status denied is kept with its denial, not read as reached.
  const denied = status ? NEGATED.exec(rest.slice(0, status.index)) : null;
  let statusWord = status ? `${denied?.[0] ?? ''}${status[0]}` : leadVerb;
  if (!statusWord && !completed) return;
  // 甲、乙等一批重大项目如期投产: adverbs between a list and its status are no part of it; so is the 要 of a
  // speech's charge (甲、乙等项目要加快进度), and the haste a 审议意见 urges with it (甲污水处理厂要抓紧完成前期工作,
  // 乙工程要尽快开工; session 43, fix347, F7031).
  body = withoutTrailingAdverb(
    body
      // 同时开工的还有甲、乙、丙等: what the lead verb started is listed after 的(还)有, no part of the first name.
      // 新开工的甲（计划投资X万元）、乙…等项目: the 的 of a participle lead is none either (session 51, fix482_483,
      // F10276).
      .replace(/^(?:其中|已|正在|的还?有|的)/, '')
      .replace(/(?:实现|相继|陆续|先后|顺利|集中|分别|要|需要|必须|务必|抓紧|尽快|尽早)+$/, ''),
  );
  // 甲、乙等18个项目于二季度开工建设: the time the list started is no part of it.
  body = body.replace(
    /(项目)(?:已|均)?于(?:第?[一二三四]季度|上半年|下半年|年内|近期|近日|日前|\d{1,2}月(?:份|底|末)?)$/,
    '$1',
  );
  // 甲医院住院楼已于2026年5月竣工: the date a building was finished is no part of its name (fix226).
  // withoutTrailingAdverb took the month (10月) off already; the year (2026年) is left.
  if (body.includes('于'))
    // 甲湖生态修复工程已于2025年底开工: the trailing 年底 went with the adverbs, leaving the bare year (F10212).
    body = body.replace(/(?:已经?|均)?于(?:19|20)\d{2}(?:年(?:\d{1,2}月(?:份|底|末|初|\d{1,2}日)?)?)?$/, '');
  // 以甲、乙为代表的一批重点项目: the examples of a class are projects listed as such.
  const exemplified = /^以(.+)为代表的[^、]{0,12}项目$/.exec(body);
  if (exemplified) body = `${exemplified[1]}等项目`;
  // 推进甲项目、乙工程等方面工作: named projects closed as fields are projects all the same.
  const fields = FIELDS_CLOSE.exec(body);
  if (fields) {
    if (!namedBeforeFields(body.slice(0, fields.index))) return;
    body = body.slice(0, fields.index);
  }
  const listed = LISTED_AS_PROJECTS.exec(body);
  // 交通、水利等领域重点项目加快建设: the items are the fields the projects are in, not projects.
  if (
    listed &&
    FIELDS_LISTED.test(listed[0]) &&
    !namedBeforeFields(body.slice(0, listed.index)) &&
    !(KIND_OF_PROJECTS.test(listed[0]) && projectsOfKind(body.slice(0, listed.index)))
  )
    return;
  const asProjects = listed !== null && listed[0].length > 0 && /等|个/.test(listed[0]);
  if (asProjects && listed) body = body.slice(0, listed.index);
  // 加快甲、乙和丙等重点工程建设进度: the class closing a list of named works is no part of its last name; the
  // names are still read as names, not as projects by the closing alone (F9469).
  const keyWorks = listed ? null : CLOSED_AS_KEY_WORKS.exec(body);
  if (keyWorks) body = body.slice(0, keyWorks.index);
  // 甲工程、新建乙中学教学楼: an item's own works verb is no part of its name.
  const names = splitItems(body).map((item) => cleanName(withoutItemVerb(item)));
  // 某省700个省重点项目完成投资…: one word before a count, with no 等, is the scope the count covers.
  // 甲、乙等269个项目年度投资完成率98.8%: a share said of a larger group is the group's, not theirs.
  const count = listed ? /(\d+)个/.exec(listed[0]) : null;
  if (count && SHARE.test(statusWord ?? '') && Number(count[1]) > names.length) statusWord = null;
  if (sharedKind(names)) return;
  const [only] = names;
  if (
    listed &&
    !/等/.test(listed[0]) &&
    names.length === 1 &&
    only !== undefined &&
    !ENDS_LIKE_PROJECT.test(only)
  )
    return;
  // 甲水库、卯河治理和辰山隧道: works listed with a project are projects too.
  const withProject = names.some((name) => validName(name, false));
  // 甲水泥厂累计完成4.2亿元: with no status and no 投资, only a project's name makes it investment.
  const bareDone = completed !== null && !/投资/.test(completed[0]);
  const eachDone = respective?.length === names.length ? respective : null;
  for (const [k, name] of names.entries()) {
    if (bareDone && !DONE_BY_PROJECT.test(name)) continue;
    if (validName(name, asProjects) || (withProject && WORKS.test(name) && validName(name, true)))
      add(
        totalAfter && names.length === 1 ? `${name}${totalAfter[0]}` : name,
        statusWord,
        eachDone?.[k] ?? null,
      );
  }
}

/**
 * (总投资X亿元) closing the clause after a single project's status: the bracket read as if it stood right
 * after the name (project-bracket-total.ts). Session 35, fix212.
 */
const TOTAL_AFTER_STATUS = /^\((?:项目)?(?:计划)?总投资(?:约|近|超|达)?\d+(?:\.\d+)?(?:亿元|万元)\)$/;

/**
 * 育苗中心, 游客服务中心, 综合楼, 首条生产线, 一号车间: a bare name short enough to be a building (or a line)
 * of a project's works.
 */
const isShortPart = (name: string) =>
  name.length <= 4 || (name.length <= 6 && /(?:中心|楼|馆|生产线|车间|厂房)$/.test(name));

/**
 * 占总投资X亿元的A%, 占计划总投资的…: the share of its total a project's amount done is, the total
 * written inside (session 28, fix88b).
 */
const SHARE_OF_TOTAL = /^占(?:项目)?(?:计划)?总投资(?:额)?(\d+(?:\.\d+)?)(亿元|万元)的\d+(?:\.\d+)?%$/;

/** The names a clause lists with their status, each mention spanning the clause of amounts after when there is one. */
/** 甲产业园, 乙工业园区, 丙经济开发区: a park's name (a project's name ends in 项目 or 工程 after it). */
const PARK_NAME = /(?:产业园|工业园|科技园|园区|开发区|高新区|集中区)$/;
/** 从园区看, 分园区看, 分开发区看: a paragraph breaking a programme's figures down by park. */
const PARK_BREAKDOWN = /^\s*(?:从|分)(?:各)?(?:园区|开发区|平台)(?:来)?看/;

/** How far back a clause's line start is looked for: a paragraph's few sentences, never a whole long line. */
const PARAGRAPH_REACH = 400;

/** Whether the clause's line (its paragraph) opens with a breakdown by park, its start near enough. */
function underParkBreakdown(folded: string, at: number): boolean {
  const from = Math.max(0, at - PARAGRAPH_REACH);
  const newline = folded.slice(from, at).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const lineStart = from + newline + 1;
  return PARK_BREAKDOWN.test(folded.slice(lineStart, lineStart + 12));
}

export function readEnumerated({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  namedSoFar,
  afterHeading,
  leadText,
  leadVerb,
}: LedClause): number {
  const listed: Array<[string, string | null, number | null]> = [];
  // 加快甲项目(总投资X亿元，累计完成投资Y亿元)、乙项目(…)和丙项目建设: the brackets out, each name keeps its own.
  const bracketed = withoutListedBrackets(clause.text);
  const plain = bracketed ? { ...clause, text: bracketed.text } : clause;
  readEnumeration(plain, leadText, leadVerb, (name, status, done) => listed.push([name, status, done]));
  // 从园区看，甲经济开发区完成投资X亿元…；乙产业园完成投资Y亿元: under a breakdown by park, a park's figure is
  // the park's, no project's (session 31, fix116).
  if (listed.some(([name]) => PARK_NAME.test(name)) && underParkBreakdown(folded, clause.start))
    for (let n = listed.length - 1; n >= 0; n--)
      if (PARK_NAME.test(listed[n]?.[0] ?? '')) listed.splice(n, 1);
  // 甲主体完工，累计完成投资Y亿元: a next clause that only says what was done is the one project's.
  const next = clauses[k + 1];
  const doneNext =
    listed.length === 1 && !COMPLETED.test(clause.text) && next !== undefined && DONE_ONLY.test(next.text);
  // 甲完成投资X亿元，累计完成投资Y亿元: the year's amount, then the one since the works started in the
  // next clause (a plan report's key project): the project's amount done is the one since the start, as
  // completedIn prefers it (fix92).
  const sinceStartNext =
    !doneNext &&
    listed.length === 1 &&
    next !== undefined &&
    COMPLETED.test(clause.text) &&
    !SINCE_START.test(clause.text) &&
    /^(?:累计|开累)/.test(next.text) &&
    DONE_ONLY.test(next.text) &&
    !/[;。]/.test(folded.slice(clause.end, next.start))
      ? completedIn(next.text)
      : null;
  // 甲（一期）建成投产，总投资X亿元: a next clause that only gives the total is the one project's, named
  // with its status before it.
  const totalNext =
    !doneNext &&
    sinceStartNext === null &&
    listed.length === 1 &&
    listed[0]?.[1] &&
    next !== undefined &&
    !/总投资/.test(clause.text)
      ? TOTAL_ONLY.exec(next.text)
      : null;
  // 甲工程累计完成投资X亿元，占总投资Y亿元的A%: the total the amount done is a share of, in the next clause.
  const shareOfTotal =
    !doneNext &&
    sinceStartNext === null &&
    !totalNext &&
    listed.length === 1 &&
    next !== undefined &&
    COMPLETED.test(clause.text) &&
    !/总投资/.test(clause.text) &&
    !/[;。]/.test(folded.slice(clause.end, next.start))
      ? SHARE_OF_TOTAL.exec(next.text)
      : null;
  // 加快甲工程建设，年度计划投资X亿元: the year's plan alone in the next clause, with no total, is the one
  // project's planned investment (decision 15, session 34, fixd15).
  const yearPlanNext =
    !totalNext &&
    !shareOfTotal &&
    !doneNext &&
    sinceStartNext === null &&
    listed.length === 1 &&
    listed[0]?.[1] &&
    next !== undefined &&
    !/总投资|计划投资/.test(clause.text) &&
    !/[;。]/.test(folded.slice(clause.end, next.start))
      ? YEAR_PLAN_ONLY.exec(next.text)
      : null;
  // 甲项目完成年度计划投资X亿元的A%: the share of the year's plan, the plan's amount given: with no total,
  // the project's planned investment (decision 15).
  const yearPlanShare =
    !totalNext && !shareOfTotal && !yearPlanNext && listed.length === 1 && !/总投资/.test(clause.text)
      ? YEAR_PLAN_SHARE.exec(clause.text)
      : null;
  // 甲项目受审批影响进度滞后，前三季度完成投资X亿元，仅完成年度计划投资Y亿元的A%: the share of the year's plan in
  // the clause right after the amount done (in the name's clause or the next), the plan's amount the project's
  // planned investment as above (F5773, session 39, fix276).
  const shareAt = doneNext ? k + 2 : COMPLETED.test(clause.text) ? k + 1 : -1;
  const shareClause = shareAt > 0 ? clauses[shareAt] : undefined;
  const yearPlanShareAfter =
    !totalNext &&
    !shareOfTotal &&
    !yearPlanNext &&
    !yearPlanShare &&
    sinceStartNext === null &&
    listed.length === 1 &&
    shareClause !== undefined &&
    !/总投资|计划投资/.test(clause.text) &&
    !/[;。]/.test(folded.slice(clause.end, shareClause.start))
      ? YEAR_PLAN_SHARE_ALONE.exec(shareClause.text)
      : null;
  const total = totalNext ?? shareOfTotal ?? yearPlanNext ?? yearPlanShare ?? yearPlanShareAfter;
  const planned = total
    ? amountInYuan(total[1] ?? '0', total[2] ?? '')
    : listed.length === 1
      ? totalAfterDone(clause.text)
      : null;
  // 推进甲高速连接线建设，项目总投资X亿元，累计完成投资Y亿元: the amount done alone in the clause after the
  // total is the one project's too (session 32, fix131).
  // 加快甲工程建设，年度计划投资X亿元，前三季度完成Y亿元: so after the year's plan (fix219).
  const doneAfter = totalNext || yearPlanNext ? doneAfterTotal(folded, clauses, k + 1) : undefined;
  const spanEnd = doneAfter?.end ?? next?.end ?? clause.end;
  const span =
    (doneNext || total || sinceStartNext !== null) && next
      ? { start: clause.start, end: spanEnd, text: folded.slice(clause.start, spanEnd) }
      : clause;
  // 甲产业园完成投资X亿元，育苗中心建成投用: a short bare name right after the amount a project of the
  // same sentence (or of the item's heading: 5.甲景区提升工程。…完成投资X亿元，游客服务中心主体封顶) did is
  // a part of that project's works (not 甲一期建成投用，丑山水厂投运).
  const part =
    listed.length === 1 &&
    (namedSoFar() > 0 || afterHeading) &&
    isShortPart(listed[0]?.[0] ?? '') &&
    k > 0 &&
    COMPLETED.test(clauses[k - 1]?.text ?? '');
  // 甲、乙、丙分别完成投资a、b和c: each its own amount.
  const amounts = part ? null : distributedCompleted(clause.text, listed.length);
  if (!part)
    for (const [n, [name, status, done]] of listed.entries()) {
      const own = bracketed ? bracketOf(bracketed.brackets, name) : undefined;
      const said = mention(span, own?.planned ?? planned, status);
      const amount = amounts ? (amounts[n] ?? null) : (sinceStartNext ?? done ?? own?.completed ?? null);
      // A bracketed list's amount done is each name's own bracket's, never the clause's first one.
      add(name, amount === null && !bracketed ? said : { ...said, completedInvestment: amount });
    }
  if (doneAfter) return clauses.indexOf(doneAfter);
  return doneNext || total || sinceStartNext !== null ? k + 1 : k;
}

/**
 * The clause right after a total (at `k`) when it only says what was done, in the same part of the sentence
 * (no ；or 。 between); with the running total (累计完成投资) right after a year's amount, that one.
 */
function doneAfterTotal(folded: string, clauses: readonly Clause[], k: number): Clause | undefined {
  const total = clauses[k];
  const done = clauses[k + 1];
  // 2025年完成投资X亿元，累计完成投资Y亿元: a year named before its amount done is that year's, a plan's as like
  // as not; only with the running total right after it is it a result (F5283, session 38, fix259).
  const yearDone = done !== undefined && YEAR_DONE.test(done.text);
  if (
    !total ||
    !done ||
    !(yearDone || DONE_ONLY.test(done.text)) ||
    /[;。]/.test(folded.slice(total.end, done.start))
  )
    return undefined;
  const since = clauses[k + 2];
  const sinceStart =
    since !== undefined &&
    !SINCE_START.test(done.text) &&
    /^(?:累计|开累)/.test(since.text) &&
    DONE_ONLY.test(since.text) &&
    !/[;。]/.test(folded.slice(done.end, since.start));
  if (yearDone) return sinceStart ? since : undefined;
  return sinceStart ? since : done;
}

/** 2025年完成投资X亿元: a year's amount done, the year named before it (read only before a running total). */
const YEAR_DONE = /^(?:19|20)\d{2}年(?:完成|实现)投资\d+(?:\.\d+)?(?:亿元|万元)$/;
