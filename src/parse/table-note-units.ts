// The unit a table's note gives a column whose header says none: 注：年度目标、上级指导目标均为增长率（%）
// under a table whose 单位 column says 亿元 makes the two goal columns growths, not levels;
// 增幅单位为% does the same for 增幅. A numbered note (1.…。2.…) and an exception inside the clause
// (年度目标、市下达目标除实际利用外资为总量（万美元）外，均为增长（%）) are read too: the rows excepted keep
// their own unit.

/**
 * 年度目标、上级指导目标均为增长率（%）, 目标为增速(%): the columns named, then the unit in brackets; the goal may
 * be named by who set it (全年目标为县X届人大Y次会议确定的增长目标（%）).
 */
const RATE_CLAUSE =
  /^(.+?)(?:均|都)?(?:为|是)(?:[^，,。；;（(为是]{1,30}?的)?(?:比上年|同比)?(?:增长(?:率|幅度)?|增速|增幅)(?:目标)?\s*[(（]\s*(%|‰)\s*[)）]/;
/** 增幅单位为%, 年度目标单位均为%: the columns named, then 单位为 and the unit. */
const UNIT_CLAUSE = /^(.+?)(?:的)?单位(?:均|都)?(?:为|是)\s*(%|‰)/;

/** 除实际利用外资为总量（万美元）外，: the rows a unit clause excepts, said before the unit; 除城镇新增就业（人）外: the row with its unit. */
const EXCEPT = /除([^，,。；;（(为]{1,40})(?:[（(][^）)]{1,6}[）)])?(?:为[^，,。；;]{0,20}?)?外[，,]?/;
/** 1. / 2、 numbering the note's items. */
const ITEM_NUMBER = /(^|[。；;])\s*[0-9０-９]{1,2}\s*[.．、]/g;

/** The note without its label, item numbers and exceptions; the rows excepted. */
function noteText(note: string): { text: string; excepted: string[] } {
  const excepted: string[] = [];
  const text = note
    .replace(/^[^:：]{1,6}[:：]/, '')
    .replace(ITEM_NUMBER, '$1')
    .replace(new RegExp(EXCEPT.source, 'g'), (_m, rows: string) => {
      excepted.push(...rows.split(/[、和及与]/).map((r) => r.replace(/\s+/g, '')));
      return '';
    });
  return { text, excepted: excepted.filter((r) => r !== '') };
}

/** The rows a note excepts from its columns' unit (除实际利用外资…外): they keep the row's unit. */
export function noteExceptedRows(note: string): string[] {
  return noteText(note).excepted;
}

/**
 * 甲、乙、丙的计划栏为绝对数或控制数: rows whose goal, under a column headed as a growth (计划增长（%）),
 * is a level or a ceiling in the row's own unit; the column's word (计划) with them (fix215). The rows' span is
 * bounded: a long note line is read in linear time.
 */
const LEVEL_GOAL_CLAUSE =
  /^(.{1,160}?)的([\u4e00-\u9fa5]{2,6}?)[栏列](?:均|都)?(?:为|是)(?:绝对数|绝对值|总量|控制数|数值)/;

/** The rows a note says keep their own unit under a goal column, with the column's word; none when no such clause. */
export function noteLevelGoalRows(note: string): { rows: Set<string>; column: string } {
  const rows = new Set<string>();
  let column = '';
  if (!note.includes('栏') && !note.includes('列')) return { rows, column };
  for (const clause of noteText(note).text.split(/[；;。，,]/)) {
    const found = LEVEL_GOAL_CLAUSE.exec(clause.trim());
    if (!found?.[1] || !found[2]) continue;
    column = found[2];
    for (const row of found[1].split(/[、和及与]/)) rows.add(row.replace(/\s+/g, ''));
  }
  return { rows, column };
}

/** The column headers a note's clauses give a unit, each with that unit. */
export function noteColumnUnits(note: string): Map<string, string> {
  const units = new Map<string, string>();
  for (const clause of noteText(note).text.split(/[；;。，,]/)) {
    const found = RATE_CLAUSE.exec(clause.trim()) ?? UNIT_CLAUSE.exec(clause.trim());
    if (!found?.[1] || !found[2]) continue;
    for (const name of found[1].split(/[、和及与]/)) {
      // 全年目标栏均为增速（%）, 年度目标、指导目标两列均为…: the column word is no part of its header.
      const header = name.replace(/\s+/g, '').replace(/[一两二三]?[栏列]$/, '');
      if (header !== '') units.set(header, found[2]);
    }
  }
  return units;
}

/** The unit the note gives a column by its header (spaces and a bracketed unit aside); null if none. */
export function noteUnitOf(units: ReadonlyMap<string, string>, header: string): string | null {
  const bare = header.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
  // 计划栏均为比上年增长（%） over 2025年计划 and 2026年计划: the note names the column by its word, the header with its year.
  return units.get(bare) ?? units.get(bare.replace(/^(?:19|20)\d{2}年度?/, '')) ?? null;
}
