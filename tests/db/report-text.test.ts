import { describe, expect, it } from 'vitest';
import { joinText, textGaps } from '../../src/db/report-text.js';

const piece = (text: string, start: number) => ({ start, end: start + text.length, text });

describe('a report text stored as its sentences and the gaps between them', () => {
  it('keeps only what lies between the sentences, and puts the text back together', () => {
    const text = '一、概况\n  全县生产总值增长5%。工业增长6%。\n';
    const sentences = [piece('一、概况', 0), piece('全县生产总值增长5%。', 7), piece('工业增长6%。', 18)];
    const gaps = textGaps(text, sentences);
    expect(gaps).toEqual([
      [4, '\n  '],
      [25, '\n'],
    ]);
    expect(joinText([...sentences].reverse(), gaps ?? [])).toBe(text);
  });

  it('gives up (the text is then kept whole) when the sentences overlap or are not the text', () => {
    const text = '甲乙丙丁';
    expect(textGaps(text, [piece('甲乙', 0), piece('乙丙', 1)])).toBeNull();
    expect(textGaps(text, [piece('甲丙', 0)])).toBeNull();
    expect(textGaps(text, [piece('丁戊', 3)])).toBeNull();
  });

  it('handles a text without sentences, and an empty one', () => {
    expect(textGaps('标题', [])).toEqual([[0, '标题']]);
    expect(joinText([], [[0, '标题']])).toBe('标题');
    expect(textGaps('', [])).toEqual([]);
  });
});
