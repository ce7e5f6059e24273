// Forms the three-hundred-and-thirty-sixth held-out batch showed the parser missed (session 43, branch fix336):
// a 统计月报 sheet's price index row over its categories with a 上年同期 column (F6952, F6953). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PRICE_SHEET = [
  '篁溪县统计月报',
  '2025年1—10月主要经济指标',
  '指标\t计量单位\t1—10月\t上年同期\t同比增长%',
  '规模以上工业总产值\t万元\t642310\t611870\t5.0',
  '社会消费品零售总额\t万元\t175420\t166230\t5.5',
  '居民消费价格指数（上年同期=100）\t%\t101.7\t102.4\t—',
  '其中：食品烟酒类\t%\t103.9\t101.6\t—',
  '衣着类\t%\t98.6\t100.3\t—',
].join('\n');

const rows = () =>
  parsedReport(PRICE_SHEET, { sourceName: 'monthly.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
    o.period ?? null,
  ]);

describe('a price index row over its categories in a sheet of other indicators (F6952)', () => {
  it('reads nothing of the categories, neither growths of 103.9% nor indicators of their own', () => {
    const names = rows().map((r) => r[0]);
    expect(names).not.toContain('食品烟酒类');
    expect(names).not.toContain('衣着类');
    expect(rows().filter((r) => r[1] === 'growth' && Number(r[2]) > 50)).toEqual([]);
  });
});

describe('a price index row’s 上年同期 cell (F6953)', () => {
  it('reads last year’s index number as last year’s growth over the same base', () => {
    const cpi = rows().filter((r) => r[0] === '居民消费价格指数');
    expect(cpi).toEqual([
      ['居民消费价格指数', 'growth', 1.7, null],
      ['居民消费价格指数', 'growth', 2.4, '2024-M1-10'],
    ]);
  });
});
