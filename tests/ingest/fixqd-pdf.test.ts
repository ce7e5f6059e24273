// PDF form held-out-28's qindai fixture showed (branch fixqd): the last row's name wrapped over three
// lines in a narrow name column (农村居民人 / 均可支配收 / 入) beside a wider unit column whose unit is
// centred; both wrapped lines finish the row, and the note under the table (注：…, a line running
// across the columns) stays a paragraph. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutTexts, placed } from '../helpers/pdf-items.js';

const SIZE = 10;
const cell = (text: string, x: number, y: number) => placed(text, x, y, SIZE);
const row = (y: number, ...cells: string[]) =>
  cells.map((text, k) => cell(text, [0, 85, 140, 200, 260][k] ?? 0, y));

describe('a PDF table whose last row name wraps over three lines', () => {
  it('joins both wrapped lines into the row and keeps the note a paragraph', () => {
    const blocks = layoutTexts([
      ...row(700, '指标', '单位', '1-6月', '同比±%', '全市位次'),
      ...row(680, '地区生产总', '亿元', '86.42', '5.6', '3'),
      cell('值', 0, 668),
      ...row(648, '农村居民人', '元', '10917', '-3.2', '4'),
      cell('均可支配收', 0, 636),
      cell('入', 0, 624),
      cell('注：全市位次为在岚州市7个县（市、区）中的位次；增速按可比价格计算。', 0, 604),
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '1-6月', '同比±%', '全市位次'],
        ['地区生产总值', '亿元', '86.42', '5.6', '3'],
        ['农村居民人均可支配收入', '元', '10917', '-3.2', '4'],
      ],
      '注：全市位次为在岚州市7个县（市、区）中的位次；增速按可比价格计算。',
    ]);
  });
});
