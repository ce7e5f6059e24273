// Forms the seventy-ninth held-out batch showed the parser missed (session 26, branch fix79): a portal's 图解
// page of a county's 计划执行情况与计划草案的报告, whose card parts are numbered in Latin letters (PART 01, PART 02)
// so that the goal card's lines are next year's goals, not results; its cards whose big figure is an arrowed
// growth (↑12.3%) or whose line under the level is a share (占…的A%, 完成目标的A%); its project cards, a name
// and its figures set apart by ideographic spaces instead of commas; the page's info line inside the article
// element, with its view counter (浏览次数：1268); a key-project programme's size class (其中亿元以上项目完成投资)
// in a work report, a project total rather than an indicator; a share's fall to its figure (税收占比下降到A%);
// bracketed item numbers run on inside a sentence (民生实事：（1）…；（2）…).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingestedReport, parsedReport } from '../helpers/report.js';

const tujie = (lines: readonly string[]) =>
  [
    '图解：榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
    '发布时间：2025-02-10 09:30　来源：榆岙县发展和改革委员会',
    'PART 01　2024年计划执行情况',
    '地区生产总值98.6亿元，同比增长5.2%。',
    ...lines,
  ].join('\n');

describe('a 图解 page whose parts are numbered PART 01, PART 02', () => {
  it('reads the goal card under PART 02 as next year’s targets, not as results', () => {
    const report = parsedReport(
      tujie(['PART 02　2025年主要预期目标', '地区生产总值增长6%左右', '城镇调查失业率控制在5.5%以内']),
      { sourceName: 'tujie.html' },
    );
    expect(report.targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value])).toEqual([
      ['地区生产总值', 'next-year', 'approx', 6],
      ['城镇调查失业率', 'next-year', 'lte', 5.5],
    ]);
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['地区生产总值', 'level', 98.6],
      ['地区生产总值', 'growth', 5.2],
    ]);
  });
});

describe('a 图解 page’s cards with an arrowed growth or a share under the level', () => {
  const html = [
    '<html><head><meta charset="utf-8"><title>图解：榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</title></head><body>',
    '<div class="article"><h1>图解：榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</h1>',
    '<h2>PART 01　2024年计划执行情况</h2>',
    '<div class="card"><div class="n">地区生产总值</div><div class="v">98.6<span>亿元</span></div><div class="r">增长5.2%</div></div>',
    '<div class="card"><div class="n">固定资产投资</div><div class="v">↑<b>8.4%</b></div><div class="r">高于年度目标1.4个百分点</div></div>',
    '<div class="card"><div class="n">茶叶产业产值</div><div class="v">21.5<span>亿元</span></div><div class="r">占农业总产值32.6%</div></div>',
    '<div class="card"><div class="n">城镇新增就业</div><div class="v">2150<span>人</span></div><div class="r">完成目标的107.5%</div></div>',
    '</div></body></html>',
  ].join('');
  const read = async () => (await ingestedReport(new TextEncoder().encode(html), 'tujie.html')).report;

  it('reads ↑8.4% as the growth, with the comparison and the derived target under it', async () => {
    const { observations, targets } = await read();
    expect(
      observations
        .filter((o) => o.indicatorName === '固定资产投资')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['growth', 8.4],
      ['comparison', 1.4],
    ]);
    expect(targets.map((t) => [t.indicatorName, t.value, t.attainment])).toContainEqual([
      '固定资产投资',
      7,
      'met',
    ]);
  });

  it('reads the share line under a level as the share of that indicator', async () => {
    const { observations, targets } = await read();
    const of = (name: string) =>
      observations.filter((o) => o.indicatorName === name).map((o) => [o.measure, o.quantity?.value]);
    expect(of('城镇新增就业')).toEqual([
      ['level', 2150],
      ['share', 107.5],
    ]);
    expect(of('茶叶产业产值')).toContainEqual(['level', 21.5]);
    expect(targets.map((t) => [t.indicatorName, t.horizon, t.derived])).toContainEqual([
      '城镇新增就业',
      'full-year',
      true,
    ]);
  });
});

describe('a 图解 page’s project card set out with ideographic spaces', () => {
  it('reads the name, the total and the completed investment as one project', () => {
    const { projects } = parsedReport(
      tujie(['重点项目', '榆岙县温泉康养小镇一期　总投资18亿元　累计完成投资9.6亿元，酒店主体完工']),
      { sourceName: 'tujie.html' },
    );
    expect(
      projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]),
    ).toEqual([['榆岙县温泉康养小镇一期', 1800000000, 960000000]]);
  });
});

describe('the info line inside the article element', () => {
  it('drops its view counter there too, so the count is no fact', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</title></head><body>',
      '<div class="article"><h1>榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告</h1>',
      '<div class="info">发布时间：2025-02-10 09:30　来源：榆岙县发展和改革委员会　浏览次数：2417　<a href="#">【打印】</a></div>',
      '<p>一、2024年计划执行情况</p><p>地区生产总值98.6亿元，增长5.2%。</p>',
      '</div></body></html>',
    ].join('');
    const { document, report } = await ingestedReport(new TextEncoder().encode(html), 'plan.html');
    expect(document.text).not.toContain('2417');
    expect(report.facts.map((f) => f.quantity.value)).not.toContain(2417);
  });
});

describe('a key-project programme’s size class in the same sentence', () => {
  it('keeps 亿元以上项目完成投资 after a counted programme a fact, no observation or target', () => {
    const report = parsedReport(
      [
        '榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '地区生产总值98.6亿元，增长5.2%。96个县重点项目完成投资88.4亿元，占年度计划的106.1%，其中亿元以上项目完成投资61.7亿元。',
        '二、2025年工作安排',
        '全年安排县重点项目102个、年度计划投资95亿元，力争亿元以上项目完成投资70亿元。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('亿元以上项目完成投资');
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('亿元以上项目完成投资');
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([61.7, 70]));
  });

  it('still reads the class in a paragraph on all fixed-asset investment as an aggregate', () => {
    const report = parsedReport(
      [
        '榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '全县固定资产投资增长7.4%，其中，亿元以上项目完成投资占全部投资的58.2%。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.map((o) => o.indicatorName)).toContain('亿元以上项目完成投资');
  });
});

describe('a share told as falling to its figure', () => {
  it('reads 税收占比下降到A% as the tax revenue’s share', () => {
    const report = parsedReport(
      [
        '榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '地区生产总值98.6亿元，增长5.2%；一般公共预算收入中税收占比下降到71.3%，财政平衡压力加大。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'tax-revenue',
      'share',
      71.3,
    ]);
  });
});

describe('bracketed item numbers run on inside a sentence', () => {
  it('reads no fact of the numbers (1), (2), only the items’ figures', () => {
    const report = parsedReport(
      [
        '榆岙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '地区生产总值98.6亿元，增长5.2%。',
        '二、2025年工作安排',
        '继续办好民生实事：（1）新建改造农村公路85公里；（2）新增公办学位900个；（3）新建村级养老服务站点12个。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    const bare = report.facts.filter((f) => f.quantity.unit === '').map((f) => f.quantity.value);
    expect(bare).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([85, 900, 12]));
  });
});
