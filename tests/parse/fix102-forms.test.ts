// Forms the hundred-and-second held-out batch showed the parser missed (session 30, branch fix102): a commerce
// bureau's 招商引资 通报, a rank after a schedule's bracketed figure and its flat move, goods classes after
// 商品零售额中, a policy's driven sales, new projects' added output and new firms' output, 入境游客, 租赁和商务服务业,
// a congress's goals quoted in a press conference and a speaker's 有信心实现, a bridge's section and a period's bare 完成.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const report = (lines: string[]) => parsedReport(lines.join('\n'), { sourceName: 'report.txt' });
const observationsOf = (lines: string[]) =>
  report(lines).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('F2311: a commerce bureau’s 通报 on a period’s 招商引资', () => {
  it('is a statistics analysis of its months, read for its county totals', () => {
    const parsed = report([
      '栎溪县商务局关于2025年1—10月全县招商引资工作情况的通报',
      '一、总体情况',
      '1—10月，全县新签约招商引资项目41个，签约计划总投资188.6亿元。全县招商引资到位资金52.17亿元，同比增长7.4%，完成年度任务（70亿元）的74.5%。',
    ]);
    expect([parsed.meta.genre, parsed.meta.region, parsed.meta.period]).toEqual([
      'statistics-analysis',
      '栎溪县',
      '2025-M1-10',
    ]);
    expect(
      parsed.observations.filter((o) => o.indicatorCode === 'investment-attracted').map((o) => o.measure),
    ).toEqual(['level', 'growth', 'share']);
  });
});

describe('F2312: a rank after the schedule’s bracketed figure, then 与上半年持平', () => {
  it('ranks the chain’s indicator and reads the flat clause as no move', () => {
    const parsed = report([
      '栎溪县2025年前三季度国民经济和社会发展计划执行情况的报告',
      '一、前三季度计划执行情况',
      '全县招商引资到位资金51.42亿元，同比增长8.1%，完成年度任务（65亿元）的79.1%，高于时间进度4.1个百分点（时间进度按75%计），总量居全市6个县（市、区）第3位，与上半年持平。',
    ]);
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.subject, r.rank, r.of, r.change])).toEqual([
      ['investment-attracted', '招商引资到位资金', 3, 6, 0],
    ]);
  });
});

describe('F2313: goods classes after 限额以上单位商品零售额中', () => {
  it('names each class with its growth', () => {
    expect(
      observationsOf([
        '栎溪县2025年前三季度国民经济和社会发展计划执行情况的报告',
        '一、前三季度计划执行情况',
        '全县实现社会消费品零售总额88.41亿元，增长4.7%。限额以上单位商品零售额中，新能源汽车类增长28.4%，家用电器和音像器材类增长19.6%。',
      ]).filter(([name]) => String(name).endsWith('类')),
    ).toEqual([
      ['新能源汽车类', 'growth', 28.4],
      ['家用电器和音像器材类', 'growth', 19.6],
    ]);
  });
});

describe('F2314: sales a policy drove, new projects’ added output, new firms’ output', () => {
  it('are facts only, no aggregate and no industry output', () => {
    const parsed = report([
      '栎溪县2025年前三季度国民经济和社会发展计划执行情况的报告',
      '一、前三季度计划执行情况',
      '全县规上工业总产值126.3亿元，增长8.2%。以旧换新带动相关商品销售额5.82亿元。签约项目中新投产14个，当年新增产值21.7亿元。今年新投产的4家规上工业企业实现产值9.6亿元。',
    ]);
    expect(parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规上工业总产值', 'level', 126.3],
      ['规上工业总产值', 'growth', 8.2],
    ]);
    expect(parsed.facts.map((f) => f.quantity.raw)).toEqual(
      expect.arrayContaining(['5.82亿元', '21.7亿元', '9.6亿元']),
    );
  });
});

describe('F2315: 其中入境游客 after the year’s tourism totals', () => {
  it('is a named part of the arrivals, its level and growth', () => {
    expect(
      observationsOf([
        '栎溪区2025年前三季度经济运行情况',
        '前三季度，全区实现地区生产总值96.4亿元，同比增长5.8%。',
        '全区接待游客412.6万人次，增长6.3%；实现旅游总收入58.2亿元，增长7.1%，其中入境游客9.8万人次，增长31.2%。',
      ]).filter(([name]) => name === '入境游客'),
    ).toEqual([
      ['入境游客', 'level', 9.8],
      ['入境游客', 'growth', 31.2],
    ]);
  });
});

describe('F2316: 租赁和商务服务业增加值 beside 金融业增加值', () => {
  it('is the branch as written, not the tertiary sector', () => {
    const observations = observationsOf([
      '栎溪区2025年前三季度经济运行情况',
      '前三季度，全区金融业增加值增长5.2%，租赁和商务服务业增加值增长7.9%，两者合计拉动GDP增长1.1个百分点。',
    ]);
    expect(observations).toContainEqual(['租赁和商务服务业增加值', 'growth', 7.9]);
    expect(observations.map(([name]) => name)).not.toContain('服务业增加值');
  });
});

describe('F2317: goals the congress set, quoted in a press conference, and 有信心实现全年…', () => {
  it('are full-year targets, no growth observations', () => {
    const parsed = report([
      '栎溪区2025年前三季度经济运行情况新闻发布会',
      '前三季度，全区实现地区生产总值96.4亿元，同比增长5.8%。全区固定资产投资同比增长6.1%。',
      '今年区五届人大四次会议确定全区地区生产总值增长5.5%左右、固定资产投资增长8%。我们有信心实现全年地区生产总值增长5.5%以上。',
    ]);
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.comparator, t.horizon])).toEqual([
      ['gdp', 5.5, 'approx', 'full-year'],
      ['fixed-asset-investment', 8, 'eq', 'full-year'],
      ['gdp', 5.5, 'gte', 'full-year'],
    ]);
    expect(parsed.observations.filter((o) => o.measure === 'growth').map((o) => o.quantity?.value)).toEqual([
      5.8, 6.1,
    ]);
  });
});

describe('F2318: a bridge’s section with its amounts; a period’s bare 完成 after the year’s plan', () => {
  it('reads the section as a project and each amount done', () => {
    const parsed = report([
      '栎溪县2025年前三季度国民经济和社会发展计划执行情况的报告',
      '一、前三季度计划执行情况',
      '栎江跨海大桥栎溪段前三季度完成投资8.4亿元，累计完成投资21.6亿元；栎溪湾物流园二期总投资32亿元，今年计划投资9亿元，1—9月完成6.7亿元。',
    ]);
    expect(
      parsed.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['栎江跨海大桥栎溪段', null, 2160000000],
      ['栎溪湾物流园二期', 3200000000, 670000000],
    ]);
  });
});
