// One result figure for several indicators named before 均 (工业投资、民间投资均增长12.3%): the figure is
// each name's, not the chain subject's nor the last name's alone; 城镇和农村…收入均增长 names two.

import type { Figure } from './numbers.js';
import { leadingIndicator, type NamedIndicator } from './prose-clauses.js';
import { urbanAndRural } from './prose-lists.js';

/** The names, joined by 、/和/及/与, then 均 or 都 (and the verb, unless the figure holds it); not 年均/平均. */
const SHARED_BEFORE = /^(?:其中)?([^,;:。\d]{4,40}?)(?<![平年])(?:均|都)(?:同比|比上年)?(?:增长|下降|降低)?$/;

/** The indicators a growth figure is shared by, or null when its clause is no such list. */
export function sharedNames(folded: string, sentenceStart: number, figure: Figure): NamedIndicator[] | null {
  const before = folded.slice(sentenceStart, figure.start);
  const clause = before.slice(Math.max(...[...',;:。'].map((mark) => before.lastIndexOf(mark))) + 1);
  const m = SHARED_BEFORE.exec(clause.trim());
  if (!m) return null;
  // 城镇和农村常住居民人均可支配收入均增长A%: one name said for town and country is two names.
  const names = urbanAndRural(m[1] ?? '') ?? (m[1] ?? '').split(/、|和|及|与/).filter((n) => n !== '');
  if (names.length < 2) return null;
  const joins = names.map((name) => leadingIndicator(name));
  return joins.every((join) => join !== null) ? (joins as NamedIndicator[]) : null;
}
