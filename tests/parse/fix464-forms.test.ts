// Forms held-out-464 and held-out-468 showed the parser missing (session 50, branch fix464): a resolution's requests
// naming works with no figure, the farm taxes before 2006, a border port's inspection hall, a hearing's headline on
// the months before the next year's work, that work's outline heading the goals, and a snow season's weeks opening
// a sentence. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const PLAN = '棠岭县2004年国民经济和社会发展计划执行情况的报告';
const names = (lines: string[], title = PLAN) =>
  sectionReport('tangling.txt', title, lines).projects.map((p) => p.name);
const observed = (lines: string[]) =>
  sectionReport('tangling.txt', PLAN, lines).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('a resolution’s request naming works with no figure is read whole (F9841)', () => {
  it('reads the works of 会议要求’s numbered requests as projects', () => {
    const report = parsedReport(
      [
        '棠岭县第九届人民代表大会第三次会议关于棠岭县2004年国民经济和社会发展计划执行情况和2005年计划的决议',
        '会议同意2005年的主要预期目标：国内生产总值增长9%左右。',
        '会议要求，县人民政府要重点做好以下工作：',
        '一、巩固烤烟主导地位，稳定种植面积，提高烟叶等级，加快棠岭烟叶复烤厂搬迁改造工程建设，壮大县域财源。',
        '二、加强基础设施建设，确保棠岭至石门三级公路年内建成通车，抓好青岗水库除险加固工程。',
        '三、关注民生，切实解决好困难群众的生产生活问题。',
      ].join('\n'),
      { sourceName: 'resolution.txt' },
    );
    expect(report.projects.map((p) => p.name)).toEqual([
      '棠岭烟叶复烤厂搬迁改造工程',
      '棠岭至石门三级公路',
      '青岗水库除险加固工程',
    ]);
  });
});

describe('the farm taxes of the years before 2006 are revenue of their own (F9842)', () => {
  it('names 农业特产税 as written, without the trade and the treasury before it', () => {
    expect(observed(['茶叶生产为县财政提供农业特产税1320万元，增长3.4%。'])).toEqual([
      ['农业特产税', 'level', 1320],
      ['农业特产税', 'growth', 3.4],
    ]);
  });
  it('names 农业税 as written', () => {
    expect(observed(['全县农业税完成2460万元，下降1.8%。']).map((o) => o[0])).toEqual(['农业税', '农业税']);
  });
});

describe('a border port’s inspection hall ends like a project (F9843)', () => {
  it('reads 口岸联检楼 with its total and status', () => {
    expect(
      names([
        '棠岭口岸联检楼总投资1450万元，已建成投入使用；县城污水处理厂总投资2800万元，完成投资900万元。',
      ]),
    ).toEqual(['棠岭口岸联检楼', '县城污水处理厂']);
  });
});

describe('a hearing’s headline on the months before the next year’s work (F9844, F9845)', () => {
  const read = () =>
    parsedReport(
      [
        '县人大常委会听取全县1—10月份经济运行情况和2022年经济工作思路的汇报',
        '发布时间：2021-11-26 09:40　来源：棠岭县人大常委会办公室',
        '11月25日，县人大常委会召开主任会议，听取县政府关于全县1—10月份经济运行情况和2022年经济工作思路的汇报。',
        '汇报指出，1—10月，全县社会消费品零售总额完成41.3亿元，增长5.6%。',
        '汇报提出，2022年全县经济工作的总体思路是：以项目建设为抓手，推动县域经济高质量发展。主要预期目标为：地区生产总值增长7%左右，固定资产投资增长12%。',
      ].join('\n'),
      { sourceName: 'hearing.txt' },
    );
  it('dates the page by the months of the year before (F9844)', () => {
    const report = read();
    expect([report.meta.period, report.meta.year]).toEqual(['2021-M1-10', 2021]);
  });
  it('reads the goals after the next year’s work outline as that year’s (F9845)', () => {
    expect(read().targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'next-year', 7],
      ['fixed-asset-investment', 'next-year', 12],
    ]);
  });
});

describe('a sentence opening on the weeks since a season began (F9846)', () => {
  it('keeps the season’s visitors and takings facts only', () => {
    const found = observed([
      '1—11月，全县接待游客96.2万人次，增长8.4%。12月上旬进入冰雪季以来，棠岭滑雪场等冰雪景区相继开放，累计接待游客2.1万人次，实现冰雪旅游收入1340万元。',
    ]);
    expect(found).toEqual([
      ['接待游客', 'level', 96.2],
      ['接待游客', 'growth', 8.4],
    ]);
  });
});
