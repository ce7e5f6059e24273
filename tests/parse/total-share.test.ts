// 地区生产总值…，总量占全市的比重为A%: 总量 (总额, 规模) names the chain's subject by its measure, so the
// share after it is that subject's, as a bare 占全市的比重为A% is. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const TITLE = '关于澄阳县2022年国民经济和社会发展计划执行情况的报告';

function observed(paragraph: string) {
  const report = parseReportText([TITLE, paragraph].join('\n'), { sourceName: 'total-share.txt' }).report;
  return (report?.observations ?? []).map((o) => ({
    code: o.indicatorCode,
    measure: o.measure,
    value: o.quantity?.value ?? null,
  }));
}

describe('a share told by the total of the chain’s subject', () => {
  it('reads 总量占全市的比重为 after a rank as the subject’s share', () => {
    expect(
      observed('全县实现地区生产总值150.2亿元，同比增长7.1%，增速列全市第4，总量占全市的比重为9.8%。'),
    ).toEqual([
      { code: 'gdp', measure: 'level', value: 150.2 },
      { code: 'gdp', measure: 'growth', value: 7.1 },
      { code: 'gdp', measure: 'share', value: 9.8 },
    ]);
  });

  it('reads 总额占 the same way for another indicator', () => {
    expect(observed('社会消费品零售总额80.5亿元，增长6.2%，总额占全市的比重达7.3%。')).toEqual([
      { code: 'retail-sales', measure: 'level', value: 80.5 },
      { code: 'retail-sales', measure: 'growth', value: 6.2 },
      { code: 'retail-sales', measure: 'share', value: 7.3 },
    ]);
  });

  it('leaves a total compared with last year alone (no share)', () => {
    expect(observed('全县实现地区生产总值150.2亿元，同比增长7.1%，总量比上年增加12亿元。')).toEqual([
      { code: 'gdp', measure: 'level', value: 150.2 },
      { code: 'gdp', measure: 'growth', value: 7.1 },
    ]);
  });
});
