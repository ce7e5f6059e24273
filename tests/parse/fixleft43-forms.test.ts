// Forms the leftovers of the held-out batches 341 and 318 showed the parser missed (session 43, branch fixleft43): a
// plan part's goal of an energy intensity named as written whose result the review part gave (F6981); a year-end
// meeting's 一年来 dating a news page the whole year, a December page's own year (F6982).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('万元规模工业增加值能耗下降A% in the plan part after its result in the review part: a next-year goal (F6981)', () => {
  const report = parsedReport(
    [
      '关于沔澄县2020年国民经济和社会发展计划执行情况与2021年计划草案的审查报告',
      '一、2020年国民经济和社会发展计划执行情况',
      '列入计划的18项主要指标中，未完成的有2项：地区生产总值增长6.2%，低于计划0.8个百分点；万元规模工业增加值能耗计划下降3.5%，实际下降1.9%。',
      '二、2021年国民经济和社会发展计划草案',
      '计划草案提出2021年主要预期目标是：地区生产总值增长7%左右；城镇新增就业3800人以上；万元规模工业增加值能耗下降3.5%。',
    ].join('\n'),
    { sourceName: 'review.txt', region: '沔澄县' },
  );

  it('reads the plan part’s −3.5 as the next year’s goal of the name the results used', () => {
    const goals = report.targets
      .filter((t) => t.indicatorName === '万元规模工业增加值能耗')
      .map((t) => [t.horizon, t.value, t.comparator]);
    expect(goals).toEqual([
      ['full-year', -3.5, 'eq'],
      ['next-year', -3.5, 'eq'],
    ]);
  });
});

describe('an energy intensity named as written in the plan part with no result of it: still no goal', () => {
  const report = parsedReport(
    [
      '关于沔澄县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告',
      '一、2020年国民经济和社会发展计划执行情况',
      '全县实现地区生产总值126.4亿元，增长6.2%。',
      '二、2021年国民经济和社会发展计划草案',
      '2021年主要预期目标是：地区生产总值增长7%左右；万元规模工业增加值能耗下降3.5%。',
    ].join('\n'),
    { sourceName: 'plan.txt', region: '沔澄县' },
  );

  it('keeps the goal a fact, as a work target of a name no result uses', () => {
    expect(report.targets.filter((t) => t.indicatorName === '万元规模工业增加值能耗')).toEqual([]);
  });
});

describe('一年来 in a year-end meeting’s news page: the whole year, of the page’s December (F6982)', () => {
  const page = (date: string) =>
    parsedReport(
      [
        '中共沔澄县委十四届八次全体会议召开',
        `发布时间：${date} 10:20来源：沔澄县融媒体中心`,
        '12月27日，中国共产党沔澄县第十四届委员会第八次全体会议召开。全会由县委常委会主持。',
        '全会认为，今年以来，全县经济社会发展稳中有进。预计全年地区生产总值增长5.8%，一般公共预算收入增长4.6%。',
        '全会指出，一年来，全县项目建设扎实推进，实施重点项目112个，完成投资96亿元。',
        '全会强调，明年要重点抓好四个方面工作：一要坚持项目为王，确保沔澄港物流中心上半年开工；二要做强主导产业。',
      ].join('\n'),
      { sourceName: 'news.html' },
    );

  it('reads a page of 2021-12-28 as 2021-FY, not the first half of a schedule', () => {
    expect(page('2021-12-28').meta.period).toBe('2021-FY');
  });

  it('keeps a page of another month dated as before (the year before its date)', () => {
    expect(page('2022-01-04').meta.period).toBe('2021-FY');
  });
});
