// Items and topics that name one project (1.甲产业园：, 甲项目建成投产。), and the sentence after that
// goes on about it (该项目总投资X亿元, 已完成前期工作) without naming it again.

import { amountInYuan, COMPLETED } from './project-amounts.js';
import type { ClauseReading } from './project-clauses.js';
import { cleanName, splitItems, validName } from './project-names.js';
import { STATUS, statusAlone } from './project-status.js';
import type { Section, Sentence } from './types.js';

/**
 * 该项目总投资X亿元, 项目累计完成投资Y亿元, 年度计划投资Z亿元 (the year's plan, no total; the amount done
 * follows): a sentence going on about the project the one before named. The year's plan opening it, with no
 * total, is the project's planned investment (decision 15, session 34, fixd15). 该项目已累计完成投资Y亿元: 已 and
 * 累计 together (fix229). 该项目计划投资X万元: a plan amount with no year before it is the planned total, as
 * NAME_THEN_AMOUNT reads it after a name (F10020).
 */
const FOLLOW_BODY =
  '(?:(?:(?:计划)?总投资|计划投资)(?:约|近|超|达)?(\\d+(?:\\.\\d+)?)(亿元|万元|亿)$|(?:已|累计|开累|已累计|已开累)?(?:完成|实现)投资\\d|(?:年度|今年|全年|本年|当年|\\d{4}年)计划(?:完成)?投资(\\d+(?:\\.\\d+)?)(亿元|万元|亿)$)';
const FOLLOW_UP = new RegExp(`^(?:该项目|该工程|项目)${FOLLOW_BODY}`);

/** 该项目, 该工程: a clause's subject pointing back to the project named before it. */
const DEMONSTRATIVE = /^(?:该项目|该工程)/;

/**
 * 全长12.8公里, 总长约6公里, 建筑面积3.2万平方米, 占地约120亩, 装机容量200兆瓦: a clause giving only the
 * size of the works, which an item's first sentence may put before the total.
 */
const SIZE_ONLY =
  /^(?:项目|工程)?(?:全长|总长|线路全长|长|总建筑面积|建筑面积|占地(?:面积)?|用地面积|规划面积|总面积|装机(?:容量|规模)?|总装机)(?:约|近|超)?\d+(?:\.\d+)?(?:公里|千米|米|万平方米|平方米|平方公里|亩|万亩|公顷|兆瓦|万千瓦|千瓦)$/;

/**
 * 新建小学1所、改扩建幼儿园2所, 新增学位1800个, 惠及居民2160户, 铺设供水管网126公里: a clause counting what an
 * item's works build or serve, which a 民生实事 通报's item may put before its amounts (session 38, fix267).
 */
const WORKS_COUNT =
  /^(?:新建|改建|扩建|改扩建|新改建|改造|提升改造|新增|铺设|敷设|建设|建成|维修|硬化|购置|新购|配备|惠及|覆盖|受益)[\u4e00-\u9fa5、\d]{0,24}?\d+(?:\.\d+)?(?:所|个|条|辆|公里|千米|米|户|人|处|座|套|间|张|台|家|栋|万平方米|平方米|亩|吨)$/;

/** A clause giving only the works' size or what they count, before an item's amounts. */
export const worksScope = (text: string): boolean => SIZE_ONLY.test(text) || WORKS_COUNT.test(text);

/** The first sentence under an item's heading (1.甲项目：) may give the total with no subject. */
const ITEM_BODY = new RegExp(`^(?:该项目|该工程|项目)?${FOLLOW_BODY}`);

/** 1.甲产业园：, (2)乙工程: a notice's item heading naming one project, or null. */
export function itemHeading(text: string): string | null {
  const name = cleanName(text.replace(/[:。]\s*$/, ''));
  return validName(name, false) && !/[,;]/.test(name) ? name : null;
}

/**
 * 6.甲幼儿园、乙小学新建工程。: an item's heading listing two or more projects, each a name of its own
 * (as written: a works word the last shares is left with it), or null.
 */
export function itemHeadingList(text: string): string[] | null {
  const names = splitItems(text.replace(/[:。]\s*$/, '')).map(cleanName);
  return names.length >= 2 && names.every((name) => validName(name, false) && !/[,;]/.test(name))
    ? names
    : null;
}

/** What may stand before an item's title on its line: nothing, or the item's number. */
const ITEM_MARK_ONLY = /^\s*(?:\d{1,2}[.、]|\(\d{1,2}\)|[\u2460-\u2473])?\s*$/;

/**
 * 1.甲县年产30万吨乙项目(一期)。/ 总投资…: an item's title holding a figure, which the structure reads
 * as prose rather than a heading — a whole sentence that is only one project's name, opening its line.
 * A notice's title may stand with no 。 when it is its line's whole text (2.甲县100兆瓦光伏发电项目 / 总投资…).
 * The name, or null.
 */
export function nameLine(folded: string, sentence: Sentence): string | null {
  const text = folded.slice(sentence.start, sentence.end);
  const endsLine = /^[ \t]*(?:\n|$)/.test(folded.slice(sentence.end));
  if (!/。\s*$/.test(text) && !endsLine) return null;
  const lineStart = folded.lastIndexOf('\n', sentence.start - 1) + 1;
  return ITEM_MARK_ONLY.test(folded.slice(lineStart, sentence.start)) ? itemHeading(text) : null;
}

/**
 * ③ 甲工程和乙项目已竣工验收。: a numbered item whose short first sentence, taken as its heading, names
 * projects with a status rather than being one name alone.
 */
export function isStatusItem(folded: string, sentence: Sentence, sections: readonly Section[]): boolean {
  const section = sentence.sectionIndex === null ? undefined : sections[sentence.sectionIndex];
  if (sentence.kind !== 'heading' || !section || section.number === null || section.level < 3) return false;
  if (section.start !== sentence.start) return false;
  const text = folded.slice(sentence.start, sentence.end);
  return itemHeading(text) === null && STATUS.test(text);
}

/** A paragraph's short first sentence, read as its topic: it may name a project (甲项目建成投产。). */
export function isTopic(sentence: Sentence, sections: readonly Section[]): boolean {
  const section = sentence.sectionIndex === null ? undefined : sections[sentence.sectionIndex];
  return sentence.kind === 'heading' && section?.number === null && section.start === sentence.start;
}

/**
 * The first clause of a sentence after one that named a single project: its figures (该项目总投资X亿元，
 * 累计完成投资Y亿元), or, under an item's heading, where it stands (4.甲项目。已完成前期工作).
 */
export function readFollowUp({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  previousSingle,
  singleHere,
  afterHeading,
}: ClauseReading): number | null {
  // 推动甲项目年内开工，该项目总投资X亿元: a later clause naming 该项目 goes on about the one project
  // its sentence named before it.
  const single = k === 0 ? previousSingle : DEMONSTRATIVE.test(clause.text) ? singleHere() : null;
  if (!single) return null;
  // 甲建成投产。该项目总投资X亿元，累计完成投资Y亿元: the figures of the project just named.
  const own = (k === 0 && afterHeading ? ITEM_BODY : FOLLOW_UP).exec(clause.text);
  // 该项目由甲企业投资建设，总投资X亿元: the total in the clause right after the one naming 该项目.
  // 4.甲快速路。全长12.8公里，总投资X亿元: under an item's heading the works' size may come before the total.
  // 2.甲工程。改造老旧小区23个，惠及居民2160户，年度计划投资X万元: what the works count, over one or more clauses.
  const leadsOn = DEMONSTRATIVE.test(clause.text) || (k === 0 && afterHeading && worksScope(clause.text));
  let at = k + 1;
  while (!own && k === 0 && afterHeading && at < k + 4 && worksScope(clauses[at]?.text ?? '')) at++;
  const next = !own && leadsOn ? clauses[at] : undefined;
  const nextFollow = next ? ITEM_BODY.exec(next.text) : null;
  const follow = own ?? nextFollow;
  // 4.甲项目。已完成前期工作，正在办理施工许可: the item's first sentence says only where it stands.
  const standing = k === 0 && afterHeading && !follow ? statusAlone(clause.text) : null;
  if (standing) {
    add(single, mention(clause, null, standing));
    return k;
  }
  if (follow) {
    // 1—7月完成投资a万元，完成本年计划投资的A%，累计完成投资b万元: the span runs on to the amount since the start.
    const totalAt = nextFollow && next ? at : k;
    const done =
      clauses.slice(k, totalAt + 6).find((c) => /^(?:累计|开累)/.test(c.text) && COMPLETED.test(c.text)) ??
      clauses.slice(k, totalAt + 3).find((c) => COMPLETED.test(c.text));
    // 总投资X亿元，目前主体完工: a status alone in one of the next clauses is the project's too.
    const said = clauses.slice(k + 1, k + 3).find((c) => !worksScope(c.text) && statusAlone(c.text) !== null);
    const end = Math.max(clauses[totalAt]?.end ?? clause.end, done?.end ?? 0, said?.end ?? 0);
    const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
    // 8.甲项目。年度计划投资Z亿元，1—N月完成投资Y亿元: the year's plan, no total, is the planned investment.
    const planned = follow[1]
      ? amountInYuan(follow[1], follow[2] ?? '')
      : follow[3]
        ? amountInYuan(follow[3], follow[4] ?? '')
        : null;
    add(single, mention(span, planned, statusAlone(said?.text ?? '')));
    return Math.max(totalAt, done ? clauses.indexOf(done) : k, said ? clauses.indexOf(said) : k);
  }
  return null;
}
