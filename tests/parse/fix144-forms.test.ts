// Forms the one-hundred-and-forty-fourth and -seventh held-out batches showed the parser missed (session 33, branch
// fix144): a plain-text copy of a government's 常务会议 news with no title the reader knows; a tourist count written
// as 接待游客总人次 under a rank. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { wrappedBeforeUnit } from '../../src/ingest/pdf-wrap.js';
import { parsedReport } from '../helpers/report.js';

const MEETING_NEWS = [
  '甲川县人民政府',
  '首页 > 政务公开 > 政务动态',
  '县政府召开第十四次常务会议',
  '发布时间：2026-06-18　来源：县政府办公室',
  '',
  '6月17日，县长某某主持召开县政府第十四次常务会议，听取全县1—5月经济运行情况汇报。',
  '会议听取了县统计局的汇报。1—5月，全县规模以上工业增加值增长6.1%，居全市第3位；社会消费品零售总额21.35亿元，增长4.2%。',
].join('\n');

describe('a plain-text 常务会议 news page with no title (F3191)', () => {
  it('is a news summary, read from its headline line among the opening lines', () => {
    expect(parsedReport(MEETING_NEWS, { sourceName: 'meeting.txt' }).meta.genre).toBe('news-summary');
  });
});

const TOURISM = [
  '甲川县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县接待游客88.6万人次，增长12.4%；实现旅游收入7.42亿元，增长14.1%。上半年全县接待游客总人次、旅游收入增速均居全市第2位。',
].join('\n');

describe('接待游客总人次 named under a rank (F3192)', () => {
  it('ranks tourist arrivals, not an unknown subject', () => {
    const ranks = parsedReport(TOURISM, { sourceName: 'plan.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
    ]);
    expect(ranks).toContainEqual(['tourist-arrivals', 2]);
  });
});

const SEASON_GOAL = [
  '甲川县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县接待游客64.2万人次，增长9.8%。',
  '二、下半年工作安排',
  '下半年，我们将紧扣年度目标。一是确保全年规上工业增加值增长6%以上。二是力争2026—2027年雪季接待游客突破90万人次。',
].join('\n');

describe('a goal for a season that opens in the report’s year and closes in the next (F3193)', () => {
  it('is no goal of the year after', () => {
    const goals = parsedReport(SEASON_GOAL, { sourceName: 'plan.txt' }).targets.filter(
      (t) => t.indicatorCode === 'tourist-arrivals',
    );
    expect(goals.map((t) => t.horizon)).toEqual(['full-year']);
  });
});

const CONVERSION_NOTE = [
  '甲川县2025年国民经济和社会发展统计公报',
  '甲川县统计局',
  '一、农业',
  '全年粮食总产量16.8亿斤，增长2.1%。',
  '注：粮食产量1万吨等于0.2亿斤。',
].join('\n');

describe('a note converting one unit into another (F3194)', () => {
  it('gives neither number as a level or a fact', () => {
    const report = parsedReport(CONVERSION_NOTE, { sourceName: 'communique.txt' });
    const facts = report.facts.map((f) => `${f.quantity.value}${f.quantity.unit}`);
    expect(facts).toContain('16.8亿斤');
    expect(facts).not.toContain('1万吨');
    expect(facts).not.toContain('0.2亿斤');
    expect(report.observations.filter((o) => o.indicatorCode === 'grain-output')).toHaveLength(2);
  });
});

describe('a PDF line broken mid-sentence before a number and its unit (增加值 / 87.14亿元，…) (F3195)', () => {
  // 16-point text, digits a little over half an em: the line stopped 3.5 ems short of the margin, room for 87.14 alone.
  it('was wrapped: the number with its unit’s first character is wider than the gap', () => {
    expect(wrappedBeforeUnit('其中，第二产业增加值', 56, '87.14亿元，增长5.2%。', 16, 0.54)).toBe(true);
  });

  it('but not after a line that closed its sentence, nor with a gap wider than the run', () => {
    expect(wrappedBeforeUnit('增长5.2%。', 56, '87.14亿元，增长5.2%。', 16, 0.54)).toBe(false);
    expect(wrappedBeforeUnit('其中，第二产业增加值', 90, '87.14亿元，增长5.2%。', 16, 0.54)).toBe(false);
  });
});

const PRESS_ANSWER = [
  '甲川县2026年前三季度经济运行情况新闻发布会',
  '前三季度，全县地区生产总值增长4.6%，固定资产投资下降1.2%。',
  '【记者】全年目标能否完成？',
  '【某某】按照年初确定的目标，全年地区生产总值增长6%，固定资产投资增长4%。下一步将紧盯四季度。',
].join('\n');

describe('a press answer restating the year’s goals (按照年初确定的目标，全年…) (F3196)', () => {
  it('gives the figures as full-year goals, not growths of the period', () => {
    const report = parsedReport(PRESS_ANSWER, { sourceName: 'news.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual(
      expect.arrayContaining([['fixed-asset-investment', 4, 'full-year']]),
    );
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(4);
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(6);
  });
});
