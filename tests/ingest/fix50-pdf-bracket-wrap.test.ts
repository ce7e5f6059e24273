// A ragged-right line broken before an opening bracket and the figure it holds (held-out-50's chengjiao,
// docs/prose-forms.md "Session 21 fixes: fix50"): the bracket may not end a line, so it goes down with
// the figure, and the line before it was wrapped, not ended. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const texts = (lines: ReturnType<typeof toLines>) =>
  layoutBlocks([lines]).map((b) => (b.kind === 'table' ? '' : b.text));

describe('a line broken before a bracketed figure (完成市下达任务 / （4800万美元）的108.5%)', () => {
  it('joins the bracket and its figure to the line before', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      // 25 short of the margin: the bracket (a whole em) and four digits would not fit.
      item('实际利用外资5210万美元，完成市下达任务', 0, 175, 680),
      item('（4800万美元）的108.5%。', 0, 120, 660),
    ]);
    expect(texts(lines)).toEqual([
      `${'甲'.repeat(20)}实际利用外资5210万美元，完成市下达任务（4800万美元）的108.5%。`,
    ]);
  });

  it('keeps a numbered heading in brackets after a short line apart', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      item('乙'.repeat(17), 0, 170, 680),
      item('（二）财政金融保持稳健', 0, 110, 660),
    ]);
    expect(texts(lines)).toEqual(['甲'.repeat(20) + '乙'.repeat(17), '（二）财政金融保持稳健']);
  });
});
