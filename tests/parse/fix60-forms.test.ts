// Forms the sixtieth held-out batch showed the parser missed (session 23, branch fix60): a rank among a
// Jiangsu city's 板块 and a rank closed by a streak; a communiqué's population table; names holding a
// 及 (外商及港澳台投资企业, 农林牧渔专业及辅助性活动产值); one sector's loans; a stated goal written
// straight before 目标; a month opening the sentence with 当月 after the name; 按可比口径计算 and
// 降幅虽比…收窄 between a name and its figure; pigs in 口; a project's 年内完成投资 after its status; a
// capacity inside a name led by its amount. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ingestedDocument, parsedReport } from '../helpers/report.js';

const ANALYSIS_HEAD = ['2024年一季度全区经济运行情况分析', '发布日期：2024-04-22　　来源：棠湾区统计局'];
const PLAN_HEAD = [
  '柘川县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
  '一、2023年计划执行情况',
];

const observationsOf = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value ?? null,
    o.period ?? null,
  ]);
const rankingsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [r.indicatorCode, r.rank, r.of]);
const factsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).facts.map(
    (f) => `${f.quantity?.value ?? ''}${f.quantity?.unit ?? ''}`,
  );

describe('a rank among a Jiangsu city’s 板块 (列全市8个板块第3位)', () => {
  it('reads the group size, and the group is no fact', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '一季度全区实现地区生产总值218.4亿元，同比增长5.8%，增速列全市6个板块第2位。',
    ].join('\n');
    expect(rankingsOf(text)).toEqual([['gdp', 2, 6]]);
    expect(factsOf(text)).not.toContain('6个');
  });
});

describe('a rank closed by a streak (增速连续5个月位居全州第1)', () => {
  it('ranks the indicator the clause names, not the figure before it', () => {
    const text = [
      ...PLAN_HEAD,
      '农村居民人均可支配收入18642元，增长7.6%。限上消费品零售额增速连续5个月位居全州第1。',
    ].join('\n');
    expect(rankingsOf(text)).toEqual([['retail-sales-above-quota', 1, null]]);
  });
});

describe('a communiqué’s 年末人口数及其构成 table', () => {
  it('gives no shares of population groups', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>柘川县2022年国民经济和社会发展统计公报</title></head><body>',
      '<h1>柘川县2022年国民经济和社会发展统计公报</h1>',
      '<p>全年地区生产总值完成86.42亿元，比上年增长4.2%。</p>',
      '<p>年末全县常住人口12.4万人，其中城镇人口7.1万人。</p>',
      '<p>表1　2022年年末人口数及其构成</p>',
      '<table><tr><td>指　标</td><td>年末数（万人）</td><td>比重（%）</td></tr>',
      '<tr><td>全县常住人口</td><td>12.40</td><td>100.0</td></tr>',
      '<tr><td>其中：城镇</td><td>7.10</td><td>57.3</td></tr>',
      '<tr><td>　　　乡村</td><td>5.30</td><td>42.7</td></tr>',
      '<tr><td>其中：男性</td><td>6.32</td><td>51.0</td></tr>',
      '<tr><td>　　　女性</td><td>6.08</td><td>49.0</td></tr></table>',
      '</body></html>',
    ].join('\n');
    const document = await ingestedDocument(new TextEncoder().encode(html), { name: 'communique.html' });
    const { report } = parseDocument(document, { sourceName: 'communique.html', sha256: '0' });
    expect(report?.observations.filter((o) => o.measure === 'share')).toEqual([]);
  });
});

describe('names holding a 及', () => {
  it('reads 外商及港澳台投资企业 written without 商 as an ownership class', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '一季度，全区规模以上工业增加值同比增长7.1%。分经济类型看，股份制企业增长8.2%，外商及港澳台投资企业增长4.6%。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['外商及港澳台投资企业', 'growth', 4.6, null]);
  });
  it('reads 农林牧渔专业及辅助性活动产值, one branch of the classification', () => {
    const text = [
      '柘川县2022年国民经济和社会发展统计公报',
      '全年农林牧渔业总产值38.6亿元，比上年增长4.1%。其中，农业产值16.2亿元，牧业产值19.8亿元，农林牧渔专业及辅助性活动产值1.24亿元。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['农林牧渔专业及辅助性活动产值', 'level', 1.24, null]);
  });
});

describe('one sector’s loans (落实林果业贷款X亿元)', () => {
  it('is no level of the loan balance', () => {
    const text = [...PLAN_HEAD, '落实畜牧业贷款2.4亿元、贴息312万元。各项贷款余额96.2亿元，增长11.4%。'].join(
      '\n',
    );
    expect(observationsOf(text).filter(([code]) => code === 'loans')).toEqual([
      ['loans', 'level', 96.2, null],
      ['loans', 'growth', 11.4, null],
    ]);
  });
});

describe('a stated goal written straight before 目标 (高于年初确定的7%目标0.8个百分点)', () => {
  it('reads the goal, judged met, and the margin as a comparison', () => {
    const text = [
      ...PLAN_HEAD,
      '预计全年完成地区生产总值68.2亿元，增长7.4%，高于年初确定的7%目标0.4个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['gdp', 7, 'full-year', 'met'],
    ]);
    expect(observationsOf(text)).toContainEqual(['gdp', 'comparison', 0.4, null]);
  });
});

describe('a month opening the sentence, 当月 after the name (3月份，规模以上工业增加值当月同比增长A%)', () => {
  it('reads the month’s own growth with its period', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '一季度，全区规模以上工业增加值同比增长6.4%。',
      '3月份，规模以上工业增加值当月同比增长8.8%。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['industrial-value-added', 'growth', 8.8, '2024-M3-3']);
  });
});

describe('link words between a name and its figure', () => {
  it('按可比口径计算比上年增长A% is the subject’s growth', () => {
    const text = [
      '柘川县2022年国民经济和社会发展统计公报',
      '全年一般公共预算收入6.82亿元，按可比口径计算比上年增长7.6%。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['general-budget-revenue', 'growth', 7.6, null]);
  });
  it('降幅虽比1—2月收窄B个百分点 is the subject’s change', () => {
    const text = [
      ...ANALYSIS_HEAD,
      '一季度，全区实现地区生产总值218.4亿元，同比增长5.8%。全区房地产开发投资12.4亿元，同比下降9.6%。',
      '一是投资增长乏力。房地产开发投资降幅虽比1—2月收窄1.8个百分点，但仍处于低位。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['real-estate-investment', 'change', 1.8, null]);
  });
});

describe('pigs counted in 口 (生猪1.2万口)', () => {
  it('keeps the unit with the figure', () => {
    const text = [
      '柘川县2022年国民经济和社会发展统计公报',
      '全年地区生产总值完成86.42亿元，比上年增长4.2%。牲畜存栏92.4万头只，其中生猪1.2万口。',
    ].join('\n');
    expect(factsOf(text)).toContain('1.2万口');
  });
});

const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.completedInvestment ?? null,
  ]);

describe('a project’s 年内完成投资 after its status (甲项目建成并网，年内完成投资X亿元)', () => {
  it('gives the project its completed investment', () => {
    const text = [
      ...PLAN_HEAD,
      '全年地区生产总值增长7.4%。柘川10万千瓦光伏发电项目建成并网，年内完成投资4.2亿元。',
    ].join('\n');
    expect(projectsOf(text)).toEqual([['柘川10万千瓦光伏发电项目', 420000000]]);
  });
});

describe('a capacity inside a name led by its amount (总投资X亿元的某县5万吨…项目)', () => {
  it('is no figure', () => {
    const text = [
      ...PLAN_HEAD,
      '全年地区生产总值增长7.4%。加快总投资6.5亿元的柘川县5万吨果蔬加工项目建设。',
    ].join('\n');
    expect(factsOf(text)).not.toContain('5万吨');
  });
});
