// Forms held-out-296 and held-out-297 showed the parser missing (session 40, fix296b). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

function read(lines: string[], period?: string) {
  const { report } = parseReportText(lines.join('\n'), {
    sourceName: 'fix296b.txt',
    ...(period ? { period } : {}),
  });
  if (!report) throw new Error('no report');
  return report;
}

describe('F6271 a zone named by its kind with 位次 in the appraisal its sentence opens with', () => {
  it('reads 在全省…考核中，开发区位次由上年的第M位提升至第N位 as the appraisal’s rank and its move', () => {
    const report = read(
      [
        '前三季度沭峦经济开发区经济运行情况',
        '　　前三季度，开发区完成规模以上工业总产值86.4亿元，同比增长9.7%。在全省开发区综合发展水平考核中，开发区位次由上年的第27位提升至第19位。',
      ],
      '2025-Q3',
    );
    expect(report.rankings.map((r) => [r.subject, r.rank, r.change])).toEqual([
      ['开发区综合发展水平考核', 19, 8],
    ]);
  });
  it('reads 园区排名 the same way', () => {
    const report = read(
      [
        '前三季度沭峦高新区经济运行情况',
        '　　前三季度，园区完成规模以上工业总产值86.4亿元，同比增长9.7%。在全市园区高质量发展考核中，园区排名由上年的第6位上升至第3位。',
      ],
      '2025-Q3',
    );
    expect(report.rankings.map((r) => [r.subject, r.rank, r.change])).toEqual([['园区高质量发展考核', 3, 3]]);
  });
});
