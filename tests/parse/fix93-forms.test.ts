// Forms the ninety-third held-out batch showed the parser missed (session 28, branch fix93): a development-and-
// reform bureau's notice issuing the year's key-project plan (关于印发某县2025年重大项目年度计划的通知, refused
// before as a notice). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a notice issuing the year’s key-project plan (F2051)', () => {
  const NOTICE = [
    '苈湾县发展和改革局关于印发苈湾县2026年重大项目年度计划的通知',
    '苈发改〔2026〕7号',
    '各镇人民政府，县直有关单位：',
    '《苈湾县2026年重大项目年度计划》已经县人民政府同意，现印发给你们，请认真组织实施。',
    '2026年全县共安排重大项目9宗，总投资41.6亿元，年度计划投资13.2亿元。其中，新开工项目4宗，续建项目5宗。',
  ];

  it('is read as a statistics analysis of the plan’s year, not refused as a notice', () => {
    const { meta } = parsedReport(NOTICE.join('\n'), { sourceName: 'notice.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苈湾县', '2026-FY']);
  });

  it('reads a 重点项目投资计划 issued likewise', () => {
    const title = '苈湾县发展和改革局关于印发苈湾县2026年重点项目投资计划的通知';
    const { meta } = parsedReport([title, ...NOTICE.slice(1)].join('\n'), { sourceName: 'notice.txt' });
    expect([meta.genre, meta.region, meta.period]).toEqual(['statistics-analysis', '苈湾县', '2026-FY']);
  });

  it('still refuses a notice on anything else', () => {
    const title = '苈湾县发展和改革局关于印发苈湾县2026年重大项目考核办法的通知';
    expect(() => parsedReport([title, ...NOTICE.slice(1)].join('\n'), { sourceName: 'notice.txt' })).toThrow(
      /not-a-report/,
    );
  });
});
