// Forms the sixty-seventh held-out batch showed the parser missed (session 24, branch fix67): a district's
// mid-term evaluation of its five-year plan outline (规划纲要实施中期评估情况的报告), titled by the plan's
// horizons (十四五, 二〇三五年) and dated by its body; its results part headed 主要目标指标进展情况; its table
// of 2020年基数 / 2025年目标 / 2022年实际 / 年均增长 whose plan-end goals are neither the year's nor the next's.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const EVALUATION_TITLE =
  '关于棠溪区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要实施中期评估情况的报告';

describe('a plan outline’s mid-term evaluation (F1391)', () => {
  it('is a plan-execution report of the last year it reads, not of the plan’s horizon', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '从指标完成情况看，《纲要》提出的12项主要指标中，截至2022年底，符合预期的8项。',
      '2022年，全区实现地区生产总值512.3亿元，同比增长4.1%。',
    ].join('\n');
    const { meta } = parsedReport(text, { sourceName: 'report.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['plan-execution', '棠溪区', '2022-FY']);
  });

  it('falls back to the year before its session when the opening names no year end', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '《纲要》实施以来，全区经济总体平稳。全区实现地区生产总值512.3亿元，同比增长4.1%。',
    ].join('\n');
    expect(parsedReport(text, { sourceName: 'report.txt' }).meta.period).toEqual('2022-FY');
  });
});

describe('a results part headed 主要目标指标进展情况 (F1392)', () => {
  it('reports results, not goals', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '截至2022年底，主要目标指标进展总体符合预期。',
      '二、主要目标指标进展情况',
      '（一）经济发展稳中有进。2022年，全区实现地区生产总值512.3亿元，同比增长4.1%。常住人口城镇化率达到71.4%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.targets).toEqual([]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 512.3],
      ['gdp', 'growth', 4.1],
      ['urbanisation-rate', 'rate', 71.4],
    ]);
  });
});

describe('an evaluation’s table of the plan’s base, end goal, year’s result and yearly average (F1393)', () => {
  it('reads the year’s results, the plan’s end goals as five-year targets (session 34), no growth of the average', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '截至2022年底，主要目标指标进展总体符合预期。',
      '表1　棠溪区“十四五”规划主要指标中期进展情况',
      '指标\t单位\t2020年基数\t2025年目标\t2022年实际\t年均增长（%）\t进度评价',
      '地区生产总值\t亿元\t463.5\t600左右\t512.3\t5.1\t符合预期',
      '常住人口城镇化率\t%\t69.8\t73左右\t71.4\t—\t符合预期',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(
      report.targets.map((t) => [t.indicatorCode, t.horizon, t.value, t.comparator, t.attainment]),
    ).toEqual([
      ['gdp', 'five-year', 600, 'approx', 'met'],
      ['urbanisation-rate', 'five-year', 73, 'approx', 'met'],
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['gdp', 'level', 512.3],
      ['urbanisation-rate', 'rate', 71.4],
    ]);
  });
});

describe('a rank of 总量 after the plan years’ average and the gain over the base year (F1394)', () => {
  it('ranks the level before them', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '截至2022年底，主要目标指标进展总体符合预期。',
      '二、主要目标指标进展情况',
      '2022年，全区实现地区生产总值512.3亿元，经济总量比2020年增加41.8亿元，按可比价格计算，2021—2022年年均增长4.6%，总量在柘州市12个区中位列第6，较2020年前移2位。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change])).toEqual([
      ['gdp', 6, 12, '柘州市', 2],
    ]);
  });
});

describe('a month opening the sentence in a cumulative monthly report (F1396)', () => {
  it('scopes the figure to that month alone, the cumulative one after it to the report', () => {
    const text = [
      '2024年1—5月棠溪区经济运行简况',
      '一、价格',
      '5月份，全区居民消费价格同比上涨0.6%；1—5月，居民消费价格累计上涨0.3%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => [o.indicatorCode, o.quantity?.value, o.period ?? null])).toEqual([
      ['cpi', 0.6, '2024-M5-5'],
      ['cpi', 0.3, null],
    ]);
  });
});

describe('a market’s turnover named 成交额 (F1397)', () => {
  it('is a named aggregate with its level and growth', () => {
    const text = [
      '棠溪区人民政府2024年上半年工作总结和下半年工作打算',
      '一、上半年工作总结',
      '二是创新成果加速转化。技术合同成交额42.7亿元，同比增长16.8%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['技术合同成交额', 'level', 42.7],
      ['技术合同成交额', 'growth', 16.8],
    ]);
  });
});

describe('the month alone named bare after a cumulative level (F1398)', () => {
  it('is the same indicator’s figure of that month', () => {
    const text = [
      '2024年1—5月棠溪区经济运行简况',
      '一、工业',
      '规模以上工业总产值累计完成96.42亿元，同比增长5.5%；其中5月当月完成21.36亿元，同比增长8.1%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(
      report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value, o.period ?? null]),
    ).toEqual([
      ['industrial-output', 'level', 96.42, null],
      ['industrial-output', 'growth', 5.5, null],
      ['industrial-output', 'level', 21.36, '2024-M5-5'],
      ['industrial-output', 'growth', 8.1, '2024-M5-5'],
    ]);
  });
});

describe('an evaluation table’s rows named as a share and as a yearly average (F1399)', () => {
  it('reads the share row’s percent as its rate and the average row as no figure of the year', () => {
    const text = [
      EVALUATION_TITLE,
      '——2023年10月20日在棠溪区第二届人民代表大会常务委员会第九次会议上',
      '截至2022年底，主要目标指标进展总体符合预期。',
      '表1　棠溪区“十四五”规划主要指标中期进展情况',
      '指标\t单位\t2020年基数\t2025年目标\t2022年实际\t进度评价',
      '研发经费投入占地区生产总值比重\t%\t2.6\t3.0\t2.8\t符合预期',
      '全社会固定资产投资年均增长\t%\t—\t7左右\t3.3\t滞后',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['研发经费投入占地区生产总值比重', 'rate', 2.8],
    ]);
  });
});

describe('the second half’s own goal in a half-year summary’s plans (F1400)', () => {
  it('is no full-year target; the year’s goals beside it are', () => {
    const text = [
      '棠溪区人民政府2024年上半年工作总结和下半年工作打算',
      '一、上半年工作总结',
      '上半年，社会消费品零售额完成115.83亿元，同比增长2.9%。',
      '二、下半年工作打算',
      '力争下半年社会消费品零售额增速回升至4.5%以上。确保地区生产总值增长5%左右。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['gdp', 5, 'full-year'],
    ]);
    expect(report.facts.map((f) => f.quantity?.value)).toContain(4.5);
  });
});

describe('a word-only goal 与经济增长同步 in the plans and in the table (F1401)', () => {
  it('reads alike in both, so the restated goal is one target', () => {
    const text = [
      '棠溪区人民政府2024年上半年工作总结和下半年工作打算',
      '一、上半年工作总结',
      '上半年，居民人均可支配收入31126元，同比增长4.7%。',
      '二、下半年工作打算',
      '确保地区生产总值增长5%左右，居民人均可支配收入增长与经济增长同步。',
      '附表',
      '指标\t单位\t全年目标\t上半年完成\t同比增长（%）',
      '居民人均可支配收入\t元\t与经济增长同步\t31126\t4.7',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    const income = report.targets.filter((t) => t.indicatorCode === 'disposable-income-per-capita');
    expect(income.map((t) => [t.value, t.comparator, t.horizon])).toEqual([
      [null, 'gte', 'full-year'],
      [null, 'gte', 'full-year'],
    ]);
  });
});
