// PDF form held-out-23's yingxu fixture showed (branch fixho23): a county table followed by a table of
// its townships whose caption (表2 …) is set centred between them; the caption must end the first table
// and not be glued onto its last row. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { placed, layoutTexts as texts } from '../helpers/pdf-items.js';

const cell = (text: string, x: number, y: number) => placed(text, x, y);

describe('a PDF caption between two tables', () => {
  it('ends the table above at 表2 … and starts the next one under it', () => {
    const row = (y: number, ...cells: string[]) =>
      cells.map((text, k) => cell(text, [0, 180, 260, 340, 420][k] ?? 0, y));
    const blocks = texts([
      ...row(700, '指标名称', '单位', '1-9月', '增长', '位次'),
      ...row(680, '地区生产总值', '亿元', '88.41', '6.7', '2'),
      ...row(660, '农村常住居民人均可支配收入', '元', '10513', '8.1', '4'),
      cell('表2　各乡镇前三季度主要指标完成情况', 180, 640),
      ...[
        ['乡镇', '总产值（万元）', '增长（%）'],
        ['东岭镇', '41260', '12.5'],
        ['西坳乡', '8830', '-3.2'],
      ].flatMap((cells, n) => cells.map((text, k) => cell(text, [0, 140, 280][k] ?? 0, 620 - 20 * n))),
    ]);
    expect(blocks).toEqual([
      [
        ['指标名称', '单位', '1-9月', '增长', '位次'],
        ['地区生产总值', '亿元', '88.41', '6.7', '2'],
        ['农村常住居民人均可支配收入', '元', '10513', '8.1', '4'],
      ],
      '表2各乡镇前三季度主要指标完成情况',
      [
        ['乡镇', '总产值（万元）', '增长（%）'],
        ['东岭镇', '41260', '12.5'],
        ['西坳乡', '8830', '-3.2'],
      ],
    ]);
  });
});
