// Forms the one-hundred-and-twenty-sixth held-out batch showed the parser missed (session 32, branch fix126): a
// statistics bureau's yearless 一季度 analysis copied from WeChat, typed a 统计公报 of the year before because the
// 往期推荐 list under it links last year's communique, and dated by nothing because the WeChat byline
// (原创 author account date time province) was not read as the page's source line.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const OPTIONS = { sourceName: 'analysis.txt' };

const BYLINE = '原创 甲川区统计局 甲川统计 2031年04月20日 17:42 陕西';

/** A bureau's WeChat post: yearless headline, byline, the body, the editor's lines and 往期推荐. */
function wechatPost(byline: string): string {
  return [
    '一季度全区经济运行情况',
    byline,
    '',
    '点击蓝字　关注我们',
    '',
    '一季度，全区经济运行起步平稳。',
    '',
    '一、地区生产总值',
    '一季度，全区实现地区生产总值41.26亿元，同比增长5.2%。',
    '',
    '二、社会消费品零售总额',
    '一季度，全区社会消费品零售总额12.08亿元，同比增长4.7%。',
    '',
    '编辑：某某',
    '',
    '往期推荐',
    '2030年甲川区国民经济和社会发展统计公报',
    '1—2月全区主要经济指标',
    '',
    '阅读 512',
  ].join('\n');
}

describe('a WeChat post’s 往期推荐 list of earlier posts (F2811)', () => {
  it('reads no title under it: the yearless headline stays the title, a bureau’s analysis', () => {
    const { meta } = parsedReport(wechatPost(BYLINE), OPTIONS);
    expect([meta.title, meta.genre, meta.period]).toEqual([
      '一季度全区经济运行情况',
      'statistics-analysis',
      '2031-Q1',
    ]);
  });

  it('keeps the figures as the quarter’s, none given a period of their own', () => {
    const report = parsedReport(wechatPost(BYLINE), OPTIONS);
    const gdp = report.observations
      .filter((o) => o.indicatorCode === 'gdp')
      .map((o) => [o.measure, o.quantity?.value, o.period]);
    expect(gdp).toEqual([
      ['level', 41.26, undefined],
      ['growth', 5.2, undefined],
    ]);
  });

  it('still reads a communique’s title standing at the head of the page', () => {
    const text = [
      '2030年甲川区国民经济和社会发展统计公报',
      '甲川区统计局',
      '2030年，全区地区生产总值182.4亿元，增长5.1%。',
    ].join('\n');
    expect(parsedReport(text, OPTIONS).meta.genre).toBe('statistical-communique');
  });
});

describe('a WeChat byline: 原创, the author, the account, the day and time, the province (F2812)', () => {
  it('gives the publisher and the day, which dates a yearless 一季度 headline', () => {
    const { meta } = parsedReport(wechatPost(BYLINE), OPTIONS);
    expect([meta.publisher, meta.publishedAt, meta.region]).toEqual([
      '甲川区统计局',
      '2031-04-20T17:42:00+08:00',
      '甲川区',
    ]);
  });

  it('reads the byline without the account’s name or the province', () => {
    const { meta } = parsedReport(wechatPost('原创 甲川区统计局 2031年04月20日 17:42'), OPTIONS);
    expect([meta.publisher, meta.period]).toEqual(['甲川区统计局', '2031-Q1']);
  });

  it('takes no sentence that opens with 原创 and a day for a byline', () => {
    const line = '原创 甲川区统计局 2031年04月20日 17:42发布的数据显示，一季度经济运行平稳。';
    const { meta } = parsedReport(wechatPost(BYLINE).replace(BYLINE, line), OPTIONS);
    expect(meta.publishedAt).toBeNull();
  });

  it('reads a 1 MB line of 原创 and spaces quickly', () => {
    const long = `原创 ${'甲 '.repeat(500000)}`;
    const started = Date.now();
    parsedReport(`${wechatPost(BYLINE)}\n${long}`, OPTIONS);
    expect(Date.now() - started).toBeLessThan(20000);
  });
});
