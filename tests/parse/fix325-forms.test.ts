// Forms first met in held-out-325 (session 42, fixer fix325). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix325-forms.txt' });

describe('a rank-move column headed 较一季度（±） after the rank (F6671)', () => {
  const report = parse(
    '蓼岗县2026年上半年国民经济和社会发展计划执行情况',
    '上半年，全县规模以上工业增加值同比增长6.1%，固定资产投资同比增长4.4%，社会消费品零售总额同比增长3.9%。',
    '表：蓼岗县2026年上半年主要经济指标完成情况',
    '指标\t全年目标（%）\t增长（%）\t全市排名\t较一季度（±）',
    '规模以上工业增加值\t7\t6.1\t5\t+2',
    '固定资产投资\t9\t4.4\t8\t-1',
    '社会消费品零售总额\t6\t3.9\t3\t持平',
  ).report;

  it('reads the signed cells and 持平 as the ranks’ moves', () => {
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 5, 2],
      ['fixed-asset-investment', 8, -1],
      ['retail-sales', 3, 0],
    ]);
  });

  it('reads no growth from the move column', () => {
    const growths = (report?.observations ?? [])
      .filter((o) => o.measure === 'growth')
      .map((o) => o.quantity?.value);
    expect(new Set(growths)).toEqual(new Set([6.1, 4.4, 3.9]));
  });
});

describe('a one-row header naming each place alone, 全县 | 增长（%） | 全市 | 增长（%） | 全县位次 (F6672)', () => {
  const observations = (header: string, ...rows: string[]) =>
    (
      parse(
        '枫埠县2026年上半年主要经济指标',
        '单位：亿元、%',
        header,
        ...rows,
        '注：全县位次为按增速在全市9个县（市、区）中的排位。',
      ).report?.observations ?? []
    ).map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value}`);

  it('reads the county’s column as its levels and its own growths, none of the city’s', () => {
    expect(
      observations(
        '指标\t全县\t增长（%）\t全市\t增长（%）\t全县位次',
        '地区生产总值（亿元）\t61.37\t5.2\t842.16\t4.7\t3',
        '社会消费品零售总额（亿元）\t18.45\t4.1\t266.08\t5.3\t6',
        '规模以上工业增加值（%）\t—\t7.6\t—\t6.9\t2',
      ),
    ).toEqual([
      'gdp level 61.37',
      'gdp growth 5.2',
      'retail-sales level 18.45',
      'retail-sales growth 4.1',
      'industrial-value-added growth 7.6',
    ]);
  });

  it('reads a lone 全市 pair in a county’s table as before: its growth, never its level', () => {
    expect(observations('指标\t全市\t增长（%）\t全县位次', '地区生产总值（亿元）\t842.16\t4.7\t3')).toEqual([
      'gdp growth 4.7',
    ]);
  });
});
