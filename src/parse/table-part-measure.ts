// 规模以上工业总产值 | 其中：轻工业 | 重工业: a table's bare classes of industry under a whole name the
// whole's measure (轻工业总产值), as its figures are; under 规模以上工业增加值 they are the value added.

import { foldWidth } from './normalise.js';

const PART_MARK = /^\s*(?:其中\s*[:：]?|#)/;

/** The classes a whole's 其中 rows name bare, the first marked and the rest unmarked. */
const BARE_CLASS = /^(?:轻工业|重工业)$/;

/** The measure a whole's name ends with, which its bare classes take. */
const WHOLE_MEASURE = /(?:总产值|产值|增加值|营业收入|主营业务收入|利润总额)$/;

/**
 * 规模以上工业 as a row of a by-industry table: the whole itself, named without its measure; 规模以上工业合计:
 * the whole as the branches' total row, named with the word for a sum (dropped: the total is the whole).
 */
const BARE_WHOLE = /^(?:规模以上|规上|规模)工业(?:合计|总计)?$/;

/** The measure a by-industry table's caption or headers name (…分行业增加值, 1—9月增加值增速（%）, 1—8月产值（亿元）). */
const TABLE_MEASURE = /增加值|总产值|产值|营业收入|主营业务收入|利润总额/;

/** Gives a whole's bare class rows the whole's measure, row by row, in reading order. */
export class PartMeasures {
  private measure: string | null = null;
  private readonly tableMeasure: string | null;
  /** The current row's whole, when the row names it bare (规模以上工业): a column may name its own measure. */
  private whole: string | null = null;

  /**
   * 规模以上工业 | 7.6 | 6.8 under 1—9月增加值增速（%）, in a table titled …规模以上工业分行业增加值: the
   * whole's row names no measure, as its industries' rows name none; the caption or a header does.
   */
  constructor(heads: readonly string[] = []) {
    const named = heads.map((head) => TABLE_MEASURE.exec(foldWidth(head))?.[0]).find(Boolean);
    this.tableMeasure = named ?? null;
  }

  /** The row's name, with the whole's measure after a bare class under it. */
  next(nameCell: string, name: string): string {
    this.whole = null;
    if (BARE_WHOLE.test(name) && this.tableMeasure) {
      this.measure = this.tableMeasure;
      this.whole = name.replace(/(?:合计|总计)$/, '');
      return `${this.whole}${this.tableMeasure}`;
    }
    // 工业总产值（现价） | 其中：规模以上工业: the whole's scope named bare under the whole, its measure the
    // whole's (规模以上工业总产值; F10448).
    if (BARE_WHOLE.test(name) && this.measure && PART_MARK.test(foldWidth(nameCell)))
      return `${name.replace(/(?:合计|总计)$/, '')}${this.measure}`;
    if (BARE_CLASS.test(name)) {
      const under = PART_MARK.test(foldWidth(nameCell)) || this.measure !== null;
      return under && this.measure ? `${name}${this.measure}` : name;
    }
    // 工业总产值（现价）: the price basis in brackets after the measure.
    const bare = name.replace(/[(（][^()（）]{1,8}[)）]$/, '');
    this.measure = PART_MARK.test(foldWidth(nameCell)) ? null : (WHOLE_MEASURE.exec(bare)?.[0] ?? null);
    return name;
  }

  /**
   * 规模以上工业 | 9.1 | 60.15 under 增加值增速（%） | 产值（亿元）: the whole's row gives each column's measure, and
   * the first header's is not the others' (the output in 亿元 is no value added). The whole with the column's
   * own measure when it names another one; null when the row is no bare whole or the column names none
   * (session 47, fix423, F8743).
   */
  columnName(header: string): string | null {
    if (this.whole === null) return null;
    const own = TABLE_MEASURE.exec(foldWidth(header))?.[0];
    return own === undefined || own === this.tableMeasure ? null : `${this.whole}${own}`;
  }
}
