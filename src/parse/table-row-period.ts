// A table row named with the period its figures are for: 城镇居民人均可支配收入（前三季度） in a 1—10月
// table, the incomes being surveyed by quarter. The period is no part of the indicator's name, and the
// row's figures are that period's (2024-Q3), as a prose figure headed 前三季度 is (figure-period.ts).

import { endMonth } from './figure-period.js';
import type { Line } from './lines.js';
import { periodCode } from './meta.js';
import { foldWidth } from './normalise.js';
import type { PlacedTable } from './structure.js';
import { nameColumnOf } from './table-column-roles.js';
import { withCellPeriods } from './table-earlier-columns.js';
import { monthRowPeriod } from './table-month-row.js';
import { unitPeriodBracket } from './table-row-unit-period.js';
import type { Observation } from './types.js';

/** A cumulative period in brackets closing a row's name: (前三季度), (1-9月), (上半年). */
const ROW_PERIOD = /\s*\((上半年|前半年|第?一季度|首季度|前三季度|1\s*[-—–―~至到]\s*\d{1,2}\s*月份?)\)$/;

/**
 * 金融机构本外币各项存款余额（N月末）in a month's table: the balance's date, the end of the report's own
 * month (the row's figure sits in the month's column, — under the cumulative one); no part of the name
 * and no period of its own. Session 30, fix100. So is a bare （月末） (fix114).
 */
const BALANCE_DATE = /\s*\((?:\d{1,2}\s*月|季|年|期|月)末\)$/;

/** A bracket's piece that is a cumulative period (前三季度, 1-9月), as ROW_PERIOD reads one. */
const isRowPeriod = (piece: string) => ROW_PERIOD.test(`(${piece})`);

/**
 * The row's name without a period in brackets after it (the name rowName gives, brackets folded).
 * 地区生产总值(亿元,前三季度): the bracket's unit stays, in a bracket of its own (F6961).
 */
export function withoutRowPeriod(name: string): string {
  const both = unitPeriodBracket(name, isRowPeriod);
  if (both) return `${both.name}(${both.unit})`;
  return name.replace(ROW_PERIOD, '').replace(BALANCE_DATE, '');
}

/**
 * 第一产业增加值 … 第三产业增加值 under 地区生产总值（前三季度）: the industries are accounted with the GDP, by
 * the quarter, so the rows after a GDP row marked with an earlier period share it unmarked (a Word table's
 * indentation, lost in the cells, was all that tied them to it). Session 30, fix100.
 */
// 一、地区生产总值（上半年）: a sheet's item number before the GDP row is no part of its name (held-out-314, F6424).
const GDP_ROW =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.]|\([一二三四五六七八九十]{1,3}\))?\s*(?:地区生产总值|生产总值|GDP)/;
const GDP_PART_ROW = /^(?:其中\s*[:：]?)?\s*(?:第?[一二三]产业?(?:增加值)?|[一二三]产)$/;

/**
 * The earlier cumulative period of the report's own year a row's name closes with (2024-Q3 under a
 * 2024-M1-10 report), or null when it names none, the report's own, or a later one.
 */
export function rowPeriod(name: string, reportPeriod: string): string | null {
  const folded = foldWidth(name).trim();
  const both = unitPeriodBracket(folded, isRowPeriod);
  const match = ROW_PERIOD.exec(both ? `(${both.period})` : folded);
  if (!match?.[1]) return null;
  const year = Number(reportPeriod.slice(0, 4));
  const reportEnd = endMonth(reportPeriod.slice(5));
  const code = periodCode(match[1].replace(/^第/, '').replace(/―/g, '-').replace(/\s/g, ''));
  const months = code === null ? null : endMonth(code);
  if (!year || reportEnd === null || months === null || months >= reportEnd) return null;
  return `${year}-${code}`;
}

/**
 * 地区生产总值① under a 1—5月 table whose 注 says ①为一季度数据: the mark sends the row to an earlier
 * period, as a bracketed one would. The marks the note gives a period, each with that period's code.
 */
const MARK_PERIOD =
  /([①-⑳*＊])为(上半年|第?一季度|前三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)(?:的)?(?:数据|数|累计数)/g;
const ROW_MARK = /([①-⑳*＊])\s*$/;

function markPeriods(note: string | null | undefined, reportPeriod: string): Map<string, string> {
  const periods = new Map<string, string>();
  if (!note) return periods;
  for (const match of foldWidth(note).matchAll(MARK_PERIOD)) {
    const period = rowPeriod(`(${match[2]})`, reportPeriod);
    if (match[1] && period) periods.set(match[1], period);
  }
  return periods;
}

/**
 * 注：K.规模以上服务业营业收入为1—M月数据 under a 1—N月 table (M before N): the note names the row itself
 * (no mark) and sends it to an earlier period; a list of rows (甲、乙为1—M月数据) sends each. Session 31, fix110.
 * Two such in one sentence, parted by a comma (甲为1—7月数据，城乡居民人均可支配收入为上半年数据): each (session 47,
 * fix421, F8614).
 */
const NAMED_PERIOD =
  /(?:^|[;。:,，]|\d[.、])\s*([\u4e00-\u9fa5()、]{2,60}?)(?:均)?为(上半年|第?一季度|前三季度|1\s*[-—–―~至到]\s*\d{1,2}\s*月份?)(?:的)?(?:数据|数|累计数)/g;

/** The row names a note gives an earlier period, each (as rowKey gives it) with that period's code. */
function namedPeriods(note: string | null | undefined, reportPeriod: string): Map<string, string> {
  const periods = new Map<string, string>();
  if (!note?.includes('为') || !note.includes('数')) return periods;
  for (const match of foldWidth(note).matchAll(NAMED_PERIOD)) {
    const period = rowPeriod(`(${match[2]})`, reportPeriod);
    if (!period) continue;
    // 第二产业增加值及城乡居民收入: the list's last two joined by 及 (和) are two names, unless the whole is one
    // row's name (fix432, F9034).
    for (const listed of (match[1] ?? '').split('、'))
      for (const name of JOINED.test(listed) ? [listed, ...listed.split(JOINED)] : [listed])
        if (name) periods.set(INCOME_GROUP.test(rowKey(name)) ? INCOME_GROUP_KEY : rowKey(name), period);
  }
  return periods;
}

/**
 * 居民收入为前三季度数据 under a 1—10月 table: the note names the incomes as a group, not a row; it sends
 * every residents' income row (城镇常住居民人均可支配收入, 农村…) to that period (session 31, fix123); so does
 * 城乡常住居民人均可支配收入 (session 35, fix212).
 */
const INCOME_GROUP = /^(?:城乡)?(?:常住)?居民(?:人均)?(?:可支配)?收入$/;
const INCOME_GROUP_KEY = '居民收入';
// 农民人均现金收入, 农民人均纯收入: the rural income under its older name is one of them too (fix432, F9035).
const INCOME_ROW = /(?:居民|农民)[\u4e00-\u9fa5]{0,8}收入$/;
/** 及, 以及, 和 between the last two names of a note's list. */
const JOINED = /以及|及|和/;

/**
 * The period the note gives the row, by its own name or as one of the residents' incomes. 利润总额为1—M月数据
 * under a row 规模以上工业利润总额: the note names the row by its short name, the end of the row's (fix239).
 */
function namedPeriodOf(named: ReadonlyMap<string, string>, name: string): string | undefined {
  const key = rowKey(name);
  const own = named.get(key) ?? (INCOME_ROW.test(key) ? named.get(INCOME_GROUP_KEY) : undefined);
  if (own) return own;
  for (const [short, period] of named) if (short.length >= 4 && key.endsWith(short)) return period;
  return undefined;
}

/** A row's name as a note names it: 其中：, # and spaces before it and a unit in brackets after it left out. */
const rowKey = (name: string) =>
  foldWidth(name)
    .replace(/\s+/g, '')
    .replace(/^(?:其中:?|#)/, '')
    .replace(/\([^()]{1,8}\)$/, '');

/**
 * 一、地区生产总值（前三季度） merged across a 1—11月 sheet over the GDP and its industries: a group row (the
 * table reader drops it, no indicator) whose earlier period is its rows' until the next group row. Session 46,
 * fix398, F8101.
 */
const GROUP_HEADING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.]|\([一二三四五六七八九十]{1,3}\))\s*[一-龥]/;
const CELL_BREAK = /\t|\||\s{2,}/;

/**
 * The period of the last group row on the lines between two rows (after and before, 1-based line numbers):
 * '' for a group row naming none (it closes the section above), undefined when there is no group row.
 */
function headingPeriod(
  lines: readonly Line[],
  after: number,
  before: number,
  reportPeriod: string,
): string | undefined {
  let period: string | undefined;
  for (let n = after + 1; n < before; n++) {
    const pieces = foldWidth(lines[n - 1]?.text ?? '')
      .split(CELL_BREAK)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '');
    const [heading] = pieces;
    if (pieces.length !== 1 || !heading || !GROUP_HEADING.test(heading)) continue;
    period = rowPeriod(heading, reportPeriod) ?? '';
  }
  return period;
}

/** The table observations of a row named with an earlier period, given that period. */
export function withRowPeriods(
  observations: readonly Observation[],
  tables: readonly PlacedTable[],
  reportPeriod: string | null,
  notes: readonly (string | null)[] = [],
  lines: readonly Line[] = [],
): Observation[] {
  if (!reportPeriod) return [...observations];
  const periodAt = new Map<number, string>();
  for (const [t, { read }] of tables.entries()) {
    const nameColumn = nameColumnOf(read.table.columns);
    const marked = markPeriods(notes[t], reportPeriod);
    const named = namedPeriods(notes[t], reportPeriod);
    let gdpPeriod: string | null = null;
    let sectionPeriod: string | null = null;
    let after = read.table.line;
    for (const row of read.rows) {
      const name = row.cells[nameColumn]?.text ?? '';
      const mark = marked.size > 0 ? ROW_MARK.exec(name.trim())?.[1] : undefined;
      const bare = foldWidth(name).trim();
      const own =
        (mark && marked.get(mark)) ||
        (named.size > 0 && namedPeriodOf(named, name)) ||
        rowPeriod(name, reportPeriod) ||
        monthRowPeriod(name, reportPeriod);
      sectionPeriod = headingPeriod(lines, after, row.line, reportPeriod) ?? sectionPeriod;
      after = Math.max(after, row.line);
      const period = own || (gdpPeriod && GDP_PART_ROW.test(bare) ? gdpPeriod : null) || sectionPeriod;
      gdpPeriod = GDP_ROW.test(bare) ? own : GDP_PART_ROW.test(bare) ? gdpPeriod : null;
      // 增长5.9%（前三季度） in a 1—11月完成 column: the cell's own earlier period, its row's others the report's
      // (session 41, fix318, F6473).
      for (const cell of row.cells) {
        const cellPeriod = cell.text === name ? null : rowPeriod(cell.text, reportPeriod);
        if (cellPeriod && !period) periodAt.set(cell.start, cellPeriod);
      }
      if (!period) continue;
      for (const cell of row.cells) if (cell.text !== '') periodAt.set(cell.start, period);
    }
  }
  return withCellPeriods(observations, periodAt);
}
