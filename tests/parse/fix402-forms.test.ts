// Forms first met in held-out-402 and held-out-396 (session 46, fixer fix402). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix402-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const of = (report: Report, measure: string) =>
  (report?.observations ?? [])
    .filter((o) => o.measure === measure)
    .map((o) => [o.indicatorName, o.quantity?.value, o.quantity?.unit]);

describe('a 比1-8月增减 column after a 同比±% column (F8071)', () => {
  const report = parse(
    '榆岙县2019年1—9月主要经济指标',
    '指标\t单位\t1-9月\t同比±%\t比1-8月增减\t全市位次',
    '规模以上工业增加值\t亿元\t36.42\t7.8\t0.6\t3',
    '社会消费品零售总额\t亿元\t21.15\t9.3\t-0.4\t5',
    '全社会用电量\t万千瓦时\t48215\t-1.2\t1.1\t',
  ).report;

  it('reads the column as changes of the growth in points', () => {
    expect(of(report, 'change')).toEqual([
      ['规模以上工业增加值', 0.6, '百分点'],
      ['社会消费品零售总额', -0.4, '百分点'],
      ['全社会用电量', 1.1, '百分点'],
    ]);
  });

  it('reads only the 同比±% column as growths', () => {
    expect(of(report, 'growth').map((g) => g[1])).toEqual([7.8, 9.3, -1.2]);
  });
});

describe('an inspection titled by its year alone, its figures 截至11月底 (F8072)', () => {
  const report = parse(
    '关于全县2019年重点项目建设情况的视察报告',
    '（2019年12月10日县政协九届常委会第十二次会议通过）',
    '根据县政协2019年度工作安排，11月中旬，县政协组织部分委员对全县重点项目建设情况进行了视察。现将视察情况报告如下：',
    '今年全县确定重点项目42个，总投资126.4亿元。截至11月底，已开工39个，累计完成投资61.3亿元。1—11月，全县固定资产投资完成98.62亿元，同比增长12.4%。',
    '政协榆岙县委员会',
    '2019年12月10日',
  ).report;

  it('dates the report by the months its figures run to', () => {
    expect(report?.meta.period).toBe('2019-M1-11');
  });
});

describe("a counted group's value added after its members and a verb: 甲、乙和丙三大主导产业实现增加值 (F8073)", () => {
  const report = parse(
    '榆岙县2019年前三季度国民经济和社会发展计划执行情况的报告',
    '前三季度，全县规模以上工业增加值完成30.4亿元，增长9.1%。',
    '纺织服装、机械铸造、塑料制品和绿色食品加工四大主导产业完成增加值19.72亿元，增长11.3%，占规模以上工业增加值的64.9%。',
    '高端精细化工新型材料产业完成增加值3.26亿元，增长6.5%。',
  ).report;

  it("reads the group's level, growth and share", () => {
    const group = (report?.observations ?? []).filter((o) => o.indicatorName.includes('四大主导产业'));
    expect(group.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 19.72],
      ['growth', 11.3],
      ['share', 64.9],
    ]);
  });

  it('reads a long branch name with its verb the same way', () => {
    expect(of(report, 'level')).toContainEqual(['高端精细化工新型材料产业增加值', 3.26, '亿元']);
  });
});

describe("a plan's bare goal for the last quarter: 四季度完成X亿元以上 (F8074)", () => {
  const report = parse(
    '榆岙县2019年前三季度国民经济和社会发展计划执行情况的报告',
    '一、前三季度计划执行情况',
    '前三季度，全县固定资产投资完成20.1亿元，增长12.1%。',
    '二、四季度工作安排',
    '全年力争全县固定资产投资完成28亿元以上。四季度完成固定资产投资7.9亿元以上。',
  ).report;

  it("reads the year's goal and not the quarter's as a target", () => {
    expect((report?.targets ?? []).map((t) => [t.indicatorName, t.value])).toEqual([['固定资产投资', 28]]);
  });

  it("keeps the quarter's goal as a fact", () => {
    expect((report?.facts ?? []).map((f) => f.quantity.value)).toContain(7.9);
  });
});

describe("a meeting's headline driving toward the year's goals: 确保完成全年目标任务 (F8075)", () => {
  const report = parse(
    '我县召开四季度经济工作会议 动员全县上下确保完成全年目标任务',
    '来源：榆岙县融媒体中心　发布时间：2019-10-15',
    '10月14日，榆岙县召开四季度经济工作会议。会议通报，2019年前三季度，全县完成地区生产总值48.26亿元，同比增长7.4%；规模以上工业增加值18.3亿元，增长8.2%。',
  ).report;

  it("dates the page by the figures it reports, not the year's goal", () => {
    expect(report?.meta.period).toBe('2019-Q3');
  });
});
