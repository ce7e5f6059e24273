// A PDF table the page broke inside its last row, its header wrapped over two lines (年目 / 标) and
// repeated on the next page over the cut row's rest alone: the repeated header and the rest read as a
// table run of their own, so the rest was dropped and the row's name stayed cut (城镇新增就). The rest
// finishes the row (docs/prose-forms.md F3841). Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const row = (y: number, ...cells: Array<[string, number, number]>) =>
  cells.map(([text, x, end]) => item(text, x, end, y, 10));

const header = (y: number) => [
  ...row(
    y,
    ['序号', 40, 60],
    ['指标名称', 80, 120],
    ['单位', 170, 190],
    ['上年目', 240, 270],
    ['上年完', 310, 340],
    ['增长', 390, 410],
    ['全市位次', 460, 500],
  ),
  ...row(y - 14, ['标', 250, 260], ['成', 320, 330], ['（%）', 385, 415]),
];

const firstPage = toLines([
  ...header(540),
  ...row(
    500,
    ['1', 48, 52],
    ['地区生产总', 75, 125],
    ['亿元', 170, 190],
    ['6', 257, 263],
    ['96.4', 320, 340],
    ['6.2', 392, 408],
    ['3', 477, 483],
  ),
  ...row(486, ['值', 95, 105]),
  ...row(
    465,
    ['2', 48, 52],
    ['城镇新增就', 75, 125],
    ['人', 175, 185],
    ['2400', 250, 270],
    ['2715', 320, 340],
    ['—', 395, 405],
    ['—', 475, 485],
  ),
]);

const note = item('注：全市位次为增速在全市21个县区中的位次；人表示新增人数。', 70, 450, 640, 10);

const texts = (pages: ReturnType<typeof toLines>[]) =>
  layoutBlocks(pages).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('a table with a two-line header whose last row the page cut, the header repeated over the row’s rest', () => {
  it('finishes the cut row with the rest and drops the repeated header', () => {
    const secondPage = toLines([...header(740), ...row(708, ['业', 95, 105]), note]);
    const blocks = texts([firstPage, secondPage]);
    expect(blocks[0]).toEqual([
      ['序号', '指标名称', '单位', '上年目标', '上年完成', '增长（%）', '全市位次'],
      ['1', '地区生产总值', '亿元', '6', '96.4', '6.2', '3'],
      ['2', '城镇新增就业', '人', '2400', '2715', '—', '—'],
    ]);
    expect(blocks[1]).toBe('注：全市位次为增速在全市21个县区中的位次；人表示新增人数。');
    expect(blocks).toHaveLength(2);
  });

  it('leaves a full row under the repeated header to the continued table', () => {
    const secondPage = toLines([
      ...header(740),
      ...row(
        708,
        ['3', 48, 52],
        ['人口', 90, 110],
        ['万人', 170, 190],
        ['12', 255, 265],
        ['12.3', 320, 340],
        ['2.5', 392, 408],
        ['4', 477, 483],
      ),
      note,
    ]);
    const table = texts([firstPage, secondPage])[0];
    expect(table).toHaveLength(4);
    expect((table as string[][])[2]?.[1]).toBe('城镇新增就');
  });
});
