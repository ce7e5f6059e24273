// Session 41, fix321: the forms held-out-321 showed the parser missing (one test per form, invented text).

import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/parse/numbers.js';

describe('F6531 重量箱: flat glass in weight cases', () => {
  it('reads 万重量箱 and the short 亿重箱 as one unit, not a bare 万', () => {
    const text = '年内压减平板玻璃产能180万重量箱，全县玻璃产量1.36亿重箱。';
    expect(scanFigures(text).map((f) => [f.quantity.valueBase, f.quantity.baseUnit])).toEqual([
      [1_800_000, '重量箱'],
      [136_000_000, '重量箱'],
    ]);
  });
});
