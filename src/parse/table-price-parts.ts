// A price index's categories set as rows under it in a sheet of other indicators (居民消费价格指数
// (上年同期=100) | 102.3 over 其中：食品烟酒类 | 104.6): the categories are index numbers too, no growths of
// 104.6%, and no indicators the report tracks (price components are facts only). A price table of its
// own is table-price-index.ts's.

/** A bare index number: 50 to 200 with no % (a cell written with % is a change already). */
const INDEX_NUMBER = /^\s*(\d{2,3}(?:\.\d+)?)\s*$/;

const isIndexNumber = (text: string) => {
  const m = INDEX_NUMBER.exec(text);
  return m !== null && Number(m[1]) >= 50 && Number(m[1]) <= 200;
};

/** A dash or an empty cell: no figure. */
const NO_FIGURE = /^\s*(?:[—–-]{1,2}|…|)\s*$/;

/**
 * Tracks the rows of a table in order: after a row read over an index base, each following row the
 * catalogue does not know whose figures are all bare index numbers is one of the index's categories.
 * A row the catalogue knows, or one with other figures, ends the run.
 */
export class PriceParts {
  private underIndex = false;

  /** Whether the row (its index base, whether the catalogue knows it, its figure cells) is a category. */
  isCategory(indexBase: number | undefined, known: boolean, figures: readonly string[]): boolean {
    const written = figures.filter((text) => !NO_FIGURE.test(text));
    const category =
      this.underIndex && !known && written.length > 0 && written.every((text) => isIndexNumber(text));
    if (!category) this.underIndex = indexBase !== undefined;
    return category;
  }
}
