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

describe('F5252: the three parts of “三保”支出 (保工资支出, 保运转支出, 保基本民生支出) are facts only', () => {
  const text = [
    '关于甲县2025年上半年预算执行情况的报告',
    '一、预算执行情况',
    '上半年“三保”支出56280万元，其中保工资支出34170万元、保运转支出2650万元、保基本民生支出19460万元，均按时足额保障。',
    '“三保”支出完成61350万元，包括保基本民生支出22140万元、保工资支出36020万元。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'budget.txt' });

  it('reads the whole, not its parts, as observations', () => {
    expect(report.observations.map((o) => [o.indicatorName, o.quantity?.value])).toEqual([
      ['“三保”支出', 56280],
      ['“三保”支出', 61350],
    ]);
  });

  it('keeps the parts’ amounts as facts', () => {
    const facts = report.facts.map((f) => f.quantity.value);
    expect(facts).toEqual(expect.arrayContaining([34170, 2650, 19460, 22140, 36020]));
  });
});
