// Forms the one-hundred-and-eighty-eighth and -ninth held-out batches showed the parser missed (session 34,
// branch fix188): a WeChat 简析 copied as text whose only place is its statistics account's name in the byline.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a WeChat byline’s statistics account names the place the text calls only 全县 (F3951)', () => {
  const page = [
    '2026年上半年全县经济运行简析',
    '',
    '原创 甲溪统计 甲溪统计 2026年7月20日 10:05 某省',
    '',
    '上半年，全县实现地区生产总值88.12亿元，同比增长5.6%。全县规模以上工业增加值增长7.4%。',
  ].join('\n');

  it('reads 甲溪县 from the account 甲溪统计 and the title’s 全县', () => {
    const report = parsedReport(page, { sourceName: 'analysis.txt' });
    expect(report.meta.region).toBe('甲溪县');
  });

  it('still takes a 全市 title’s suffix: 甲溪统计 over 全市经济 is 甲溪市', () => {
    const city = page.replace('全县经济运行', '全市经济运行').replaceAll('全县', '全市');
    expect(parsedReport(city, { sourceName: 'analysis.txt' }).meta.region).toBe('甲溪市');
  });
});
