// Forms the two-hundred-and-fifty-eighth and -fifty-fifth held-out batches showed the parser missed (session 38,
// branch fix258). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

const TITLE = '卓岗县2014年上半年国民经济和社会发展计划执行情况的报告';

describe('investment by source: 国家投资, 援藏投资, 社会投资 (F5271)', () => {
  it('observes each source of all investment under its written name', () => {
    const parsed = sectionReport('naeo.txt', TITLE, [
      '上半年，全县完成全社会固定资产投资7.35亿元，同比增长21.6%。从投资来源看，国家投资4.92亿元，援藏投资0.57亿元，社会投资1.86亿元。',
    ]);
    const rows = parsed.observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['国家投资', 'level', 4.92],
        ['援藏投资', 'level', 0.57],
        ['社会投资', 'level', 1.86],
      ]),
    );
  });
});

describe('the paired-aid programme named bare: 援藏项目 (F5272)', () => {
  it('reads 援藏项目有序推进 as a class of projects, not one project', () => {
    const parsed = sectionReport('zhuogang.txt', TITLE, [
      '援藏项目有序推进。今年对口援藏项目共12个，总投资1.64亿元，卓岗县中学食堂扩建工程总投资2600万元，完成投资1100万元。',
    ]);
    const names = parsed.projects.map((p) => p.name);
    expect(names).not.toContain('援藏项目');
    expect(names).toContain('卓岗县中学食堂扩建工程');
  });
});

describe('确保完成全年甲X亿元的目标任务，乙增长A%以上，丙增长B%左右 (F5273)', () => {
  it('reads the goals after the closed one as the same list’s', () => {
    const parsed = sectionReport('zhuogang-park.txt', '卓岗工业园区2026年上半年工作总结和下半年工作计划', [
      '上半年，园区实现规模以上工业总产值38.5亿元，同比增长8.1%。',
      '三、下半年工作计划',
      '（一）全力冲刺全年目标。确保完成全年规模以上工业总产值80亿元的目标任务，规模以上工业增加值增长9%以上，园区固定资产投资增长11%左右。',
    ]);
    const goals = parsed.targets.map((t) => [t.indicatorName, t.horizon, t.comparator]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['规模以上工业增加值', 'full-year', 'gte'],
        ['固定资产投资', 'full-year', 'approx'],
      ]),
    );
  });
});

describe('a news page’s 锚定全年目标 is a drive toward the year’s goal, no period (F5274)', () => {
  it('dates a 第四季度 ceremony page by the body’s 前三季度, not the year before’s 全年', () => {
    const parsed = parsedReport(
      [
        '我县第四季度重点项目集中开工 15个项目总投资31.4亿元',
        '发布时间：2026-10-12 09:30　来源：卓岗县融媒体中心',
        '10月10日上午，卓岗县2026年第四季度重点项目集中开工活动在卓岗县食品产业园项目现场举行。',
        '今年以来，我县全力推进项目建设。前三季度，全县统筹推进重点项目62个，累计完成投资28.4亿元，占年度计划投资的70.5%。前三季度全县固定资产投资增长8.6%。',
        '县长在致辞中强调，要锚定全年目标，全力冲刺四季度，确保全年固定资产投资增长9%以上。',
      ].join('\n'),
      { sourceName: 'zhuogang-news.txt' },
    );
    expect(parsed.meta.period).toBe('2026-Q3');
  });
});

describe('a plan’s 12月前完成投资X万元以上: the year’s amount due, planned (F5275)', () => {
  it('reads the amount as the project’s planned investment, nothing completed', () => {
    const parsed = sectionReport('zhuogang-plan.txt', '卓岗工业园区2026年上半年工作总结和下半年工作计划', [
      '上半年，园区实现规模以上工业总产值38.5亿元，同比增长8.1%。',
      '三、下半年工作计划',
      '（二）加快重点项目建设。力争卓岗工业园区污水处理厂项目9月开工、12月前完成投资2400万元以上。',
    ]);
    const plant = parsed.projects.find((p) => p.name.includes('污水处理厂'));
    expect(plant?.mentions.map((m) => [m.phase, m.plannedInvestment, m.completedInvestment])).toEqual([
      ['planned', 24000000, null],
    ]);
  });
});

describe('园区新签约项目协议总投资X亿元: the deals signed, a class (F5276)', () => {
  it('reads no project named 园区新签约项目', () => {
    const parsed = sectionReport('zhuogang-deals.txt', '卓岗工业园区2026年上半年工作总结和下半年工作计划', [
      '（二）招商引资成效明显。上半年，园区新签约项目协议总投资41.6亿元，其中10亿元以上项目1个。',
    ]);
    expect(parsed.projects.map((p) => p.name)).toEqual([]);
  });
});

describe('总投资X亿元的甲（二期）是此次开工的最大项目 (F5277)', () => {
  it('ends the name at the copula and keeps its bracketed phase and total', () => {
    const parsed = sectionReport(
      'zhuogang-q3.txt',
      '卓岗县2026年前三季度国民经济和社会发展计划执行情况的报告',
      [
        '前三季度，全县完成地区生产总值88.2亿元，增长5.6%。',
        '总投资8.6亿元的卓岗县食品产业园（二期）是此次开工的最大项目，建成后年产值可达10亿元以上。',
      ],
    );
    expect(parsed.projects.map((p) => [p.name, p.mentions[0]?.plannedInvestment])).toEqual([
      ['卓岗县食品产业园(二期)', 860000000],
    ]);
  });
});
