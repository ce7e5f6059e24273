// Forms the two-hundred-and-eighty-first held-out batch showed the parser missed (session 39, branch fix281): a
// county congress's 决议 on the 2015 plan whose rank is followed by 与上年持平 (F5811) and whose 会议要求 paragraph
// opens on the year after, 2016年是…开局之年, before a sentence asking incomes to keep pace with growth (F5812); a
// communique's 十二五 paragraph whose 甲和乙年均分别增长A%和B% gives five-year averages, facts only (F5813); a plan
// report's 五、2016年主要工作 after 四、2016年…主要预期目标, a planned part whose figures are goals (F5814).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const RESOLUTION = [
  '蓼汀县第九届人民代表大会第四次会议关于2031年国民经济和社会发展计划执行情况和2032年计划的决议',
  '会议认为，2031年全县经济平稳发展。地区生产总值增长7.4%，增速在全市9个县（市、区）中排第6位，与上年持平；固定资产投资增长12.2%。',
  '会议要求，2032年是“十七五”规划的开局之年，县人民政府要坚持稳中求进。要着力扩大有效投资，确保城乡居民收入增长与经济增长同步，为实现良好开局而努力奋斗。',
].join('\n');

describe('a 决议 on the year and the next (F5811, F5812)', () => {
  const report = parsedReport(RESOLUTION, { sourceName: 'resolution.txt', region: '蓼汀县' });

  it('reads 第N位，与上年持平 as a rank that did not move (F5811)', () => {
    const ranks = report.rankings.filter((r) => r.indicatorCode === 'gdp');
    expect(ranks.map((r) => [r.rank, r.change])).toEqual([[6, 0]]);
  });

  it('gives the pace goal in a paragraph opened on the year after that year (F5812)', () => {
    const paced = report.targets.filter((t) => t.text === '与经济增长同步');
    expect(paced.map((t) => [t.indicatorCode, t.horizon]).sort()).toEqual([
      ['rural-disposable-income-per-capita', 'next-year'],
      ['urban-disposable-income-per-capita', 'next-year'],
    ]);
  });
});

const COMMUNIQUE = [
  '蓼汀县2031年国民经济和社会发展统计公报',
  '“十六五”时期，全县地区生产总值年均增长8.1%；城镇居民人均可支配收入和农村居民人均可支配收入年均分别增长8.7%和10.2%。',
  '全年城镇居民人均可支配收入26410元，比上年增长7.9%；农村居民人均可支配收入14230元，增长8.8%。',
].join('\n');

describe('a list of five-year averages, 年均 after the list (F5813)', () => {
  const report = parsedReport(COMMUNIQUE, { sourceName: 'communique.txt', region: '蓼汀县' });

  it('gives no growth of the year from the averages, and keeps them as facts', () => {
    const growths = report.observations
      .filter((o) => o.measure === 'growth' && o.indicatorCode.endsWith('disposable-income-per-capita'))
      .map((o) => `${o.indicatorCode} ${o.quantity?.value}`)
      .sort();
    expect(growths).toEqual([
      'rural-disposable-income-per-capita 8.8',
      'urban-disposable-income-per-capita 7.9',
    ]);
    const facts = report.facts.map((f) => f.quantity.raw);
    expect(facts).toContain('增长8.7%');
  });
});

const PLAN_REPORT = [
  '关于蓼汀县2031年国民经济和社会发展计划执行情况与2032年计划草案的报告',
  '一、2031年计划执行情况',
  '全年城镇新增就业4870人，完成年度目标的101.5%。',
  '二、2032年主要预期目标',
  '城镇新增就业4800人以上，城镇登记失业率控制在4%以内。',
  '三、2032年主要工作',
  '（一）保障和改善民生。新增城镇就业4800人以上，完成农村危房改造1200户。',
].join('\n');

describe('a part on the work of the year the goals were set for (F5814)', () => {
  const report = parsedReport(PLAN_REPORT, { sourceName: 'plan.txt', region: '蓼汀县' });

  it('gives no level of the year from the goal said again in the work part', () => {
    const jobs = report.observations
      .filter((o) => o.indicatorCode === 'new-urban-jobs' && o.measure === 'level')
      .map((o) => o.quantity?.value);
    expect(jobs).toEqual([4870]);
  });
});
