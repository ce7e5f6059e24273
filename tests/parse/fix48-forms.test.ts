// Forms held-out-48 showed the parser missing (tuoxi, wanling, huoqiao): 高加工度工业 as a named part of
// industry, not industry itself. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const TITLE = '桐岙县2022年1—9月经济运行情况分析';
/** The lines' observations, after a headline line the genre check needs. */
const observed = (lines: string[]) =>
  sectionReport('tongao.txt', TITLE, ['1—9月，全县固定资产投资同比增长3.2%。', ...lines]).observations.map(
    (o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value],
  );

describe('高加工度工业增加值: a named part of industry', () => {
  it('keeps its growth, share and change under its own name, not industry’s', () => {
    const found = observed([
      '1—9月，全县规模工业增加值同比增长6.1%。',
      '高加工度工业增加值增长11.4%，占全县规模工业的比重为35.2%，比上年同期提高1.8个百分点。',
    ]);
    expect(found.filter((o) => o[0] === 'industrial-value-added')).toEqual([
      ['industrial-value-added', '规模工业增加值', 'growth', 6.1],
    ]);
    expect(found.filter((o) => o[1] === '高加工度工业增加值').map((o) => [o[2], o[3]])).toEqual([
      ['growth', 11.4],
      ['share', 35.2],
      ['change', 1.8],
    ]);
  });
});

describe('firms’ accounts after the firms counted', () => {
  it('reads 规模工业企业 (Hunan’s word) revenue and profits as the catalogue’s', () => {
    const found = observed([
      '全县规模工业企业实现营业收入142.60亿元，同比增长4.3%；实现利润总额6.05亿元，同比下降2.9%。',
    ]);
    expect(found.filter((o) => /^industrial-(?:revenue|profits)$/.test(String(o[0])))).toEqual([
      ['industrial-revenue', '规模工业企业营业收入', 'level', 142.6],
      ['industrial-revenue', '规模工业企业营业收入', 'growth', 4.3],
      ['industrial-profits', '规模工业企业利润总额', 'level', 6.05],
      ['industrial-profits', '规模工业企业利润总额', 'growth', -2.9],
    ]);
  });

  it('passes over a count of new firms to the firms counted before it', () => {
    const found = observed([
      '全县规模以上工业企业达到96家，今年新增入规企业7家；实现营业收入73.2亿元，同比增长9.1%；利润总额3.48亿元，同比下降1.5%。',
    ]);
    expect(found.filter((o) => /^industrial-(?:revenue|profits)$/.test(String(o[0])))).toEqual([
      ['industrial-revenue', '规模以上工业企业营业收入', 'level', 73.2],
      ['industrial-revenue', '规模以上工业企业营业收入', 'growth', 9.1],
      ['industrial-profits', '规模以上工业企业利润总额', 'level', 3.48],
      ['industrial-profits', '规模以上工业企业利润总额', 'growth', -1.5],
    ]);
  });
});

describe('numbered project items whose names hold 及管网工程 or a bracketed year', () => {
  it('reads the amounts of the item’s first sentence for the whole name', () => {
    const report = parsedReport(
      [
        '桐岙县2020年1—6月重点项目建设进展情况通报',
        '一、总体情况',
        '1—6月，全县重点项目累计完成投资31.2亿元，占年度计划的51.4%。',
        '二、重点项目进展',
        '1.桐岙县东区污水处理厂扩容及管网工程。总投资1.86亿元，年度计划投资0.9亿元，1—6月完成投资0.41亿元。',
        '2.桐岙县保障性安居工程（2020年老旧小区改造）。总投资3.12亿元，年度计划投资1.5亿元，1—6月完成投资0.77亿元。',
      ].join('\n'),
      { sourceName: 'tongao.txt' },
    );
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]),
      ]),
    ).toEqual([
      ['桐岙县东区污水处理厂扩容及管网工程', [[186000000, 41000000]]],
      ['桐岙县保障性安居工程(2020年老旧小区改造)', [[312000000, 77000000]]],
    ]);
  });
});

describe('a change against an earlier period opened by 但', () => {
  it('is the change of the chain’s indicator', () => {
    const found = observed([
      '全县规模以上工业增加值同比增长7.8%，增速列全市第3位，但比一季度回落0.9个百分点。',
    ]);
    expect(found.filter((o) => o[0] === 'industrial-value-added').map((o) => [o[2], o[3]])).toEqual([
      ['growth', 7.8],
      ['change', -0.9],
    ]);
  });
});

describe('银行贷款 among the funds projects received', () => {
  it('is a source of funds, not the loan balance', () => {
    const found = observed([
      '重点项目到位资金42.6亿元，其中银行贷款11.3亿元，企业自筹23.5亿元。',
      '6月末，全县金融机构各项贷款余额96.2亿元，同比增长8.8%。',
    ]);
    expect(found.filter((o) => o[0] === 'loans').map((o) => [o[2], o[3]])).toEqual([
      ['level', 96.2],
      ['growth', 8.8],
    ]);
  });
});

describe('实际利用省外资金: funds brought in from other provinces', () => {
  it('is the investment attracted, with its share of the year’s plan', () => {
    const found = observed(['实际利用省外资金18.6亿元，同比增长7.2%，完成年计划的62.0%。']);
    expect(found.filter((o) => o[0] === 'investment-attracted').map((o) => [o[2], o[3]])).toEqual([
      ['level', 18.6],
      ['growth', 7.2],
      ['share', 62],
    ]);
  });
});

describe('离“时间过半”差: the share done short of half the year', () => {
  it('is a comparison with the schedule, and the rank after it keeps the chain’s subject', () => {
    const report = sectionReport('tongao.txt', TITLE, [
      '固定资产投资完成40.2亿元，同比增长9.4%，占年计划的48.1%，离“时间过半”差1.9个百分点，增速居全市第4位。',
    ]);
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'fixed-asset-investment' && o.measure === 'comparison')
        .map((o) => o.quantity?.value),
    ).toEqual([-1.9]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank])).toEqual([['fixed-asset-investment', 4]]);
  });
});
