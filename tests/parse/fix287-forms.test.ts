// Forms the held-out-287 batch showed the parser missed (session 39, branch fix287): a county 统计手册 sheet of
// the main indicators over five years (2021年 … 2025年 | 2025年比上年增长（%）), whose report-year column holds the
// year's levels. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const HANDBOOK = [
  '岑沂县主要经济指标（2022—2025年）',
  '指标\t单位\t2022年\t2023年\t2024年\t2025年\t2025年比上年增长（%）',
  '地区生产总值\t亿元\t211.35\t224.08\t236.71\t249.53\t5.1',
  '社会消费品零售总额\t亿元\t98.62\t103.47\t108.15\t113.29\t4.8',
  '常住人口城镇化率\t%\t48.21\t49.06\t49.87\t50.64\t—',
  '岑沂县统计局　2026年3月',
].join('\n');

const rows = (text: string) =>
  parsedReport(text, { sourceName: 'cenyi-2025-handbook.xlsx' })
    .observations.filter((o) => o.period === undefined)
    .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a 统计手册 sheet’s columns of bare years (2022年 … 2025年 | 2025年比上年增长) (F5891)', () => {
  it('reads the report year’s column as its levels and the earlier years as nothing', () => {
    const found = rows(HANDBOOK);
    expect(found).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 249.53],
        ['gdp', 'growth', 5.1],
        ['retail-sales', 'level', 113.29],
        ['urbanisation-rate', 'rate', 50.64],
      ]),
    );
    expect(found.map((r) => r[2])).not.toContain(236.71);
    expect(found.map((r) => r[2])).not.toContain(211.35);
  });
});

describe('a row of a growth alone named 甲比上年增长 | % (F5892)', () => {
  it('reads the growth as the named indicator’s', () => {
    const text = [
      '岑沂县主要经济指标（2022—2025年）',
      '指标\t单位\t2022年\t2023年\t2024年\t2025年\t2025年比上年增长（%）',
      '地区生产总值\t亿元\t211.35\t224.08\t236.71\t249.53\t5.1',
      '固定资产投资比上年增长\t%\t6.2\t-1.8\t3.4\t5.7\t—',
    ].join('\n');
    expect(rows(text)).toEqual(expect.arrayContaining([['fixed-asset-investment', 'growth', 5.7]]));
  });
});
