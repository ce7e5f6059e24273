// 单位：亿元、元、% | | | | | 2025年4月22日: a sheet's unit row over the header carries, in its last cell,
// the date the sheet was made (session 40, fix304: a county 一季度 sheet of 1—3月 | 同比±% | 全市位次 |
// 全省位次 whose unit row held the date at its right end and so was read as the header).

/** 2025年4月22日, 2025.4.22, 制表日期：2025年4月, (2025年4月22日): a cell giving only a date. */
const DATE_CELL =
  /^[(（]?(?:(?:制表|编制|发布|统计)?(?:日期|时间)\s*[:：]\s*)?\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)[)）]?$/;

/**
 * The unit cell of a row that holds a unit line (单位：亿元、%) and beside it only empty cells and a
 * date; the row's own text when it is no such row (a unit line on its own, or any other line).
 */
export function unitRowText(text: string): string {
  if (!text.includes('\t') && !text.includes('|')) return text;
  const cells = text
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/[\t|]/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const [first, ...rest] = cells;
  if (!first || !/^(?:计量)?单位\s*[:：]/.test(first)) return text;
  return rest.every((c) => DATE_CELL.test(c)) ? first : text;
}
