// 主要预期目标是：（一）地区生产总值增长A%左右；（二）…；（八）完成上级下达的节能减排任务。: a list of numbered clauses,
// each closed by ；, the last by 。. Its items are clauses of one sentence, not headings of sections (a section's topic
// never ends on ；), so the number alone heads each and the clause is read as prose. Session 48 met the list twice, as a
// colon's list (fix436, F9155) and as a goal list with no colon (fix441, F9211); one reader serves both (session 49,
// fix443).

import type { Line } from './lines.js';
import { rules } from './rules.js';

/** How far back a list's items may run to the colon that opens it. */
const MAX_ITEMS = 16;

/** （一）地区生产总值增长12%以上；: one clause of at least four characters closed by ；, a goal list's item with or without a colon. */
const GOAL_LIST_ITEM = /^[^。;；]{4,}[;；]$/;
/** （九）人口自然增长率控制在7‰以内。: a single clause with a figure in a goal's unit, closing a goal list. */
const GOAL_LIST_LAST =
  /^[^。;；]{4,}\d(?:\.\d+)?\s*(?:%|‰|个百分点|[万亿]?元|万?人|万?吨|户|家|项|公里|亩)(?:以上|左右|以内|以下)?[^。;；\d]*。$/;

const endsItem = (text: string) => /[;；]\s*$/.test(text);
const endsLead = (text: string) => /[:：]\s*$/.test(text);

/** The index of the filled line before `index`, or -1. */
function filledBefore(lines: readonly Line[], index: number): number {
  let i = index - 1;
  while (i >= 0 && (lines[i]?.text ?? '') === '') i--;
  return i;
}

/** The text after the number of a numbered item of one clause closed by ；, or null. */
function openItemRest(text: string): string | null {
  const rest = rules.section.exec(text)?.[2];
  return rest !== undefined && endsItem(rest) && !/[。;；]/.test(rest.replace(/[;；]\s*$/, '')) ? rest : null;
}

/** Whether the open items from line `from` back run to a line closed by a colon (the list's lead). */
function runsFromColon(lines: readonly Line[], from: number): boolean {
  let before = from;
  for (let n = 0; n < MAX_ITEMS && before >= 0; n++) {
    const text = lines[before]?.text ?? '';
    if (endsLead(text)) return true;
    if (openItemRest(text) === null) return false;
    before = filledBefore(lines, before);
  }
  return false;
}

/**
 * Whether line `index`, a section-numbered line whose text after its number is `rest`, is an item of a numbered list:
 * one clause closed by ；, either a goal list's (F9211) or under a run of such items that follows the colon's line
 * (F9155); or the list's last, closed by 。 right after an item closed by ；, when it gives a figure in a goal's unit
 * after a goal list's item or closes a colon's list. A lone numbered sentence (（三）确保森林覆盖率达到62%。 among tasks)
 * stays a heading.
 */
export function isNumberedListItem(lines: readonly Line[], index: number, rest: string): boolean {
  const closing = /[;；。]\s*$/.exec(rest)?.[0];
  if (!closing) return false;
  if (/[。;；]/.test(rest.slice(0, rest.length - closing.length))) return false;
  const before = filledBefore(lines, index);
  if (closing.trim() !== '。') return GOAL_LIST_ITEM.test(rest.trimEnd()) || runsFromColon(lines, before);
  const previous = openItemRest(lines[before]?.text ?? '');
  if (previous === null) return false;
  return (
    (GOAL_LIST_ITEM.test(previous.trimEnd()) && GOAL_LIST_LAST.test(rest.trimEnd())) ||
    runsFromColon(lines, before)
  );
}
