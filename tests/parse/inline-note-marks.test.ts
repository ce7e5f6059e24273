// A bracketed note mark typed after the word it explains, before the figure (session 19, fixtanling:
// 统计公报 with numbered notes at the end), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

const report = (...prose: string[]) =>
  parsedReport(['澄阳县2023年国民经济和社会发展统计公报', '澄阳县统计局', ...prose].join('\n'), {
    sourceName: 'marks.txt',
  });
const observed = (...prose: string[]) =>
  report(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('inline note marks', () => {
  it('reads the figure after a mark glued to its indicator', () => {
    expect(
      observed(
        '经初步核算，全年实现地区生产总值[1]152.3亿元，按可比价格计算，同比增长5.6%。',
        '全年规模以上工业增加值［3］比上年下降2.4%，居民消费价格[12]同比上涨0.8%。',
      ),
    ).toEqual([
      ['gdp', 'level', 152.3],
      ['gdp', 'growth', 5.6],
      ['industrial-value-added', 'growth', -2.4],
      ['cpi', 'growth', 0.8],
    ]);
  });
  it('blanks the mark without moving offsets, and leaves a note line’s own number', () => {
    const { folded, lines } = splitLines('财政收入[2]8.1亿元\n[2]财政收入按全口径计算。');
    expect(folded).toBe('财政收入   8.1亿元\n[2]财政收入按全口径计算。');
    expect(lines.map((l) => l.text)).toEqual(['财政收入   8.1亿元', '[2]财政收入按全口径计算。']);
  });
});
