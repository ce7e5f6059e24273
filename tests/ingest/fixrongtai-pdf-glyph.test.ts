// A PDF form held-out-43's report printed to PDF showed (session 19, fixrongtai): a ratio whose colons
// (∶) come from a fallback font. pdf.js gives the figures as one run with a space where each colon
// stands, and each colon as an item of its own placed inside that run. Invented figures.

import { describe, expect, it } from 'vitest';
import { type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';

const item = (text: string, x: number, width: number, y = 500, size = 16): PlacedText => ({
  text,
  x,
  y,
  width,
  size,
});

describe('a glyph of another font drawn inside a run', () => {
  it('fills the space it was drawn over (产业结构为6.2∶47.9∶45.9)', () => {
    const lines = toLines([
      item('三次产业结构为', 60, 112),
      // 6.2 47.9 45.9 (13 characters over 104): the colons at the 4th and 9th places.
      item('6.2 47.9 45.9', 172, 104),
      item('∶', 197, 4.6),
      item('∶', 237, 4.6),
      item('。', 276, 16),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['三次产业结构为6.2∶47.9∶45.9。']);
  });

  it('leaves items side by side alone (a table row of cells)', () => {
    const lines = toLines([item('地区生产总值', 60, 96), item('亿元', 200, 32), item('45.6 6.8', 300, 64)]);
    expect(lines[0]?.pieces.map((p) => p.text)).toEqual(['地区生产总值', '亿元', '45.6 6.8']);
  });
});
