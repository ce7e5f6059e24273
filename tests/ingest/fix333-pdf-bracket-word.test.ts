// PDF form held-out-333's ranyu fixture showed (branch fix333, F6752): a line of prose stopped two and a
// half ems short because the next line opens with a bracketed word (增速居某市6个县 / （区）第3位): the
// opening bracket may not end a line nor the closing one open it, so （区） went down whole. The line under
// goes on with the paragraph. Invented figures.

import { describe, expect, it } from 'vitest';
import { layoutTexts, spanning } from '../helpers/pdf-items.js';

const SIZE = 16;
/** A prose line at x 72 ending at `end`. */
const prose = (text: string, y: number, end = 520) => spanning(text, 72, end, y, SIZE);

describe('a PDF prose line stopped short of a bracketed word', () => {
  it('joins the line that opens with （区） to the paragraph', () => {
    const blocks = layoutTexts([
      spanning('全县实现地区生产总值96.5亿元，增长7.3%，高于全市平均', 104, 520, 700, SIZE),
      prose('水平0.2个百分点，增速居全市9个县', 676.8, 481),
      prose('（区）第4位，比上年前移2位。其中，第一产业增加值12.06', 653.6, 522),
      prose('亿元，增长3.5%。', 630.4, 230),
    ]);
    expect(blocks).toEqual([
      '全县实现地区生产总值96.5亿元，增长7.3%，高于全市平均水平0.2个百分点，增速居全市9个县（区）第4位，比上年前移2位。其中，第一产业增加值12.06亿元，增长3.5%。',
    ]);
  });
});
