import { describe, expect, it } from 'vitest';
import { LineStarts, lastMarkIn } from '../../src/parse/last-mark.js';

describe('last marks', () => {
  it('finds the last of a few marks in a range', () => {
    expect(lastMarkIn('甲。乙;丙,丁', '。;', 0, 7)).toBe(3);
    expect(lastMarkIn('甲。乙;丙,丁', '。;', 0, 3)).toBe(1);
    expect(lastMarkIn('甲。乙;丙,丁', '。', 2, 7)).toBe(-1);
  });

  it('gives every line start lastIndexOf gives, asked in order or not', () => {
    const text = '甲\n乙丙\n\n丁。戊\r\n己\n';
    const inOrder = new LineStarts(text);
    for (let at = 0; at < text.length + 2; at++) expect(inOrder.at(at)).toBe(text.lastIndexOf('\n', at) + 1);
    const jumping = new LineStarts(text);
    for (const at of [5, 2, 9, 9, 0, 12, 7]) expect(jumping.at(at)).toBe(text.lastIndexOf('\n', at) + 1);
  });
});
