// Forms the ninety-eighth held-out batch showed the parser missed (session 29, branch fix98): a city bureau's
// page tabling its counties (各县市区主要经济指标: the city is the region, an income's unit among 单位：亿元、元、%);
// the next quarter's goal in a county meeting's demands; the meeting's news headline; 规上轻、重工业 with
// 分别; 规模以上工业出口交货值; a physical measure's move told with 下降; a milestone told before the level;
// and a PDF line 二、三产业… continuing 第一、 (no part heading). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { placed } from '../helpers/pdf-items.js';
import { ingestedReport, observationRow, parsedReport } from '../helpers/report.js';

const page = (title: string, body: string) =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div class="article">${body}</div>
<div class="footer">网站地图 | 联系我们</div></body></html>`);

describe('a city bureau’s page tabling its counties (F2191)', () => {
  const html = page(
    '2026年上半年各县市区主要经济指标_县市区数据_棪川市统计局',
    `<h1>2026年上半年各县市区主要经济指标</h1>
<p>发布时间：2026-07-28 09:30　来源：棪川市统计局</p>
<p>上半年，全市地区生产总值842.36亿元，同比增长5.6%，增速居全省13个市州第5位，比一季度前移1位。</p>
<p>单位：亿元、元、%</p>
<table>
<tr><td rowspan="2">地 区</td><td colspan="3">地区生产总值</td><td colspan="3">一般公共预算收入</td><td colspan="3">农村居民人均可支配收入</td></tr>
<tr><td>总量</td><td>增速</td><td>位次</td><td>总量</td><td>增速</td><td>位次</td><td>总量</td><td>增速</td><td>位次</td></tr>
<tr><td>全 市</td><td>842.36</td><td>5.6</td><td>—</td><td>41.27</td><td>2.8</td><td>—</td><td>10836</td><td>6.1</td><td>—</td></tr>
<tr><td>棪东区</td><td>231.05</td><td>5.2</td><td>4</td><td>8.12</td><td>1.6</td><td>4</td><td>13248</td><td>5.7</td><td>4</td></tr>
<tr><td>棪西县</td><td>188.40</td><td>6.0</td><td>1</td><td>5.36</td><td>4.1</td><td>1</td><td>9975</td><td>6.6</td><td>1</td></tr>
</table>
<p>注：县市区位次按增速排列。</p>`,
  );

  it('reads the city of the site as the region, not 各县市区', async () => {
    const { report } = await ingestedReport(html, 'counties.html');
    expect([report.meta.region, report.meta.period]).toEqual(['棪川市', '2026-H1']);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change])).toEqual([
      ['gdp', 5, 13, 1],
    ]);
  });

  it('reads the 全市 row, an income in the 元 the unit line lists', async () => {
    const { report } = await ingestedReport(html, 'counties.html');
    expect(report.observations.filter((o) => o.source === 'table').map(observationRow)).toEqual(
      expect.arrayContaining([
        ['general-budget-revenue', 'level', 41.27, '亿元'],
        ['rural-disposable-income-per-capita', 'level', 10836, '元'],
        ['rural-disposable-income-per-capita', 'growth', 6.1, '%'],
      ]),
    );
  });
});

describe('the next quarter’s goal among a meeting’s demands for the year (F2192)', () => {
  it('keeps 三季度…增速力争保持在A%以上 a fact, the 全年 goals targets', () => {
    const report = parsedReport(
      [
        '栎湾县2026年上半年经济运行情况',
        '上半年，全县地区生产总值增长5.9%，规模以上工业增加值增长8.4%。',
        '会议强调，要确保全年地区生产总值增长6.5%以上；三季度规模以上工业增加值增速力争保持在8.5%以上。',
      ].join('\n'),
      { sourceName: 'meeting.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['gdp', 6.5, 'full-year'],
    ]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('8.5%以上');
  });
});

describe('news of a county government meeting that heard the half’s figures (F2193)', () => {
  it('is a news summary, though its headline names no period', async () => {
    const html = page(
      '某某主持召开县政府第12次常务会议_政府常务会议_栎湾县人民政府',
      `<h1>某某主持召开县政府第12次常务会议</h1>
<p>听取上半年经济运行情况汇报 研究部署下半年经济工作</p>
<p>发布日期：2026-07-22 16:10　来源：县政府办公室</p>
<p>7月21日，县长某某主持召开县政府第12次常务会议，听取全县上半年经济运行情况汇报。</p>
<p>上半年，全县实现地区生产总值96.42亿元，同比增长5.9%。</p>`,
    );
    const { report } = await ingestedReport(html, 'meeting.html');
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'news-summary',
      '栎湾县',
      '2026-H1',
    ]);
  });
});

const communique = (...lines: string[]) =>
  parsedReport(['栎湾县2026年国民经济和社会发展统计公报', ...lines].join('\n'), {
    sourceName: 'communique.txt',
  });

describe('规上轻、重工业增加值分别增长 (F2194)', () => {
  it('reads light and heavy industry, the scope and 工业增加值 shared', () => {
    const report = communique('三、工业', '分轻重工业看，规上轻、重工业增加值分别增长5.3%、8.8%。');
    expect(report.observations.map(observationRow)).toEqual([
      ['light-industry-value-added', 'growth', 5.3, '%'],
      ['heavy-industry-value-added', 'growth', 8.8, '%'],
    ]);
  });
});

describe('规模以上工业出口交货值 (F2195)', () => {
  it('is an aggregate named as written', () => {
    const report = communique('三、工业', '规模以上工业出口交货值12.46亿元，增长9.3%。');
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规模以上工业出口交货值', 'level', 12.46],
      ['规模以上工业出口交货值', 'growth', 9.3],
    ]);
  });
});

describe('a physical measure moved against the year before, told with 下降 (F2196)', () => {
  it('reads 比上年下降3微克/立方米 as a change of −3', () => {
    const report = communique(
      '十、资源环境',
      '全年细颗粒物（PM2.5）年均浓度29微克/立方米，比上年下降2微克/立方米。',
    );
    expect(report.observations.map((o) => [o.measure, o.quantity?.value, o.quantity?.unit])).toEqual([
      ['level', 29, '微克/立方米'],
      ['change', -2, '微克/立方米'],
    ]);
  });
});

describe('a milestone told in the lead before the level (F2197)', () => {
  it('keeps 首次突破X亿元 a fact when the level follows in the next paragraph', () => {
    const report = communique(
      '2026年，全县经济运行稳中有进，地区生产总值首次突破200亿元。',
      '一、综合',
      '初步核算，全年全县地区生产总值206.18亿元，比上年增长6.1%。',
    );
    expect(report.observations.filter((o) => o.measure === 'level').map(observationRow)).toEqual([
      ['gdp', 'level', 206.18, '亿元'],
    ]);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('200亿元');
  });

  it('still reads a milestone alone as the level', () => {
    const report = communique('一、综合', '全年全县地区生产总值首次突破200亿元，比上年增长6.1%。');
    expect(report.observations.filter((o) => o.measure === 'level').map(observationRow)).toEqual([
      ['gdp', 'level', 200, '亿元'],
    ]);
  });
});

describe('a PDF line 二、三产业… after a line ending 第一、 (F2198)', () => {
  it('continues the paragraph instead of heading a part', () => {
    const blocks = layoutBlocks([
      toLines([
        placed('甲'.repeat(30), 0, 700),
        // A full line (30 ems) ending in the list's 、.
        placed(`${'乙'.repeat(27)}第一、`, 0, 680),
        placed('二、三产业贡献率分别为8.2%、46.5%和45.3%。', 0, 660),
      ]),
    ]).map((b) => (b.kind === 'table' ? '' : b.text));
    expect(blocks).toEqual([
      `${'甲'.repeat(30)}${'乙'.repeat(27)}第一、二、三产业贡献率分别为8.2%、46.5%和45.3%。`,
    ]);
  });

  it('still heads a part after a line ending a sentence', () => {
    const blocks = layoutBlocks([
      toLines([placed('甲'.repeat(20), 0, 700), placed('乙'.repeat(20), 0, 680), placed('二、农业', 0, 660)]),
    ]).map((b) => (b.kind === 'table' ? '' : b.text));
    expect(blocks).toEqual(['甲'.repeat(20) + '乙'.repeat(20), '二、农业']);
  });
});

describe('kinds of products counted in 种', () => {
  it('reads 27种 with its unit, not a bare 27', () => {
    const report = communique('三、工业', '全县统计的40种主要工业产品中，有26种产品产量比上年增长。');
    expect(report.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([26, '种']);
  });
});
