// A share named and judged in one clause, its figure in the next (工业投资占城镇固定资产投资的比重偏低，
// 仅为38.2%): the figure is the share of the indicator the judged clause starts with, whatever the
// chain was about before. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const TITLE = '桐岙县2022年上半年经济运行情况';
const OPENING = '上半年，全县实现地区生产总值63.48亿元，同比增长5.7%。';

function observed(...paragraphs: string[]) {
  const text = [TITLE, OPENING, ...paragraphs].join('\n');
  const report = parseReportText(text, { sourceName: 'evaluated-share.txt' }).report;
  return (report?.observations ?? [])
    .filter((o) => o.indicatorCode !== 'gdp')
    .map((o) => ({ code: o.indicatorCode, measure: o.measure, value: o.quantity?.value ?? null }));
}

describe('a judged share whose figure stands in the next clause', () => {
  it.each([
    ['二是民间投资占全部投资的比重偏低，只有27.6%；三是要素保障压力较大。', 'private-investment', 27.6],
    ['服务业增加值比重仍然不高，为41.9%。', 'tertiary-industry-value-added', 41.9],
    ['主要问题：工业投资占比较低，仅为31.4%，结构有待优化。', 'industrial-investment', 31.4],
    ['民间投资所占比重还很小，达到19.8%。', 'private-investment', 19.8],
  ])('reads %s', (paragraph, code, value) => {
    expect(observed(paragraph)).toEqual([{ code, measure: 'share', value }]);
  });

  it('takes the judged clause’s name over the figure the chain was about', () => {
    expect(observed('固定资产投资同比增长11.3%，其中工业投资占固定资产投资的比重下降，仅为36.5%。')).toEqual([
      { code: 'fixed-asset-investment', measure: 'growth', value: 11.3 },
      { code: 'industrial-investment', measure: 'share', value: 36.5 },
    ]);
  });

  it('keeps a growth after the judged clause a growth', () => {
    expect(observed('工业投资占城镇固定资产投资的比重偏低，同比下降4.6%。')).toEqual([
      { code: 'industrial-investment', measure: 'growth', value: -4.6 },
    ]);
  });

  it('reads no share after a judged rate that is not a share', () => {
    expect(observed('工业投资增速偏低，仅为3.5%。').filter((o) => o.measure === 'share')).toEqual([]);
  });
});
