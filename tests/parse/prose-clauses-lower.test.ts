// lowerCased is toLowerCase, skipping the call only for a text that has nothing to lower.

import { describe, expect, it } from 'vitest';
import { lowerCased } from '../../src/parse/prose-clauses.js';

describe('lowerCased', () => {
  it('gives what toLowerCase gives, for every character of the basic plane', () => {
    for (let code = 0; code < 0x10000; code++) {
      const text = `甲县增长${String.fromCharCode(code)}`;
      expect(lowerCased(text)).toBe(text.toLowerCase());
    }
  });

  it('lowers Latin, Roman numerals, full-width letters and surrogate pairs', () => {
    for (const text of ['地区生产总值(GDP)', 'Ⅲ类水质', 'ＣＰＩ', '𐐀', 'ΣΑΣ', 'İ']) {
      expect(lowerCased(text)).toBe(text.toLowerCase());
    }
    expect(lowerCased('地区生产总值增长')).toBe('地区生产总值增长');
  });
});
