// Forms the leftovers of held-out-312, 315, 316 and 318 showed (docs/prose-forms.md, session 42 fixleft42),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixleft42.txt');
const TITLE = '关于漱沅县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告';

const ranks = (read: ReturnType<typeof report>) =>
  read.rankings.map((r) => [r.indicatorCode, r.subject, r.rank, r.change]);

describe('a standing in a list of strong places (F6701)', () => {
  it('names a rank in 全国综合实力百强县 after the list, not after the income before it', () => {
    const read = report(
      TITLE,
      '一、2031年计划执行情况',
      '城镇和农村居民人均可支配收入分别达到58420元、31260元，增长5.2%、6.9%。在2031年全国综合实力百强县中位列第41位，较上年前移3位。',
    );
    expect(ranks(read)).toEqual([[null, '综合实力', 41, 3]]);
  });

  it('names 位列第N位 after the words that enrol the place in a 前十强', () => {
    const read = report(
      TITLE,
      '一、2031年计划执行情况',
      '农村居民人均可支配收入增长7.4%。县域经济综合实力跻身全省县域经济前十强，位列第8位，较上年提升2位。',
    );
    expect(ranks(read)).toEqual([[null, '县域经济综合实力', 8, 2]]);
  });
});
