// Forms first met in held-out-443, 444 and 447 (session 49, fixer fix443). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix443-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);
const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);
const facts = (report: Report) => (report?.facts ?? []).map((f) => [f.quantity?.value, f.quantity?.unit]);

describe('a congress 决议 approving the goals its own government proposed (F9431)', () => {
  const report = parse(
    '岚汀市人民代表大会关于2011年国民经济和社会发展计划执行情况和2012年国民经济和社会发展计划的决议',
    '会议认为，2011年全市实现地区生产总值86.4亿元，增长11.2%。',
    '会议同意市人民政府提出的2012年全市国民经济和社会发展的主要预期目标：地区生产总值增长11%；全社会固定资产投资增长18%以上；城镇登记失业率控制在4.2%以内。',
  ).report;

  it('reads the list as the next year’s own targets', () => {
    expect(targets(report)).toEqual([
      ['地区生产总值', 'next-year', 'eq', 11, '%'],
      ['全社会固定资产投资', 'next-year', 'gte', 18, '%'],
      ['城镇登记失业率', 'next-year', 'lte', 4.2, '%'],
    ]);
  });
});

describe('a 数说 page card on the year after, its goals in a sentence of their own (F9432)', () => {
  const page = (card: string) =>
    parse(
      '数说2019丨岚汀县经济社会发展成绩单',
      '来源：岚汀县融媒体中心　发布时间：2020-01-21 09:12',
      '日前，记者从县统计局获悉，2019年，我县经济运行总体平稳。',
      '【经济总量】全县实现地区生产总值168.2亿元，同比增长6.1%。',
      `${card}主要预期目标为：地区生产总值增长7%左右，固定资产投资增长12%。`,
    ).report;
  const expected = [
    ['地区生产总值', 'next-year', 'approx', 7, '%'],
    ['固定资产投资', 'next-year', 'eq', 12, '%'],
  ];

  it('gives the goals the next-year horizon under a label naming the year', () => {
    expect(targets(page('【2020年目标】我县将加快建设区域物流中心。'))).toEqual(expected);
  });

  it('and after a lead clause naming the year with 将', () => {
    expect(targets(page('【发展目标】2020年，我县将加快建设区域物流中心。'))).toEqual(expected);
  });
});

describe('a crop season written with a slash into the year after (F9433)', () => {
  const report = parse(
    '岚汀县人大常委会关于2013年前三季度国民经济和社会发展计划执行情况的审议意见',
    '前三季度，全县规模以上工业增加值8.2亿元，增长21.6%。',
    '一、抓好工业运行。切实做好2013/2014年榨季准备工作，确保全年规模以上工业增加值增长20%以上。',
  ).report;

  it('keeps the goal the report year’s', () => {
    expect(targets(report)).toEqual([['规模以上工业增加值', 'full-year', 'gte', 20, '%']]);
  });
});

describe('a bare 利税 after the sales rate and its move, then 其中利润 (F9434)', () => {
  const report = parse(
    '岚汀县2012年国民经济和社会发展统计公报',
    '工业生产稳步增长。规模以上工业企业产品销售率为97.2%，比上年提高0.4个百分点；实现利税6.42亿元，增长12.8%，其中利润3.16亿元，增长15.2%。',
  ).report;

  it('names the account and its part as written', () => {
    const named = observations(report).filter((o) => o[0] === '利税' || o[0] === '利润');
    expect(named).toEqual([
      ['利税', 'level', 6.42, '亿元'],
      ['利税', 'growth', 12.8, '%'],
      ['利润', 'level', 3.16, '亿元'],
      ['利润', 'growth', 15.2, '%'],
    ]);
  });
});

describe('a numbered plan measure aiming at an area (F9435)', () => {
  const report = parse(
    '关于岚汀县2012年国民经济和社会发展计划执行情况和2013年计划草案的报告',
    '二、2013年主要工作',
    '（三）发展特色农业，新增设施蔬菜面积3万亩，带动农民增收。',
  ).report;

  it('reads the area as a fact', () => {
    expect(facts(report)).toContainEqual([3, '万亩']);
  });
});
