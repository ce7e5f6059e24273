// Forms held-out-52's mucen fixture (a county development-and-reform bureau's 1—9月 通报 on its major
// works and key projects) showed the parser refused or misread (docs/prose-forms.md, "held-out-52:
// mucen (fix52a)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const bulletin = (title: string, ...body: string[]) =>
  parseReportText([title, '甲发改通〔2023〕12号', '各乡（镇）人民政府，县直有关部门：', ...body].join('\n'), {
    sourceName: 'fix52a.txt',
  });
const codes = (result: ReturnType<typeof parseReportText>) =>
  result.problems.filter((p) => p.severity === 'error').map((p) => `error:${p.code}`);

describe('a bureau’s 通报 on key-project 建设情况', () => {
  const body = [
    '1—9月，全县重大工程和重点项目累计完成投资45.3亿元，占年度计划的74.6%。全县固定资产投资同比增长4.2%，增速居全市8个县（区）第3位，较1—8月前移1位。',
  ];

  it('reads 关于…重大工程和重点项目建设情况的通报 as the bureau’s analysis of the period', () => {
    const result = bulletin('甲岭县发展和改革局关于2023年1—9月全县重大工程和重点项目建设情况的通报', ...body);
    expect(codes(result)).toEqual([]);
    expect(result.report?.meta).toMatchObject({
      genre: 'statistics-analysis',
      region: '甲岭县',
      period: '2023-Q3',
    });
    expect(result.report?.rankings.map((r) => [r.rank, r.of, r.change])).toEqual([[3, 8, 1]]);
  });

  it('also with 建设情况 right after 重点项目 and no place before 关于', () => {
    const result = bulletin('关于2023年上半年乙川市重点项目建设情况的通报', ...body);
    expect(codes(result)).toEqual([]);
    expect(result.report?.meta).toMatchObject({ region: '乙川市', period: '2023-H1' });
  });

  it('still refuses a bulletin of an assessment’s results or a commendation on the same works', () => {
    for (const title of [
      '关于2023年1—9月全县重点项目建设情况考核结果的通报',
      '关于2023年上半年重点项目建设情况督查表彰的通报',
    ])
      expect(codes(bulletin(title, ...body))).toEqual(['error:not-a-report']);
  });
});
