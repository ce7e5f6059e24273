// Forms held-out-421 showed the parser missing (shuyan, yucang, yupeng): a speech at an economic 推进会, a goal for
// a span of months, a 民生实事 progress table, a note giving two rows' earlier periods, a signed rank-move column
// and a project's amount done after its year plan. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport, sectionReport, sheetReport } from '../helpers/report.js';

const SPEECH_BODY = [
  '（2023年9月8日）',
  '同志们：',
  '今天召开全县经济工作推进会，分析1—8月全县经济运行形势。',
  '1—8月，全县规模以上工业增加值同比增长8.2%，全社会固定资产投资同比增长6.5%，社会消费品零售总额41.26亿元，同比增长9.3%。',
];

describe('F8611 a speech at an economic 推进会', () => {
  it('reads 在全县经济工作推进会上的讲话 as the months’ analysis, dated by its body', () => {
    const report = parsedReport(
      ['在全县经济工作推进会上的讲话', '苇岭县人民政府县长　张某某', ...SPEECH_BODY].join('\n'),
      {
        sourceName: 'weiling.txt',
      },
    );
    expect(report.meta.genre).toBe('statistics-analysis');
    expect(report.meta.region).toBe('苇岭县');
    expect(report.meta.period).toBe('2023-M1-8');
    expect(report.observations.some((o) => o.indicatorCode === 'retail-sales' && o.measure === 'level')).toBe(
      true,
    );
  });
  it('reads a 项目建设推进大会 speech too, and keeps a 安全生产 推进会 speech refused', () => {
    const project = parseReportText(
      ['在全县重点项目建设推进大会上的讲话', '苇岭县人民政府县长　张某某', ...SPEECH_BODY].join('\n'),
      { sourceName: 'weiling.txt' },
    );
    expect(project.report?.meta.genre).toBe('statistics-analysis');
    const safety = parseReportText(
      ['在全县安全生产工作推进会上的讲话', '苇岭县人民政府县长　张某某', ...SPEECH_BODY].join('\n'),
      { sourceName: 'weiling.txt' },
    );
    expect(safety.report).toBeNull();
  });
});

const TITLE = '苇岭县2023年1—8月经济运行情况分析';
const section = (lines: string[]) =>
  sectionReport('weiling.txt', TITLE, ['1—8月，全县固定资产投资同比增长3.2%。', ...lines]);

describe('F8612 a goal for a span of months', () => {
  it('keeps 力争10至12月每月…保持在15%以上 a fact, not the year’s target', () => {
    const report = section([
      '力争10至12月每月限额以上企业消费品零售额增速保持在15%以上，全年社会消费品零售总额增长9%以上。',
    ]);
    const targets = report.targets.map((t) => [t.indicatorCode, t.value]);
    expect(targets).toContainEqual(['retail-sales', 9]);
    expect(targets.some((t) => t[1] === 15)).toBe(false);
  });
});

describe('F8613 a 民生实事 progress table', () => {
  it('admits 十件民生实事1—8月完成情况 with its investment figures and dates it by the title’s months', () => {
    const text = [
      '苇岭县2023年十件民生实事1—8月完成情况',
      '苇岭县人民政府办公室',
      '截至8月底，全县10件民生实事22个子项目中，达到时序进度的17个。10件民生实事累计完成投资3.12亿元，占年度计划投资5.4亿元的57.8%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'weiling.txt' });
    expect(report.meta.region).toBe('苇岭县');
    expect(report.meta.period).toBe('2023-M1-8');
  });
});

describe('F8614 a note giving two rows’ earlier periods in one sentence', () => {
  it('sends 城乡居民人均可支配收入为上半年数据 after a comma to the half', () => {
    const report = sheetReport(
      [
        ['苇岭县2023年8月主要经济指标'],
        ['指标', '单位', '1-8月', '同比±%'],
        ['规模以上服务业企业营业收入', '亿元', 9.84, 12.1],
        ['城镇常住居民人均可支配收入', '元', 20312, 6.8],
        ['农村常住居民人均可支配收入', '元', 9815, 8.4],
        ['注：1.规模以上服务业企业营业收入为1-7月数据，城乡居民人均可支配收入为上半年数据。'],
      ],
      'weiling.xls',
      { region: '苇岭县' },
    );
    const incomes = report.observations.filter((o) => /disposable-income/.test(o.indicatorCode ?? ''));
    expect(incomes.length).toBe(4);
    expect(incomes.every((o) => o.period === '2023-H1')).toBe(true);
  });
});

describe('F8615 a bare number in a signed rank-move column', () => {
  it('reads 3 under 比上月±位次 as a move up, -2 as one down', () => {
    const report = sheetReport(
      [
        ['苇岭县2023年8月主要经济指标'],
        ['指标', '单位', '1-8月', '同比±%', '全市排位', '比上月±位次'],
        ['社会消费品零售总额', '亿元', 51.3, 8.6, 7, 3],
        ['金融机构各项贷款余额', '亿元', 188.4, 10.2, 11, -2],
      ],
      'weiling.xls',
      { region: '苇岭县' },
    );
    const ranks = report.rankings.map((r) => [r.indicatorCode, r.rank, r.change]);
    expect(ranks).toContainEqual(['retail-sales', 7, 3]);
    expect(ranks).toContainEqual(['loans', 11, -2]);
  });
});

describe('F8616 a project’s amount done after its year plan', () => {
  it('reads 目前只完成了Z亿元 after 今年计划投资Y亿元 as the amount done', () => {
    const report = section([
      '总投资9.6亿元的苇岭至桐岙一级公路，今年计划投资3亿元，目前只完成了1.4亿元，进度滞后。',
    ]);
    const project = report.projects.find((p) => p.name.includes('一级公路'));
    expect(project?.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])).toContainEqual([
      960000000, 140000000,
    ]);
  });
});

describe('F8617 a note’s legend of a signed move column', () => {
  it('reads no figure from 0为持平', () => {
    const report = section(['注：比上月±位次中正数为前移位次，负数为后移位次，0为持平。']);
    expect(report.facts.some((f) => f.quantity.value === 0)).toBe(false);
  });
});
