// Forms the two-hundred-and-seventy-sixth held-out batch showed the parser missed (session 39, branch fix276): an
// energy county's news page telling the accounts of its 规上能源工业企业 apart from all industry's (F5771) and the
// investment in its energy industry (F5772). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REPORT = [
  '砾川县2026年前三季度经济运行情况',
  '前三季度，全县地区生产总值312.5亿元，同比增长5.6%。',
  '全县规上能源工业企业营业收入418.26亿元，同比下降2.7%；规模以上非能源工业企业利润总额7.35亿元，同比增长4.1%。',
  '全县能源工业投资完成41.62亿元，同比增长9.8%，占全县固定资产投资的比重为47.3%。',
].join('\n');

const report = parsedReport(REPORT, { sourceName: 'lichuan.txt', region: '砾川县' });
const read = (name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => `${o.measure} ${o.quantity?.value}${o.quantity?.unit}`)
    .sort();

describe('a kind of industry’s firms’ accounts within 规上 industry (F5771)', () => {
  it('names them as written, with level and growth', () => {
    expect(read('规上能源工业企业营业收入')).toEqual(['growth -2.7%', 'level 418.26亿元']);
    expect(read('规模以上非能源工业企业利润总额')).toEqual(['growth 4.1%', 'level 7.35亿元']);
  });

  it('leaves all industry’s firms to the catalogue', () => {
    expect(report.observations.some((o) => o.indicatorCode === 'industrial-revenue')).toBe(false);
  });
});

describe('the energy industry’s investment (F5772)', () => {
  it('is an aggregate with its level, growth and share', () => {
    expect(read('能源工业投资')).toEqual(['growth 9.8%', 'level 41.62亿元', 'share 47.3%']);
  });
});
