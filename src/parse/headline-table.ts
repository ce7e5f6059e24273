// A table of the region's main indicators is a report's headline figures when its first body row is
// the whole region's (全市 486.32 7.6 …) under a header naming a headline indicator (地区生产总值 …):
// a 通报 of the counties' figures led by the city's own row.

import type { Line } from './lines.js';

/** The indicators every sibling of the genre reports; shared with the prose test for headline figures. */
export const HEADLINE_NAMES =
  /(?:地区生产总值|生产总值|GDP|工业增加值|工业总产值|固定资产投资|社会消费品零售总?额|社零总?额|预算收入|财政收入|财政总收入|进出口|可支配收入|居民消费价格|产业结构|产业比例|产业比重|产业增加值|存款余额|贷款余额|存、贷款余额)/;

/** The whole region's row: 全市, 全县, 全区, 合计, 总计 first, then figures. */
const WHOLE_ROW = /^(?:全(?:省|市|州|盟|县|区|旗)|合计|总计)(?:合计)?\t[^\t\d]*\d/;
/** How many rows above the whole region's the header may start. */
const HEADER_ROWS = 4;

const isRow = (line: Line) => line.text.includes('\t');

/** Whether a table row of the whole region's figures stands under a header naming a headline indicator. */
export function hasHeadlineTableRow(lines: readonly Line[]): boolean {
  return lines.some((line, k) => {
    if (!WHOLE_ROW.test(line.text)) return false;
    const header = lines.slice(Math.max(0, k - HEADER_ROWS), k);
    return header.some((row) => isRow(row) && HEADLINE_NAMES.test(row.text));
  });
}
