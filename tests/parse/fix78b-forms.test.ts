// Forms the seventy-eighth held-out batch showed the parser missed (session 26, branch fix78b): a CPPCC
// member's 大会发言 on the economy at the session (a heading naming the economy over ——在政协某区第N届委员会
// 第N次会议上的大会发言, the member, the date), which quotes the work report's results and goals as a
// plan-and-draft report does; one on another subject stays another document.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const speech = (heading: string) =>
  [
    heading,
    '——在政协棠州市澜溪区第五届委员会第三次会议上的大会发言',
    '区政协委员　某某某',
    '（2025年1月9日）',
    '',
    '各位委员：',
    '',
    '报告显示，2024年全区地区生产总值完成412.6亿元，同比增长5.8%；一般公共预算收入完成31.2亿元，增长4.1%。',
  ].join('\n');

describe('a CPPCC member’s 大会发言 on the economy (heading over ——在政协…会议上的大会发言)', () => {
  it('reads it as the year’s results and goals, of the session’s place, the year before the session', () => {
    const report = parsedReport(speech('稳住增长基本盘　推动区域经济高质量发展'), {
      sourceName: 'speech.txt',
    });
    expect([report.meta.genre, report.meta.region, report.meta.parentRegion, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '澜溪区',
      '棠州市',
      '2024-FY',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'level',
      412.6,
    ]);
  });

  it('leaves a member’s speech on another subject unread as a plan report', () => {
    const { report } = parseReportText(speech('办好人民满意的教育　促进城乡教育均衡'), {
      sourceName: 'speech.txt',
    });
    expect(report?.meta.genre).not.toBe('plan-execution-and-draft');
  });
});
