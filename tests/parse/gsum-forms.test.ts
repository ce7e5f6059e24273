// Forms of a county department's work summary (工作总结; documents 601–610 of docs/corpus.md), in
// sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { readTitleText } from '../../src/parse/meta.js';

describe('a department work summary title (GS1)', () => {
  it.each([
    ['甘泷县发展和改革局2023年上半年工作总结和下半年工作计划', 'plan-execution', '甘泷县', 2023, 'H1'],
    ['钊平县统计局2022年工作总结及2023年工作打算', 'plan-execution-and-draft', '钊平县', 2022, 'FY'],
    [
      '钊平县工业和信息化局2022年度工作总结和2023年工作思路',
      'plan-execution-and-draft',
      '钊平县',
      2022,
      'FY',
    ],
    ['峰川市甘泷区商务局2024年1-9月工作总结', 'plan-execution', '甘泷区', 2024, 'Q3'],
  ])('%s is of the genre, the place the department’s', (title, genre, region, year, code) => {
    expect(readTitleText(title)).toMatchObject({ genre, region, year, code });
  });

  it('is not a part heading of a report (一、上半年工作总结)', () => {
    expect(readTitleText('一、2023年上半年工作总结')?.genre ?? null).toBeNull();
  });

  it('reads the summary as the plan report of its period, with the plan part’s full-year goals', () => {
    const { report, problems } = parseReportText(
      [
        '甘泷县发展和改革局2023年上半年工作总结和下半年工作计划',
        '一、上半年工作总结',
        '上半年，全县实现地区生产总值41.3亿元，同比增长5.2%。',
        '二、下半年工作计划',
        '力争全年地区生产总值增长6%左右。',
      ].join('\n'),
      { sourceName: 'gsum.txt' },
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report?.meta).toMatchObject({ genre: 'plan-execution', region: '甘泷县', period: '2023-H1' });
    expect(report?.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toEqual([
      ['gdp', 'full-year', 6],
    ]);
  });
});

describe('a township work summary (GS2, a product decision)', () => {
  it.each(['高岭县果林镇2023年上半年工作总结', '果林镇人民政府2022年工作总结及2023年工作计划'])(
    '%s is refused: the region model holds counties and above',
    (title) => {
      const { report, problems } = parseReportText(
        [title, '来源：高岭县果林镇人民政府', '上半年，全镇实现地区生产总值8.4亿元，同比增长6.1%。'].join(
          '\n',
        ),
        { sourceName: 'town.txt' },
      );
      expect(report).toBeNull();
      expect(problems.find((p) => p.code === 'no-region')?.message).toContain('果林镇');
    },
  );

  it('is read when the user names the region', () => {
    const { report } = parseReportText(
      ['高岭县果林镇2023年上半年工作总结', '上半年，全镇实现地区生产总值8.4亿元，同比增长6.1%。'].join('\n'),
      { sourceName: 'town.txt', region: '高岭县' },
    );
    expect(report?.meta.region).toBe('高岭县');
  });
});
