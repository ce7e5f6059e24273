// Forms the sixty-third held-out batch showed the parser missed (session 23, branch fix63): a communique's
// three industries numbered once before 所占比重分别为 (the whole told before the list), and the shares'
// moves where 比重 is said for the first industry only (第一产业比重下降a个百分点，第二产业提高b个百分点).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string, measure: string) =>
  parsedReport(text, { sourceName: 'communique.txt' })
    .observations.filter((o) => o.measure === measure)
    .map((o) => [o.indicatorCode, o.quantity?.value]);

const communique = [
  '棠岭县2023年国民经济和社会发展统计公报',
  '一、综合',
  '全年全县地区生产总值212.6亿元，比上年增长5.4%。其中，第一产业增加值30.2亿元，增长3.1%；第二产业增加值80.5亿元，增长6.2%；第三产业增加值101.9亿元，增长5.3%。',
  '在全县生产总值中，第一、二、三产业增加值所占比重分别为14.2%、37.9%、47.9%。与上年相比，第一产业比重下降0.4个百分点，第二产业提高0.7个百分点，第三产业下降0.3个百分点。',
].join('\n');

describe('the three industries numbered once before 所占比重分别为', () => {
  it('gives each industry its share of GDP', () => {
    expect(observationsOf(communique, 'share')).toEqual([
      ['agriculture-value-added', 14.2],
      ['secondary-industry-value-added', 37.9],
      ['tertiary-industry-value-added', 47.9],
    ]);
  });
});

describe('比重 said for the first industry only, then bare industries with points', () => {
  it('gives every move to the industry’s share, not its value added', () => {
    expect(observationsOf(communique, 'change')).toEqual([
      ['primary-industry-share', -0.4],
      ['secondary-industry-share', 0.7],
      ['tertiary-industry-share', -0.3],
    ]);
  });
});

describe('a price table of changes whose value column is headed only by the whole place (全县（单位：%）)', () => {
  const text = [
    '棠岭县2023年国民经济和社会发展统计公报',
    '一、综合',
    '全年居民消费价格比上年上涨0.6%。分类别看，食品烟酒类价格下降1.4%，衣着类上涨0.8%。',
    '表1　2023年居民消费价格比上年涨跌幅度',
    '指标\t全县（单位：%）',
    '居民消费价格\t0.6',
    '其中：食品烟酒\t-1.4',
    '衣着\t0.8',
    '居住\t1.1',
    '二、农业',
    '全年农林牧渔业总产值64.2亿元，比上年增长3.1%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'communique.txt' });

  it('reads the index row as the growth the caption names, not a bare level', () => {
    // The prose and the table row each give it: one growth, no level.
    const cpi = report.observations.filter((o) => o.indicatorCode === 'cpi');
    expect(new Set(cpi.map((o) => `${o.measure} ${o.quantity?.value}${o.quantity?.unit}`))).toEqual(
      new Set(['growth 0.6%']),
    );
  });

  it('gives the table’s category rows no facts (the prose gives the categories)', () => {
    expect(report.facts.filter((f) => f.quantity.unit === '').map((f) => f.quantity.value)).toEqual([]);
  });
});

describe('parks inside the county in a 分别 list (甲高新区、乙工业集中区、丙工业园…分别增长)', () => {
  it('gives the parks’ growths no indicator of the report’s own', () => {
    const text = [
      '棠岭县2024年一季度经济运行情况',
      '一、工业',
      '全县规模工业增加值同比增长7.6%。园区支撑有力，棠岭高新区、柘河工业集中区、沅口工业园规模工业增加值分别增长10.4%、8.8%、6.1%。',
    ].join('\n');
    expect(observationsOf(text, 'growth')).toEqual([['industrial-value-added', 7.6]]);
  });
});

describe('a project’s total in brackets after its name (开工建设甲物流园（总投资X亿元）)', () => {
  it('keeps the bracket out of the name and reads it as the planned investment', () => {
    const text = [
      '关于棠岭市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
      '一、2024年工作安排',
      '（一）全力扩大有效投资。开工建设棠岭冷链物流园（总投资4.2亿元），建成柘河至棠岭公路改建工程。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'report.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment ?? null,
    ]);
    expect(projects).toContainEqual(['棠岭冷链物流园', 420000000]);
  });
});

describe('a road project named 快速干线 with what was done on it', () => {
  it('is a project with its completed investment', () => {
    const text = [
      '棠岭县2024年一季度经济运行情况',
      '一、投资',
      '全县固定资产投资同比增长6.8%。重点项目中，柘河至棠岭快速干线完成投资1.46亿元。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'report.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([['柘河至棠岭快速干线', 146000000]]);
  });
});
