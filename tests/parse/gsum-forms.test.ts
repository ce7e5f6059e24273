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

/** A department's summary: its title, then the lines under test in its first part. */
const summary = (...lines: string[]) => {
  const { report, problems } = parseReportText(
    ['钊平县工业和信息化局2022年工作总结及2023年工作打算', '一、2022年工作总结', ...lines].join('\n'),
    { sourceName: 'gsum.txt' },
  );
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
};
const observed = (...lines: string[]) =>
  summary(...lines).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
    o.period ?? null,
  ]);

describe('the result after the higher level’s goal (GS3)', () => {
  it('市下达…目标为8%，全年实际增长9.6%: the goal ends where 实际 tells the result', () => {
    const report = summary(
      '市下达我县规上工业增加值增速目标为8%，全年实际增长9.6%，高于目标1.6个百分点，增速居全市9个县（市、区）第2位，比上年前移3位。',
    );
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 9.6],
      ['industrial-value-added', 'comparison', 1.6],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.kind, t.value, t.attainment])).toEqual([
      ['industrial-value-added', 'guidance', 8, 'met'],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.change])).toEqual([
      ['industrial-value-added', 2, 9, 3],
    ]);
  });
});

describe('an estimate of the period after a month’s figure, past a ； (GS4)', () => {
  it('1-5月…增长9.4%；预计上半年增长9%左右: the estimate is of the same indicator', () => {
    expect(observed('1-5月，全县规模以上工业增加值同比增长9.4%；预计上半年增长9%左右。')).toEqual([
      ['规模以上工业增加值', 'growth', 9.4, '2022-M1-5'],
      // 上半年 in a year's summary is an earlier period of its year.
      ['规模以上工业增加值', 'growth', 9, '2022-H1'],
    ]);
  });
});

describe('a comparison with the growth named before it (GS5)', () => {
  it('社会消费品零售总额增速低于全市平均水平1.3个百分点 is a comparison below the city', () => {
    expect(observed('二是消费恢复偏慢，社会消费品零售总额增速低于全市平均水平1.3个百分点。')).toEqual([
      ['社会消费品零售总额', 'comparison', -1.3, null],
    ]);
  });
});

describe('the department’s own work (GS6)', () => {
  it('帮助企业获得银行贷款7.35亿元 is a fact, not the balance of loans', () => {
    const report = summary('帮助企业获得银行贷款7.35亿元；年末金融机构各项贷款余额86.2亿元，增长9.1%。');
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['loans', 'level', 86.2],
      ['loans', 'growth', 9.1],
    ]);
    expect(report.facts.map((f) => f.quantity.value)).toContain(7.35);
  });
});

describe('an industry’s energy intensity (GS7)', () => {
  it('规上工业单位增加值能耗下降4.3%，完成市下达任务: an indicator under its name, a word-only goal met', () => {
    const report = summary('全县规上工业单位增加值能耗下降4.3%，完成市下达任务。');
    expect(report.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value])).toEqual([
      ['规上工业单位增加值能耗', 'growth', -4.3],
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.value, t.attainment])).toEqual([
      ['规上工业单位增加值能耗', null, 'met'],
    ]);
  });
});
