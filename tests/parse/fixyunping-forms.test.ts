// Forms of held-out-35's card page and county table (session 17, fixyunping): a 【数说】/一组数据看…
// page's figure cards (a big number, a caption, a sub line) read as one line each in ingest, the
// headline 一组数据看X县上半年经济 naming X县, and a 通报 table of the counties' indicators led by the
// whole city's row (全市) read as the city's own figures under 单位：亿元、%. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { ingestedReport, observationRow } from '../helpers/report.js';

const card = (figure: string, caption: string, sub?: string) =>
  `<div class="card"><p class="num">${figure}</p><p class="cap">${caption}</p>${sub ? `<p class="sub">${sub}</p>` : ''}</div>`;

const cardPage = (cards: readonly string[], headline = '【数说】一组数据看岷坨县上半年经济运行') =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${headline}</title></head>
<body><div class="main"><h1>${headline}</h1><div class="meta"><span>2021-07-26 09:10</span> <span>来源：岷坨县统计局</span></div>
<div class="text"><p>今年以来，岷坨县经济运行稳中向好。一起来看数据——</p>
${cards.join('\n')}
<p>下半年，全县将持续加强经济运行监测。</p></div></div></body></html>`);

describe('a figure card read as one statement about its caption', () => {
  it('reads the big number, the caption and the sub line as caption, figure, sub', async () => {
    const { document, report } = await ingestedReport(
      cardPage([
        card('13.48亿元', '地区生产总值', '同比增长5.7%，增速高于全市平均水平0.8个百分点'),
        card('3.26亿元', '社会消费品零售总额', '同比增长4.1%'),
        card('16.2%', '固定资产投资增速', '比一季度提高2.3个百分点'),
        card('21573元', '城镇居民人均可支配收入'),
      ]),
      'cards.html',
    );
    expect(document.text).toContain('地区生产总值13.48亿元，同比增长5.7%，增速高于全市平均水平0.8个百分点');
    expect(document.text).toContain('城镇居民人均可支配收入21573元');
    expect(report.meta.region).toBe('岷坨县');
    expect(report.observations.map(observationRow)).toEqual(
      expect.arrayContaining([
        ['gdp', 'level', 13.48, '亿元'],
        ['gdp', 'growth', 5.7, '%'],
        ['gdp', 'comparison', 0.8, '个百分点'],
        ['retail-sales', 'level', 3.26, '亿元'],
        ['retail-sales', 'growth', 4.1, '%'],
        ['fixed-asset-investment', 'growth', 16.2, '%'],
        ['urban-disposable-income-per-capita', 'level', 21573, '元'],
      ]),
    );
  });

  it('leaves a date over a heading, a numbered badge and a block of sentences as they were', async () => {
    const { document } = await ingestedReport(
      cardPage([
        card('2021年', '工作回顾'),
        card('01', '经济运行', '全县经济运行稳中向好。'),
        '<div><p>上半年，全县地区生产总值13.48亿元，同比增长5.7%。</p><p>全县社会消费品零售总额3.26亿元。</p></div>',
      ]),
      'cards.html',
    );
    expect(document.text).toContain('2021年\n工作回顾');
    expect(document.text).toContain('01\n经济运行');
    expect(document.text).toContain('同比增长5.7%。\n全县社会消费品零售总额3.26亿元。');
  });
});

describe('a headline leading in to the place', () => {
  it.each([
    '一组数据看岷坨县上半年经济运行',
    '【数说】一组数据看岷坨县上半年经济运行',
    '图表带你读懂岷坨县上半年经济运行',
  ])('%s names 岷坨县', async (headline) => {
    const { report } = await ingestedReport(
      cardPage([card('13.48亿元', '地区生产总值', '同比增长5.7%')], headline),
      'cards.html',
    );
    expect(report.meta.region).toBe('岷坨县');
    expect(report.meta.period).toBe('2021-H1');
  });
});

describe("a table of the counties' indicators led by the whole city's row", () => {
  const table = (whole: string) =>
    [
      '溧岗市2019年1-6月各县区主要经济指标完成情况',
      '单位：亿元、%',
      '地区\t地区生产总值\t\t\t固定资产投资\t\t',
      '\t总量\t增速（%）\t位次\t总量\t增速（%）\t位次',
      `${whole}\t312.47\t6.9\t\t268.15\t10.3\t`,
      '桐坝县\t98.26\t7.4\t1\t75.42\t11.8\t2',
      '柘湾县\t71.35\t6.5\t3\t63.17\t12.4\t1',
      '滨沙区\t142.86\t6.8\t2\t129.56\t8.7\t3',
      '注：位次为各县区增速排位。',
    ].join('\n');

  it("is a report: the whole city's row gives its figures, levels in the listed unit", () => {
    const { report, problems } = parseReportText(table('全市'), { sourceName: 'counties.txt' });
    expect(problems.map((p) => p.code)).not.toContain('not-a-report');
    expect(report?.meta.region).toBe('溧岗市');
    expect(report?.meta.genre).toBe('statistics-analysis');
    expect(report?.observations.map(observationRow)).toEqual([
      ['gdp', 'level', 312.47, '亿元'],
      ['gdp', 'growth', 6.9, '%'],
      ['fixed-asset-investment', 'level', 268.15, '亿元'],
      ['fixed-asset-investment', 'growth', 10.3, '%'],
    ]);
  });

  it('is still refused when no row is the whole region’s', () => {
    const { report } = parseReportText(table('桂口县'), { sourceName: 'counties.txt' });
    expect(report).toBeNull();
  });
});
