// Tables whose rows are goods, whose rank columns follow two figures, whose header cells a page
// broke over two lines, and the lines that must not open or continue a table. Places and figures
// are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

/** Parses a report given line by line. */
const parseLines = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'table.txt' });

const tableObservations = (report: ReturnType<typeof parseLines>['report']) =>
  (report?.observations ?? [])
    .filter((o) => o.source === 'table')
    .map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value} ${o.quantity?.unit}`);

describe('a table of goods (产品 | 产量(万吨) | 比上年增长(%))', () => {
  it('reads a good only when it with the column measure names an indicator (粮食产量), no other row', () => {
    const { report } = parseLines(
      '苍梧县2022年国民经济和社会发展统计公报',
      '一、农业',
      '全年农林牧渔业总产值41.36亿元，比上年增长3.9%。',
      '表1　2022年主要农产品产量',
      '|',
      '产品',
      '|',
      '产量（万吨）',
      '|',
      '比上年增长（%）',
      '|',
      '粮食',
      '|',
      '12.57',
      '|',
      '1.8',
      '|',
      '油料',
      '|',
      '1.93',
      '|',
      '6.2',
      '|',
      '肉类',
      '|',
      '3.08',
      '|',
      '-2.4',
      '|',
      '二、工业',
      '全年规模以上工业增加值比上年增长5.1%。',
      '',
    );
    expect(report?.table?.rowCount).toBe(3);
    expect(tableObservations(report)).toEqual(['grain-output level 12.57 万吨', 'grain-output growth 1.8 %']);
    expect(report?.indicators.map((i) => i.code)).not.toContain(expect.stringMatching(/^x-/));
  });

  it('reads a tab table of goods under 品种 the same way', () => {
    const { report } = parseLines(
      '苍梧县2023年国民经济和社会发展统计公报',
      '一、农业',
      '品种\t总产量(万吨)\t增长(%)',
      '粮食\t12.9\t2.6',
      '蔬菜\t30.4\t4.1',
      '二、工业',
      '',
    );
    expect(tableObservations(report)).toEqual(['grain-output level 12.9 万吨', 'grain-output growth 2.6 %']);
  });
});
