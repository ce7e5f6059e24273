// Forms the one-hundred-and-ninety-first and ninety-fifth held-out batches showed the parser missed (session 35,
// branch fix191): a portal's 政府工作报告 titled with the session year in brackets after it (refused: no period);
// a county party committee's report to its midyear plenary, dated in July and reviewing 上半年 (refused: no
// period). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { observationRow, parsedReport } from '../helpers/report.js';

const WORK_REPORT = [
  '甲州市乙川区人民政府工作报告（2025年）',
  '——2025年1月12日在甲州市乙川区第九届人民代表大会第五次会议上',
  '乙川区人民政府区长　丙某',
  '各位代表：',
  '现在，我代表区人民政府，向大会报告工作，请予审议。',
  '一、2024年工作回顾',
  '刚刚过去的一年，全区实现地区生产总值312.5亿元、增长5.6%。社会消费品零售总额98.4亿元、增长4.2%。',
].join('\n');

describe('a work report titled with the session year in brackets after it (F4081)', () => {
  it('reads the place from the title and the year before the session as the period', () => {
    const report = parsedReport(WORK_REPORT, { sourceName: 'work-report.html' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '乙川区',
      '2024-FY',
    ]);
    expect(report.observations.map(observationRow)).toContainEqual(['gdp', 'level', 312.5, '亿元']);
  });

  it('reads a year of 年度 in the brackets and a title without 人民 alike', () => {
    const text = WORK_REPORT.replace(
      '甲州市乙川区人民政府工作报告（2025年）',
      '乙川区政府工作报告(2025年度)',
    );
    const report = parsedReport(text, { sourceName: 'work-report.html' });
    expect([report.meta.region, report.meta.year]).toEqual(['乙川区', 2024]);
  });
});

const PLENARY = [
  '在中共丁水县委十二届八次全体会议上的工作报告',
  '（2025年7月22日）',
  '县委书记　戊某',
  '同志们：',
  '现在，我代表县委常委会向全会报告上半年工作，并就下半年工作提出意见，请予审议。',
  '一、上半年工作回顾',
  '上半年，全县地区生产总值完成58.26亿元，同比增长5.7%。社会消费品零售总额完成17.35亿元，增长4.1%。',
  '二、下半年工作安排',
  '确保全年地区生产总值增长6%以上。',
].join('\n');

describe('a party committee’s report to its midyear plenary, dated in July, reviewing 上半年 (F4082)', () => {
  it('reads the half the opening names in the date’s year, as a part-year plan report', () => {
    const report = parsedReport(PLENARY, { sourceName: 'plenary.docx' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution',
      '丁水县',
      '2025-H1',
    ]);
    expect(report.observations.map(observationRow)).toContainEqual(['gdp', 'level', 58.26, '亿元']);
  });

  it('reads no half for a midyear plenary whose opening names no part of the year', () => {
    const text = PLENARY.replace('向全会报告上半年工作，并就下半年工作提出意见', '向全会报告工作').replace(
      /上半年/g,
      '近期',
    );
    expect(parsedReport(text, { sourceName: 'plenary.docx' }).meta.genre).toBe('plan-execution-and-draft');
  });

  it('keeps a year-turn plenary (dated in December) a full year’s report', () => {
    const text = PLENARY.replace('2025年7月22日', '2025年12月26日');
    const report = parsedReport(text, { sourceName: 'plenary.docx' });
    expect([report.meta.genre, report.meta.period]).toEqual(['plan-execution-and-draft', '2025-FY']);
  });
});

const OUTLOOK = [
  '甲县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
  '一、2025年计划执行情况',
  '2025年，全县地区生产总值182.4亿元，增长5.8%。',
  '二、2026年主要目标',
  '展望“十五五”，全县将锚定到2030年地区生产总值突破260亿元、年均增长6%左右，规模以上工业增加值年均增长7%以上，一般公共预算收入达到12亿元、常住人口城镇化率达到58%的目标，城乡居民收入增长与经济增长同步，加快建设强县。',
  '到2030年，全县新增高新技术企业达到40家，地区生产总值达到280亿元。',
].join('\n');

describe('a five-year plan’s goals anchored in a draft (锚定到2030年…的目标) (F4083)', () => {
  it('reads each as a target of horizon five-year, judged only at the plan’s end', () => {
    const targets = parsedReport(OUTLOOK, { sourceName: 'plan.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.value,
      t.attainment,
    ]);
    expect(targets).toContainEqual(['gdp', 'five-year', 260, 'unknown']);
    expect(targets).toContainEqual(['general-budget-revenue', 'five-year', 12, 'unknown']);
    expect(targets).toContainEqual(['urbanisation-rate', 'five-year', 58, 'unknown']);
  });

  it('keeps a plan-period end without 锚定 no target, as before', () => {
    const targets = parsedReport(OUTLOOK, { sourceName: 'plan.txt' }).targets.map((t) => t.value);
    expect(targets).not.toContain(280);
  });
});

const TERM_REVIEW = [
  '乙川区人民政府工作报告（2026年）',
  '一、“十四五”时期和2025年工作回顾',
  '——这五年，综合实力跃上新台阶。五年累计完成固定资产投资1860亿元，一般公共预算收入累计实现146.5亿元。',
  '——这五年，民生福祉得到新改善。累计新增城镇就业7.4万人。',
  '2025年，全区实现地区生产总值512.6亿元、增长5.9%。城镇新增就业1.52万人。',
].join('\n');

describe('a five-year goal’s average pace (年均增长A%) among the anchored goals (F4087)', () => {
  it('is the goal of the indicator named before it, or of the chain’s before a bare 年均', () => {
    const targets = parsedReport(OUTLOOK, { sourceName: 'plan.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.comparator,
      t.value,
    ]);
    expect(targets).toContainEqual(['gdp', 'five-year', 'approx', 6]);
    expect(targets).toContainEqual(['industrial-value-added', 'five-year', 'gte', 7]);
  });

  it('leaves a review’s 年均增长 a fact', () => {
    const report = parsedReport(TERM_REVIEW.replace('五年累计', '地区生产总值年均增长6.1%，五年累计'), {
      sourceName: 'work-report.html',
    });
    expect(report.targets.map((t) => t.value)).not.toContain(6.1);
    expect(report.observations.map((o) => o.quantity?.value)).not.toContain(6.1);
  });
});

describe('a work report’s ——这五年， paragraphs with 累计 totals (F4084)', () => {
  it('keeps the five years’ totals facts, not the year’s levels', () => {
    const report = parsedReport(TERM_REVIEW, { sourceName: 'work-report.html' });
    const levels = report.observations.map((o) => o.quantity?.value);
    expect(levels).not.toContain(1860);
    expect(levels).not.toContain(146.5);
    expect(levels).not.toContain(7.4);
    expect(levels).toContain(1.52);
    expect(report.facts.map((f) => f.quantity?.value)).toEqual(expect.arrayContaining([1860, 146.5, 7.4]));
  });
});

describe('a goal in words named 节能降碳 (F4085)', () => {
  it('reads 完成市下达的节能降碳目标任务 as the energy goal in words', () => {
    const report = parsedReport(
      [
        '甲县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
        '一、2025年计划执行情况',
        '2025年，全县地区生产总值182.4亿元，增长5.8%。',
        '二、2026年主要预期目标',
        '2026年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；完成市下达的节能降碳目标任务。',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    );
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon])).toContainEqual([
      'energy-emission-targets',
      'next-year',
    ]);
  });
});

describe('a phase whose body works are done, then its total and the amount done joined by 、 (F4086)', () => {
  it('gives the phase its total and its amount done since the start, with the status', () => {
    const report = parsedReport(
      [
        '乙川区人民政府工作报告（2026年）',
        '一、2025年工作回顾',
        '全年实施重点项目86个，完成投资96.2亿元。乙川智造产业园一期主体完工，总投资32亿元、已累计完成投资18.6亿元；乙川区妇幼保健院开工建设。',
      ].join('\n'),
      { sourceName: 'work-report.html' },
    );
    const park = report.projects.find((p) => p.name === '乙川智造产业园一期');
    expect([park?.mentions[0]?.plannedInvestment, park?.mentions[0]?.completedInvestment]).toEqual([
      3200000000, 1860000000,
    ]);
  });
});

describe('a speech titled with its own year and half keeps its title’s reading (session 35, after fix191)', () => {
  const SPEECH = [
    '在全县2025年上半年经济运行调度会上的讲话',
    '甲县人民政府县长　某某',
    '（2025年7月20日）',
    '同志们：',
    '今天这个会，主要是把上半年的账算一算。上半年，全县地区生产总值完成56.2亿元，同比增长5.1%；规模以上工业增加值增长6.3%；固定资产投资增长4.2%。',
  ];
  it('is not made a part-year plan report by its mid-year date', () => {
    const report = parsedReport(SPEECH.join('\n'), { sourceName: 'speech.txt' });
    expect(report.meta.genre).not.toBe('plan-execution');
  });
});
