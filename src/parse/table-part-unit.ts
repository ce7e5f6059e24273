// A table's 其中 rows (`# 批发零售业`, `其中：税收收入`) and the rows that follow them unmarked (`住宿餐饮业`)
// are parts of the row above them, counted in its unit: 社会消费品零售总额(万元) gives its parts 万元
// when neither their names nor a unit column give one. So are a GDP table's industries under 地区生产总值（亿元）,
// unmarked (第一产业 | X | A): the GDP's unit is theirs (fix224).

import { foldWidth } from './normalise.js';

const PART_MARK = /^\s*(?:其中\s*[:：]?|#)/;

/** Carries a row's unit to its parts, row by row, in reading order. */
export class PartUnits {
  private unit: string | null = null;
  private inParts = false;
  /** The unit carried is the GDP row's (a GDP table's). */
  private gdpWhole = false;

  /**
   * The unit of this row: its own when it has one, else its whole's while it is a part of one. `gdp` is the
   * row's place in a GDP table (gdpRole), null elsewhere.
   */
  next(nameCell: string, ownUnit: string | null, gdp: 'whole' | 'part' | null = null): string | null {
    if (ownUnit) {
      this.unit = ownUnit;
      this.inParts = PART_MARK.test(foldWidth(nameCell));
      this.gdpWhole = gdp === 'whole';
      return ownUnit;
    }
    if (gdp === 'part' && this.gdpWhole) return this.unit;
    if (PART_MARK.test(foldWidth(nameCell))) this.inParts = true;
    return this.inParts ? this.unit : null;
  }
}
