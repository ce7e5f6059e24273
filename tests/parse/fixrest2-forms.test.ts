// Forms the held-out-37…42 leftovers showed the parser missing (docs/prose-forms.md, "fixrest2"), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixrest2.txt');
const notice = (...prose: string[]) => report('澄阳县2024年1—8月重点项目推进情况通报', ...prose);
const factValues = (...prose: string[]) => notice(...prose).facts.map((f) => f.quantity.value);

describe('a page code (索引号：…MB…X/202409-00017) and building numbers (3#、4#车间)', () => {
  it('reads no figure from the code or the building numbers', () => {
    const values = factValues(
      '索引号：11520327MB7654321Y/202409-00017',
      '1—8月，全县重点项目完成投资42.6亿元，同比增长9.3%。',
      '目前3#、4#车间主体完工，5#仓库正在施工。',
    );
    expect(values).toEqual([42.6, 9.3]);
  });
});

const yearReport = (...prose: string[]) =>
  report('澄阳县2023年国民经济和社会发展计划执行情况的报告', ...prose);
const observed = (...prose: string[]) =>
  yearReport(...prose).observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a share raised to a figure after a growth (增长A%，占全部投资的比重提高到B%)', () => {
  it('reads the share as the growth’s indicator’s', () => {
    expect(
      observed('全年固定资产投资同比增长7.9%，其中工业投资增长18.2%，占全部投资的比重提升至42.7%。'),
    ).toContainEqual(['industrial-investment', 'share', 42.7]);
  });
});
