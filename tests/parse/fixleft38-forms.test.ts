// Forms older fixtures' leftovers showed the parser missed (session 38, branch fixleft38). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationRows = (text: string, sourceName = 'budget.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value ?? null,
  ]);

describe('F5251: “三保”支出, the spending on wages, offices and basic livelihood, a budget account of its own', () => {
  const text = [
    '关于甲县2025年上半年预算执行情况的报告',
    '一、预算执行情况',
    '上半年，全县一般公共预算支出完成163200万元。其中：“三保”支出完成87420万元，占一般公共预算支出的53.6%，包括保工资支出46310万元、保运转支出3120万元。',
    '二是刚性支出压力加大。“三保”支出达到17.26亿元，占县级可用财力的74.2%，比上年提高2.7个百分点。',
    '全县民生支出31.84亿元，落实“三保”支出16.52亿元。',
  ].join('\n');
  const rows = observationRows(text);

  it('reads its level, its share and the share’s change, the quoted word part of the name', () => {
    expect(rows).toEqual(
      expect.arrayContaining([
        ['“三保”支出', 'level', 87420],
        ['“三保”支出', 'share', 53.6],
        ['“三保”支出', 'level', 17.26],
        ['“三保”支出', 'share', 74.2],
        ['“三保”支出', 'change', 2.7],
        ['“三保”支出', 'level', 16.52],
      ]),
    );
  });

  it('leaves a bare 支出 unnamed', () => {
    expect(rows.map((r) => r[0])).not.toContain('支出');
  });
});
