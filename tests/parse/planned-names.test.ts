// Goals in the plan part for a share, and for a name the catalogue lacks that the report already has
// results of (力争新兴产业增加值占规模以上工业比重达到25%). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const FULL_YEAR = '岚川县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告';
const HALF_YEAR = '岚川县2024年上半年国民经济和社会发展计划执行情况的报告';

function targetsOf(title: string, review: string, plan: string) {
  const text = [title, '一、执行情况', review, '二、主要任务', plan].join('\n');
  const report = parseReportText(text, { sourceName: 'planned-names.txt' }).report;
  return (report?.targets ?? []).map((t) => ({
    name: t.indicatorName,
    horizon: t.horizon,
    value: t.value,
    comparator: t.comparator,
    attainment: t.attainment,
  }));
}

const REVIEW = '新兴产业增加值增长16.2%，占规模以上工业的比重达到23.5%，比上年提高2.1个百分点。';

describe('goals of a name the catalogue lacks', () => {
  it('reads a share goal under the name the results gave', () => {
    expect(
      targetsOf(FULL_YEAR, REVIEW, '二是推动产业转型。力争新兴产业增加值占规模以上工业比重达到27%。'),
    ).toEqual([
      { name: '新兴产业增加值', horizon: 'next-year', value: 27, comparator: 'eq', attainment: 'unknown' },
    ]);
  });
  it('reads a growth goal under the name the results gave', () => {
    expect(targetsOf(FULL_YEAR, REVIEW, '二是推动产业转型。力争新兴产业增加值增长18%以上。')).toEqual([
      { name: '新兴产业增加值', horizon: 'next-year', value: 18, comparator: 'gte', attainment: 'unknown' },
    ]);
  });
  it('reads no goal of a name the results never gave', () => {
    expect(
      targetsOf(
        FULL_YEAR,
        '地区生产总值增长6.1%。',
        '二是推动产业转型。力争新兴产业增加值占规模以上工业比重达到27%。',
      ),
    ).toEqual([]);
  });
});

describe('share goals', () => {
  it("leaves a part-year report's share goal unjudged: a share is no growth", () => {
    expect(
      targetsOf(
        HALF_YEAR,
        '上半年，全县服务业增加值增长6.2%，占地区生产总值的比重为45.1%。',
        '（一）推动产业转型。力争全年服务业增加值占地区生产总值比重达到48%。',
      ),
    ).toEqual([
      { name: '服务业增加值', horizon: 'full-year', value: 48, comparator: 'eq', attainment: 'unknown' },
    ]);
  });
});
