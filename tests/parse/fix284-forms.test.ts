// Forms the two-hundred-and-eighty-fourth and -fifth held-out batches showed the parser missed (session 39, branch
// fix284): a news page on a county congress's close that tells of the year after's plan approved (会议批准了…2033年
// 国民经济和社会发展计划), whose county head then says 确保全年接待游客突破N万人次 — the approved plan's year, not the
// page's (F5871); a rural income's growth 比全省农村居民平均水平高0.6个百分点, the average named by its group of
// people (F5872). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const CLOSING = (approved: string) =>
  [
    '苓垭县第九届人民代表大会第六次会议胜利闭幕',
    '发布时间：2033-01-12 16:20',
    `1月12日上午，苓垭县第九届人民代表大会第六次会议胜利闭幕。${approved}`,
    '会议认为，2032年全县地区生产总值完成64.18亿元，增长5.7%。',
    '闭幕会上，县长在讲话中表示，县人民政府将认真落实大会决议，力争2033年底建成县城第二水厂。要做强文旅产业，确保全年接待游客突破760万人次。',
  ].join('\n');

const tourism = (text: string) =>
  parsedReport(text, { sourceName: 'closing-news.txt', region: '苓垭县' })
    .targets.filter((t) => t.indicatorCode === 'tourist-arrivals')
    .map((t) => [t.horizon, t.comparator, t.value]);

describe('a goal said after the year after’s plan is told approved (F5871)', () => {
  it('reads 确保全年… after 会议批准了2033年…计划 in a 2032 page as the next year’s goal', () => {
    expect(tourism(CLOSING('会议批准了苓垭县2033年国民经济和社会发展计划。'))).toEqual([
      ['next-year', 'gt', 760],
    ]);
  });

  it('keeps a plan only asked to be approved (提请审议批准) from moving the goal', () => {
    expect(tourism(CLOSING('会议听取了提请审议批准2033年国民经济和社会发展计划的说明。'))).toEqual([
      ['full-year', 'gt', 760],
    ]);
  });
});

const BRIEF = [
  '蕖坪县2033年1—8月经济运行情况',
  '上半年，全县农村居民人均可支配收入9316元，增长7.1%，比全省农村居民平均水平高0.8个百分点；城镇居民人均可支配收入21460元，增长4.9%，比全省城镇居民平均水平低0.3个百分点。',
].join('\n');

describe('a growth held against the province’s average of the same group of people (F5872)', () => {
  it('reads 比全省农村居民平均水平高B个百分点 as a comparison of the income it follows', () => {
    const report = parsedReport(BRIEF, { sourceName: 'brief.html', region: '蕖坪县' });
    const compared = report.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(compared).toEqual(
      expect.arrayContaining([
        ['rural-disposable-income-per-capita', 0.8],
        ['urban-disposable-income-per-capita', -0.3],
      ]),
    );
  });
});
