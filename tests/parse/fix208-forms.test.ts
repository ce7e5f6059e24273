// Forms the two-hundred-and-seventh to two-hundred-and-ninth held-out batches showed the parser missed (session 35,
// branch fix208): a rank among the city's districts written 列全市市辖区第N位; a county government's press-conference
// transcript titled …新闻发布会; a counted 亿元以上项目 programme measured against the year's plan; a counted group of
// 县域特色产业集群 with its revenue; a share said after an aggregate's head named again (非X工业占规上工业的比重).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const DISTRICT_PLAN = [
  '甲川区2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全区实现地区生产总值218.4亿元，同比增长6.3%，增速列全市市辖区第3位，较一季度前移2位。',
  '规模以上工业增加值增长7.2%，增速列乙州市4个市辖区第1位。',
].join('\n');

describe('a rank among the city’s districts, 列全市市辖区第N位 (F4411)', () => {
  const ranksOf = (text: string) =>
    parsedReport(text, { sourceName: 'plan.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.of,
      r.scope,
      r.change,
    ]);

  it('reads the rank and its move, the parent its scope', () => {
    expect(ranksOf(DISTRICT_PLAN.split('\n').slice(0, 3).join('\n'))).toEqual([['gdp', 3, null, '全市', 2]]);
  });

  it('takes the size and the parent of a counted group of districts, for the bare 全市 as well', () => {
    expect(ranksOf(DISTRICT_PLAN)).toEqual([
      ['gdp', 3, 4, '乙州市', 2],
      ['industrial-value-added', 1, 4, '乙州市', null],
    ]);
  });
});

const PRESSER = [
  '甲川县2026年上半年经济运行情况新闻发布会',
  '时间：2026年7月20日上午9:30',
  '主持人：县政府新闻办主任　张某',
  '县统计局局长　李某：',
  '上半年，全县实现地区生产总值96.3亿元，同比增长5.4%。规模以上工业增加值增长7.7%。',
  '乙城日报记者：',
  '请问工业增长的主要支撑是什么？',
].join('\n');

describe('a county government’s press-conference transcript titled …新闻发布会 (F4412)', () => {
  it('is news of the government, not a statistics bureau’s analysis', () => {
    expect(parsedReport(PRESSER, { sourceName: 'presser.txt' }).meta.genre).toBe('news-summary');
  });

  it('stays the bureau’s analysis when the bureau publishes its own transcript', () => {
    const own = PRESSER.replace('新闻发布会\n', '新闻发布会\n发布时间：2026-07-20　来源：甲川县统计局\n');
    expect(parsedReport(own, { sourceName: 'presser.txt' }).meta.genre).toBe('statistics-analysis');
  });
});

const REVIEW = [
  '关于甲川县人民政府2026年上半年国民经济和社会发展计划执行情况报告的审议意见',
  '一、存在的问题',
  '项目建设进度偏慢。全县24个亿元以上项目完成投资11.8亿元，仅占年度计划的41.6%，低于时序进度8.4个百分点。',
].join('\n');

describe('a counted 亿元以上项目 programme measured against the year’s plan (F4413)', () => {
  it('gives facts only: no indicator, no derived goal', () => {
    const report = parsedReport(REVIEW, { sourceName: 'review.txt' });
    expect(report.observations.filter((o) => o.indicatorName?.includes('项目'))).toEqual([]);
    expect(report.targets).toEqual([]);
    expect(report.facts.map((f) => f.quantity?.raw)).toEqual(expect.arrayContaining(['11.8亿元', '41.6%']));
  });

  it('keeps the size class of all investment an observation', () => {
    const plain = REVIEW.replace(
      '全县24个亿元以上项目完成投资11.8亿元，仅占年度计划的41.6%',
      '亿元以上项目完成投资增长9.1%',
    );
    const names = parsedReport(plain, { sourceName: 'review.txt' }).observations.map((o) => o.indicatorName);
    expect(names).toContain('亿元以上项目完成投资');
  });
});

const COMMUNIQUE = [
  '甲川县2026年国民经济和社会发展统计公报',
  '二、工业',
  '全年规模以上工业增加值增长6.6%。全县机械配件、纺织服装两个县域特色产业集群实现营业收入88.7亿元，增长10.4%。',
].join('\n');

describe('a counted group of 县域特色产业集群 with its revenue (F4414)', () => {
  it('reads the level and the growth under the group’s name', () => {
    const read = parsedReport(COMMUNIQUE, { sourceName: 'communique.txt' })
      .observations.filter((o) => o.indicatorName === '县域特色产业集群营业收入')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(read).toEqual([
      ['level', 88.7],
      ['growth', 10.4],
    ]);
  });
});

const COAL_PLAN = [
  '甲川县2026年前三季度国民经济和社会发展计划执行情况的报告',
  '一、前三季度计划执行情况',
  '分行业看，煤炭工业增加值增长3.2%，非煤工业增加值增长12.8%，非煤工业占规上工业的比重为31.4%，比上年同期提高1.6个百分点。',
].join('\n');

describe('a share said after an aggregate’s head is named again (F4415)', () => {
  it('reads the share and its move as the aggregate’s', () => {
    const read = parsedReport(COAL_PLAN, { sourceName: 'plan.txt' })
      .observations.filter((o) => o.indicatorName === '非煤工业增加值')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(read).toEqual([
      ['growth', 12.8],
      ['share', 31.4],
      ['change', 1.6],
    ]);
  });
});
