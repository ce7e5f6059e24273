// Forms the sixty-first held-out batch showed the parser missed (session 23, branch fix61): a review's
// long title cut inside its last word by a PDF's line width (…计划草案的审 / 查结果报告); projects named
// by a metro line's section (地铁N号线某段) and by a 经济港.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a title cut inside its genre’s word (…草案的审 / 查结果报告)', () => {
  it('joins the rest and reads the review, not the report it reviews', () => {
    const text = [
      '棠川县人民代表大会财政经济委员会关于棠川县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审',
      '查结果报告',
      '主席团：',
      '全县地区生产总值完成126.4亿元，增长5.1%，高于年度预期目标0.1个百分点。',
    ].join('\n');
    const meta = parsedReport(text, { sourceName: 'review.txt' }).meta;
    expect([meta.genre, meta.title.endsWith('审查结果报告'), meta.period]).toEqual([
      'review-opinion',
      true,
      '2023-FY',
    ]);
  });
});
