// The unit a table's note gives a column whose header says none: 注：年度目标、上级指导目标均为增长率（%）
// under a table whose 单位 column says 亿元 makes the two goal columns growths, not levels;
// 增幅单位为% does the same for 增幅.

/** 年度目标、上级指导目标均为增长率（%）, 目标为增速(%): the columns named, then the unit in brackets. */
const RATE_CLAUSE = /^(.+?)(?:均|都)?(?:为|是)(?:增长率|增速|增幅|增长幅度)\s*[(（]\s*(%|‰)\s*[)）]/;
/** 增幅单位为%, 年度目标单位均为%: the columns named, then 单位为 and the unit. */
const UNIT_CLAUSE = /^(.+?)(?:的)?单位(?:均|都)?(?:为|是)\s*(%|‰)/;

/** The column headers a note's clauses give a unit, each with that unit. */
export function noteColumnUnits(note: string): Map<string, string> {
  const units = new Map<string, string>();
  for (const clause of note.replace(/^[^:：]{1,6}[:：]/, '').split(/[；;。，,]/)) {
    const found = RATE_CLAUSE.exec(clause.trim()) ?? UNIT_CLAUSE.exec(clause.trim());
    if (!found?.[1] || !found[2]) continue;
    for (const name of found[1].split(/[、和及与]/)) {
      const header = name.replace(/\s+/g, '');
      if (header !== '') units.set(header, found[2]);
    }
  }
  return units;
}

/** The unit the note gives a column by its header (spaces and a bracketed unit aside); null if none. */
export function noteUnitOf(units: ReadonlyMap<string, string>, header: string): string | null {
  const bare = header.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
  return units.get(bare) ?? null;
}
