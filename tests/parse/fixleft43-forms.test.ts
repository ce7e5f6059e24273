// Forms the leftovers of the held-out batches 341 and 318 showed the parser missed (session 43, branch fixleft43): a
// plan part's goal of an energy intensity named as written whose result the review part gave (F6981); a year-end
// meeting's 一年来 dating a news page the whole year, a December page's own year (F6982); a task table's rows naming
// works as projects (F6983).
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

describe('a 通报’s task table whose rows name works: each one a project, its amounts from its cells (F6983)', () => {
  const report = parsedReport(
    [
      '沔澄县2030年县政府重点工作任务进展情况通报（1—10月）',
      '截至2030年10月31日',
      '序号\t任务\t责任单位\t年度目标\t1—10月完成\t完成进度%\t进展情况',
      '1\t地区生产总值\t县统计局\t增长6%左右\t增长5.6%（前三季度）\t—\t前三季度全县地区生产总值增长5.6%。',
      '2\t省市重点项目建设\t县发展改革委\t完成投资60亿元\t52.4亿元\t87.3\t全县38个省市重点项目累计完成投资52.4亿元。',
      '3\t沔澄高新区智能装备产业园项目\t沔澄高新区管委会\t年度计划投资8亿元\t7.2亿元\t90.0\t项目总投资32亿元，累计完成投资19.6亿元，一期厂房已竣工。',
      '4\t沔澄至岙川快速通道工程\t县交通运输局\t年度计划投资3.5亿元\t3.1亿元\t88.6\t路基工程全部完成，计划12月底建成通车。',
      '5\t县妇幼保健院迁建工程\t县卫生健康委\t主体封顶\t—\t—\t主体工程已于9月封顶。',
      '沔澄县人民政府办公室',
    ].join('\n'),
    { sourceName: 'bulletin.txt', period: '2030-M1-10' },
  );
  const projects = () =>
    report.projects.map((p) => [
      p.name,
      p.mentions.map((m) => m.plannedInvestment),
      p.mentions.map((m) => m.completedInvestment),
    ]);

  it('reads the park’s total and running total, the road’s year plan and the months’ amount, the hospital by name', () => {
    expect(projects()).toEqual([
      ['沔澄高新区智能装备产业园项目', [3200000000], [1960000000]],
      ['沔澄至岙川快速通道工程', [350000000], [310000000]],
      ['县妇幼保健院迁建工程', [null], [null]],
    ]);
  });
});
