// Forms first met in held-out-403, 404 and 401 (session 46, fixer fix403). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix403-forms.txt' });

describe('a row naming the firms above the quota with the other word in brackets (F8321)', () => {
  it('takes the catalogue code whatever the brackets’ width and whichever word leads', () => {
    expect(lookupIndicator('限额以上企业(单位)消费品零售额')?.code).toBe('retail-sales-above-quota');
    expect(lookupIndicator('限额以上企业（单位）消费品零售额（万元）')?.code).toBe(
      'retail-sales-above-quota',
    );
    expect(lookupIndicator('限额以上单位(企业)消费品零售额')?.code).toBe('retail-sales-above-quota');
  });

  it('leaves a bracket holding anything else to the other rules', () => {
    expect(lookupIndicator('限额以上企业(个体)消费品零售额')).toBeUndefined();
  });
});

describe('a size class of projects whose stock is short (F8322)', () => {
  const report = parse(
    '岚洲县2013年1—4月经济运行情况',
    '1—4月，全县完成固定资产投资46.3亿元，增长21.5%。',
    '当前存在的问题：部分项目推进偏慢；项目储备特别是投资5亿元以上的大项目储备不足；招商引资到位资金3.2亿元。',
  ).report;

  it('gives no fact for the bound of the class', () => {
    const values = (report?.facts ?? []).map((f) => `${f.quantity.value}${f.quantity.unit}`);
    expect(values).not.toContain('5亿元');
    expect(values).toContain('46.3亿元');
    expect(values).toContain('3.2亿元');
  });
});
