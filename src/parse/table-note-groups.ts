// The groups a table's note says its rank columns rank in. One note may speak of two columns:
// 全市位次为增速在潢阳市8个县区中的排位；全省位次为增速在全省62个县（市）中的排位 gives the 全市 column
// a group of 8 in 潢阳市 and the 全省 column one of 62, the province unnamed.

import { groupParent, groupSize } from './prose-rank-group.js';
import { rules } from './rules.js';

export interface NoteGroup {
  /** The scope word of the rank column the clause is about (全市 of 全市位次); null when it names none. */
  column: string | null;
  of: number;
  parent: string | null;
}

/** 全市位次为, 全省排名是: a clause about one rank column, named by its scope word. */
const COLUMN_CLAUSE = /(全[国省市区州县])(?:位次|排名|排位|名次|排序)/;

/**
 * Where a note's clause ends: at ；/。, or at a comma right before the next column's clause (全区位次为在全区
 * N个县中的位次，全市位次为在甲市M个县中的位次: two columns in one sentence, session 34, fix186).
 */
const NOTE_CLAUSE_END = /[；;。]|[，,](?=全[国省市区州县](?:位次|排名|排位|名次|排序))/;

/** The note's clauses that size a group, each with the rank column it names, if any. */
export function noteGroups(note: string): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const clause of note.replace(/^[^:：]{1,6}[:：]/, '').split(NOTE_CLAUSE_END)) {
    const of = groupSize(clause);
    if (of === null) continue;
    groups.push({ column: COLUMN_CLAUSE.exec(clause)?.[1] ?? null, of, parent: groupParent(clause) });
  }
  return groups;
}

/** 地区生产总值为辽岑市统一核算数, 根据桐州市统一核算结果: a note crediting the figures to the parent's accounting. */
const CREDITED_TO =
  /(?:为|根据|依据|据|按)([\u4e00-\u9fa5]{2,8}?(?:省|市|州|盟|地区))(?:地区生产总值)?统一核算/;

/**
 * The parent a note names only where it credits the figures (注：地区生产总值为辽岑市统一核算数；位次为在全市
 * 7个县（市）区中的位次): the 全市 of its rank clause stands for that parent. Null when none, or a scope word.
 */
export function noteAccountingParent(note: string): string | null {
  // 数据为澄江州…: the lead 据 of 数据 matched first, its 为 is no part of the name.
  const parent = CREDITED_TO.exec(note)?.[1]?.replace(/^为/, '');
  // 数据为全市统一核算数: a scope word, not a name.
  return parent && !/[全本我该各]/.test(parent) ? parent : null;
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

/**
 * The group a rank column of a later table takes from an earlier table's note, its own note sizing
 * none: only a clause that defines that very column (全市位次为在淮澄市六个县（市、区）中的位次 under a
 * workbook's first sheet, 全市位次 again over the next sheets), never a clause naming no column.
 */
export function definedGroup(earlier: readonly NoteGroup[], scope: string): NoteGroup | null {
  return earlier.find((g) => g.column !== null && g.column === scope) ?? null;
}

/**
 * The group of a prose rank scoped `scope` (增速居全市第3位) under a note about that very column
 * (全市排位为在穆岗市9个县（市、区）中的增速排位): the clause naming the column and a parent the
 * scope word stands for (全市 for 穆岗市). Null otherwise: a rank in the prose may rank in another group.
 * A prose rank whose 全市 the text already named as that parent (穆岗市) is of the same group (session 32,
 * fixleft32: 总量排名全市第4 beside 增速排名全市第1 under such a note).
 */
export function proseRankGroup(groups: readonly NoteGroup[], scope: string): NoteGroup | null {
  return (
    groups.find(
      (g) =>
        g.parent !== null &&
        g.parent.at(-1) === scope.at(-1) &&
        (g.column === scope || (g.column !== null && g.parent === scope && g.column.at(-1) === scope.at(-1))),
    ) ?? null
  );
}

/**
 * 全市位次为增速在全市16个区中的排位: a note sizing its 全市 column without naming the parent; a prose rank
 * 排名全市第三 of no size is among the same places (session 33, fixleft33). Null when no clause of the note
 * is about that scope word's column.
 */
export function scopeWordGroup(groups: readonly NoteGroup[], scope: string): NoteGroup | null {
  return groups.find((g) => g.parent === null && g.column !== null && g.column === scope) ?? null;
}

/**
 * 全省县域位次为在全省80个县（市、区）中的位次: a note clause sizing the class of counties a prose rank's scope
 * (增速居全省县域第N位) names, written right before the clause's rank word. Null when the scope is no 县域
 * class or no clause names it (session 32, fix138).
 */
export function classScopeSize(note: string, scope: string): number | null {
  if (!scope.endsWith('县域') || !note.includes(scope)) return null;
  for (const clause of note.split(/[；;。]/))
    if (clause.includes(`${scope}位次`) || clause.includes(`${scope}排名`)) return groupSize(clause);
  return null;
}

/** 单位说明：…, 说明：… before 注：…: a label line under a table, as notes are written. */
const LABEL_LINE = /^[\u4e00-\u9fa5]{1,6}[:：]/;

/**
 * （位次按增速排列，甲市共N个县（区）；…）, （注：…）: a note written whole in brackets under a table, its
 * rank words or its 注 right after the bracket (a WeChat post's flattened table, session 35, fix194).
 */
const BRACKETED_NOTE = /^[(（]\s*(?:注\s*[:：]|[^()（）;；。]{0,12}(?:位次|排名|排位|排序))/;

/**
 * The note under a table: the first of the prose lines after it that is a note (注：, 说明：, or one
 * written whole in brackets), passing other label lines (单位说明：… then 注：…); null when the first
 * line after is no label line.
 */
export function tableNoteAfter(
  after: readonly { kind: string; line: number }[],
  lineText: (line: number) => string,
  /** The line as written, its item number kept (the sentences leave 2. out). */
  rawLine: (line: number) => string = lineText,
): string | null {
  const seen = new Set<number>();
  for (const sentence of after) {
    if (sentence.kind !== 'prose' || seen.has(sentence.line)) continue;
    seen.add(sentence.line);
    const text = lineText(sentence.line);
    if (rules.tableNote.test(text)) return withNumberedItems(text, sentence.line, after, rawLine);
    if (BRACKETED_NOTE.test(text)) return text;
    if (!LABEL_LINE.test(text) || seen.size >= 3) return null;
  }
  return null;
}

/** 注：1.… opens a numbered note; 2.…, 3.… (or （2）…) on the lines after it are its further items. */
const FIRST_ITEM = /^[\u4e00-\u9fa5]{1,6}[:：]\s*(?:1[.．、]|[（(]1[)）])/;
/** 注释： alone on its line, its items 1.…, 2.… on the lines under it (session 35, fix203). */
const LABEL_ALONE = /^[\u4e00-\u9fa5]{1,6}[:：]\s*$/;
const NEXT_ITEM = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])/;

/**
 * 注：1.全年目标…。 / 2.全市排位为增速在鹤澜市8个县（市、区）中的位次: a note numbered over several
 * lines is one note; its items on the lines right after its first line join it (at ；), so a later
 * item that sizes the rank column's group is read.
 */
function withNumberedItems(
  note: string,
  line: number,
  after: readonly { kind: string; line: number }[],
  rawLine: (line: number) => string,
): string {
  const alone = LABEL_ALONE.test(note);
  if (!alone && !FIRST_ITEM.test(note)) return note;
  const items = [note];
  let next = line + 1;
  for (const sentence of after) {
    if (sentence.line < next) continue;
    const text = rawLine(sentence.line);
    if (sentence.line !== next || !NEXT_ITEM.test(text)) break;
    items.push(text);
    next++;
  }
  // The label alone before its items: 注释：1.…；2.…, as if written on one line.
  if (alone && items.length > 1) return `${note.trim()}${items.slice(1).join('；')}`;
  return items.join('；');
}
