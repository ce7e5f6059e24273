// An item heading two or more projects, then their amounts in order: 6.甲幼儿园、乙小学新建工程。/
// 两个项目总投资分别为a万元和b万元，1—7月分别完成投资c万元和d万元 — each project its own amounts; or
// with no totals, 两个项目1—5月分别完成投资c亿元和d亿元 alone.

import type { ClauseReading } from './project-clauses.js';
import { listedAmounts, respectiveAmounts } from './project-respective.js';
import { statusAlone } from './project-status.js';

/** 两个项目, 项目: the subject an item's first sentence may give the projects its heading listed. */
const LISTED_SUBJECT = /^(?:(?:[两二三四五六七八九十]|\d{1,2})个项目|[两二三四五]项目|项目)?/;
/** 两个项目总投资分别为a万元和b万元: the totals of the projects the heading listed, in order. */
const TOTALS_EACH = new RegExp(`${LISTED_SUBJECT.source}(?:计划)?总投资分别(?:为|是|达)?(.+)$`);
/** 1—7月分别完成投资c万元和d万元: a time before the amounts each project did is no part of them. */
const TIME_FIRST = /^(?:1[-—–至]\d{1,2}月(?:份)?|今年以来|今年|本年|目前|截至目前|上半年|前三季度)/;

/**
 * 1—7月分别完成投资c万元和d万元, 两个项目1—5月分别完成投资c亿元和d亿元: what each project did, in order,
 * past the subject and the time before it; null when the clause is not of that form.
 */
function doneEach(text: string): number[] | null {
  const bare = text.replace(TIME_FIRST, '').replace(LISTED_SUBJECT, '').replace(TIME_FIRST, '');
  return respectiveAmounts(bare);
}

/** The first clause of an item's first sentence giving the totals of the projects its heading listed. */
export function readHeadingPair({
  folded,
  clauses,
  k,
  clause,
  mention,
  add,
  headingItems = [],
}: ClauseReading): number | null {
  if (k !== 0 || headingItems.length < 2) return null;
  const totals = listedAmounts(TOTALS_EACH.exec(clause.text)?.[1] ?? '');
  // 5.甲、乙。/ 两个项目1—5月分别完成投资a亿元和b亿元: with no totals, the first clause may give what each did.
  const doneFirst = totals ? null : doneEach(clause.text);
  if ((totals ?? doneFirst)?.length !== headingItems.length) return null;
  // After the totals, the next clauses may give what each did, in the same order.
  const doneAt = doneFirst
    ? k
    : clauses.findIndex((c, n) => n > k && n <= k + 3 && doneEach(c.text) !== null);
  const done = doneAt >= 0 ? doneEach(clauses[doneAt]?.text ?? '') : null;
  const eachDone = done?.length === headingItems.length ? done : null;
  const last = eachDone ? doneAt : k;
  // …，均已进入主体施工阶段: a status the next clause gives them all.
  const said = statusAlone(clauses[last + 1]?.text.replace(/^(?:均|都|皆)/, '') ?? '');
  const taken = said ? last + 1 : last;
  const end = clauses[taken]?.end ?? clause.end;
  const span = { start: clause.start, end, text: folded.slice(clause.start, end) };
  for (const [n, name] of headingItems.entries())
    add(name, { ...mention(span, totals?.[n] ?? null, said), completedInvestment: eachDone?.[n] ?? null });
  return taken;
}
