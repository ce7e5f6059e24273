// Forms met in older fixtures and held-out-384 (session 45, fixer fixold2). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixold2-forms.txt' });

describe('a 政协 standing committee’s 协商意见 on the plan report and draft is a review (F7791)', () => {
  const report = parse(
    '政协桤岚县委员会常务委员会',
    '关于《桤岚县2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案》的协商意见',
    '（2026年1月8日政协桤岚县第九届委员会常务委员会第五次会议通过）',
    '通报显示，预计全县生产总值完成98.6亿元，增长7.4%。',
  ).report;

  it('types it review-opinion, as a 人大 审查意见', () => {
    expect(report?.meta.genre).toBe('review-opinion');
  });
});
