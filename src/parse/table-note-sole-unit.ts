// 注：本表单位为万元, 本表金额单位：亿元: a note under a table giving the unit of all its bare amounts, said
// after the rows where a unit line (单位：万元) over the header would have said it before (session 38, fix271:
// a county 决算表 of 年初预算数 | 调整预算数 | 决算数 whose note names the unit).

import { unitInfo } from './units.js';

/** 本表单位为万元, 本表金额单位：万元, 表中数据单位为亿元: the whole table's unit, a clause of its own. */
const TABLE_UNIT_CLAUSE =
  /^(?:本表|表中|表内)(?:金额|数据|数字)?(?:的)?(?:计量)?单位(?:均|都)?(?:为|是|[:：])\s*([\u4e00-\u9fa5]{1,4})$/;

/** The units a note names for the whole table (one, an amount unit), or none. */
export function noteTableUnits(note: string): string[] {
  const text = note.replace(/^[^:：]{1,6}[:：]/, '');
  for (const clause of text.split(/[；;。，,]/)) {
    const unit = TABLE_UNIT_CLAUSE.exec(
      clause.replace(/\s+/g, '').replace(/^[0-9０-９]{1,2}[.．、]/, ''),
    )?.[1];
    if (unit && unitInfo(unit) !== null) return [unit];
  }
  return [];
}
