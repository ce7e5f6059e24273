// A PDF table the page broke inside its last row, with the header repeated on the next page and no row
// after it: the page opens with the repeated header, the cut row's rest, then the table's note. The rest
// finishes the row and the note follows the table (docs/prose-forms.md F2471). Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const row = (y: number, ...cells: Array<[string, number, number]>) =>
  cells.map(([text, x, end]) => item(text, x, end, y, 10));

const header = (y: number) =>
  row(
    y,
    ['指标', 80, 100],
    ['单位', 170, 190],
    ['目标', 250, 270],
    ['完成', 320, 340],
    ['全市位次', 460, 500],
  );

const firstPage = toLines([
  ...header(520),
  ...row(
    500,
    ['地区生产总值', 70, 130],
    ['亿元', 170, 190],
    ['6', 257, 263],
    ['96.4', 320, 340],
    ['3', 477, 483],
  ),
  ...row(
    480,
    ['一般公共预算', 70, 130],
    ['亿元', 170, 190],
    ['5', 257, 263],
    ['4.21', 320, 340],
    ['7', 477, 483],
  ),
  ...row(465, ['收入', 90, 110]),
  ...row(
    445,
    ['城镇居民人均', 70, 130],
    ['元', 175, 185],
    ['6', 257, 263],
    ['31250', 315, 345],
    ['12', 474, 486],
  ),
  ...row(430, ['可支配收', 80, 120]),
]);

const note = item('注：全市位次为增速在全市21个县区中的位次；元表示人民币元。', 70, 450, 640, 10);

const texts = (pages: ReturnType<typeof toLines>[]) =>
  layoutBlocks(pages).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('a table whose last row the page cut, its header repeated over the row’s rest alone', () => {
  it('finishes the cut row with the rest and drops the repeated header', () => {
    const secondPage = toLines([...header(720), ...row(700, ['入', 95, 105]), note]);
    const blocks = texts([firstPage, secondPage]);
    expect(blocks[0]).toEqual([
      ['指标', '单位', '目标', '完成', '全市位次'],
      ['地区生产总值', '亿元', '6', '96.4', '3'],
      ['一般公共预算收入', '亿元', '5', '4.21', '7'],
      ['城镇居民人均可支配收入', '元', '6', '31250', '12'],
    ]);
    expect(blocks[1]).toBe('注：全市位次为增速在全市21个县区中的位次；元表示人民币元。');
    expect(blocks).toHaveLength(2);
  });

  it('leaves a repeated header with prose under it, no rest, as it was', () => {
    const secondPage = toLines([...header(720), note]);
    expect(texts([firstPage, secondPage])[0]).toHaveLength(4);
  });
});
