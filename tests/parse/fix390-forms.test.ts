// Forms first met in held-out-390 and the goals left over from held-out-373 and 384 (session 46, fixer fix390).
// Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix390-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const observed = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);

const factValues = (report: Report) => (report?.facts ?? []).map((f) => [f.quantity.value, f.quantity.unit]);

describe("a crop's growers' sales income is a fact only: 茶农售茶收入X亿元 (F7931)", () => {
  const report = parse(
    '汀岚县2023年1—10月经济运行简析',
    '1—10月，全县固定资产投资完成42.6亿元，同比增长8.2%。',
    '1—10月，全县茶园面积18.4万亩，同比增长2.1%；干毛茶产量1.26万吨，增长4.4%，茶农售茶收入6.83亿元，增长5.7%。',
  ).report;

  it('reads no observation of the income', () => {
    expect(observed(report).filter(([name]) => String(name).includes('收入'))).toEqual([]);
  });

  it('keeps the income and its growth as facts', () => {
    expect(factValues(report)).toEqual(
      expect.arrayContaining([
        [6.83, '亿元'],
        [5.7, '%'],
      ]),
    );
  });
});
