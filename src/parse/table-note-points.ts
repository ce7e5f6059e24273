// A note under a table saying a row's change is told in percentage points: 注：产品销售率的增减为百分点。
// The row's level is a rate (97.6 %), and its 比上年同月±% figure is how many points the rate moved,
// not a growth of the rate.

/**
 * 产品销售率的增减为百分点, 产销率增减按百分点计算, and a 统计年报's 城镇化率的增长栏为比上年增减百分点 (the
 * sheet's growth column named, then what it holds for these rows): the rows named, then the column, then 百分点.
 */
const POINTS_CLAUSE =
  /^(.+?)(?:的)?(?:增减|±|增减幅度|比上年增减|同比增减|(?:增长|增速|增幅)(?:栏|列))(?:均|都)?(?:为|是|按|以)(?:比上年|同比)?(?:增减)?(?:个)?百分点(?:计算|计)?$/;

/** The row names a table's note says change in percentage points. */
export function noteRowsInPoints(note: string): Set<string> {
  const rows = new Set<string>();
  for (const clause of note.replace(/^[^:：]{1,6}[:：]/, '').split(/[；;。，,]/)) {
    // 1.产销率…: a numbered note's item number is no part of the name.
    const found = POINTS_CLAUSE.exec(clause.replace(/\s+/g, '').replace(/^\d+[.、．]/, ''));
    if (!found?.[1]) continue;
    for (const name of found[1].split(/[、和及与]/)) if (name !== '') rows.add(name);
  }
  return rows;
}

/** A column of changes against last year (比上年同月±%, 增减(%), 同比±): not a level. */
const CHANGE_HEADER = /±|增减|增长|增幅|比上年|比去年|同比/;

/** Whether the row's figure in this column is a change in points, by the note. */
export function isPointsChange(rows: ReadonlySet<string>, name: string, header: string): boolean {
  return rows.has(name) && CHANGE_HEADER.test(header);
}
