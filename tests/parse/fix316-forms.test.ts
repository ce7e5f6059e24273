// Forms held-out-316 showed the parser missed (session 41, branch fix316): a 一图读懂 page's figure cards
// (a label, a big figure with its unit in a span, 同比增长 <b>A%</b> with an arrow, a rank badge 全市第N
// ▲前移N位 or 持平, captions broken by <br> to fit the tile) and a caption standing among them
// (三次产业结构<br>a:b:c), read as the sentences the tiles show. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';

const graphicPage = async (board: string) => {
  const html = `<html><head><meta charset="utf-8"><title>一图读懂｜2025年上半年枫汀县经济运行情况</title></head><body><div class="detail"><h1>一图读懂｜2025年上半年枫汀县经济运行情况</h1><div class="info">2025-07-22　来源：枫汀县融媒体中心</div><div class="summary">上半年全县经济稳中有进，一起来看——</div><div class="board">${board}</div><div class="note">注：全市位次为增速在各县（市、区）中的位次。</div></div></body></html>`;
  const { document } = await ingest(new TextEncoder().encode(html), { name: 'graphic.html' });
  if (!document) throw new Error('no document');
  const { report } = parseDocument(document, { sourceName: 'graphic.html', sha256: '0' });
  if (!report) throw new Error('no report');
  return { document, report };
};

const card = (...lines: string[]) =>
  `<div class="card">${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;

describe('F6431 a 一图读懂 figure card with an arrow rate, a rank badge and <br>-broken captions', () => {
  it('reads the card as one sentence: level, growth, rank and its move, the captions’ clauses', async () => {
    const { report } = await graphicPage(
      [
        card(
          '规上工业增加值',
          '41.27<span>亿元</span>',
          '同比增长 <b>8.4%</b> <i>↑</i>',
          '全市第3 ▲前移1位',
          '比一季度<br>提高0.6个百分点',
          '工业投资 ↑14.5%<br>民间投资 ↓2.2%',
        ),
        card('社会消费品零售总额', '52.09<span>亿元</span>', '同比增长 <b>3.9%</b>', '全市第6 持平'),
      ].join(''),
    );
    const observations = report.observations.map((o) => [
      o.indicatorCode,
      o.measure,
      o.quantity?.value ?? null,
    ]);
    expect(observations).toEqual(
      expect.arrayContaining([
        ['industrial-value-added', 'level', 41.27],
        ['industrial-value-added', 'growth', 8.4],
        ['industrial-value-added', 'change', 0.6],
        ['industrial-investment', 'growth', 14.5],
        ['private-investment', 'growth', -2.2],
        ['retail-sales', 'level', 52.09],
        ['retail-sales', 'growth', 3.9],
      ]),
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 3, 1],
      ['retail-sales', 6, 0],
    ]);
  });

  it('reads a card of captions only (财政收入 over its parts) as the label and the parts’ clauses', async () => {
    const { document } = await graphicPage(
      card('财政收入', '财政总收入<br>19.36亿元　增长1.8%', '其中税收收入<br>9.02亿元　下降0.7% <i>↓</i>'),
    );
    expect(document.text).toContain(
      '财政收入：财政总收入19.36亿元，增长1.8%；其中税收收入9.02亿元，下降0.7%。',
    );
  });

  it('names what the big figure measures from its rate line (规上服务业 / 营业收入增长A%)', async () => {
    const { report } = await graphicPage(
      [
        card('地区生产总值', '152.8<span>亿元</span>', '同比增长 <b>5.7%</b>'),
        card('规上服务业', '27.5<span>亿元</span>', '营业收入增长 <b>5.1%</b>'),
      ].join(''),
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value ?? null])).toEqual([
      ['gdp', 'level', 152.8],
      ['gdp', 'growth', 5.7],
      ['services-revenue', 'level', 27.5],
      ['services-revenue', 'growth', 5.1],
    ]);
  });
});

describe('F6432 a caption standing among the cards, broken by <br> (三次产业结构<br>a:b:c)', () => {
  it('reads the name and its figures as one line', async () => {
    const { report } = await graphicPage(
      [
        card('地区生产总值', '152.8<span>亿元</span>', '同比增长 <b>5.7%</b>'),
        '<div class="cap">三次产业结构<br>5.1:44.6:50.3</div>',
      ].join(''),
    );
    expect(
      report.observations.filter((o) => o.measure === 'structure').map((o) => o.quantity?.value),
    ).toEqual([5.1, 44.6, 50.3]);
  });
});

describe('F6433 a 时序进度差（±） column beside 完成年度目标% in a plan sheet', () => {
  it('reads each row’s gap to the schedule as a comparison in points', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>漾川县2025年上半年计划主要指标完成情况</title></head><body><div class="content">',
      '<h1>漾川县2025年上半年国民经济和社会发展计划主要指标完成情况</h1>',
      '<table><tr><td>指标</td><td>单位</td><td>年度目标</td><td>1—6月完成</td><td>增长%</td><td>完成年度目标%</td><td>时序进度差（±）</td></tr>',
      '<tr><td>固定资产投资</td><td>亿元</td><td>84</td><td>39.9</td><td>4.1</td><td>47.5</td><td>-2.5</td></tr>',
      '<tr><td>社会消费品零售总额</td><td>亿元</td><td>60</td><td>31.2</td><td>5.2</td><td>52</td><td>2</td></tr></table>',
      '<p>注：时序进度按50%计。</p></div></body></html>',
    ].join('');
    const { document } = await ingest(new TextEncoder().encode(html), { name: 'plan.html' });
    if (!document) throw new Error('no document');
    const { report } = parseDocument(document, { sourceName: 'plan.html', sha256: '0' });
    const gaps = report?.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value ?? null, o.quantity?.unit ?? null]);
    expect(gaps).toEqual([
      ['fixed-asset-investment', -2.5, '个百分点'],
      ['retail-sales', 2, '个百分点'],
    ]);
  });
});
