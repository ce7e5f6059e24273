// One result figure for several indicators named before 均 (工业投资、民间投资均增长12.3%): the figure is
// each name's, not the chain subject's nor the last name's alone; 城镇和农村…收入均增长 names two, and a
// bare 均增长 after a 分别 list (…分别达到a元和b元，均增长A%) or after clauses that each give their own
// indicator's level (城镇…a元，农村…b元，均增长A%) is each of those names'.

import type { Figure } from './numbers.js';
import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { distributiveSubjects, urbanAndRural } from './prose-lists.js';

/** The names, joined by 、/和/及/与, then 均 or 都 (and the verb, unless the figure holds it); not 年均/平均. */
const SHARED_BEFORE = /^(?:其中)?([^,;:。\d]{4,40}?)(?<![平年])(?:均|都)(?:同比|比上年)?(?:增长|下降|降低)?$/;
/** 均增长 alone in its clause: the names are the list before it. */
const SHARED_ALONE = /^(?:均|都)(?:同比|比上年)?(?:增长|下降|降低)?$/;
const CLAUSE_MARKS = [...',;:。'];

const lastClause = (text: string) =>
  text.slice(Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark))) + 1);

/** The indicators a growth figure is shared by, or null when its clause is no such list. */
export function sharedNames(folded: string, sentenceStart: number, figure: Figure): NamedIndicator[] | null {
  const before = folded.slice(sentenceStart, figure.start);
  const clause = lastClause(before);
  const m = SHARED_BEFORE.exec(clause.trim());
  // 城镇和农村常住居民人均可支配收入均增长A%: one name said for town and country is two names.
  const names = m
    ? (urbanAndRural(m[1] ?? '') ?? (m[1] ?? '').split(/、|和|及|与/).filter((n) => n !== ''))
    : SHARED_ALONE.test(clause.trim())
      ? listBefore(before.slice(0, before.length - clause.length - 1))
      : null;
  if (!names || names.length < 2) return null;
  const joins = names.map((name) => leadingIndicator(name));
  return joins.every((join) => join !== null) ? (joins as NamedIndicator[]) : null;
}

/** …分别达到a元和b元, or 甲a元，乙b元: the names the bare 均 looks back to, or null. */
function listBefore(text: string): string[] | null {
  const clause = lastClause(text);
  return clause.includes('分别') && /\d/.test(clause.slice(clause.lastIndexOf('分别')))
    ? distributiveSubjects(clause)
    : ownLevelsBefore(text);
}

/** A clause that is an indicator's name and its level only: 农村居民人均可支配收入14320元. */
const OWN_LEVEL = /^([^\d%]{4,40}?)(?:达到|达|为|实现|完成)?\d[^%]*$/;

/**
 * 城镇…28560元，农村…14320元: the names of the clauses right before, each an indicator of the catalogue
 * with its own level (two at least, all different), or null.
 */
function ownLevelsBefore(text: string): string[] | null {
  const clauses = text.slice(Math.max(text.lastIndexOf(':'), text.lastIndexOf('。')) + 1).split(/[,;]/);
  const names: string[] = [];
  for (const clause of clauses.reverse()) {
    const name = OWN_LEVEL.exec(clause.trim())?.[1];
    if (!name || !leadingIndicator(name)) break;
    names.unshift(name);
  }
  const codes = new Set(names.map((name) => leadingIndicator(name)?.entry.code));
  return names.length >= 2 && codes.size === names.length ? names : null;
}
