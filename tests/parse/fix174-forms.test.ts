// Forms the one-hundred-and-seventy-fourth and -sixth held-out batches showed the parser missed (session 34,
// branch fix174): a size class's investment with its growth inside a key-project paragraph. Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a size class with its growth in a key-project paragraph (F3731)', () => {
  const text = [
    '甲河县2026年前三季度经济运行情况',
    '前三季度，全县实现地区生产总值88.6亿元，同比增长5.1%；规模以上工业增加值同比增长7.2%。',
    '据汇报，今年全县共安排重点项目40个，总投资150.2亿元，年度计划投资48.6亿元。1—9月，重点项目完成投资39.1亿元，占年度计划的80.5%。亿元以上项目27个，完成投资33.4亿元，增长9.7%。',
  ].join('\n');

  it('gives the class its level and growth as observations', () => {
    const items = parsedReport(text, { sourceName: 'news.txt' })
      .observations.filter((o) => o.indicatorName === '亿元以上项目完成投资')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(items).toEqual([
      ['level', 33.4],
      ['growth', 9.7],
    ]);
  });

  it('keeps a programme class with no growth a fact', () => {
    const tally = text.replace('，增长9.7%', '，占全部重点项目完成投资的85.4%');
    const items = parsedReport(tally, { sourceName: 'news.txt' }).observations.filter(
      (o) => o.indicatorName === '亿元以上项目完成投资',
    );
    expect(items).toEqual([]);
  });
});

describe('a press page published by 县政府新闻办 (F3732)', () => {
  const page = [
    '甲峪县召开2026年前三季度经济运行情况新闻发布会',
    '发布时间：2026-10-20 15:00　来源：县政府新闻办',
    '10月20日上午，县政府新闻办召开2026年前三季度经济运行情况新闻发布会，介绍全县前三季度经济运行情况。',
    '前三季度，全县实现地区生产总值120.4亿元，同比增长5.6%；规模以上工业增加值同比增长7.9%；固定资产投资同比增长8.8%。',
    '主办：甲峪县人民政府办公室',
  ].join('\n');

  it('takes no place from the office named without its place', () => {
    const report = parsedReport(page, { sourceName: 'presser.html' });
    expect(report.meta.region).toBe('甲峪县');
  });
});

describe("a standing committee's inspection news as plain text (F3733)", () => {
  const page = [
    '县人大常委会视察全县重点项目建设情况',
    '',
    '来源：甲岚县人大常委会办公室　　发布时间：2026-10-12',
    '',
    '10月10日，县人大常委会主任某某带领部分常委会组成人员，对全县2026年重点项目建设情况进行视察。',
    '据汇报，前三季度全县实现地区生产总值64.2亿元，同比增长5.3%；固定资产投资同比增长8.1%；规模以上工业增加值增长7.4%。',
  ].join('\n');

  it('is news of the committee, not an analysis', () => {
    expect(parsedReport(page, { sourceName: 'inspection.txt' }).meta.genre).toBe('news-summary');
  });
});

describe('a project named by its 示范区 (F3734)', () => {
  const plan = [
    '关于甲岭县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
    '2025年，全县地区生产总值增长5.4%，固定资产投资增长8.6%。',
    '（二）扩大有效投资。重点推进甲岭至乙川110千伏输变电工程，总投资2.6亿元；甲岭县盐碱地综合利用示范区，总投资1.8亿元。',
  ].join('\n');

  it('reads the 示范区 as a project with its total', () => {
    const names = parsedReport(plan, { sourceName: 'plan.txt' }).projects.map((p) => [
      p.name,
      p.mentions[0]?.plannedInvestment,
    ]);
    expect(names).toContainEqual(['甲岭县盐碱地综合利用示范区', 180000000]);
  });
});
