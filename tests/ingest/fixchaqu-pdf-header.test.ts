// A PDF table's header cells wrapped in narrow columns, the second line mixing units and wrapped ends
// (年度目标 | 市指导目 | 1-6月完 | 增长 | 全市位 over （%） | 标（%） | 成 | （%） | 次): the second line
// finishes the header row, unit and all (docs/prose-forms.md, "Held-out-31's PDF header"). Invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const row = (y: number, ...cells: Array<[string, number, number]>) =>
  cells.map(([text, x, end]) => item(text, x, end, y, 9));

const figures = [
  ...row(
    491,
    ['地区生产总值', 49, 103],
    ['亿元', 130, 148],
    ['11', 190, 199],
    ['10', 243, 252],
    ['18.37', 292, 315],
    ['11.6', 344, 361],
    ['4', 398, 403],
  ),
  ...row(
    476,
    ['公共财政预算收入', 49, 121],
    ['亿元', 130, 148],
    ['15', 190, 199],
    ['14', 243, 252],
    ['1.42', 294, 313],
    ['17.9', 344, 361],
    ['2', 398, 403],
  ),
];

describe('a header wrapped onto a line mixing units and wrapped ends (市指导目 / 标（%）)', () => {
  it('joins every piece of the second line to its cell, one header row', () => {
    const lines = toLines([
      ...row(
        520,
        ['指标名称', 60, 96],
        ['单位', 130, 148],
        ['年度目标', 176, 212],
        ['市指导目', 230, 266],
        ['1-6月完', 286, 318],
        ['增长', 344, 362],
        ['全市位', 387, 414],
      ),
      ...row(
        506,
        ['（%）', 180, 207],
        ['标（%）', 234, 261],
        ['成', 297, 306],
        ['（%）', 340, 366],
        ['次', 396, 405],
      ),
      ...figures,
    ]);
    expect(layoutBlocks([lines])).toEqual([
      {
        kind: 'table',
        rows: [
          ['指标名称', '单位', '年度目标（%）', '市指导目标（%）', '1-6月完成', '增长（%）', '全市位次'],
          ['地区生产总值', '亿元', '11', '10', '18.37', '11.6', '4'],
          ['公共财政预算收入', '亿元', '15', '14', '1.42', '17.9', '2'],
        ].map((cells) => cells.map((text) => ({ text }))),
      },
    ]);
  });
});
