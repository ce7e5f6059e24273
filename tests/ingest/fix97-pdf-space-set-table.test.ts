// A PDF whose indicator table was typed as lines with runs of spaces between the cells (no table in the
// file), each row wider than the page (session 29, fix97): the last cell wraps onto a line of its own at
// the left margin (a rank alone, read before as a page number), the columns drift from row to row, and
// the last row goes over to the next page alone. The rows keep all their cells, in order, as one table.
// Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, stripPageFurniture, toLines } from '../../src/ingest/pdf-layout.js';
import { withRowTails } from '../../src/ingest/pdf-lines.js';
import { spanning as item } from '../helpers/pdf-items.js';

const SIZE = 16;
/** A row set from x 104 with its cells where the spaces put them; the wrapped tail at the margin under it. */
const row = (y: number, cells: Array<[string, number, number]>, tail?: string) => [
  ...cells.map(([text, x, end]) => item(text, x, end, y, SIZE)),
  ...(tail ? [item(tail, 72, 82, y - 20, SIZE)] : []),
];

const firstPage = [
  item('表　2025年上半年柘岭县主要经济指标', 150, 420, 380, SIZE),
  ...row(
    357,
    [
      ['指 标 名 称', 104, 179],
      ['单位', 247, 279],
      ['1—6月', 308, 363],
      ['同比增长（%）', 392, 502],
    ],
    '全市位次',
  ),
  ...row(
    310,
    [
      ['地区生产总值', 104, 200],
      ['亿元', 264, 296],
      ['98.36', 325, 370],
      ['5.7', 432, 457],
    ],
    '4',
  ),
  ...row(
    268,
    [
      ['规模以上工业增加值', 104, 248],
      ['—', 291, 307],
      ['—', 346, 362],
      ['7.9', 416, 441],
    ],
    '3',
  ),
  ...row(
    226,
    [
      ['社会消费品零售总额', 104, 248],
      ['亿元', 291, 323],
      ['41.05', 352, 398],
      ['4.6', 453, 478],
    ],
    '6',
  ),
  item('- 1 -', 289, 307, 37, 9),
];

const secondPage = [
  ...row(
    751,
    [
      ['农村居民人均可支配收入', 104, 280],
      ['元', 309, 325],
      ['11862', 361, 412],
      ['6.2', 467, 492],
    ],
    '2',
  ),
  item('注：全市共7个县（市、区）。', 104, 330, 709, SIZE),
  item('- 2 -', 289, 307, 37, 9),
];

const texts = (pages: Parameters<typeof toLines>[0][]) =>
  layoutBlocks(stripPageFurniture(pages.map(toLines)).map(withRowTails)).map((b) =>
    b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text,
  );

describe('a table typed with runs of spaces, its rows wrapped at the page’s width', () => {
  it('keeps every row’s wrapped last cell and reads the pieces as cells, over the page break', () => {
    expect(texts([firstPage, secondPage])).toEqual([
      '表2025年上半年柘岭县主要经济指标',
      [
        ['指标名称', '单位', '1—6月', '同比增长（%）', '全市位次'],
        ['地区生产总值', '亿元', '98.36', '5.7', '4'],
        ['规模以上工业增加值', '—', '—', '7.9', '3'],
        ['社会消费品零售总额', '亿元', '41.05', '4.6', '6'],
        ['农村居民人均可支配收入', '元', '11862', '6.2', '2'],
      ],
      '注：全市共7个县（市、区）。',
    ]);
  });

  it('still drops a page number standing alone at the page’s foot', () => {
    const prose = [item('上半年，全县经济运行总体平稳。', 104, 330, 700, SIZE), item('3', 296, 304, 37, 9)];
    expect(texts([prose])).toEqual(['上半年，全县经济运行总体平稳。']);
  });
});
