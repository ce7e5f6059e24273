// PDF form held-out-353's bitong fixture showed (fix355, F7194): a line of prose stopped on 为 almost five ems
// short of the margin, a hair more than the next line's first run (70.40%，) measures, so the two stayed two
// paragraphs and the rate was lost. A line ending on a verb that takes a figure goes on with the next line's
// figure, measured with an em of slack. Invented figures.

import { describe, expect, it } from 'vitest';
import { layoutTexts, spanning } from '../helpers/pdf-items.js';

const SIZE = 16;

describe('a PDF prose line stopped on a verb before a figure (…城镇化率为 / 61.35%，…)', () => {
  it('joins the figure’s line to the paragraph though the gap is wider than the run', () => {
    const blocks = layoutTexts([
      spanning('年末全县常住人口48.12万人，比上年末减少0.21万人，其中城镇', 104, 520, 700, SIZE),
      spanning('常住人口29.52万人，常住人口城镇化率为', 72, 443.2, 676.8, SIZE),
      spanning('61.35%，比上年末提高0.48个百分点。', 72, 352, 653.6, SIZE),
    ]);
    expect(blocks).toEqual([
      '年末全县常住人口48.12万人，比上年末减少0.21万人，其中城镇常住人口29.52万人，常住人口城镇化率为61.35%，比上年末提高0.48个百分点。',
    ]);
  });

  it('leaves a line ending on a verb two ems wider than the run a paragraph of its own', () => {
    const blocks = layoutTexts([
      spanning('年末全县常住人口48.12万人，比上年末减少0.21万人，其中城镇', 104, 520, 700, SIZE),
      spanning('常住人口29.52万人，常住人口城镇化率为', 72, 400, 676.8, SIZE),
      spanning('61.35%，比上年末提高0.48个百分点。', 72, 352, 653.6, SIZE),
    ]);
    expect(blocks).toHaveLength(2);
  });
});
