// Forms the two-hundred-and-forty-sixth and forty-ninth held-out batches showed the parser missed (session 37,
// branch fix246): a budget report's 营业税 in the year 营改增 ended it; a draft budget's 甲收入预算安排X万元 (its
// 预算 before the verb 安排); a speech's part 扎实做好N年经济工作 on the year ahead, its figures goals.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const BUDGET = [
  '关于甲川县2030年财政预算执行情况和2031年财政预算草案的报告',
  '一、2030年财政预算执行情况',
  '一般公共预算收入完成52300万元，同比增长6.1%。主要税种中，增值税14120万元，增长31.4%；营业税2180万元，下降55.2%；契税3310万元，增长2.4%。',
  '二、2031年财政预算草案',
  '2031年全县一般公共预算收入预算安排55900万元，比上年完成数增长6.9%。一般公共预算支出预算安排214000万元，比上年完成数下降4%，主要是上级补助尚未下达。政府性基金预算收入预算安排17000万元，下降3.5%。',
].join('\n');

describe('营业税 among a budget report’s taxes (F5086)', () => {
  it('reads the business tax’s level and fall under its name, as the other taxes', () => {
    const report = parsedReport(BUDGET, { sourceName: 'budget.txt' });
    const tax = report.observations
      .filter((o) => o.indicatorName === '营业税')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(tax).toEqual([
      ['level', 2180],
      ['growth', -55.2],
    ]);
  });
});

describe('a draft budget’s 甲收入预算安排X万元，比上年完成数增长A% (F5087)', () => {
  it('reads each account’s draft level and growth as next year’s goals', () => {
    const report = parsedReport(BUDGET, { sourceName: 'budget.txt' });
    const goals = report.targets
      .filter((t) => t.horizon === 'next-year')
      .map((t) => [t.indicatorName, t.value, t.unit]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['一般公共预算收入', 55900, '万元'],
        ['一般公共预算收入', 6.9, '%'],
        ['一般公共预算支出', 214000, '万元'],
        ['一般公共预算支出', -4, '%'],
        ['政府性基金预算收入', 17000, '万元'],
        ['政府性基金预算收入', -3.5, '%'],
      ]),
    );
  });
});

const SPEECH = [
  '在中共甲川县委经济工作会议上的讲话',
  '（2030年12月18日）',
  '一、2030年工作回顾',
  '今年以来，全县地区生产总值增长5.2%，城镇新增就业3650人。',
  '二、扎实做好2031年经济工作',
  '（一）做强文旅产业。接待游客总人次突破260万人次。',
  '（二）稳就业。城镇新增就业3800人以上。',
].join('\n');

describe('a speech’s part 扎实做好N年经济工作 on the year ahead (F5088)', () => {
  it('reads its figures as next year’s goals, not as observations', () => {
    const report = parsedReport(SPEECH, { sourceName: 'speech.txt' });
    const goals = report.targets.map((t) => [t.indicatorName, t.horizon, t.value, t.comparator]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['接待游客总人次', 'next-year', 260, 'gt'],
        ['城镇新增就业', 'next-year', 3800, 'gte'],
      ]),
    );
    const jobs = report.observations
      .filter((o) => o.indicatorName === '城镇新增就业')
      .map((o) => o.quantity?.value);
    expect(jobs).toEqual([3650]);
  });

  it('keeps a part that reviews a numbered year’s work a report of results', () => {
    const review = SPEECH.replace('扎实做好2031年经济工作', '2030年经济工作完成情况');
    const report = parsedReport(review, { sourceName: 'speech.txt' });
    expect(report.targets.map((t) => t.indicatorName)).not.toContain('城镇新增就业');
  });
});

/** A plan draft's goals table: last year's levels alone, then the goals under a header in 增长（%）. */
const GOALS_TABLE = (lastRow: string) =>
  [
    '甲川县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告',
    '一、2030年计划执行情况',
    '全县地区生产总值121.5亿元，增长6.1%。',
    '二、2031年主要预期目标',
    '甲川县2031年主要经济指标预期目标表',
    '指标\t单位\t2030年完成\t2031年目标增长（%）',
    '地区生产总值\t亿元\t121.5\t7左右',
    '固定资产投资\t亿元\t96.2\t11',
    lastRow,
    '注：2030年完成数为快报数。',
  ].join('\n');

describe('a goals table of levels alone under 目标增长（%） (F5089)', () => {
  it('keeps an amount row’s goal near its level a growth, as the header says', () => {
    const report = parsedReport(GOALS_TABLE('地方一般公共预算收入\t亿元\t8.61\t6'), {
      sourceName: 'plan.txt',
    });
    const goal = report.targets.find(
      (t) => t.indicatorName === '地方一般公共预算收入' && t.horizon === 'next-year',
    );
    expect([goal?.value, goal?.unit]).toEqual([6, '%']);
  });

  it('still reads a count row’s goal as the number to reach', () => {
    const report = parsedReport(GOALS_TABLE('城镇新增就业\t人\t3650\t3800'), { sourceName: 'plan.txt' });
    const goal = report.targets.find((t) => t.indicatorName === '城镇新增就业' && t.horizon === 'next-year');
    expect([goal?.value, goal?.unit]).toEqual([3800, '人']);
  });
});
