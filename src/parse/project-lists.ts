// Lists of projects closed by 等 and a count (包括甲、乙等18个项目), and classes of projects with their
// members after a colon (建设进度较快项目共5个：甲、乙…).

import { chineseNumeral } from './numbers.js';
import type { ClauseReading } from './project-clauses.js';
import { LEAD, LEAD_VERB } from './project-clauses.js';
import { cleanName, splitItems, validName } from './project-names.js';
import { SHARE, STATUS, STATUS_ONLY } from './project-status.js';

/**
 * 甲、乙等项目, 甲等3个项目: a list closed as projects, with the work said of them (建设, 前期工作); 加快甲、乙等重点项目
 * 建设进度 (a congress survey's suggestion): the progress the speed-up is of is no part of the last name; 保障甲、乙等
 * 重点项目资金需求: the needs secured are none either (F5552).
 */
export const LISTED_AS_PROJECTS =
  /(?:等(?:(?:\d+|[一二两三四五六七八九十]+)个)?|(?:\d+|[一二两三四五六七八九十]+)个)[^,;。、等]{0,10}?(?:项目|商贸体|设施)(?:的)?(?:建设进度|建设|进展|进度|建设工作|前期工作|前期|(?:建设)?(?:资金|用地|要素)需求)?(?:\d+个)?$/;

/** 建设进度较快项目共5个, 正在进行前期准备工作的项目3个: a class of projects and how many it holds. */
const CLASS_COUNTED = /(?:项目|工程)(?:共有|共|有)?(\d+|[一二两三四五六七八九十]+)(?:个|项|宗)$/;
/** 建设进度较快项目共5个 甲、乙、…: the class and its list on one line, a space between. */
const CLASS_THEN_LIST =
  /^(.{2,20}?(?:项目|工程)(?:共有|共|有)?(?:\d+|[一二两三四五六七八九十]+)(?:个|项|宗))\s+(\S.*)$/;

/**
 * 建设进度较快项目共5个：甲、乙、丙、丁、戊: the projects a class lists after a colon, read when the
 * items are as many as the count says (so the list is the class's whole, not a sample of fields).
 */
export function classList(before: string, list: string): string[] | null {
  const count = CLASS_COUNTED.exec(before)?.[1];
  if (!count) return null;
  const items = splitItems(list);
  const expected = /\d/.test(count) ? Number(count) : (chineseNumeral(count) ?? 0);
  if (items.length < 2 || items.length !== expected) return null;
  const names = items.map(cleanName);
  return names.every((name) => validName(name, true)) ? names : null;
}

/**
 * 包括甲、乙等18个; 正在加快建设甲、乙等20个工业项目; 某市有甲、乙等81个项目开竣工; 竣工投产了甲、乙等
 * 101个项目: a list a verb introduces and 等 with a count closes, so its items are projects whatever
 * they end with. After 分别是 the count may be missing (分别是甲、乙等旅游项目).
 */
const INTRODUCED =
  /^([^、]{0,12})(包括|主要有|共有|还有|分别有|分别是|分别为|[省市县区州]有|共实施|实施|正在加快建设|加快建设|集中开竣工|集中开工|开工建设|竣工投产|建成投产|建成投运|集中签约|签约|已有)了?(?!项目|工程)(.+?)等((?:\d+|[一二三四五六七八九十]+)(?:个|项|宗))?([^、等]{0,12})$/;
/**
 * 等一批项目, and the work still ahead of them (还有甲、乙等一批项目要加快前期工作: a speech's tasks for next year):
 * with no count, 项目 closes the list, or is followed only by the work the list must speed up.
 */
const PROJECTS_TAIL = /项目(?:(?:要|需要?|正在)?(?:加快|抓紧|推进|开展|做好)?(?:前期工作|前期|建设))?$/;
/**
 * 甲、乙等14个市定重点项目，总投资…: a list 等, a count and 项目 close needs no verb before it. An audit report
 * lists the projects it audited so, each with its total in brackets (对甲工程（总投资X亿元）、乙项目（…）等5个
 * 政府投资项目进行了审计: session 28, fix88): the audit said after the list is no part of it.
 */
const COUNTED =
  /^(.+?、.+?)等(?:项目)?(?:\d+|[一二三四五六七八九十]+)(?:个|项|宗)([^、等]{0,10}?)(?:进行了?(?:跟踪|专项)?(?:审计|审计调查|检查|督查)|进行了?(?:现场|集中)?签约)?$/;

/** Whether every item of a list ends like a project by its own name (甲项目、乙工程), with no closing word to say so. */
function everyLikeProject(body: string): boolean {
  const items = splitItems(body);
  return items.length > 1 && items.every((item) => validName(cleanName(item), false));
}

export function readIntroducedList(
  text: string,
): { names: string[]; items: number; status: string | null; count: number } | null {
  // Both forms close the list with 等: a clause without it is none, whatever else it holds.
  if (!text.includes('等')) return null;
  const m = INTRODUCED.exec(text);
  // A list with a status word or a leading verb of its own is readEnumeration's.
  const lead = LEAD.exec(text)?.[0] ?? '';
  const counted = m || STATUS.test(text) || LEAD_VERB.test(lead) ? null : COUNTED.exec(text);
  let body: string;
  let intro = '';
  let tail: string;
  if (m) {
    [, , intro = '', body = '', , tail = ''] = m;
    // 等20个工业项目, 等18个, 等81个项目开竣工 — not 等3个方面; with no count, 项目 must close it.
    // 包括甲项目、乙工程和丙项目等: with no count and nothing after 等, the items must each end like a project
    // (not 包括教育、医疗等) (session 50, fixold50, F10213).
    if (
      m[4] === undefined
        ? !PROJECTS_TAIL.test(tail) && !(tail === '' && everyLikeProject(body))
        : tail !== '' && !/项目|工程/.test(tail)
    )
      return null;
    // 开工项目包括甲、乙等18个: a count with nothing after it counts projects only when what comes
    // before the verb says so (not 包括甲镇、乙镇等12个).
    if (m[4] !== undefined && tail === '' && !/项目|工程/.test(m[1] ?? '')) return null;
  } else if (counted) {
    [, body = '', tail = ''] = counted;
    if (!/项目$/.test(tail) && tail !== '') return null;
    // 甲项目（协议投资X亿元）、乙项目…等5个重点项目进行了现场签约: the deals signed are the projects listed (F10214).
    // 全区省定重点管理的甲、乙: what comes before the last 的 of the first item describes the list.
    body = body.replace(/^[^、]*的有?(?=[^、的]{2,}、)/, '').replace(/^对(?=[^、]{4,}、)/, '');
  } else return null;
  // 包括甲索道、乙酒店等10个子项目: the parts of one project are not projects of the list.
  if (/子项目/.test(tail)) return null;
  // A deal's sum in brackets (协议投资X亿元) is a fact of the signing, no part of the name (decision 30).
  if (body.includes('协议')) body = body.replace(/\((?:协议|签约)(?:总)?投资[^()]*\)/g, '');
  const items = splitItems(body);
  const names = items.map(cleanName).filter((name) => validName(name, true));
  if (names.length === 0) return null;
  const count = Number(/\d+/.exec(m?.[4] ?? counted?.[0].slice(counted[1]?.length ?? 0) ?? '')?.[0] ?? 0);
  return { names, items: items.length, status: STATUS.exec(`${intro}${tail}`)?.[0] ?? null, count };
}

/** 包括甲、乙等18个项目: a list a verb introduces or a count closes, with the status the clause after may give it. */
export function readIntroduced({ clauses, k, clause, mention, add }: ClauseReading): number | null {
  const introduced = readIntroducedList(clause.text);
  if (!introduced) return null;
  // 甲、乙等5个项目，年度计划投资完成率超100%: a next clause that is only a status is the list's,
  // unless it is a share and the count is larger than the names (the group's share, not theirs).
  const said = clauses[k + 1] ? STATUS_ONLY.exec(clauses[k + 1]?.text ?? '') : null;
  const groupShare = said && SHARE.test(said[0]) && introduced.count > introduced.items;
  const status = introduced.status ?? (said && !groupShare ? said[0] : null);
  const span =
    said && status === said[0] && clauses[k + 1]
      ? { ...clause, end: clauses[k + 1]?.end ?? clause.end }
      : clause;
  for (const name of introduced.names) add(name, mention(span, null, status));
  return span !== clause ? k + 1 : k;
}

/** 建设进度较快项目共5个：甲、乙…: the class's members, in this clause after a space or after the colon before it. */
export function readClassed({ folded, clauses, k, clause, mention, add }: ClauseReading): number | null {
  const spaced = CLASS_THEN_LIST.exec(clause.text);
  const classed = spaced
    ? classList(spaced[1] ?? '', spaced[2] ?? '')
    : k > 0 && folded.charAt(clause.start - 1) === ':'
      ? classList(clauses[k - 1]?.text ?? '', clause.text)
      : null;
  if (!classed) return null;
  for (const name of classed) add(name, mention(clause, null, null));
  return k;
}
