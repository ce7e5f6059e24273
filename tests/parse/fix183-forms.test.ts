// Forms the one-hundred-and-eighty-third held-out batch showed the parser missed (session 34, branch
// fix183): a share the catalogue lacks, named bare, with its level told by 达到 (甲产能占比达到A%).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REPORT = (sentence: string) =>
  [
    '甲县2026年政府工作报告',
    '——2027年1月5日在甲县第一届人民代表大会第一次会议上',
    '各位代表：',
    '一、2026年工作回顾',
    `转型发展步伐加快。${sentence}`,
  ].join('\n');

const shares = (sentence: string) =>
  parsedReport(REPORT(sentence), { sourceName: 'report.txt' })
    .observations.filter((o) => o.measure === 'share')
    .map((o) => [o.indicatorName, o.quantity.value]);

describe('a bare-named share the catalogue lacks, its level told with 达到 (F3842)', () => {
  it('reads the share under its name as written', () => {
    expect(shares('优质产能占比达到71.3%，比上年提高4.1个百分点。')).toContainEqual(['优质产能占比', 71.3]);
    expect(shares('绿色建材比重达到36.5%。')).toContainEqual(['绿色建材比重', 36.5]);
  });

  it('leaves a share with no link word as it was', () => {
    expect(shares('优质产能占比71.3%。')).toEqual([]);
  });
});
