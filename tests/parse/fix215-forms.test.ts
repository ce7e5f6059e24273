// Forms the two-hundred-and-fourteenth and two-hundred-and-fifteenth held-out batches showed the parser missed
// (session 36, branch fix215): two verbs joined before one goal (分别低于和高于年度目标a个和b个百分点); 仅 before a
// one-character verb to the schedule (仅超序时进度); a standing committee's 专题询问 page typed as no news; a GDP
// figure with no period in a month report that gives GDP for the quarter; a project's running total in the clause
// after an amount-led name; a table note naming the rows whose goal column holds a level; an audit's findings (works
// in use before their accounts closed, revenue owed and not paid in).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { genreOf } from '../../src/parse/genre.js';
import { parsedReport } from '../helpers/report.js';

const HALF_YEAR = (lines: string[]) =>
  parsedReport(['甲川县2026年上半年经济运行情况', '一、总体情况', ...lines].join('\n'), {
    sourceName: 'review.txt',
  });

describe('分别低于和高于年度目标a个和b个百分点 (F4541)', () => {
  const report = HALF_YEAR([
    '上半年，全县城镇居民人均可支配收入30120元，增长4.4%；农村居民人均可支配收入19870元，增长7.1%，分别低于和高于年度目标0.6个和0.9个百分点。',
  ]);

  it('gives the first figure the first verb’s sign and the second the second’s', () => {
    const gaps = report.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);
    expect(gaps).toEqual([
      ['urban-disposable-income-per-capita', -0.6],
      ['rural-disposable-income-per-capita', 0.9],
    ]);
  });

  it('derives each goal with its own sign', () => {
    const goals = report.targets.map((t) => [t.indicatorCode, t.value, t.attainment]);
    expect(goals).toEqual([
      ['urban-disposable-income-per-capita', 5, 'missed'],
      ['rural-disposable-income-per-capita', 6.2, 'met'],
    ]);
  });

  it('keeps one verb’s sign for both figures', () => {
    const gaps = HALF_YEAR([
      '城镇居民人均可支配收入增长4.4%，农村居民人均可支配收入增长7.1%，分别高于年度目标0.6个和0.9个百分点。',
    ])
      .observations.filter((o) => o.measure === 'comparison')
      .map((o) => o.quantity?.value);
    expect(gaps).toEqual([0.6, 0.9]);
  });
});

describe('仅超序时进度N个百分点 (F4542)', () => {
  it('reads the margin over the schedule after the share of the budget', () => {
    const gap = HALF_YEAR([
      '全县一般公共预算收入12.40亿元，同比增长2.6%，完成年度预算的53.8%，仅超序时进度3.8个百分点。',
    ]).observations.find((o) => o.measure === 'comparison');
    expect([gap?.indicatorCode, gap?.quantity?.value, gap?.comparedWith]).toEqual([
      'general-budget-revenue',
      3.8,
      '时序进度',
    ]);
  });
});

describe('县人大常委会开展…专题询问 as the page’s headline (F4543)', () => {
  it('is the committee’s news, not a statistics bureau’s analysis', () => {
    expect(genreOf(null, '县人大常委会办公室', [], false, '县人大常委会开展上半年计划执行情况专题询问')).toBe(
      'news-summary',
    );
  });

  it('leaves a headline of the report itself alone', () => {
    expect(genreOf(null, '县人大常委会办公室', [], false, '甲川县2026年上半年经济运行情况')).toBe(
      'statistics-analysis',
    );
  });
});

describe('a GDP figure with no period in a 1—10月 report (F4544)', () => {
  it('is of the quarter the report gives GDP for', () => {
    const report = parsedReport(
      [
        '甲川县2026年1—10月经济运行情况',
        '一、总体情况',
        '1—9月全县实现地区生产总值210.5亿元，同比增长5.4%，低于年度目标0.6个百分点。',
        '1—10月，全县固定资产投资同比增长6.2%。',
        '二、存在问题',
        '一是经济增速仍低于预期，地区生产总值增速低于年度目标0.6个百分点。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    );
    const gdp = report.observations
      .filter((o) => o.indicatorCode === 'gdp')
      .map((o) => [o.measure, o.quantity?.value, o.period ?? null]);
    expect(gdp).toEqual([
      ['level', 210.5, '2026-Q3'],
      ['growth', 5.4, '2026-Q3'],
      ['comparison', -0.6, '2026-Q3'],
      ['comparison', -0.6, '2026-Q3'],
    ]);
  });
});

describe('总投资X亿元的甲项目一期1—10月完成投资a亿元，累计完成投资b亿元 (F4545)', () => {
  it('takes the running total in the next clause as the amount done', () => {
    const projects = parsedReport(
      [
        '甲川县2026年1—10月经济运行情况',
        '一、总体情况',
        '1—10月，全县固定资产投资同比增长6.2%。总投资40亿元的甲川新型储能材料项目一期1—10月完成投资5.5亿元，累计完成投资17.2亿元；乙河物流园总投资6亿元，已完成投资1.8亿元。',
      ].join('\n'),
      { sourceName: 'review.txt' },
    ).projects.map((p) => [p.mentions[0]?.plannedInvestment, p.mentions[0]?.completedInvestment]);
    expect(projects).toEqual([
      [4000000000, 1720000000],
      [600000000, 180000000],
    ]);
  });
});

describe('注：甲、乙的计划栏为绝对数或控制数 under 计划增长（%） (F4546)', () => {
  const table = (note: string) =>
    parsedReport(
      [
        '关于甲川县2026年国民经济和社会发展计划执行情况的报告',
        '一、2026年计划执行情况',
        '全县地区生产总值120.5亿元，增长6.1%。',
        '表1　甲川县2026年主要经济指标完成情况',
        '指标\t单位\t计划增长（%）\t完成值\t实际增长（%）',
        '地区生产总值\t亿元\t6\t120.5\t6.1',
        '社会消费品零售总额\t亿元\t7\t30.2\t7.4',
        '粮食总产量\t万吨\t22\t23.4\t2.7',
        note,
        '二、2027年主要预期目标',
      ].join('\n'),
      { sourceName: 'plan.txt' },
    ).targets.map((t) => [t.indicatorCode, t.value, t.unit]);

  it('reads the named row’s goal in the row’s unit', () => {
    expect(table('注：粮食总产量的计划栏为绝对数。')).toEqual([
      ['gdp', 6, '%'],
      ['retail-sales', 7, '%'],
      ['grain-output', 22, '万吨'],
    ]);
  });

  it('keeps the % without the note', () => {
    expect(table('注：地区生产总值增速按不变价格计算。')).toContainEqual(['grain-output', 22, '%']);
  });
});

describe('甲项目未办理竣工决算即交付使用 in an audit report (F4547)', () => {
  const audit = (finding: string) =>
    parsedReport(
      [
        '关于甲川县2025年度本级预算执行和其他财政收支的审计工作报告',
        '一、审计情况',
        `一般公共预算收入8.6亿元，增长2.4%。审计了2个政府投资项目。甲川县城区排水管网改造工程总投资1.3亿元，截至2025年底完成投资0.9亿元。${finding}`,
      ].join('\n'),
      { sourceName: 'audit.txt' },
    ).projects.map((p) => p.name);

  it('names the works the finding is about', () => {
    expect(audit('甲川县第四中学实验楼项目未办理竣工决算即交付使用。')).toEqual([
      '甲川县城区排水管网改造工程',
      '甲川县第四中学实验楼项目',
    ]);
  });

  it('names no project for a finding about something else', () => {
    expect(audit('部分单位未办理资产登记即投入使用。')).toEqual(['甲川县城区排水管网改造工程']);
  });
});

describe('应缴未缴国库非税收入X万元 in an audit report (F4548)', () => {
  it('is a finding’s amount (a fact), no named revenue', () => {
    const report = parsedReport(
      [
        '关于甲川县2025年度本级预算执行和其他财政收支的审计工作报告',
        '一、审计情况',
        '一般公共预算收入8.6亿元，增长2.4%。',
        '二、审计发现的主要问题',
        '（一）财政收入管理不规范。应缴未缴国库非税收入946.3万元，最长达8个月。',
      ].join('\n'),
      { sourceName: 'audit.txt' },
    );
    expect(report.observations.map((o) => o.indicatorName)).not.toContain('应缴未缴国库非税收入');
    expect(report.facts.map((f) => f.quantity.value)).toContain(946.3);
  });
});
