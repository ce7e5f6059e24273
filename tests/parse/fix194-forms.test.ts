// Forms the one-hundred-and-ninety-fourth held-out batch showed the parser missed (session 35, branch fix194): a
// WeChat post's 往期回顾 list naming last year's 统计公报 (the post typed a communique of that year); a table's
// note naming its 全市 column's parent with 共 (甲市共N个县（区）) or written whole in brackets; a zone ranked among
// the city's 省级以上开发区; a zone's table row of its firms' 入库税收; a share of 开发区固定资产投资 read as a park.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const OPTIONS = { sourceName: 'analysis.txt' };

/** A county bureau's WeChat post: headline, byline, body, the editor's lines and 往期回顾. */
const WECHAT = [
  '2031年1—4月全县经济运行简况',
  '原创 甲川统计 甲川县统计局 2031-05-22 17:10 发表于陕西',
  '',
  '1—4月，全县社会消费品零售总额12.08亿元，同比增长4.7%。',
  '',
  '编辑：某某',
  '',
  '往期回顾',
  '2031年1—3月全县经济运行简况',
  '甲川县2030年国民经济和社会发展统计公报',
].join('\n');

describe('a WeChat post’s 往期回顾 list of earlier posts (F4061)', () => {
  it('reads no title under it: the headline types and dates the post', () => {
    const { meta } = parsedReport(WECHAT, OPTIONS);
    expect([meta.genre, meta.period]).toEqual(['statistics-analysis', '2031-M1-4']);
  });
});

/** A plan report's closing table with a 全市排名 column and a note; the prose ranks one figure 居全市. */
function planWithNote(note: string): string {
  return [
    '关于甲川县2031年前三季度国民经济和社会发展计划执行情况的报告',
    '一、主要指标完成情况',
    '前三季度，全县地区生产总值82.40亿元，同比增长5.1%，增速居全市第3位。',
    '附表：前三季度主要经济指标',
    '指标名称\t单位\t前三季度\t增速（%）\t全市排名',
    '地区生产总值\t亿元\t82.40\t5.1\t3',
    '地方一般公共预算收入\t亿元\t4.18\t6.2\t6',
    note,
  ].join('\n');
}

const ranksOf = (text: string) =>
  parsedReport(text, { sourceName: 'plan.txt' }).rankings.map((r) => [
    r.source,
    r.indicatorCode,
    r.rank,
    r.of,
    r.scope,
  ]);

describe('a note counting the parent’s places with 共: 注：全市排名按增速排列，甲市共N个县（区） (F4062)', () => {
  it('names the table’s and the prose’s 全市 as that parent, with its size', () => {
    const ranks = ranksOf(planWithNote('注：全市排名按增速排列，乙州市共9个县（区）。'));
    expect(ranks).toContainEqual(['table', 'general-budget-revenue', 6, 9, '乙州市']);
    expect(ranks).toContainEqual(['table', 'gdp', 3, 9, '乙州市']);
    expect(ranks).toContainEqual(['prose', 'gdp', 3, 9, '乙州市']);
  });

  it('reads no fact of the group counted in the note', () => {
    const report = parsedReport(planWithNote('注：全市排名按增速排列，乙州市共9个县（区）。'), {
      sourceName: 'plan.txt',
    });
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('9个');
  });
});

describe('a note written whole in brackets under a table: （位次按增速排列，甲市共N个县（区）） (F4063)', () => {
  it('sizes and names the rank column as a 注 line does', () => {
    const ranks = ranksOf(planWithNote('（位次按增速排列，乙州市共9个县（区）；存款增速为比年初增长。）'));
    expect(ranks).toContainEqual(['table', 'general-budget-revenue', 6, 9, '乙州市']);
  });

  it('leaves a bracketed line of no rank words under a table alone', () => {
    const ranks = ranksOf(planWithNote('（数据来源于县统计局，乙州市共9个县（区）。）'));
    expect(ranks).toContainEqual(['table', 'general-budget-revenue', 6, null, '全市']);
  });
});

/** A zone's half-year report: its rank among the city's zones, its firms' tax, the table and its note. */
const ZONE = [
  '丙山经济开发区2031年上半年经济运行情况',
  '一、主要指标',
  '上半年，开发区实现规上工业总产值96.40亿元，同比增长8.2%，总量在全市5个省级以上开发区中排第2位，增速排第3位，较一季度前移1位。',
  '园区企业入库税收2.16亿元，同比增长6.4%。固定资产投资增长11.3%，其中工业投资增长14.8%，占开发区固定资产投资的72.5%。',
  '附表：上半年主要指标',
  '指标名称\t单位\t年度目标\t1—6月完成\t同比增长（%）\t全市开发区排名',
  '规上工业总产值\t亿元\t190\t96.40\t8.2\t2',
  '园区企业入库税收\t亿元\t4.5\t2.16\t6.4\t—',
  '注：全市开发区排名按总量排列，丁阳市共5个省级以上开发区。',
].join('\n');

const zone = () => parsedReport(ZONE, { sourceName: 'zone.txt' });

describe('a zone ranked among the city’s 省级以上开发区 (F4064)', () => {
  it('reads the group as the rank’s size, no fact, and the note’s city as the table rank’s parent', () => {
    const report = zone();
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('5个');
    expect(report.rankings.map((r) => [r.source, r.indicatorCode, r.rank, r.of, r.scope])).toContainEqual([
      'table',
      'industrial-output',
      2,
      5,
      '丁阳市',
    ]);
  });

  it('reads the chain’s second rank (增速排第3位) as the same indicator’s, the count no figure before it', () => {
    const prose = zone()
      .rankings.filter((r) => r.source === 'prose')
      .map((r) => [r.indicatorCode, r.rank, r.change]);
    expect(prose).toContainEqual(['industrial-output', 3, 1]);
  });
});

describe('a zone’s table row of its firms’ 入库税收 (F4065)', () => {
  it('is the zone’s tax revenue in the zone’s own report, as its prose reads it', () => {
    const report = zone();
    const table = report.observations
      .filter((o) => o.source === 'table' && o.quantity?.value === 2.16)
      .map((o) => o.indicatorCode);
    expect(table).toEqual(['tax-revenue']);
    expect(report.targets.map((t) => [t.indicatorCode, t.value])).toContainEqual(['tax-revenue', 4.5]);
  });

  it('keeps the row’s own name in a county’s report', () => {
    const county = ZONE.replace('丙山经济开发区2031年', '丙山县2031年').replace('开发区实现', '全县实现');
    const table = parsedReport(county, { sourceName: 'county.txt' })
      .observations.filter((o) => o.source === 'table' && o.quantity?.value === 2.16)
      .map((o) => o.indicatorCode);
    expect(table).not.toContain('tax-revenue');
  });
});

describe('a share of 开发区固定资产投资 after a part of it (F4066)', () => {
  it('is the part’s share, 占开发区… no park opening the clause', () => {
    const shares = zone()
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(shares).toContainEqual(['industrial-investment', 72.5]);
  });
});
