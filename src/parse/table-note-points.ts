// A note under a table saying a row's change is told in percentage points: 注：产品销售率的增减为百分点。
// The row's level is a rate (97.6 %), and its 比上年同月±% figure is how many points the rate moved,
// not a growth of the rate.

/**
 * 产品销售率的增减为百分点, 产销率增减按百分点计算, and a 统计年报's 城镇化率的增长栏为比上年增减百分点 (the
 * sheet's growth column named, then what it holds for these rows): the rows named, then the column, then 百分点.
 */
const POINTS_CLAUSE =
  /^(.+?)(?:的)?(?:增减|±|增减幅度|比上年增减|同比增减|(?:增长|增速|增幅)(?:栏|列))(?:均|都)?(?:为|是|按|以)(?:比上年|同比)?(?:增减)?(?:个)?百分点(?:计算|计)?$/;

/**
 * 标“*”的指标，同比栏为比上年同期增减百分点, 带*号的指标增减为百分点: the rows are those the sheet marks with a star, told
 * before the column (F10393). The star stands in the set for them (MARKED).
 */
const MARKED_ROWS = /^(?:标有?|带有?|注有?|加)?[“"'‘]?[*＊※][”"'’]?(?:号|者)?(?:的)?(?:指标|项目|行)?/;

/** The set's entry for the rows a note names by their star. */
const MARKED = '*';

/** The row names a table's note says change in percentage points. */
export function noteRowsInPoints(note: string): Set<string> {
  const rows = new Set<string>();
  if (!note.includes('百分点')) return rows;
  let marked = false;
  for (const raw of note.replace(/^[^:：]{1,6}[:：]/, '').split(/[；;。，,]/)) {
    // 1.产销率…: a numbered note's item number is no part of the name.
    const clause = raw.replace(/\s+/g, '').replace(/^\d+[.、．]/, '');
    const star = MARKED_ROWS.exec(clause);
    // 标“*”的指标，同比栏为…百分点: the marked rows, then in the next clause what their column holds.
    const rest = star && star[0].length > 0 ? clause.slice(star[0].length) : null;
    if (rest === '') {
      marked = true;
      continue;
    }
    if (rest !== null || marked) {
      const told = POINTS_CLAUSE.exec(`指标${rest ?? clause}`) ?? COLUMN_POINTS.exec(rest ?? clause);
      if (told) rows.add(MARKED);
      marked = false;
      if (told) continue;
    }
    const found = POINTS_CLAUSE.exec(clause);
    if (!found?.[1]) continue;
    for (const name of found[1].split(/[、和及与]/)) if (name !== '') rows.add(name);
  }
  return rows;
}

/** A column of changes against last year (比上年同月±%, 增减(%), 同比±): not a level. */
const CHANGE_HEADER = /±|增减|增长|增幅|比上年|比去年|同比/;

/** 同比栏为比上年同期增减百分点, 增减栏为百分点: what a column holds for rows named before (the marked ones). */
const COLUMN_POINTS =
  /^(?:同比|增减|增长|增速|增幅|比上年|±)(?:±|%)?(?:栏|列)?(?:均|都)?(?:为|是|按|以)(?:比上年同期|比上年|同比)?(?:增减)?(?:个)?百分点(?:计算|计)?$/;

/**
 * Whether the row's figure in this column is a change in points, by the note: the row named, or marked with the
 * star the note names (工业产品销售率* under 标“*”的指标…百分点) when its written name is given.
 */
export function isPointsChange(
  rows: ReadonlySet<string>,
  name: string,
  header: string,
  written = '',
): boolean {
  if (!CHANGE_HEADER.test(header)) return false;
  return rows.has(name) || (rows.has(MARKED) && /[*＊※]\s*$/.test(written));
}
