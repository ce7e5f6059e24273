// Forms of county news pages (docs/prose-forms.md, "Forms of county news pages (gnews)"), in pages and
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ingestedDocument, linesReader } from '../helpers/report.js';

const readPage = (html: string) => ingestedDocument(new TextEncoder().encode(html), { name: 'gnews.html' });

const report = linesReader('gnews.txt');

describe('an info line whose fields each stand in a <span>', () => {
  const html = `<html><head><meta charset="utf-8"><title>泮溪县上半年经济运行稳中向好_县域经济_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xyjj/">县域经济</a></div>
<div class="article"><h1>泮溪县：上半年经济运行稳中向好</h1>
<div class="article-info"><span>2024-07-29 10:21:06</span> <span>[来源：蓼州日报]</span> <span>[作者：某某]</span> <span>字体：【<a href="/a?fs=16">大</a> <a href="/a?fs=14">中</a> <a href="/a?fs=12">小</a>】</span></div>
<div id="zoom"><p>蓼州日报讯 今年以来，泮溪县经济运行稳中向好：上半年，全县地区生产总值同比增长5.3%；完成社会消费品零售总额12.46亿元，同比增长6.1%。</p>
<p>农业生产平稳。上半年，全县完成农林牧渔业总产值8.72亿元，增长3.4%。</p></div></div>
<div class="footer">某ICP备00000000号</div></body></html>`;

  it('is read as the whole line, so the date beside the 来源 span is kept', async () => {
    const document = await readPage(html);
    expect(document.hints.infoLine).toBe('2024-07-29 10:21:06 [来源：蓼州日报] [作者：某某]');
  });

  it('gives the year of a headline and text that say only 上半年', async () => {
    const { report } = parseDocument(await readPage(html), { sourceName: 'gnews.html', sha256: 'x' });
    expect(report?.meta.period).toBe('2024-H1');
    expect(report?.meta.publishedAt).toBe('2024-07-29T10:21:06+08:00');
  });
});

const news = (...prose: string[]) => report('泮溪县：2024年上半年经济运行稳中向好', ...prose);
const observed = (...prose: string[]) =>
  news(...prose).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('a statistics bureau news page', () => {
  const headline = (title: string) =>
    report(title, '据县统计局消息，2023年全县实现地区生产总值101.36亿元，比上年增长5.8%。').meta.genre;

  it('is a news summary when its headline gives a level, in figures or in words', () => {
    expect(headline('滕溪县2023年经济运行稳中有进 生产总值首次突破百亿元')).toBe('news-summary');
    expect(headline('滕溪县2023年地区生产总值完成101.36亿元')).toBe('news-summary');
  });

  it('is a news summary when it opens 据县统计局消息', () => {
    expect(headline('滕溪县2023年经济运行情况')).toBe('news-summary');
  });
});

describe('地区生产总值预期增长A%左右 in a quote closing a full-year news page', () => {
  it('reads next year’s goals with 预期 between the name and the growth', () => {
    const { targets } = report(
      '滕溪县2023年经济运行稳中有进 生产总值增长5.8%',
      '据县统计局消息，2023年全县实现地区生产总值101.36亿元，比上年增长5.8%。',
      '县统计局局长某某说，2024年全县地区生产总值预期增长6%左右，固定资产投资增长10%以上。',
    );
    expect(targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator])).toEqual([
      ['gdp', 'next-year', 6, 'approx'],
      ['fixed-asset-investment', 'next-year', 10, 'gte'],
    ]);
  });
});

describe('a sentence a park opens', () => {
  it('gives the park’s figures, clause after clause and past its ；, as facts only', () => {
    const parsed = news(
      '上半年，全县规模工业总产值52.17亿元，同比增长11.3%。县工业集中区新增规上企业3家，完成规模工业增加值6.2亿元，占全县的比重达64%；实现税收2150万元。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-output', 'level', 52.17],
      ['industrial-output', 'growth', 11.3],
    ]);
    expect(parsed.facts.map((f) => f.quantity.value)).toEqual([52.17, 11.3, 3, 6.2, 64, 2150]);
  });
});

describe('该县 before a named aggregate', () => {
  it('is the report’s place, not part of the name', () => {
    expect(
      observed(
        '上半年，全县地区生产总值同比增长6.4%。随着农业产业化加快推进，该县农产品加工产值同比增长5.36%。',
      ),
    ).toEqual([
      ['地区生产总值', 'growth', 6.4],
      ['农产品加工产值', 'growth', 5.36],
    ]);
  });
});

describe('an ownership class of firms', () => {
  it('is a named aggregate, read with 可比增长', () => {
    expect(
      observed(
        '上半年，全县规模以上工业增加值增长8.6%。其中，国有控股企业增加值可比增长12.4%，对规上工业增长的贡献率达18.3%。',
      ),
    ).toEqual([
      ['规模以上工业增加值', 'growth', 8.6],
      ['国有控股企业增加值', 'growth', 12.4],
    ]);
  });
});

describe('甲、乙增速均居全市六县（市）第二', () => {
  it('ranks each listed indicator, 增速均 no part of the last name', () => {
    const { rankings } = news(
      '上半年，完成地方一般公共预算收入3.12亿元，同比增长7.46%；规上工业增加值同比增长8.9%。其中，地方一般公共预算收入、规模工业增加值增速均居全市六县（市）第二。',
    );
    expect(rankings.map((r) => [r.indicatorCode, r.rank, r.of])).toEqual([
      ['general-budget-revenue', 2, 6],
      ['industrial-value-added', 2, 6],
    ]);
  });
});

describe('a project and a stage of its works done', () => {
  it('finds the project named before 完成路基工程', () => {
    const { projects } = news(
      '上半年，全县地区生产总值同比增长6.4%。',
      '总投资12亿元的泮溪高新区标准厂房三期加快建设，泮溪至蓼州快速通道完成路基工程，蓼泮现代物流园项目已完成投资4.3亿元。',
    );
    expect(projects.map((p) => p.name)).toEqual([
      '泮溪高新区标准厂房三期',
      '泮溪至蓼州快速通道',
      '蓼泮现代物流园项目',
    ]);
  });
});

describe('a park’s own report', () => {
  it('keeps the figures of sentences the park opens as its own', () => {
    const parsed = report(
      '泮溪高新区2024年上半年经济运行情况',
      '上半年，泮溪高新区完成规模以上工业增加值6.2亿元，同比增长9.1%；实现地区生产总值18.4亿元，同比增长6.2%。',
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'level', 6.2],
      ['industrial-value-added', 'growth', 9.1],
      ['gdp', 'level', 18.4],
      ['gdp', 'growth', 6.2],
    ]);
  });
});
