// Project forms of key-project notices first met in held-out-6: projects held up for a reason
// (甲项目、乙项目因…滞后，尚未开工) and a month range between the name and its progress.
// Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const read = (...prose: string[]) =>
  parseReportText(
    [
      '丙县2025年1-4月重点项目建设进展情况通报',
      '1-4月，全县重点项目累计完成投资18.4亿元，完成年度投资计划的31.2%。',
      ...prose,
    ].join('\n'),
    { sourceName: 'project-notice-forms.txt' },
  ).report?.projects ?? [];
const mentions = (...prose: string[]) =>
  read(...prose).flatMap((p) =>
    p.mentions.map((m) => [p.name, m.plannedInvestment, m.completedInvestment, m.status]),
  );

describe('key-project notice forms', () => {
  it('reads projects held up for a reason, with the reason as their status', () => {
    expect(mentions('丙县冷链物流园项目、县全民健身中心项目因征地拆迁滞后，尚未开工。')).toEqual([
      ['丙县冷链物流园项目', null, null, '因征地拆迁滞后'],
      ['县全民健身中心项目', null, null, '因征地拆迁滞后'],
    ]);
  });

  it('keeps no month range in a name followed by its progress (甲项目1-4月完成投资)', () => {
    expect(mentions('总投资16亿元的丙县光电产业园一期项目1-4月完成投资2.3亿元。')).toEqual([
      ['丙县光电产业园一期项目', 16e8, 2.3e8, null],
    ]);
  });

  it('reads no project from a clause that is late without naming one', () => {
    expect(mentions('部分项目因资金到位滞后，进度偏慢。')).toEqual([]);
  });
});
