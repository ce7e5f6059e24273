// Forms of statistics-bureau analyses and review opinions first met in held-out-6: a month range
// written with a horizontal bar, firms' revenue with 实现 between, a share of a named whole, a list
// of industries sharing one head word. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parsed = (...prose: string[]) => {
  const report = parseReportText(
    [
      '丙溪区2025年上半年经济运行情况',
      '来源：丙溪区统计局　发布时间：2025-07-25',
      '上半年，全区地区生产总值210.5亿元，同比增长5.1%。',
      ...prose,
    ].join('\n'),
    { sourceName: 'analysis-forms.txt' },
  ).report;
  if (!report) throw new Error('no report');
  return report;
};
const observations = (...prose: string[]) =>
  parsed(...prose)
    .observations.filter((o) => o.indicatorCode !== 'gdp')
    .map((o) => [
      o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
      o.measure,
      o.quantity?.value,
      ...(o.period ? [o.period] : []),
    ]);

describe('a month range written with a horizontal bar (1―5月)', () => {
  it('reads it as 1-5月: the period of a figure and the benchmark of a change', () => {
    expect(
      observations(
        '1―4月，全区规模以上服务业营业收入45.3亿元，同比增长6.6%。',
        '上半年，全区固定资产投资同比下降3.4%，降幅比1―5月收窄0.9个百分点。',
      ),
    ).toEqual([
      ['services-revenue', 'level', 45.3, '2025-M1-4'],
      ['services-revenue', 'growth', 6.6, '2025-M1-4'],
      ['fixed-asset-investment', 'growth', -3.4],
      ['fixed-asset-investment', 'change', 0.9],
    ]);
  });

  it('gives no fact of the month numbers themselves', () => {
    const facts = parsed('上半年，全区固定资产投资同比下降3.4%，降幅比1―5月收窄0.9个百分点。').facts;
    expect(facts.map((f) => f.quantity.value)).not.toContain(1);
  });
});

describe("firms' results with the verb between (规上服务业企业实现营业收入)", () => {
  it('names the catalogue indicator without the verb', () => {
    expect(observations('上半年，全区规上服务业企业实现营业收入61.8亿元，增长4.4%。')).toEqual([
      ['services-revenue', 'level', 61.8],
      ['services-revenue', 'growth', 4.4],
    ]);
  });
});

describe('a share of a named whole (占规上工业增加值比重为A%)', () => {
  it('is the share of the sentence subject, not of the whole named after 占', () => {
    expect(
      observations('装备制造业增加值增长9.6%，占规上工业增加值比重为27.3%，比上年同期提高0.8个百分点。'),
    ).toEqual([
      ['equipment-manufacturing-value-added', 'growth', 9.6],
      ['equipment-manufacturing-value-added', 'share', 27.3],
      ['equipment-manufacturing-value-added', 'change', 0.8],
    ]);
  });
});

describe('industries listed before one head word (甲、乙、丙产业增加值分别增长…)', () => {
  it('gives each item the shared 产业增加值, whatever its length', () => {
    expect(
      observations(
        '重点产业“三增一降”，光伏组件、新能源、精细化工产业增加值分别增长15.2%、8.1%和2.6%，建材产业下降3.7%。',
      ),
    ).toEqual([
      ['光伏组件产业增加值', 'growth', 15.2],
      ['新能源产业增加值', 'growth', 8.1],
      ['精细化工产业增加值', 'growth', 2.6],
      ['建材产业', 'growth', -3.7],
    ]);
  });
});
