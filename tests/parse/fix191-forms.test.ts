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
