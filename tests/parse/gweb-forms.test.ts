// Forms of session 14 (gweb): a report whose year stands only in its page's 文号, a year plan in
// brackets before the margin to it (高于年度计划（8%）0.6个百分点), and goals announced again by 确保
// after a closed goal (围绕…的目标，确保…). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { PageFurniture } from '../../src/ingest/types.js';
import { parseReportText } from '../../src/parse/index.js';

const NONE: PageFurniture = {
  siteName: null,
  columnName: null,
  articleTitle: null,
  pubDate: null,
  contentSource: null,
  publisher: null,
  writtenOn: null,
  publishedOn: null,
  documentNumber: null,
  index: null,
  siteOwner: null,
};

const parse = (lines: readonly string[], furniture: Partial<PageFurniture> | null = null) =>
  parseReportText(lines.join('\n'), {
    sourceName: 'gweb.html',
    hints: { title: null, infoLine: null, furniture: furniture && { ...NONE, ...furniture } },
  });

const REPORT = [
  '关于上半年国民经济和社会发展计划执行情况的报告',
  '上半年，全县实现地区生产总值61.48亿元，同比增长5.2%，低于年度计划1.3个百分点。',
];

describe('the year of a 公开 page', () => {
  it('reads a half year numbered 〔2022〕 as 2022, with a warning naming the 文号', () => {
    const { report, problems } = parse(REPORT, {
      publisher: '岫坪县发展和改革局',
      documentNumber: '岫发改〔2022〕7号',
    });
    expect(report?.meta).toMatchObject({ region: '岫坪县', period: '2022-H1' });
    expect(problems.find((p) => p.code === 'period-from-page')?.message).toContain('文号');
  });

  it('reads a full year numbered 〔2022〕 as 2021', () => {
    const { report } = parse(
      ['全年全县经济运行情况', '全年全县实现地区生产总值121.6亿元，比上年增长6.1%。'],
      { publisher: '岫坪县发展和改革局', documentNumber: '岫发改〔2022〕7号' },
    );
    expect(report?.meta.period).toBe('2021-FY');
  });

  it('trusts a 成文日期 before the 文号 and a date of the text before both', () => {
    const written = parse(REPORT, {
      publisher: '岫坪县发展和改革局',
      writtenOn: '2023-08-02',
      documentNumber: '〔2022〕7号',
    });
    expect(written.report?.meta.period).toBe('2023-H1');
    const dated = parse([...REPORT, '', '岫坪县发展和改革局', '2024年7月30日'], {
      publisher: '岫坪县发展和改革局',
      writtenOn: '2023-08-02',
    });
    expect(dated.report?.meta.period).toBe('2024-H1');
    expect(dated.problems.map((p) => p.code)).not.toContain('period-from-page');
  });

  it('refuses rather than guess when the furniture names no place', () => {
    const { problems } = parse(REPORT, { contentSource: '县发展和改革局', pubDate: '2022-08-25' });
    expect(problems.map((p) => p.code)).toContain('no-region');
  });
});

const targetsOf = (sentence: string) =>
  (
    parseReportText(['岫坪县2022年上半年国民经济和社会发展计划执行情况的报告', sentence].join('\n'), {
      sourceName: 'gweb.txt',
    }).report?.targets ?? []
  ).map((t) => [t.indicatorCode, t.value, t.comparator]);

describe('a year plan in brackets before the margin to it', () => {
  it('reads 高于年度计划（8%）0.6个百分点 as the plan 8%, not a rate of ours', () => {
    const { report } = parseReportText(
      [
        '岫坪县2022年上半年国民经济和社会发展计划执行情况的报告',
        '规模以上工业增加值同比增长8.6%，高于年度计划（8%）0.6个百分点。',
      ].join('\n'),
      { sourceName: 'gweb.txt' },
    );
    expect(report?.targets.map((t) => [t.indicatorCode, t.value])).toEqual([['industrial-value-added', 8]]);
    expect(report?.observations.map((o) => o.measure).sort()).toEqual(['comparison', 'growth']);
  });
});

describe('goals announced again after a closed goal', () => {
  it('reads the goals after 围绕…的目标，确保…', () => {
    expect(
      targetsOf(
        '下半年，我们将紧紧围绕全年地区生产总值增长6.5%的目标，确保全年规模以上工业增加值增长8%、固定资产投资增长12%以上，重点抓好以下工作：',
      ),
    ).toEqual([
      ['gdp', 6.5, 'eq'],
      ['industrial-value-added', 8, 'eq'],
      ['fixed-asset-investment', 12, 'gte'],
    ]);
  });

  it('keeps a closed goal alone when no cue follows', () => {
    expect(targetsOf('下半年，我们将紧紧围绕全年地区生产总值增长6.5%的目标，全力抓好项目建设。')).toEqual([
      ['gdp', 6.5, 'eq'],
    ]);
  });
});
