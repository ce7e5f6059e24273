// Forms held-out-312 showed the parser missing (session 41, fixer fix312): a county 政协's 视察报告 whose only
// naming of the county is the bracketed day its standing committee adopted it. Sentences of our own, invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const review = (under: string) =>
  [
    '关于全县前三季度经济运行情况的视察报告',
    under,
    '一、基本情况',
    '前三季度全县地区生产总值完成58.37亿元，同比增长4.6%；规模以上工业增加值同比增长4.3%，固定资产投资完成31.6亿元，同比增长8.2%。',
  ].join('\n');

describe('the bracketed day a body adopted the text (（…政协某县第N届委员会常务委员会第M次会议通过）) (F6381)', () => {
  it('names the county of a 政协 视察报告 whose title and prose say only 全县', () => {
    const report = parsedReport(review('（2022年10月18日政协柘陂县第九届委员会常务委员会第六次会议通过）'), {
      sourceName: 'review.txt',
    });
    expect([report.meta.region, report.meta.genre, report.meta.period]).toEqual([
      '柘陂县',
      'review-opinion',
      '2022-Q3',
    ]);
  });

  it('names the county of a congress standing committee’s adoption line too', () => {
    const report = parsedReport(
      review('（2022年10月26日苍岘县第十七届人民代表大会常务委员会第九次会议通过）'),
      { sourceName: 'review.txt' },
    );
    expect(report.meta.region).toBe('苍岘县');
  });

  it('leaves a sentence that mentions an adoption to the other readers', () => {
    const { report, problems } = parseReportText(
      review('2022年10月18日政协柘陂县第九届委员会常务委员会第六次会议通过了本报告。'),
      { sourceName: 'review.txt' },
    );
    expect(report?.meta.region ?? null).not.toBe('柘陂县');
    expect(problems.map((p) => p.code)).toContain('no-region');
  });
});

describe('a price in money per tonne (716元/吨) (F6382)', () => {
  it('keeps 元/吨 as the unit, not 元', () => {
    const text = [
      '漓岑县2023年上半年经济运行分析',
      '上半年，全县地区生产总值78.4亿元，同比增长3.2%。全县煤炭坑口综合均价684元/吨，同比下降21.6%，较一季度下降57元/吨。',
    ].join('\n');
    const raws = parsedReport(text, { sourceName: 'coal.txt' }).facts.map((f) => f.quantity.raw);
    expect(raws).toEqual(expect.arrayContaining(['684元/吨', '57元/吨']));
    expect(raws).not.toContain('684元');
  });
});

describe('a sensitivity (煤价每下降X元/吨，…减少约Y亿元) (F6383)', () => {
  const text = [
    '漓岑县2023年上半年经济运行分析',
    '上半年，全县规模以上工业营业收入215.7亿元，同比下降12.4%。据测算，煤价每下降50元/吨，全县规上工业营业收入减少约14亿元，地方财政收入减少约1.6亿元。',
  ].join('\n');

  it('gives no change of the period for the figures the step would move', () => {
    const report = parsedReport(text, { sourceName: 'coal.txt' });
    expect(report.observations.filter((o) => o.measure === 'change')).toEqual([]);
    expect(report.facts.map((f) => f.quantity.raw)).toEqual(
      expect.arrayContaining(['约14亿元', '约1.6亿元']),
    );
  });

  it('keeps the period’s own level and growth', () => {
    const report = parsedReport(text, { sourceName: 'coal.txt' });
    expect(
      report.observations.filter((o) => o.indicatorCode === 'industrial-revenue').map((o) => o.measure),
    ).toEqual(['level', 'growth']);
  });
});

describe('a project’s capacity between its name and its total (…项目设计年处理X万吨，总投资…) (F6384)', () => {
  it('reads the name without the capacity, with its total and its amount done', () => {
    const report = parsedReport(
      [
        '关于漓岑县2023年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年计划执行情况',
        '全县实施转型重点项目16个，总投资215.3亿元。其中，漓岑兰炭尾气制甲醇项目设计年生产甲醇30万吨，总投资24.8亿元，累计完成投资9.6亿元；漓岑风电项目装机容量45万千瓦，总投资27.2亿元，计划10月开工。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(
      report.projects.map((p) => [
        p.name,
        p.mentions[0]?.plannedInvestment,
        p.mentions[0]?.completedInvestment,
      ]),
    ).toEqual([
      ['漓岑兰炭尾气制甲醇项目', 2480000000, 960000000],
      ['漓岑风电项目', 2720000000, null],
    ]);
  });
});
