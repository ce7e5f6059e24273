// Forms the three-hundred-and-fifty-second and -third held-out batches showed the parser missed (session 43, branch
// fix352): a speech naming its county in full only once (F7161). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a speech naming its county in full once, by its bare stem elsewhere (F7161)', () => {
  const speech = [
    '在全县经济工作会议上的讲话',
    '——凝心聚力谋发展 奋力谱写新时代砾洄建设新篇章',
    '（2019年12月20日）',
    '同志们：',
    '今年以来，全县经济运行稳中有进。预计全年实现地区生产总值312.4亿元，增长6.5%；一般公共预算收入20.16亿元，增长4.1%。',
    '砾洄智能制造产业园总投资18亿元，年内完成投资6.2亿元；砾洄县中医院迁建项目总投资5.3亿元，已主体封顶。',
    '要加快砾洄港区二期工程建设。',
  ].join('\n');
  const report = parsedReport(speech, { sourceName: 'speech.docx' });

  it('reads the county the full name and its stem say', () => {
    expect(report.meta.region).toBe('砾洄县');
  });

  it('leaves a text whose one full name its stem does not back without a region', () => {
    const bare = speech
      .replace('砾洄智能制造', '智能制造')
      .replace('新时代砾洄', '新时代')
      .replace('砾洄港区', '港区');
    expect(() => parsedReport(bare, { sourceName: 'speech.docx' })).toThrow(/no-region/);
  });
});
