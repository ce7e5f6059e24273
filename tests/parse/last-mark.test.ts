import { describe, expect, it } from 'vitest';
import { LastMarks, LineStarts, lastMarkIn } from '../../src/parse/last-mark.js';

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

  it('gives every answer lastMarkIn gives, asked in order or not, with any reach', () => {
    const text = '甲。乙丙!丁\n戊,己?庚辛。';
    const answers = (marks: LastMarks, pairs: Array<[number, number]>) =>
      pairs.map(([from, to]) => [marks.in(from, to), lastMarkIn(text, '。!?\n', from, to)]);
    const inOrder: Array<[number, number]> = [];
    for (let to = 0; to <= text.length + 1; to++) inOrder.push([Math.max(0, to - 3), to], [0, to]);
    for (const [got, want] of answers(new LastMarks(text, '。!?\n'), inOrder)) expect(got).toBe(want);
    const jumping: Array<[number, number]> = [
      [2, 9],
      [0, 4],
      [5, 13],
      [9, 9],
      [0, 1],
      [10, 14],
      [6, 8],
    ];
    for (const [got, want] of answers(new LastMarks(text, '。!?\n'), jumping)) expect(got).toBe(want);
  });
});
