// Forms held-out-15 showed the parser missed (ningtuo, linyuan, lanshe; docs/prose-forms.md, "held-out-15's
// forms (fixning)"), in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const report = (...lines: string[]) => {
  const { report, problems } = parseReportText(lines.join('\n'), { sourceName: 'fixning.txt' });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};
const communique = (...prose: string[]) => report('澄县2015年国民经济和社会发展统计公报', ...prose);
const factUnits = (...prose: string[]) =>
  communique(...prose).facts.map((f) => [f.quantity.value, f.quantity.unit]);

describe('counts in 起 and 栋 (发生各类生产安全事故11起, 一期3栋厂房已竣工)', () => {
  it('keeps the count with its classifier, not a bare number', () => {
    const facts = factUnits(
      '全县生产总值增长6.1%。',
      '全年发生各类生产安全事故7起，死亡5人。一期4栋厂房已竣工。',
    );
    expect(facts).toContainEqual([7, '起']);
    expect(facts).toContainEqual([4, '栋']);
    expect(facts).not.toContainEqual([7, '']);
    expect(facts).not.toContainEqual([4, '']);
  });
});
