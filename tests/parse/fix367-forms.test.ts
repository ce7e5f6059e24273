// Forms of held-out-367 (a county 统计局's 1—2月 简析, a 1-2月 indicator sheet, a news page on a 一季度重点工作推进会):
// a quarter's work meeting held inside that quarter, and the quarter's goals closing a 1—2月 page. Sentences of our
// own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const meetingPage = (date: string, ...body: string[]) =>
  parsedReport(
    [
      '县政府召开一季度经济运行调度会',
      `发布时间：${date} 10:05　来源：沣岱县融媒体中心`,
      '3月18日，沣岱县召开一季度经济运行调度会，通报1—2月全县主要经济指标完成情况。',
      '会议通报，1—2月全县规模以上工业增加值同比增长7.6%，固定资产投资同比增长12.3%。',
      ...body,
    ].join('\n'),
    { sourceName: 'news.html' },
  );

describe('a quarter’s work meeting held inside the quarter (一季度…调度会 on 3月18日: F7461)', () => {
  it('takes the period from the figures the meeting heard (1—2月), of the page’s own year', () => {
    expect(meetingPage('2019-03-19').meta.period).toBe('2019-M1-2');
  });

  it('keeps the quarter once it is over (the meeting’s page dated in April)', () => {
    expect(meetingPage('2019-04-12').meta.period).toBe('2019-Q1');
  });
});

describe('a quarter’s meeting that hears its own quarter keeps it (通报前三季度项目建设进展 on 9月22日: F7461)', () => {
  it('stays the quarter the title names', () => {
    const parsed = parsedReport(
      [
        '沣岱县召开2019年第三季度重点项目建设推进会',
        '时间：2019-09-22 10:36　来源：沣岱县融媒体中心',
        '9月21日，沣岱县召开2019年第三季度重点项目建设推进会，通报前三季度项目建设进展情况。',
        '1—8月，全县固定资产投资同比增长9.4%。',
      ].join('\n'),
      { sourceName: 'news.html' },
    );
    expect(parsed.meta.period).toBe('2019-Q3');
  });
});

describe('a quarter’s goals aimed at before their cue in a 1—2月 page (紧盯一季度目标，确保…，力争…: F7462)', () => {
  const analysis = (closing: string) =>
    parsedReport(
      [
        '沣岱县2019年1—2月经济运行简析',
        '1—2月，全县规模以上工业增加值同比增长7.6%，固定资产投资同比增长12.3%。',
        closing,
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );

  it('reads the quarter’s goals as no targets', () => {
    const parsed = analysis(
      '下一步，全县要紧盯一季度目标，确保规上工业增加值增长8%以上，力争固定资产投资增长14%。',
    );
    expect(parsed.meta.period).toBe('2019-M1-2');
    expect(parsed.targets).toEqual([]);
  });

  it('keeps the year’s goals aimed at so (紧盯全年目标任务，确保…)', () => {
    const parsed = analysis('下一步，全县要紧盯全年目标任务，确保规上工业增加值增长8%以上。');
    expect(parsed.targets.map((t) => [t.indicatorCode, t.value, t.horizon])).toEqual([
      ['industrial-value-added', 8, 'full-year'],
    ]);
  });
});

describe('限额以上零售额, the catalogue’s retail sales above the quota with 单位 and 消费品 left out (F7463)', () => {
  it('is coded retail-sales-above-quota', () => {
    const parsed = parsedReport(
      [
        '沣岱县2019年1—2月经济运行简析',
        '1—2月，全县固定资产投资同比增长12.3%，限额以上零售额3.18亿元，同比增长8.7%。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    expect(parsed.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'retail-sales-above-quota',
      'growth',
      8.7,
    ]);
  });
});

describe('a rank flat against the last full year (居全市第4位，与2018年全年持平: F7464)', () => {
  it('gives the rank a change of 0', () => {
    const parsed = parsedReport(
      [
        '沣岱县2019年1—2月经济运行简析',
        '1—2月，全县社会消费品零售总额12.46亿元，同比增长9.8%，增速居全市第4位，与2018年全年持平。',
      ].join('\n'),
      { sourceName: 'analysis.txt' },
    );
    expect(parsed.rankings.map((r) => [r.indicatorCode, r.rank, r.change ?? null])).toEqual([
      ['retail-sales', 4, 0],
    ]);
  });
});
