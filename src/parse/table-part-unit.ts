// A table's 其中 rows (`# 批发零售业`, `其中：税收收入`) and the rows that follow them unmarked (`住宿餐饮业`)
// are parts of the row above them, counted in its unit: 社会消费品零售总额(万元) gives its parts 万元
// when neither their names nor a unit column give one.

import { foldWidth } from './normalise.js';

const PART_MARK = /^\s*(?:其中\s*[:：]?|#)/;

/** Carries a row's unit to its parts, row by row, in reading order. */
export class PartUnits {
  private unit: string | null = null;
  private inParts = false;

  /** The unit of this row: its own when it has one, else its whole's while it is a part of one. */
  next(nameCell: string, ownUnit: string | null): string | null {
    if (ownUnit) {
      this.unit = ownUnit;
      this.inParts = PART_MARK.test(foldWidth(nameCell));
      return ownUnit;
    }
    if (PART_MARK.test(foldWidth(nameCell))) this.inParts = true;
    return this.inParts ? this.unit : null;
  }
}
