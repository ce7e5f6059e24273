// PDF layout forms a county-level city's 1—8月 analysis printed by LibreOffice showed (docs/prose-forms.md,
// "A statistics analysis' PDF tables and prefecture ranks (fixmc)"): a line broken before a figure that
// would have filled the gap to the hair, and a header row whose last cell, centred over figures set
// right, sticks out past them. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';

const item = (text: string, x: number, end: number, y: number, size = 10): PlacedText => ({
  text,
  x,
  y,
  width: end - x,
  size,
});
const texts = (lines: ReturnType<typeof toLines>) =>
  layoutBlocks([lines]).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('a line broken before a figure exactly as wide as the gap (下降 / 3.6%。)', () => {
  it('joins the figure to the line it was wrapped from', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      // 36 short of the margin; 3.6%。 measures 36 on the next line: it did not fit after all.
      item(`${'乙'.repeat(14)}支出下降`, 0, 164, 680),
      item('3.6%。', 0, 36, 660),
      item('丙'.repeat(8), 20, 100, 640),
    ]);
    expect(texts(lines)).toEqual([`${'甲'.repeat(20)}${'乙'.repeat(14)}支出下降3.6%。`, '丙'.repeat(8)]);
  });
});

describe('a header row whose last cell is centred past the figures under it (同比增长（%）)', () => {
  it('heads the table instead of standing as a paragraph over it', () => {
    const s = 10.5;
    const row = (y: number, name: string, level: string, growth: string) => [
      item(name, 78, 78 + name.length * s, y, s),
      item('亿元', 272, 293, y, s),
      item(level, 339, 376, y, s),
      item(growth, 441, 464, y, s),
    ];
    const lines = toLines([
      item('甲'.repeat(28), 72, 520, 600, 16),
      item('附表1', 131, 177, 543, 16),
      item('岑川市主要经济指标', 193, 465, 543, 16),
      item('指标', 152, 173, 525.7, s),
      item('单位', 272, 293, 525.7, s),
      item('1—8月', 339, 376, 525.7, s),
      item('同比增长（%）', 416, 489, 525.7, s),
      ...row(510, '规模以上工业增加值', '48.52', '7.4'),
      ...row(494.3, '一般公共预算收入', '6.35', '9.8'),
      ...row(478.6, '一般公共预算支出', '27.16', '-2.7'),
    ]);
    const blocks = texts(lines);
    expect(blocks.at(-1)).toEqual([
      ['指标', '单位', '1—8月', '同比增长（%）'],
      ['规模以上工业增加值', '亿元', '48.52', '7.4'],
      ['一般公共预算收入', '亿元', '6.35', '9.8'],
      ['一般公共预算支出', '亿元', '27.16', '-2.7'],
    ]);
  });
});
