// Forms the one-hundred-and-twenty-third held-out batch showed the parser missed (session 31, branch fix123):
// a rank-change column of arrows whose note says “—”为不变, the dash a rank that did not move.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ARROWS_TABLE = [
  '2026年1—8月甲沣县经济运行情况分析',
  '甲沣县统计局',
  '1—8月，全县经济运行总体平稳。',
  '2026年1—8月甲沣县主要经济指标及全市位次',
  '指标\t单位\t绝对值\t增速（%）\t全市位次\t位次变化',
  '规上工业增加值\t%\t—\t8.2\t3\t↑1',
  '社会消费品零售总额\t亿元\t52.16\t5.7\t4\t—',
  '财政收入\t亿元\t11.08\t2.3\t6\t↓2',
  '注：位次为增速在乙丘市9个县区中的排位；位次变化为较1—7月的变化，“↑”为前移，“↓”为后移，“—”为不变。',
].join('\n');

const changes = (text: string) =>
  parsedReport(text, { sourceName: 'analysis.txt' })
    .rankings.filter((r) => r.source === 'table')
    .map((r) => [r.indicatorCode, r.rank, r.change]);

describe('a dash in a rank-change column under a note “—”为不变 (F2691)', () => {
  it('reads the dash as a move of 0 beside the arrows', () => {
    expect(changes(ARROWS_TABLE)).toEqual([
      ['industrial-value-added', 3, 1],
      ['retail-sales', 4, 0],
      ['fiscal-total-revenue', 6, -2],
    ]);
  });

  it('leaves the dash no move when the note gives it no meaning', () => {
    const noLegend = ARROWS_TABLE.replace('，“—”为不变', '');
    expect(changes(noLegend)).toContainEqual(['retail-sales', 4, null]);
  });
});
