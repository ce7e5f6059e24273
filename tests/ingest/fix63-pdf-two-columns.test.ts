// A communiqué's PDF table of two columns under its caption (表1 居民消费价格比上年涨跌幅度 over 指标 |
// 全县（单位：%） and rows of a name and one figure): the caption above and the rows of a name and a figure
// make it a table, though its lines have two pieces, not three (session 23, fix63). A line of prose
// with a date at its right, under no caption, stays text. Invented figures.

import { describe, expect, it } from 'vitest';
import { spanning as item, layoutTexts } from '../helpers/pdf-items.js';

const row = (y: number, name: string, figure: string) => [
  item(name, 90, 90 + 10 * name.length, y),
  item(figure, 400, 420, y),
];

describe('a two-column table right under its caption', () => {
  it('is a table of rows, a name and a figure each', () => {
    expect(
      layoutTexts([
        item('表1 2023年居民消费价格比上年涨跌幅度', 150, 450, 640),
        ...row(620, '指标', '全县（单位：%）').map((p, k) => (k === 1 ? { ...p, x: 360, width: 90 } : p)),
        ...row(600, '居民消费价格', '0.6'),
        ...row(580, '其中：食品烟酒', '-1.4'),
        ...row(560, '衣着', '0.8'),
      ]),
    ).toEqual([
      '表1 2023年居民消费价格比上年涨跌幅度',
      [
        ['指标', '全县（单位：%）'],
        ['居民消费价格', '0.6'],
        ['其中：食品烟酒', '-1.4'],
        ['衣着', '0.8'],
      ],
    ]);
  });

  it('leaves two-piece lines under no caption as text', () => {
    const texts = layoutTexts([
      item('第二季度工作安排', 90, 250, 640),
      ...row(620, '居民消费价格', '0.6'),
      ...row(600, '衣着', '0.8'),
      ...row(580, '居住', '1.1'),
    ]);
    expect(texts.some((t) => Array.isArray(t))).toBe(false);
  });
});
