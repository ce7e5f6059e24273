// Forms the eighty-seventh held-out batch showed the parser missed (session 27, branch fix87b): a
// communique's glossary citing a standard by its number and year (GB/T 4754—2017), and a page footer's
// postcode (邮编：), neither a figure of the economy.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const factValues = (text: string) =>
  parsedReport(text, { sourceName: 'page.txt' }).facts.map((f) => f.quantity.value);

describe('a standard cited by its number and year, a footer’s postcode', () => {
  it('reads neither as a fact', () => {
    const text = [
      '棠溪县2025年一季度地区生产总值统一核算结果公告',
      '一季度，全县实现地区生产总值61.35亿元，同比增长5.2%。',
      '名词解释：三次产业划分按照《国民经济行业分类》（GB/T 4754—2017）执行。',
      '地址：棠溪县溪口大道18号　　邮编：338800',
    ].join('\n');
    const values = factValues(text);
    expect(values).toContain(61.35);
    expect(values).not.toContain(4754);
    expect(values).not.toContain(2017);
    expect(values).not.toContain(338800);
  });
});
