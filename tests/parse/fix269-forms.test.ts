// Forms the two-hundred-and-sixty-ninth held-out batch showed the parser missed (session 38, branch fix269): a
// congress 决议 on the year's plan and budget and the next year's, approving the next year's budget and listing its
// figures after 预算安排： (F5491); a smelting branch named by its work without 业 (有色金属冶炼下降A%, F5492); a slogan seizing
// the season's projects (抢抓一季度项目开复工…有利时机) names no project (F5493). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const RESOLUTION = [
  '溆岭县第九届人民代表大会第三次会议关于2030年国民经济和社会发展计划执行情况与2031年计划及2030年财政预算执行情况与2031年财政预算的决议',
  '会议决定，批准2031年国民经济和社会发展计划，批准2031年县本级财政预算。',
  '会议认为，2030年全县经济平稳发展，公共财政预算收入完成6.42亿元，增长9.3%。',
  '会议同意2031年县本级财政预算安排：公共财政预算收入安排7.05亿元，增长9.8%；公共财政预算支出安排15.6亿元，增长4.4%。',
].join('\n');

describe('a 决议 approving the next year’s budget, its figures after 预算安排： (F5491)', () => {
  const report = parsedReport(RESOLUTION, { sourceName: 'resolution.txt', region: '溆岭县' });

  it('reads the budget’s figures as the next year’s targets', () => {
    const targets = report.targets.map((t) => [t.indicatorCode, t.horizon, t.value]);
    expect(targets).toEqual([
      ['general-budget-revenue', 'next-year', 7.05],
      ['general-budget-revenue', 'next-year', 9.8],
      ['general-budget-expenditure', 'next-year', 15.6],
      ['general-budget-expenditure', 'next-year', 4.4],
    ]);
  });

  it('keeps the year’s results as observations', () => {
    const values = report.observations.map((o) => o.quantity?.value);
    expect(values).toContain(6.42);
    expect(values).not.toContain(7.05);
    expect(values).not.toContain(15.6);
  });
});

describe('a smelting branch named without 业 (F5492)', () => {
  const QUARTER = [
    '溆岭县2031年一季度国民经济和社会发展计划执行情况的报告',
    '（一）工业生产平稳。规模以上工业增加值同比增长6.1%。其中，建材行业增加值增长4.2%，有色金属冶炼下降2.7%。',
  ].join('\n');

  it('reads its growth under the name as written', () => {
    const report = parsedReport(QUARTER, { sourceName: 'quarter.txt', region: '溆岭县' });
    const smelting = report.observations.find((o) => o.indicatorName === '有色金属冶炼');
    expect(smelting?.measure).toBe('growth');
    expect(smelting?.quantity?.value).toBe(-2.7);
  });
});

describe('a slogan seizing the season’s projects (F5493)', () => {
  it('names no project', () => {
    const text = [
      '溆岭县2031年一季度国民经济和社会发展计划执行情况的报告',
      '今年以来，全县上下坚持稳中求进，抢抓一季度项目开复工和春耕备耕有利时机，经济运行总体平稳。',
      '溆岭县城北污水处理厂项目开复工，完成投资0.8亿元。',
    ].join('\n');
    const names = parsedReport(text, { sourceName: 'quarter.txt', region: '溆岭县' }).projects.map(
      (p) => p.name,
    );
    expect(names).not.toContain('抢抓一季度项目');
    expect(names).toContain('溆岭县城北污水处理厂项目');
  });
});
