// Forms the seventy-eighth held-out batch showed the parser missed (session 26, branch fix78b): a CPPCC
// member's 大会发言 on the economy at the session (a heading naming the economy over ——在政协某区第N届委员会
// 第N次会议上的大会发言, the member, the date), which quotes the work report's results and goals as a
// plan-and-draft report does; one on another subject stays another document.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const speech = (heading: string) =>
  [
    heading,
    '——在政协棠州市澜溪区第五届委员会第三次会议上的大会发言',
    '区政协委员　某某某',
    '（2025年1月9日）',
    '',
    '各位委员：',
    '',
    '报告显示，2024年全区地区生产总值完成412.6亿元，同比增长5.8%；一般公共预算收入完成31.2亿元，增长4.1%。',
  ].join('\n');

describe('a CPPCC member’s 大会发言 on the economy (heading over ——在政协…会议上的大会发言)', () => {
  it('reads it as the year’s results and goals, of the session’s place, the year before the session', () => {
    const report = parsedReport(speech('稳住增长基本盘　推动区域经济高质量发展'), {
      sourceName: 'speech.txt',
    });
    expect([report.meta.genre, report.meta.region, report.meta.parentRegion, report.meta.period]).toEqual([
      'plan-execution-and-draft',
      '澜溪区',
      '棠州市',
      '2024-FY',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toContainEqual([
      'gdp',
      'level',
      412.6,
    ]);
  });

  it('leaves a member’s speech on another subject unread as a plan report', () => {
    const { report } = parseReportText(speech('办好人民满意的教育　促进城乡教育均衡'), {
      sourceName: 'speech.txt',
    });
    expect(report?.meta.genre).not.toBe('plan-execution-and-draft');
  });
});

const observationsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' }).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('城镇居民和农村居民人均可支配收入分别… (the residents’ word after each half)', () => {
  it('gives the town half and the country half their own figures', () => {
    const text = [
      '澜溪区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '2024年，城镇居民和农村居民人均可支配收入分别达到71230元和29450元，分别增长4.2%和6.1%。',
    ].join('\n');
    expect(observationsOf(text)).toEqual([
      ['urban-disposable-income-per-capita', 'level', 71230],
      ['rural-disposable-income-per-capita', 'level', 29450],
      ['urban-disposable-income-per-capita', 'growth', 4.2],
      ['rural-disposable-income-per-capita', 'growth', 6.1],
    ]);
  });
});

describe('占…的比重只有A% (a share said with its judgement)', () => {
  it('reads the share as the subject’s, as 占…的比重为A% is', () => {
    const text = [
      '澜溪区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '2024年，全区高技术制造业增加值仅增长3.4%，占规上工业增加值的比重只有8.2%。',
    ].join('\n');
    expect(observationsOf(text)).toContainEqual(['high-tech-manufacturing-value-added', 'share', 8.2]);
  });
});

describe('政府工作报告提出，2025年… (goals quoted from the work report)', () => {
  it('reads every goal of the quoted list, bare growths too, as next year’s', () => {
    const text = [
      '澜溪区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '2024年，全区地区生产总值增长5.1%。',
      '区政府工作报告提出，2025年全区地区生产总值增长6%左右，一般公共预算收入增长4%，社会消费品零售总额增长6%。',
    ].join('\n');
    const targets = parsedReport(text, { sourceName: 'report.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.horizon,
    ]);
    expect(targets).toEqual([
      ['gdp', 6, 'next-year'],
      ['general-budget-revenue', 4, 'next-year'],
      ['retail-sales', 6, 'next-year'],
    ]);
  });
});

describe('比年初确定的A%的目标低B个百分点 (the goal inside the gap, named by who set it)', () => {
  it('reads the gap as a comparison with the plan and the goal as the year’s target', () => {
    const text = [
      '澜溪区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '2024年，社会消费品零售总额增长2.6%，比年初确定的8%的目标低5.4个百分点。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['retail-sales', 'growth', 2.6],
      ['retail-sales', 'comparison', -5.4],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.value, t.horizon, t.attainment])).toEqual([
      ['retail-sales', 8, 'full-year', 'missed'],
    ]);
  });
});

describe('全社会研究与试验发展（R&D）经费投入强度 (the research spending’s share of GDP, named as written)', () => {
  it('reads the intensity as an observation and a goal for it as a target', () => {
    const text = [
      '澜溪区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
      '2024年，全区高技术制造业增加值增长4.4%；全社会研究与试验发展（R&D）经费投入强度为2.04%。',
      '建议力争到2025年底高技术制造业增加值占规上工业增加值的比重提高到15%以上，R&D经费投入强度达到2.5%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'report.txt' });
    expect(report.observations.map((o) => [o.indicatorName, o.quantity?.value])).toContainEqual([
      '全社会研究与试验发展(R&D)经费投入强度',
      2.04,
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.value, t.horizon])).toContainEqual([
      'R&D经费投入强度',
      2.5,
      'next-year',
    ]);
  });
});
