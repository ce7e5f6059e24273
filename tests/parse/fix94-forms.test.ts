// Forms the ninety-fourth held-out batch showed the parser missed (session 29, branch fix94): a finance bureau's
// final-accounts report (关于某县2024年财政决算草案的报告, refused before as another kind of document). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a final-accounts report to the standing committee (F2151)', () => {
  const lines = (title: string) =>
    [
      title,
      '——2027年7月20日在苈湾县第九届人民代表大会常务委员会第十一次会议上',
      '一、一般公共预算收支决算情况',
      '2026年，全县一般公共预算收入完成41300万元，为年初预算40000万元的103.3%，完成调整预算40800万元的101.2%，比上年增长4.6%。',
    ].join('\n');

  it('is read as the year’s plan execution, its figures against the two budgets', () => {
    const report = parsedReport(lines('关于苈湾县2026年财政决算草案的报告'), { sourceName: 'accounts.txt' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution',
      '苈湾县',
      '2026-FY',
    ]);
    expect(report.targets.map((t) => [t.value, t.horizon])).toEqual([
      [40000, 'full-year'],
      [40800, 'full-year'],
    ]);
  });

  it('reads a 政府决算 and a 决算 report without 草案 likewise', () => {
    for (const title of [
      '关于苈湾县2026年政府决算的报告',
      '苈湾县2026年度财政决算报告',
      '2026年苈湾县决算（草案）的报告',
    ]) {
      expect(parsedReport(lines(title), { sourceName: 'accounts.txt' }).meta.genre).toBe('plan-execution');
    }
  });
});
