// An item number glued to a figure (1.20GWh储能电池项目): the list's number when the lines around it
// number a list, a decimal otherwise. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { figureLedItems } from '../../src/parse/item-numbers.js';

describe('figure-led item numbers', () => {
  it('reads 1.20GWh… as item 1 when item 2 follows, and 2.5万吨… after item 1 as item 2', () => {
    expect([...figureLedItems(['1.20GWh储能电池项目：', '2.乙项目：'])]).toEqual([0]);
    expect([...figureLedItems(['1.甲项目：', '总投资5亿元。', '2.5万吨饲料项目：'])]).toEqual([2]);
    expect([...figureLedItems(['1.20GWh储能电池项目：', '2.5万吨饲料项目：', '3.丙项目：'])]).toEqual([0, 1]);
  });

  it('keeps a decimal that no list surrounds, and a share', () => {
    expect([...figureLedItems(['1.5GW光伏电站项目建成并网。'])]).toEqual([]);
    expect([...figureLedItems(['1.甲项目：', '3.5万吨饲料项目：'])]).toEqual([]);
    expect([...figureLedItems(['1.5%的增幅。', '2.乙项目：'])]).toEqual([]);
  });

  it('names the projects of a notice whole', () => {
    const { report } = parseReportText(
      [
        '栖岚县2025年1-6月重点项目建设进展情况通报',
        '1.20GWh储能电池项目：总投资12亿元，目前主体结构完工，累计完成投资3.6亿元。',
        '2.岫川冷链物流中心项目：总投资4.5亿元，目前开工建设。',
      ].join('\n'),
      { sourceName: 'item-numbers.txt' },
    );
    expect(report?.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['20GWh储能电池项目', 1.2e9],
      ['岫川冷链物流中心项目', 4.5e8],
    ]);
  });
});
