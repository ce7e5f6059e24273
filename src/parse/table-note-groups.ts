// The groups a table's note says its rank columns rank in. One note may speak of two columns:
// 全市位次为增速在潢阳市8个县区中的排位；全省位次为增速在全省62个县（市）中的排位 gives the 全市 column
// a group of 8 in 潢阳市 and the 全省 column one of 62, the province unnamed.

import { groupParent, groupSize } from './prose-rank-group.js';

export interface NoteGroup {
  /** The scope word of the rank column the clause is about (全市 of 全市位次); null when it names none. */
  column: string | null;
  of: number;
  parent: string | null;
}

/** 全市位次为, 全省排名是: a clause about one rank column, named by its scope word. */
const COLUMN_CLAUSE = /(全[国省市区州县])(?:位次|排名|排位|名次|排序)/;

/** The note's clauses that size a group, each with the rank column it names, if any. */
export function noteGroups(note: string): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const clause of note.replace(/^[^:：]{1,6}[:：]/, '').split(/[；;。]/)) {
    const of = groupSize(clause);
    if (of === null) continue;
    groups.push({ column: COLUMN_CLAUSE.exec(clause)?.[1] ?? null, of, parent: groupParent(clause) });
  }
  return groups;
}

/**
 * The group of a ranking whose column's scope word is `scope` (全省, or the parent already named):
 * the clause naming that column; else one naming no column; else, when no clause names a column
 * at all or the ranking's scope is no scope word, the note's first. Null when every clause names
 * another column (a 全省 rank under a note only about 全市位次).
 */
export function groupFor(groups: readonly NoteGroup[], scope: string): NoteGroup | null {
  const own = groups.find((g) => g.column !== null && g.column === scope);
  if (own) return own;
  const unnamed = groups.find((g) => g.column === null);
  if (unnamed) return unnamed;
  const scopeWord = /^全[国省市区州县]$/.test(scope);
  return scopeWord && groups.some((g) => g.column !== null) ? null : (groups[0] ?? null);
}
