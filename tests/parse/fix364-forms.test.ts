// Forms of held-out-364 and held-out-365 (session 44, fix364). Places (沁溆县) and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const analysis = (...lines: string[]) =>
  parsedReport(
    [
      '沁溆县2011年1—8月经济运行情况',
      '沁溆县统计局',
      '1—8月，全县完成全社会固定资产投资96.4亿元，增长22.7%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'analysis.txt' },
  );
const named = (report: ReturnType<typeof parsedReport>, name: string) =>
  report.observations
    .filter((o) => o.indicatorName.includes(name))
    .map((o) => [o.indicatorName, o.measure, o.quantity?.raw]);

describe('a 江苏 analysis’s industry chain with ranks between its clauses', () => {
  const report = analysis(
    '规模以上工业企业实现开票销售收入183.62亿元，增长27.4%，增幅居全市第4位，与上半年持平；实现利税12.57亿元，增长33.1%，其中实现利润6.48亿元，增长38.9%。',
  );
  it('names the invoiced sales after the firms, the verb dropped (F7342)', () => {
    expect(named(report, '开票销售收入')).toEqual([
      ['规模以上工业企业开票销售收入', 'level', '183.62亿元'],
      ['规模以上工业企业开票销售收入', 'growth', '增长27.4%'],
    ]);
  });
  it('gives the verb-led 利税 and 利润 after the rank to the same firms (F7341)', () => {
    expect(named(report, '利税').map((o) => o[0])).toEqual(['规模以上工业企业利税', '规模以上工业企业利税']);
    expect(
      report.observations.filter((o) => o.indicatorCode === 'industrial-profits').map((o) => o.quantity?.raw),
    ).toEqual(['6.48亿元', '增长38.9%']);
  });
  it('passes a rank’s move too (比上半年前移1位)', () => {
    const moved = analysis(
      '规模以上工业企业实现开票销售收入183.62亿元，增长27.4%，增幅居全市第4位，比上半年前移1位；实现利税12.57亿元，增长33.1%。',
    );
    expect(named(moved, '利税').map((o) => o[0])).toEqual(['规模以上工业企业利税', '规模以上工业企业利税']);
  });
});

describe('the registered foreign capital with its growth (F7343)', () => {
  it('names 注册外资 as written, as the contracted sum is', () => {
    const report = analysis(
      '新批外资项目17个，注册外资1.84亿美元，下降9.3%；实际利用外资0.96亿美元，增长6.2%。',
    );
    expect(named(report, '注册外资')).toEqual([
      ['注册外资', 'level', '1.84亿美元'],
      ['注册外资', 'growth', '下降9.3%'],
    ]);
  });
});

describe('a 浙江 sheet’s imports row named 外贸进口总额 (F7344)', () => {
  it('codes the row as the catalogue’s imports, as 外贸出口总额 is exports', () => {
    const rows: SheetCell[][] = [
      ['沁溆县2011年8月主要经济指标', null, null, null, null],
      ['指标', '单位', '8月', '1-8月', '累计增长%'],
      ['规模以上工业总产值', '万元', '61240', '452870', '14.6'],
      ['外贸出口总额', '万美元', '8630', '61470', '21.3'],
      ['外贸进口总额', '万美元', '1870', '13260', '-4.8'],
    ];
    const imports = sheetReport(rows, 'indicators.xlsx')
      .observations.filter((o) => o.indicatorCode === 'imports')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(imports).toEqual([
      ['level', 1870],
      ['level', 13260],
      ['growth', -4.8],
    ]);
  });
});

describe('a project’s year plan, then 要确保…前开工建设 closing the item (F7345)', () => {
  it('takes the year’s plan as the planned investment of the named works', () => {
    const report = analysis(
      '要加快重点项目建设。沁溆物流园项目总投资9.6亿元，已累计完成投资4.1亿元；城南水厂扩建工程今年计划投资0.8亿元，要确保10月底前开工建设；滨河路改造工程总投资1.7亿元。',
    );
    const works = report.projects.find((p) => p.name === '城南水厂扩建工程');
    expect(works?.mentions[0]?.plannedInvestment).toBe(80_000_000);
  });
});

const review = (...suggestions: string[]) =>
  parsedReport(
    [
      '沁溆县人大常委会关于2011年上半年国民经济和社会发展计划执行情况报告的审议意见',
      '（2011年8月19日县第十六届人大常委会第五次会议通过）',
      '县人民政府：',
      '一、基本评价',
      '上半年，全县实现地区生产总值21.46亿元，同比增长9.8%；全社会固定资产投资11.38亿元，增长24.6%。',
      '二、几点建议',
      ...suggestions,
    ].join('\n'),
    { sourceName: 'review.txt' },
  );

describe('a result restated in a review’s suggestions (F7346)', () => {
  it('reads 上半年全县城镇新增就业N人 and its share of the year’s task as observations', () => {
    const report = review(
      '（三）切实保障和改善民生。上半年全县城镇新增就业980人，完成年度目标任务的49.0%。要落实就业扶持政策，确保全年城镇新增就业2000人以上。',
    );
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'new-urban-jobs')
        .map((o) => [o.measure, o.quantity?.raw]),
    ).toEqual([
      ['level', '980人'],
      ['share', '49.0%'],
    ]);
  });
  it('keeps a suggestion’s own figures goals (确保…以上)', () => {
    const report = review('（一）加快项目建设。确保全年全社会固定资产投资完成25亿元以上。');
    expect(report.observations.filter((o) => o.quantity?.raw === '25亿元以上')).toEqual([]);
  });
});

describe('抓紧实施 a list of works each with its total in brackets (F7347)', () => {
  it('names each project with its total and, where given, the amount done', () => {
    const report = review(
      '（一）加快灾后恢复重建。抓紧实施沁溆县人民医院灾后重建项目（总投资0.92亿元）和沁溆至溆口公路恢复重建工程（总投资2.6亿元，已完成投资0.48亿元），确保年内完成农房重建5200户。',
    );
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['沁溆县人民医院灾后重建项目', 92_000_000, null],
      ['沁溆至溆口公路恢复重建工程', 260_000_000, 48_000_000],
    ]);
  });
  it('leaves a policy carried out (实施…战略) no project', () => {
    const report = review('（二）实施乡村振兴战略，确保全年农村居民人均纯收入增长10%以上。');
    expect(report.projects).toEqual([]);
  });
});

describe('the investment in rebuilding after a disaster (F7348)', () => {
  it('names 其中，灾后恢复重建投资X亿元 as written, a part of all investment', () => {
    const report = analysis('其中，灾后恢复重建投资2.74亿元。');
    expect(named(report, '灾后恢复重建投资')).toEqual([['灾后恢复重建投资', 'level', '2.74亿元']]);
  });
});

describe('a rebuilding investment’s goal in a review’s suggestions (F7349)', () => {
  it('is a target under its name as written, with no result under that name', () => {
    const report = review('（一）加快灾后恢复重建。力争全年灾后重建投资完成8亿元以上。');
    expect(
      report.targets.filter((t) => t.indicatorName === '灾后重建投资').map((t) => [t.comparator, t.value]),
    ).toEqual([['gte', 8]]);
  });
});
