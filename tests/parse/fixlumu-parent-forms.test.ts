// Forms the forty-seventh held-out batch showed the parser missing in a county's news page
// (docs/prose-forms.md, "(fixlumu)"): a parent named bare (列宜春第5 in the real pages) and a rank's move said in a
// later sentence, in sentences of our own with invented places.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (...lines: string[]) =>
  parsedReport(['桐岙县2023年上半年经济运行情况', '一、总体情况', ...lines].join('\n'), {
    sourceName: 'fixlumu.txt',
  });

describe('a parent named bare, without 市 (列青溪第4、青溪一类县第2)', () => {
  const lines = [
    '上半年，全县地区生产总值96.4亿元，增长5.2%，高于青溪0.3个百分点，列青溪第4、青溪一类县第2。',
    '规模以上工业增加值增长7.9%，增速列青溪第3；社会消费品零售总额增长6.1%，增速与青溪持平。',
  ];

  it('ranks and compares the county within that parent', () => {
    const read = report(...lines);
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.scope, r.raw])).toEqual([
      ['gdp', 4, '青溪', '列青溪第4'],
      ['gdp', 2, '青溪', '青溪一类县第2'],
      ['industrial-value-added', 3, '青溪', '列青溪第3'],
    ]);
    const comparisons = read.observations.filter((o) => o.measure === 'comparison');
    expect(comparisons.map((o) => [o.indicatorCode, o.quantity?.value, o.comparedWith])).toEqual([
      ['gdp', 0.3, '青溪'],
      ['retail-sales', 0, '青溪'],
    ]);
    expect(read.meta.parentRegion).toBe('青溪');
  });

  it('needs a rank among the name: a name compared with once is no parent', () => {
    const read = report('上半年，全县地区生产总值96.4亿元，增长5.2%，高于青溪0.3个百分点。');
    expect(read.meta.parentRegion).toBeNull();
    expect(read.rankings).toEqual([]);
  });
});

describe('a rank’s move said later in a sentence that gives no rank (投资增速…，位次后移4位)', () => {
  it('moves the one earlier rank of the indicator the clause names, by the end of its name', () => {
    const read = report(
      '上半年，全县固定资产投资增长3.6%，增速居全市第7位；地区生产总值增长5.1%，居全市第3位。',
      '从横向看，投资增速较一季度回落了1.8个百分点，位次后移3位。',
    );
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['fixed-asset-investment', 7, -3],
      ['gdp', 3, null],
    ]);
  });

  it('leaves the move when two ranks end with the name', () => {
    const read = report(
      '上半年，全县固定资产投资增长3.6%，居全市第7位；工业投资增长9.2%，居全市第2位。',
      '投资增速较一季度回落了1.8个百分点，位次后移3位。',
    );
    expect(read.rankings.map((r) => r.change)).toEqual([null, null]);
  });
});

describe('a shortfall to a stated goal said with 相比还有…的差距', () => {
  it('reads the goal as the year’s target and the points as a negative comparison with it', () => {
    const read = report(
      '上半年，全县地区生产总值96.4亿元，增长5.2%，但与年初确定的8%目标相比还有2.8个百分点的差距。',
    );
    expect(
      read.observations
        .filter((o) => o.measure === 'comparison')
        .map((o) => [o.indicatorCode, o.quantity?.value]),
    ).toEqual([['gdp', -2.8]]);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([['gdp', 8, 'full-year']]);
  });
});
