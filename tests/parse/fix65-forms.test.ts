// Forms the sixty-fifth held-out batch showed the parser missed (session 24, branch fix65): a newspaper's
// lead that dates the year's results only where it gives them (本报讯 1月22日，记者从…获悉，2024年该县实现
// 地区生产总值…), with no comma after the year; a plan column headed in % over a row counted in people
// (城镇新增就业（人） 5000 | 6215 | —); a rank column whose header sizes its group (全市位次（5个区县）);
// a project's bracketed total before the phase the status is said of (甲项目（总投资28亿元）一期建成投产) and
// an amount done with its span between name and verb (甲公路乙段全年完成投资9.6亿元); a listed project named
// again a few words on by the tail of its name (其中产业园二期全年完成投资16.2亿元); a service area
// (甲湾国际邮轮配套服务区) as a project, and a quarter before 项目建设 as no project (抓好四季度项目建设); an
// e-paper story's figures box (相关链接 with ● lines) beside the story's text container, whose bulleted
// label lines (●一般公共预算收入：16.12亿元，…，完成年度预算的101.4%) name their indicator.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedDocument, ingestedReport, parsedReport, sectionReport } from '../helpers/report.js';

describe('a news lead whose year stands right before the headline result (2024年该县实现地区生产总值)', () => {
  it('reads the whole year the lead dates', () => {
    const text = [
      '棠溪县经济总量再上新台阶',
      '本报讯　1月20日，记者从棠溪县统计局获悉，经市统计局统一核算，2024年该县实现地区生产总值158.26亿元，同比增长6.4%。',
      '从三次产业看，第一产业增加值18.31亿元，增长3.9%。',
    ].join('\n');
    const meta = parsedReport(text, { sourceName: 'news.html' }).meta;
    expect([meta.region, meta.period, meta.genre]).toEqual(['棠溪县', '2024-FY', 'news-summary']);
  });

  it('reads it with the place between the year and the figure (2024年棠溪县完成地区生产总值)', () => {
    const text = [
      '棠溪县经济运行稳中有进',
      '根据初步核算结果，2024年棠溪县完成地区生产总值158.26亿元，同比增长6.4%。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'news.html' }).meta.period).toBe('2024-FY');
  });
});

describe('a plan column headed in % over a row counted in people (城镇新增就业（人）)', () => {
  const FY = '关于棠溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告';
  const TABLE = [
    '表1　棠溪县2024年主要经济指标完成情况',
    '指标名称\t计划目标（增长%）\t完成值\t增长（%）\t完成情况',
    '地区生产总值（亿元）\t6.5\t215.3\t6.8\t完成',
    '外贸进出口总额（亿美元）\t9\t3.84\t—\t完成',
    '城镇新增就业（人）\t4200\t4536\t—\t完成',
  ];

  it('reads the row’s goal as the number of people, met by the count; money rows keep the %', () => {
    const read = sectionReport('fix65.txt', FY, TABLE);
    expect(read.targets.map((t) => [t.indicatorCode, t.value, t.unit, t.attainment])).toEqual([
      ['gdp', 6.5, '%', 'met'],
      ['foreign-trade', 9, '%', 'unknown'],
      ['new-urban-jobs', 4200, '人', 'met'],
    ]);
  });
});

describe('a rank column whose header sizes the group in a bracket (全市位次（5个区县）)', () => {
  it('gives every rank of the column that size', () => {
    const read = sectionReport('fix65.txt', '2025年前三季度棠溪区经济运行分析', [
      '前三季度，全区实现地区生产总值96.21亿元，同比增长5.2%。',
      '附表：2025年前三季度棠溪区主要经济指标',
      '指标名称\t单位\t1-9月\t同比增长（%）\t全市位次（6个区县）',
      '地区生产总值\t亿元\t96.21\t5.2\t4',
      '固定资产投资\t—\t—\t7.3\t2',
    ]);
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['gdp', 4, 6],
      ['fixed-asset-investment', 2, 6],
    ]);
  });
});

describe('a project report’s bracketed total before a phase, and a span before the amount done', () => {
  const projectsOf = (line: string) =>
    parsedReport(
      [
        '关于棠溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        line,
      ].join('\n'),
      { sourceName: 'plan.txt' },
    ).projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]);

  it('names the whole project the bracketed total is of (甲项目（总投资28亿元）一期建成投产)', () => {
    expect(projectsOf('项目建设扎实推进。棠溪经济开发区新材料项目（总投资26亿元）一期建成投产。')).toEqual([
      ['棠溪经济开发区新材料项目', 2600000000, null],
    ]);
  });

  it('reads the amount done after a span word (甲公路乙段全年完成投资9.6亿元)', () => {
    expect(projectsOf('项目建设扎实推进。棠溪至柳坪高速公路棠溪段全年完成投资8.4亿元。')).toEqual([
      ['棠溪至柳坪高速公路棠溪段', null, 840000000],
    ]);
  });
});

describe('a listed project named again by the tail of its name (其中产业园二期完成投资…)', () => {
  it('is the same project, its amounts joined', () => {
    const text = [
      '棠溪县经济运行稳中有进',
      '2024年，棠溪县实现地区生产总值158.26亿元，同比增长6.4%。',
      '总投资42亿元的棠溪光伏新材料产业园二期、总投资12.4亿元的柳坪至棠溪快速通道等项目加快推进，其中产业园二期全年完成投资13.5亿元。',
    ].join('\n');
    const projects = parsedReport(text, { sourceName: 'news.html' }).projects.map((p) => [
      p.name,
      p.mentions.map((m) => m.plannedInvestment ?? m.completedInvestment),
    ]);
    expect(projects).toEqual([
      ['棠溪光伏新材料产业园二期', [4200000000, 1350000000]],
      ['柳坪至棠溪快速通道', [1240000000]],
    ]);
  });
});

describe('a service area is a project, the next quarter’s projects are none', () => {
  it('reads 甲配套服务区完成投资 and not 四季度项目', () => {
    const text = [
      '2025年前三季度棠溪区经济运行分析',
      '前三季度，全区实现地区生产总值96.21亿元，同比增长5.2%。',
      '二是重点项目投资过序。棠溪湾国际会展配套服务区完成投资5.82亿元，棠溪科技园二期完成投资3.15亿元。',
      '下一步，全区要紧盯全年目标任务，抓好四季度项目建设和消费旺季。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'analysis.txt' }).projects.map((p) => p.name)).toEqual([
      '棠溪湾国际会展配套服务区',
      '棠溪科技园二期',
    ]);
  });
});

describe('an e-paper story’s figures box beside its text (相关链接, ● lines)', () => {
  const page = (box: string) =>
    new TextEncoder().encode(
      [
        '<html><head><title>柳坪日报数字报-棠溪县经济稳中有进</title></head><body>',
        '<div class="pagelist"><h4>版面导航</h4><ul><li><a href="n1.htm">第01版：要闻</a></li></ul></div>',
        '<div class="article"><h1>棠溪县经济稳中有进</h1>',
        '<div class="content"><p>本报讯　1月20日，记者从棠溪县统计局获悉，2024年该县实现地区生产总值158.26亿元，同比增长6.4%。</p>',
        '<p>从三次产业看，第一产业增加值18.31亿元，增长3.9%；第二产业增加值64.12亿元，增长7.6%；第三产业增加值75.83亿元，增长6.1%。</p>',
        '<p>消费市场平稳回升。全年实现社会消费品零售总额63.2亿元，增长5.7%，比上年提高0.9个百分点。</p>',
        '<p>财政金融稳中向好。全县一般公共预算收入11.35亿元，增长4.1%，税收占比达到74.2%。年末金融机构各项贷款余额206.4亿元，增长10.3%。</p></div>',
        box,
        '<div class="share">分享到：<a href="#">微信</a></div></div></body></html>',
      ].join('\n'),
    );

  it('reads the box’s bulleted figure lines after the story', async () => {
    const box = [
      '<div class="link"><h4>相关链接</h4><p>2024年棠溪县主要经济指标</p>',
      '<p>●地区生产总值：158.26亿元，增长6.4%</p>',
      '<p>●社会消费品零售总额：63.2亿元，增长5.7%</p>',
      '<p>●一般公共预算收入：11.35亿元，增长4.1%，完成年度预算的100.8%</p></div>',
    ].join('');
    const doc = await ingestedDocument(page(box), { name: 'news.html' });
    expect(
      doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])).filter((t) => t.includes('：')),
    ).toEqual([
      '地区生产总值：158.26亿元，增长6.4%',
      '社会消费品零售总额：63.2亿元，增长5.7%',
      '一般公共预算收入：11.35亿元，增长4.1%，完成年度预算的100.8%',
    ]);
  });

  it('leaves a box of links or a short list out', async () => {
    const box = [
      '<div class="link"><h4>相关链接</h4>',
      '<p>●<a href="a.htm">2023年棠溪县地区生产总值增长6.1%</a></p>',
      '<p>●<a href="b.htm">2022年棠溪县一般公共预算收入10.9亿元</a></p>',
      '<p>●<a href="c.htm">棠溪脐橙销售额突破12亿元</a></p></div>',
    ].join('');
    const doc = await ingestedDocument(page(box), { name: 'news.html' });
    expect(doc.blocks.some((b) => b.kind !== 'table' && /棠溪脐橙|2022年/.test(b.text))).toBe(false);
  });
});

describe('a figures box line read as the label line it is (●一般公共预算收入：…，完成年度预算的A%)', () => {
  it('gives the indicator’s share of its budget', async () => {
    const html = [
      '<html><head><title>柳坪日报数字报-棠溪县经济稳中有进</title></head><body><div class="article">',
      '<div class="content"><p>本报讯　1月20日，记者从棠溪县统计局获悉，2024年该县实现地区生产总值158.26亿元，同比增长6.4%。</p>',
      '<p>从三次产业看，第一产业增加值18.31亿元，增长3.9%；第二产业增加值64.12亿元，增长7.6%；第三产业增加值75.83亿元，增长6.1%。</p>',
      '<p>财政金融稳中向好。全县一般公共预算收入11.35亿元，增长4.1%，税收占比达到74.2%。年末金融机构各项贷款余额206.4亿元，增长10.3%。</p></div>',
      '<div class="link"><h4>相关链接</h4><p>●地区生产总值：158.26亿元，增长6.4%</p><p>●社会消费品零售总额：63.2亿元，增长5.7%</p>',
      '<p>●一般公共预算收入：11.35亿元，增长4.1%，完成年度预算的100.8%</p></div></div></body></html>',
    ].join('\n');
    const { report } = await ingestedReport(new TextEncoder().encode(html), 'news.html');
    expect(
      report.observations
        .filter((o) => o.indicatorCode === 'general-budget-revenue' && o.measure === 'share')
        .map((o) => o.quantity?.value),
    ).toEqual([100.8]);
  });
});
