// Forms the eighty-second held-out batch showed the parser missed (session 27, branch fix82a;
// docs/prose-forms.md, "Session 27 fixes: fix82a"): a share the catalogue lacks under its written name
// (服务业占比, 民营经济比重) moved in points with no level told, right after the structure.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'plan.txt' }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? 'x' : o.indicatorCode,
    o.indicatorName,
    o.measure,
    o.quantity?.value,
  ]);

describe('a share named as written, moved in points with no level (服务业占比较上年提高B个百分点)', () => {
  it('is a change of the share under its written name', () => {
    const text = [
      '关于甲县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '第三产业增加值97.1亿元，增长5.2%。三次产业结构调整为14.2∶38.1∶47.7，服务业占比较上年提高0.8个百分点。',
      '全年工业投资增长9.7%，民营经济比重提高1.3个百分点。',
    ].join('\n');
    const observations = observationsOf(text);
    expect(observations).toContainEqual(['x', '服务业占比', 'change', 0.8]);
    expect(observations).toContainEqual(['x', '民营经济比重', 'change', 1.3]);
  });

  it('keeps a catalogue share under its code', () => {
    const text = [
      '关于甲县2024年国民经济和社会发展计划执行情况的报告',
      '第三产业增加值97.1亿元，增长5.2%，第三产业占比较上年提高0.8个百分点。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['tertiary-industry-share', '第三产业占比', 'change', 0.8]);
  });
});
