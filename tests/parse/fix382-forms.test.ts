// Forms the held-out-382 and 383 batches showed the parser missed (session 45, branch fix382): a year-end meeting's
// headline naming the year it sets work for (F7661), a charge toward the goals set just before it (F7662), and the
// projects of a seasonal drive (F7663), a part year's forecast that the year's goal will be met (F7664), and a
// year's 经济运行情况 with the next year's 工作安排 (F7665).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { isAggregate } from '../../src/parse/project-names.js';
import { parsedReport } from '../helpers/report.js';

const meeting = (headline: string, charge: string) =>
  [
    headline,
    '来源：枥沙旗新闻网　发布时间：2018-12-26 17:10',
    '本网讯 12月25日，中共枥沙旗委经济工作会议召开。会议总结2018年经济工作，安排部署2019年经济工作。',
    '会议指出，预计全年完成地区生产总值64.2亿元，增长7.3%；固定资产投资41.6亿元，增长11.2%。',
    '会议提出，2019年全旗经济社会发展的主要预期目标是：地区生产总值增长7%以上；固定资产投资增长10%。',
    charge,
  ].join('\n');

const CHARGE =
  '会议要求，全旗各级各部门要紧紧围绕上述目标，抓好三个方面工作：一是狠抓项目建设，力争招商引资到位资金9亿元以上；二是加快转型升级。';

describe("a meeting's headline naming the year it sets work for (部署2019年经济工作, F7661)", () => {
  it('dates the page to the year the meeting sums up, and reads the named year as the year after', () => {
    const report = parsedReport(meeting('旗委经济工作会议召开 部署2019年经济工作', CHARGE), {
      sourceName: 'news.txt',
    });
    expect(report.meta.period).toBe('2018-FY');
    const gdp = report.targets.find((t) => t.indicatorCode === 'gdp');
    expect(gdp?.horizon).toBe('next-year');
  });

  it('keeps a headline year the meeting reviews (总结2018年工作) as the period', () => {
    const report = parsedReport(meeting('旗委经济工作会议召开 总结2018年经济工作', CHARGE), {
      sourceName: 'news.txt',
    });
    expect(report.meta.period).toBe('2018-FY');
  });
});

describe('a charge toward the goals set just before it (紧紧围绕上述目标, F7662)', () => {
  const target = (charge: string) =>
    parsedReport(meeting('旗委经济工作会议召开 部署2019年经济工作', charge), {
      sourceName: 'news.txt',
    }).targets.find((t) => t.indicatorCode === 'investment-attracted');

  it("reads the charge's goals as the year after's, as the goals it points back to", () => {
    expect(target(CHARGE)?.horizon).toBe('next-year');
  });

  it("keeps a charge that points back to nothing as the page's year", () => {
    expect(target('会议要求，全旗各级各部门要狠抓项目建设，力争招商引资到位资金9亿元以上。')?.horizon).toBe(
      'full-year',
    );
  });
});

describe('the projects a seasonal or timed drive pushes (冬季攻坚项目, F7663)', () => {
  it.each(['冬季攻坚项目', '春季攻坚行动项目', '百日会战项目', '冬春大干项目'])(
    '%s is a class, not a project',
    (name) => {
      expect(isAggregate(name)).toBe(true);
    },
  );

  it('keeps a named work a project', () => {
    expect(isAggregate('葭湄县冬季供暖管网改造项目')).toBe(false);
  });
});

describe("a part year's forecast that the year's goal will be met (可完成年度目标, F7664)", () => {
  const attainment = (forecast: string) =>
    parsedReport(
      [
        '葭湄县2018年1—11月经济运行情况',
        '1—11月，全县规模以上工业增加值同比增长7.6%，比1—10月提高0.2个百分点。',
        forecast,
        '下一步，力争全年规模以上工业增加值增长7.8%以上。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    ).targets.find((t) => t.indicatorCode === 'industrial-value-added')?.attainment;

  it('leaves the goal unjudged when the forecast says it will be met', () => {
    expect(
      attainment('预计全年规模以上工业增加值增长7.8%左右，可完成年度目标；固定资产投资增长6%左右。'),
    ).toBe('unknown');
  });

  it('keeps the goal missed when the forecast says nothing of it', () => {
    expect(attainment('预计全年规模以上工业增加值增长7.8%左右；固定资产投资增长6%左右。')).toBe('missed');
  });
});

describe("a year's 经济运行情况 with the next year's 工作安排 (F7665)", () => {
  const genre = (title: string) =>
    parsedReport(
      [
        title,
        '2018年，全县实现地区生产总值88.6亿元，增长7.1%。',
        '2019年主要预期目标：地区生产总值增长7%左右。',
      ].join('\n'),
      { sourceName: 'paper.txt' },
    ).meta.genre;

  it("reads the paper as a year's execution with the next year's plan", () => {
    expect(genre('葭湄县2018年经济运行情况及2019年工作安排')).toBe('plan-execution-and-draft');
  });

  it('keeps a plain 经济运行情况 an analysis', () => {
    expect(genre('葭湄县2018年经济运行情况')).not.toBe('plan-execution-and-draft');
  });
});
