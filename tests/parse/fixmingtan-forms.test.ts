// Forms held-out-41 showed (docs/prose-forms.md, "fixmingtan"), in text of our own with invented places
// and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixmingtan.txt');

describe('a spinning capacity in 锭 (新增纱锭A万锭)', () => {
  it('keeps the figure with its unit', () => {
    const parsed = report(
      '关于澄阳县2020年国民经济和社会发展计划执行情况的报告',
      '全年地区生产总值增长6.3%。园区棉纺企业全年新增纱锭2.4万锭，棉纱产量1.8万吨。',
    );
    expect(parsed.facts.map((f) => [f.quantity.value, f.quantity.unit])).toContainEqual([2.4, '万锭']);
  });
});
