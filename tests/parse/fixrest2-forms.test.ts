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
