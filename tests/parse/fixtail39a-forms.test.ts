// Forms the two-hundred-and-eighty-seventh held-out batch showed the parser missed (session 39, branch
// fixtail39a): a plan period's 时期 before the place a review's headline names (F5921). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { readOpening } from '../../src/parse/genre.js';
import { splitLines } from '../../src/parse/lines.js';

describe('fixtail39a forms', () => {
  it('F5921: reads the place after a plan period’s 时期 (“十四五”时期蔺沅县经济…) without the period word', () => {
    const { lines } = splitLines('“十四五”时期蔺沅县经济社会发展成就综述\n五年来，全县地区生产总值年均增长5.4%。\n');
    expect(readOpening(lines).region).toBe('蔺沅县');
  });
});
