// A name, then its total investment: 甲项目总投资86亿元, or 甲项目，总投资2.65亿元 over two clauses.

import { amountInYuan, COMPLETED, SINCE_START } from './project-amounts.js';
import type { Clause, ClauseReading, LedClause } from './project-clauses.js';
import { cleanName, validName } from './project-names.js';
import { participleLead } from './project-participle-lead.js';
import { statusAlone } from './project-status.js';

/**
 * 甲项目总投资86亿元: a name, then its total investment, alone in its clause — or with the year's
 * plan after it (、年度计划投资X亿元), which is no total. 甲治理项目计划投资4.6亿元，已完成投资2.1亿元: a
 * plan amount with no year before it is the works' planned total too, as 计划投资X亿元的甲项目 is; a
 * year's plan (年度/今年/2025年计划投资) is not. 推动甲度假区一期项目总投资X亿元年内开工: when the works start or end
 * (a time, then 开工/建成…) may close the clause with no comma, the status of the project (session 32, fix136).
 * 甲纸业技改项目概算投资X亿元: the works' estimate (概算) is their planned total as well (F9983).
 * 甲工程计划投资为2.4亿元, 总投资为X亿元: the amount said with 为 (session 50, fix477, F10047).
 */
const NAME_THEN_AMOUNT =
  /^(.{4,30}?)(?:(?:计划|概算|估算|匡算)?总投资|(?<![年度])计划投资|概算投资|投资概算)(?:为|是)?(?:约|近|超)?(\d+(?:\.\d+)?)(亿元|万元|亿)(?:、(?:年度|今年|全年|\d{4}年)?计划(?:完成)?投资\d+(?:\.\d+)?(?:亿元|万元|亿))?(?:(?:年内|年底前|今年|上半年|下半年|[一二三四]季度|\d{1,2}月(?:底|末)?前?)(开工建设|开工|竣工|建成|投产|完工|投用))?$/;

/**
 * 总投资2.65亿元 alone in its clause, after a clause that names the project; 工程总投资X亿元 after works named as a 工程
 * (session 38, fixtail38c, F5553). 匡算总投资X万元: the total as a plan report's first reckoning of it (an estimate, as
 * 估算 is; session 51, fix481, F10265). 甲公路改建工程，概算总投资X亿元: the estimate's total, as the name's own clause
 * reads it (session 51, fix484, F10298).
 */
export const TOTAL_ONLY =
  /^(?:项目|工程)?(?:计划|估算|匡算|概算)?总投资(?:为|是)?(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

/**
 * 甲产业园一期主体完工，总投资X亿元、已累计完成投资Y亿元: the total and the amount done since the start joined by 、 in
 * the clause after the name (fix191); the amount done is read from the span as after TOTAL_ONLY.
 */
const TOTAL_THEN_DONE =
  /^(?:项目)?(?:计划)?总投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)、(?:已|目前已)?(?:累计|开累)完成投资\d+(?:\.\d+)?(?:亿元|万元|亿)$/;

/** 甲产业园一期主体完工: a body-works status closing the name's clause with no 已 before it. */
const BODY_STATUS_AFTER = /主体(?:工程|结构)?(?:完工|封顶|竣工)$/;

/**
 * 甲项目，计划投资X万元，其中衔接资金Y万元: a plan amount alone in the clause after a name, with no
 * year before it, is the works' planned total, as it is written in the name's own clause (NAME_THEN_AMOUNT;
 * session 29, fix97). Only here: the other readers of TOTAL_ONLY read a year's plan after a total.
 */
const PLANNED_ONLY = /^(?:项目)?计划投资(?:为|是)?(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

/**
 * 甲工程，年度计划投资X亿元，上半年完成Y亿元; 加快甲工程建设，年度计划投资X亿元: the year's plan alone in the clause
 * after a name, with no total, is the project's planned investment (decision 15, session 34, fixd15).
 * 甲工程正在进行路基施工，年内计划完成投资X亿元: the year written 年内 (session 45, fix373, F7565).
 */
export const YEAR_PLAN_ONLY =
  /^(?:项目)?(?:(?:年度|今年|全年|本年|当年|年内|\d{4}年)计划(?:完成)?投资|计划年内完成投资)(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

/**
 * 1.甲项目，投资X亿元；: a numbered list of projects signed or started (集中签约项目N个，分别是：) gives each its
 * investment bare, which is the project's planned total. Only on an item's line (its number before the name):
 * in prose, 投资X亿元 after a name may be any amount (session 31, fix116).
 */
const ITEM_INVESTMENT_ONLY = /^投资(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;
/** What stands before a list item's name on its line: its number (1. 1、 (1) ①). */
const ITEM_NUMBER_ONLY = /^\s*(?:\d{1,2}[.、]|\(\d{1,2}\)|[\u2460-\u2473])\s*$/;

/** Whether the clause opens a numbered item's line: only its number stands before it. */
function opensNumberedItem(folded: string, clause: Clause): boolean {
  const before = folded.slice(Math.max(0, clause.start - 8), clause.start);
  const newline = before.lastIndexOf('\n');
  const mark = newline < 0 ? (clause.start <= 8 ? before : null) : before.slice(newline + 1);
  return mark !== null && ITEM_NUMBER_ONLY.test(mark);
}

/**
 * 甲至乙旅游公路全长26.3公里，总投资7.15亿元; 甲产业园占地320亩，总投资…: the works' size after its name,
 * no part of it.
 */
const SCALE_AFTER =
  /(?:全长|总长|线路长|长|占地(?:面积)?|总?建筑面积)(?:约|近|达)?\d+(?:\.\d+)?(?:公里|千米|米|亩|公顷|万?平方米)$/;

/**
 * 甲煤焦油加氢项目设计年处理煤焦油20万吨，总投资…; 甲电厂项目装机容量132万千瓦，总投资…: the works' capacity
 * after its name (what it will process or produce a year, its installed power), no part of it (F6384, fix312).
 */
const CAPACITY_AFTER =
  /(?:设计)?(?:年(?:处理|生产|加工|产)|(?:年)?产能|(?:年)?处理能力|生产能力|装机(?:容量|规模)?|总装机)[\u4e00-\u9fa5]{0,8}?(?:约|近|达|为)?\d+(?:\.\d+)?(?:万吨|吨|万千瓦|千瓦|兆瓦|万立方米|亿立方米|立方米)$/;

/**
 * 一是甲国道改建工程，全长36.5公里，总投资…: the works' size in a clause of its own between the name and its
 * total (session 28, fix88).
 */
const SCALE_ALONE = new RegExp(`^${SCALE_AFTER.source}`);

/**
 * 甲产业园，规划面积6.5平方公里，总投资…; 甲医院新院区，设置床位800张，总投资…; 甲河综合治理工程，治理河道42公里，总投资…:
 * a 纲要's project list gives the works' planned area, beds or length of river in a clause of its own between the
 * name and its total (session 41, fixleft41b, F6351).
 */
const WORKS_SIZE_ALONE =
  /^(?:(?:规划|用地|总)面积(?:约|近|达)?\d+(?:\.\d+)?(?:平方公里|万?平方米|万?亩|公顷)|(?:设置|新增|设计|规划|编制)?床位\d+张|(?:治理|整治|疏浚)(?:河道|河长|岸线)(?:约|近|达)?\d+(?:\.\d+)?公里)$/;

/**
 * 甲至乙高速公路已纳入全省高速公路网规划，估算总投资…: where the works stand in the plans, after the name and
 * no part of it (session 28, fix88).
 */
const PLANNED_IN_AFTER = /(?:已经?|已)?(?:纳入|列入|进入)[\u4e00-\u9fa5]{2,20}?(?:规划|计划|项目库|储备库)$/;

/**
 * 甲老旧小区改造工程涉及小区14个、住户1286户，总投资…; 甲工程惠及群众3200人: what the works reach after
 * its name (counts of estates, households, people), no part of it.
 */
const REACH_AFTER = /(?:涉及|惠及|覆盖)[\u4e00-\u9fa5、\d]{0,30}?\d+(?:个|户|栋|幢|套|人|所|处)$/;

/**
 * 甲项目由乙有限公司投资建设，总投资…: the firm that builds the works, after its name and no part of it
 * (a ceremony's main project; session 30, fix103).
 */
const BUILT_BY_AFTER = /由[^,;。由]{2,30}?(?:投资建设|投资兴建|投资|建设|承建|投建|实施)$/;

/**
 * 甲产业园项目签约落户，总投资…: the project's signing (or settling in) closing the name's clause, no part of the
 * name (session 36, fixleft36); only after 项目, so a firm's signing with another (甲公司与乙签约) names no works.
 */
const SIGNED_AFTER = /(?<=项目)(?:已|成功)?(?:签约落户|签约落地|签约入驻|签约|落户|落地)$/;

/**
 * 开工建设甲中学迁建工程，总投资X亿元: the verb of starting the works before the name is no part of it, as it is none
 * before a name-only project's (F9157; held-out-437 zangqu; session 48, fix436).
 */
const WORKS_BEGUN_LEAD = /^(?:年内|力争|计划)?(?:开工建设|动工建设|新开工建设|新开工)(?=[\u4e00-\u9fa5]{4})/;

/** 甲项目，总投资2.65亿元: a clause that is only a name, then one that gives its total investment. */
export function readNameThenTotal({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
}: ClauseReading): number | null {
  const next = clauses[k + 1];
  // 甲工程，全长36.5公里，总投资…: the size's clause is passed over to the total after it.
  const scaled =
    next && (SCALE_ALONE.test(next.text) || WORKS_SIZE_ALONE.test(next.text)) ? clauses[k + 2] : undefined;
  const following = scaled ?? next;
  const total = following
    ? (TOTAL_ONLY.exec(following.text) ??
      (following.text.includes('、') ? TOTAL_THEN_DONE.exec(following.text) : null) ??
      PLANNED_ONLY.exec(following.text) ??
      // 甲项目总投资X亿元，年度计划投资Y亿元: after a total, the year's plan is no planned investment.
      (/投资/.test(clause.text) ? null : YEAR_PLAN_ONLY.exec(following.text)) ??
      (following.text.startsWith('投资') && opensNumberedItem(folded, clause)
        ? ITEM_INVESTMENT_ONLY.exec(following.text)
        : null))
    : null;
  const after = total ? statusAfterName(clause.text) : null;
  // Cleaned only when a total follows: most clauses are no project's, and cleaning costs.
  const alone = total
    ? cleanName(
        (after?.name ?? clause.text)
          .replace(WORKS_BEGUN_LEAD, '')
          .replace(/^.*的(?=[^的]{4,}$)/, '')
          .replace(/(?:位于|地处|坐落于).*$/, '')
          .replace(SCALE_AFTER, '')
          .replace(CAPACITY_AFTER, '')
          .replace(REACH_AFTER, '')
          .replace(PLANNED_IN_AFTER, '')
          .replace(BUILT_BY_AFTER, '')
          .replace(SIGNED_AFTER, ''),
      )
    : '';
  if (!following || !total || !validName(alone, false)) return null;
  const skipped = scaled ? 1 : 0;
  // 甲项目，总投资X亿元，因用地报批滞后，目前仅完成场地平整，完成投资Y亿元: the amount done after two remarks
  // on the works, within the sentence's part (F5646).
  const firstDone =
    clauses.slice(k + 2 + skipped, k + 4 + skipped).find((c) => COMPLETED.test(c.text)) ??
    laterDone(folded, clauses, k + 1 + skipped);
  const done = (firstDone && sinceStartAfter(folded, clauses, firstDone)) ?? firstDone ?? following;
  // 甲项目，总投资X亿元，目前主体完工: a status alone in one of the next clauses is the project's.
  const said = clauses.slice(k + 2 + skipped, k + 4 + skipped).find((c) => statusAlone(c.text) !== null);
  const end = Math.max(done.end, said?.end ?? 0);
  const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
  const status = after?.status ?? statusAlone(said?.text ?? '');
  add(alone, mention(span, amountInYuan(total[1] ?? '0', total[2] ?? ''), status));
  return k + 1 + skipped;
}

/**
 * 甲轨道交通9号线乙段已于2022年12月建成通车，总投资86.5亿元: the name's clause ends with the works' status
 * (已, 已经 or 正在 and what follows is only a status); the name is what stands before it.
 */
function statusAfterName(text: string): { name: string; status: string } | null {
  for (let at = text.indexOf('已', 4); at >= 0; at = text.indexOf('已', at + 1)) {
    const from = text.charAt(at - 1) === '正' ? at - 1 : at;
    const status = statusAlone(text.slice(from));
    if (status) return { name: text.slice(0, from), status };
  }
  const body = text.includes('主体') ? BODY_STATUS_AFTER.exec(text) : null;
  const status = body && body.index >= 4 ? statusAlone(body[0]) : null;
  return body && status ? { name: text.slice(0, body.index), status } : null;
}

/** How far past a project's total its amount done may come, in clauses. */
const DONE_REACH = 4;

/**
 * 甲项目总投资12.6亿元，分两期建设，一期已完成厂房主体建设，累计完成投资4.35亿元；乙项目…: the amount done
 * after a remark or two on the works, before the part of the sentence (；, 。) or another total ends it.
 */
function laterDone(folded: string, clauses: readonly Clause[], k: number): Clause | undefined {
  for (const c of clauses.slice(k + 3, k + 1 + DONE_REACH)) {
    if (/[;。]/.test(folded.slice(clauses[k]?.end ?? c.start, c.start))) return undefined;
    if (/总投资|计划投资/.test(c.text)) return undefined;
    if (COMPLETED.test(c.text)) return c;
  }
  return undefined;
}

/**
 * 总投资X亿元，今年计划投资Y亿元，已完成Z亿元，累计完成投资W亿元: the year's amount done, then the
 * amount done since the works started, in the clause right after: the span reaches it, so the project's
 * amount done is the one since the start (completedIn prefers it).
 */
function sinceStartAfter(folded: string, clauses: readonly Clause[], done: Clause): Clause | undefined {
  const next = clauses[clauses.indexOf(done) + 1];
  if (!next || /[;。]/.test(folded.slice(done.end, next.start))) return undefined;
  return /^(?:累计|开累)/.test(next.text) && SINCE_START.test(next.text) ? next : undefined;
}

/** 甲项目总投资86亿元, 开累完成投资41.3亿元: a name and its total in one clause, after the lead. */
export function readNameThenAmount({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  leadText,
}: LedClause): number | null {
  const named = NAME_THEN_AMOUNT.exec(clause.text.slice(leadText.length));
  // 竣工的甲厂房（一期）总投资X亿元: the participle lead is the status, not the name.
  const led = participleLead(named?.[1] ?? '');
  const namedName = cleanName(led.name);
  if (!named || !validName(namedName, false)) return null;
  // 开累完成投资41.3亿元 in one of the next clauses is the same project's.
  const firstDone =
    clauses.slice(k + 1, k + 3).find((c) => COMPLETED.test(c.text)) ?? laterDone(folded, clauses, k);
  const done = (firstDone && sinceStartAfter(folded, clauses, firstDone)) ?? firstDone;
  const said = clauses.slice(k + 1, k + 3).find((c) => statusAlone(c.text) !== null);
  const end = Math.max(clause.end, done?.end ?? 0, said?.end ?? 0);
  const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
  const status = named[4] ?? statusAlone(said?.text ?? '') ?? led.status;
  add(namedName, mention(span, amountInYuan(named[2] ?? '0', named[3] ?? ''), status));
  return k;
}

/**
 * 甲工程年度计划投资X亿元，已完成Y亿元; 甲项目今年计划投资X亿元，1—N月完成Y亿元: a name, then the year's plan
 * with no total, then the amount done. The year's plan is then the project's only planned amount, and so its
 * planned investment (decision 15, session 34, fixd15). Only with the amount done in the next clause: the
 * progress line of one project, not a programme's or a plan part's year (全区重点项目年度计划投资X亿元).
 */
const NAME_THEN_YEAR_PLAN =
  /^(.{4,30}?)(?:(?:年度|今年|全年|本年|当年|\d{4}年)计划(?:完成)?投资|计划年内完成投资)(?:约|近|超|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)$/;

const isSemicolon = (text: string, at: number) => text.charAt(at) === ';' || text.charAt(at) === '；';

/**
 * 确保上半年开工, 力争年底建成投产: when a project's works start or finish, no figure of their own. 3月开工, 年底竣工:
 * the time bare, with no word of resolve before it (fixleft42c, F6894). 要确保9月底前开工建设: a leader's 要 before
 * the resolve and 前 after the time, as a news page quotes a county head (session 44, fix364, F7345).
 */
const SCHEDULE_AFTER_PLAN =
  /^(?:要|须|必须)?(?:(?:确保|力争|争取|计划|预计)(?:(?:年内|年底|年末|上半年|下半年|[一二三四]季度|\d{1,2}月份?(?:底|末)?)前?)?|(?:年内|年底|年末|上半年|下半年|[一二三四]季度|\d{1,2}月份?(?:底|末)?)前?)(?:开工|开工建设|竣工|建成|完工|投产|建成投产|投入使用)$/;

/**
 * 要抓紧路基施工, 要加快主体建设: a leader's charge on the works' next step (a news page quoting a county head), no
 * figure of its own (held-out-450 yequ; session 49, fix451, F9548).
 */
const WORKS_URGED_AFTER_PLAN =
  /^(?:要|须|必须)(?:抓紧|加快|加紧|全力|集中力量)(?:推进|抓好|做好)?[\u4e00-\u9fa5]{2,10}?(?:施工|建设|工程|安装|进度)$/;

/**
 * 设备安装已完成60%, 主体已封顶, 主体结构已施工至五层: how far a project's works are, no amount of money. 已完成管网铺设
 * 4.5公里, 已铺设管道12公里: the works done measured in their own units, never in 元 (session 49, fix460, F9715).
 */
const WORKS_PROGRESS =
  /^(?:[\u4e00-\u9fa5]{2,8}?(?:已经|已)(?:完成|完工|封顶|施工至|开工)(?:\d+(?:\.\d+)?%|[\u4e00-\u9fa5]{0,6})|(?:已经|已)(?:完成|建成|铺设|敷设)(?![\u4e00-\u9fa5]*投资)[\u4e00-\u9fa5]{0,8}?\d+(?:\.\d+)?(?:公里|千米|米|平方米|亩|户|套|座|处|台))$/;

/**
 * 2月16日复工, 已于2月中旬开工: the day (or part of a month) the works started or resumed; 目前正在进行坝体防渗施工: the
 * works under way now. Notes with no figure after a project's year plan (session 51, fix484, F10299).
 */
const WORKS_DATED =
  /^(?:已经?)?于?\d{1,2}月(?:份|\d{1,2}日|[上中下]旬|初|底|末)?(?:正式)?(?:开工|复工|开复工|开工建设|竣工|完工)$/;
const WORKS_UNDER_WAY =
  /^(?:目前|现在?)?正在(?:进行|开展|抓紧|加紧)[\u4e00-\u9fa5]{2,14}?(?:施工|建设|安装|铺设|浇筑)$/;
/** How many notes on the works may follow the year's plan in its item. */
const MAX_WORKS_NOTES = 3;

/** A clause after a project's year plan that says only when or how its works go: no figure of its own. */
function isWorksNote(text: string): boolean {
  return (
    SCHEDULE_AFTER_PLAN.test(text) ||
    WORKS_URGED_AFTER_PLAN.test(text) ||
    WORKS_PROGRESS.test(text) ||
    WORKS_DATED.test(text) ||
    WORKS_UNDER_WAY.test(text) ||
    statusAlone(text) !== null
  );
}

/** 已完成大坝防渗处理, 已完成主体工程: a step of the works done, told in words with no figure. */
const WORKS_STEP_DONE = /^(?:已经|已)(?:完成|建成)(?![\u4e00-\u9fa5]*投资)[\u4e00-\u9fa5]{2,12}$/;

/** 甲工程年度计划投资X亿元，已完成Y亿元: the name, its year's plan as the planned investment, the amount done. */
export function readNameThenYearPlan({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  leadText,
}: LedClause): number | null {
  const next = clauses[k + 1];
  // 甲工程年度计划投资X亿元，完成Y亿元: the amount done bare right after the plan (fixleft34c).
  const done = next && (COMPLETED.test(next.text) || /^完成\d+(?:\.\d+)?(?:亿元|万元)$/.test(next.text));
  // …，甲物流园年度计划投资X亿元。: the year's plan closing its sentence after a clause of its own, one named
  // project's too (a programme's year, 全区重点项目年度计划投资X亿元, names no valid project; fix211).
  // …；甲医院迁建项目年度计划投资X亿元；乙工程…: so is one whole item of a list of projects parted by
  // semicolons (a draft's task part, fix239).
  const listItem =
    k === 0 && !next && (isSemicolon(folded, clause.start - 1) || isSemicolon(folded, clause.end));
  // 甲工程年度计划投资X亿元，确保上半年开工；: the plan, then only when the works start or finish, closing the item
  // (session 42, fix333, F6755); 今年计划完成投资X万元，要抓紧路基施工；: or the charge on their next step (F9548).
  // …；甲污水处理厂今年计划投资X万元，设备安装已完成60%。: or how far the works are (session 47, fix412, F8447).
  // 甲水库除险加固工程年度计划投资X万元，2月16日复工，目前正在进行坝体防渗施工；: up to three such notes, the day the
  // works resumed among them (session 51, fix484, F10299).
  const last = clauses.length - 1;
  const notes =
    next !== undefined &&
    k === 0 &&
    last <= MAX_WORKS_NOTES &&
    (isSemicolon(folded, clause.start - 1) || isSemicolon(folded, clauses[last]?.end ?? next.end)) &&
    clauses.slice(1).every((c) => isWorksNote(c.text));
  // …；甲水库除险加固工程年度计划投资X万元，已完成大坝防渗处理，1—2月完成投资Y万元。: the plan, a step of the works
  // done, then the amount done, closing an item of a list of projects (F10400).
  const after = clauses[k + 2];
  const progressThenDone =
    next !== undefined &&
    after !== undefined &&
    !clauses[k + 3] &&
    k === 0 &&
    (WORKS_PROGRESS.test(next.text) || WORKS_STEP_DONE.test(next.text)) &&
    COMPLETED.test(after.text) &&
    !/[;。]/.test(folded.slice(clause.end, after.start)) &&
    (isSemicolon(folded, clause.start - 1) ||
      isSemicolon(folded, after.end) ||
      folded.charAt(after.end) === '。');
  const closesSentence = !next && (k > 0 || listItem);
  if (
    !closesSentence &&
    !notes &&
    !progressThenDone &&
    (!next || !done || /[;。]/.test(folded.slice(clause.end, next.start)))
  )
    return null;
  const named = NAME_THEN_YEAR_PLAN.exec(clause.text.slice(leadText.length));
  // 总投资X亿元的甲项目年度计划投资Y亿元: a total before the name is the planned investment, read elsewhere.
  if (!named || /投资/.test(named[1] ?? '')) return null;
  const name = cleanName(named[1] ?? '');
  if (!validName(name, false)) return null;
  // 甲工程年度计划投资X万元，1—2月完成投资Y万元，累计完成投资Z亿元: the amount done since the works started, in
  // the clause after the year's, is the project's amount done (completedIn prefers it; F10016).
  const sinceStart = !closesSentence && next && done ? sinceStartAfter(folded, clauses, next) : undefined;
  const end = closesSentence
    ? clause.end
    : notes
      ? (clauses[last]?.end ?? clause.end)
      : progressThenDone && !done
        ? after.end
        : (sinceStart?.end ?? next?.end ?? clause.end);
  const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
  add(name, mention(span, amountInYuan(named[2] ?? '0', named[3] ?? ''), null));
  return closesSentence ? k : notes ? last : sinceStart || (progressThenDone && !done) ? k + 2 : k + 1;
}

/**
 * 甲产业园项目签约金额X亿元: a project signed at a ceremony, named with its deal's amount; the amount is
 * the deal's (a fact), no planned investment, so the project is named bare (session 30, fix103).
 */
const NAME_THEN_DEAL =
  /^(.{4,30}?)(?:签约金额|签约额|签约资金|协议金额)(?:为|达)?(?:约|近|超)?\d+(?:\.\d+)?(?:亿元|万元|亿)$/;

/**
 * 外商独资兴办的甲食品有限公司乙加工项目，合同外资X万美元，已到位外资Y万美元: a foreign-funded project named alone in its
 * clause, then its deal's contracted foreign funds alone in the next: the funds are the deal's (facts), so the project
 * is named bare, as a signed one is (session 51, fix481, F10267).
 */
const FOREIGN_DEAL_ONLY = /^合同(?:利用)?外资(?:约|近|超)?\d+(?:\.\d+)?(?:万美元|亿美元|万元|亿元)$/;

/** 甲产业园项目签约金额X亿元: a signed project, its name alone; 甲项目，合同外资X万美元 too (F10267). */
export function readNameThenDeal({ clauses, clause, mention, add, k }: ClauseReading): number | null {
  const deal = NAME_THEN_DEAL.exec(clause.text);
  if (!deal) return readNameThenForeignDeal({ clauses, clause, mention, add, k });
  const name = cleanName(deal[1] ?? '');
  if (!validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k;
}

function readNameThenForeignDeal({
  clauses,
  clause,
  mention,
  add,
  k,
}: Pick<ClauseReading, 'clauses' | 'clause' | 'mention' | 'add' | 'k'>): number | null {
  if (!clause.text.endsWith('项目') && !clause.text.endsWith('工程')) return null;
  const next = clauses[k + 1];
  if (!next || !FOREIGN_DEAL_ONLY.test(next.text)) return null;
  // 外商独资兴办的甲项目: who founded it, before 的, is no part of the name.
  const name = cleanName(clause.text.replace(/^.*的(?=[^的]{4,}$)/, ''));
  if (!validName(name, false)) return null;
  add(name, mention(clause, null, null));
  return k + 1;
}
