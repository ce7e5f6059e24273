// Forms a district paper's year-end news page showed (docs/prose-forms.md, session 19 fixzixi), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { generatedCode } from '../../src/parse/catalogue.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixzixi.txt');
const observed = (...prose: string[]) =>
  report('澄阳区2021年经济运行情况', ...prose).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('现代服务业增加值 beside the tertiary sector', () => {
  it('is modern services under its own name, not the tertiary sector', () => {
    expect(
      observed(
        '2021年，全区地区生产总值增长6.3%。第三产业增加值402.6亿元，增长6.8%。',
        '现代服务业增加值238.1亿元，增长8.4%，占第三产业增加值的59.1%。',
      ),
    ).toEqual([
      ['gdp', 'growth', 6.3],
      ['tertiary-industry-value-added', 'level', 402.6],
      ['tertiary-industry-value-added', 'growth', 6.8],
      [generatedCode('现代服务业增加值'), 'level', 238.1],
      [generatedCode('现代服务业增加值'), 'growth', 8.4],
      [generatedCode('现代服务业增加值'), 'share', 59.1],
    ]);
  });
});
