// A row named by a measure word alone (地区生产总值 | 亿元 | … then `　增速 | % | 6.8 | 7左右`): the
// growth of the row above, indented under it on the page, not an indicator of its own.

import { foldWidth } from './normalise.js';
import { isMonthRow } from './table-month-row.js';

/** 增速, 增长, 增幅, 增长率, 同比增长, 增速(%): a measure word with no indicator's name before it. */
const BARE_MEASURE = /^(?:同比|比上年)?(?:增速|增长率?|增幅)\s*(?:[(（]\s*%\s*[)）])?$/;

/** Carries the last named row's name to a bare measure row under it, row by row, in reading order. */
export class MeasureRows {
  private owner: string | null = null;

  /** The row above's name (as written) for a bare measure word's row, else null. */
  ownerOf(written: string): string | null {
    // 其中：8月当月 under 规模以上工业增加值: the row above in one month (table-month-row.ts).
    if (BARE_MEASURE.test(foldWidth(written).trim()) || isMonthRow(written)) return this.owner;
    this.owner = written;
    return null;
  }
}
