// Forms the two-hundred-and-twelfth and two-hundred-and-tenth held-out batches showed the parser missed (session 35,
// branch fix212): a size class whose bound is a figure (实施3000万元以上项目N个，完成投资…，增长A%) named whole; a
// table note sending 城乡常住居民人均可支配收入 (both halves) to an earlier period; a plan part's total in brackets
// after a project’s status (确保甲园一期建成投产（总投资X亿元）); a rate moved from A% to B% with no year
// (城镇化率由A%提高到B%). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const CLASS_PLAN = [
  '关于苇川县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '（三）项目投资。固定资产投资同比增长8.1%，增速居全市首位。全县实施3000万元以上项目21个，完成投资12.4亿元，增长9.3%。',
].join('\n');

const classFigures = (text: string) =>
  parsedReport(text, { sourceName: 'plan.txt' })
    .observations.filter((o) => o.indicatorName.includes('以上项目'))
    .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('a size class bounded by a figure, with 实施 and its growth: 实施3000万元以上项目N个，完成投资…，增长A% (F4421)', () => {
  it('names the class with its whole bound, never cut inside the figure', () => {
    expect(classFigures(CLASS_PLAN)).toEqual([
      ['3000万元以上项目完成投资', 'level', 12.4],
      ['3000万元以上项目完成投资', 'growth', 9.3],
    ]);
  });

  it('reads a 亿元 class said with 实施 the same way when its growth follows', () => {
    const text = CLASS_PLAN.replace('3000万元以上项目21个', '亿元以上项目11个');
    expect(classFigures(text)).toEqual([
      ['亿元以上项目完成投资', 'level', 12.4],
      ['亿元以上项目完成投资', 'growth', 9.3],
    ]);
  });

  it('leaves a programme’s tally with no growth a fact (open decision: 实施 and no growth)', () => {
    const text = CLASS_PLAN.replace('，增长9.3%', '');
    expect(classFigures(text)).toEqual([]);
  });
});

const NOTE_PLAN = [
  '关于苇川县2026年1—8月国民经济和社会发展计划执行情况的报告',
  '一、1—8月计划执行情况',
  '1—8月，全县经济运行总体平稳。',
  '苇川县2026年1—8月主要经济指标完成情况表',
  '指标名称\t单位\t年度目标（%）\t1—8月完成\t增速（%）',
  '地区生产总值\t亿元\t6\t71.20\t5.1',
  '社会消费品零售总额\t亿元\t6\t20.40\t4.2',
  '城镇常住居民人均可支配收入\t元\t5\t24310\t4.4',
  '农村常住居民人均可支配收入\t元\t7\t9120\t6.3',
  '注：1.地区生产总值、城乡常住居民人均可支配收入为上半年数据，其余为1—8月数据。',
].join('\n');

const periodsOf = (code: string) =>
  parsedReport(NOTE_PLAN, { sourceName: 'plan.txt' })
    .observations.filter((o) => o.source === 'table' && o.indicatorCode === code)
    .map((o) => [o.measure, o.quantity?.value, o.period ?? null]);

describe('a note naming 城乡常住居民人均可支配收入 with an earlier period: both halves’ rows take it (F4422)', () => {
  it('gives the urban and the rural rows the half year', () => {
    expect(periodsOf('urban-disposable-income-per-capita')).toEqual([
      ['level', 24310, '2026-H1'],
      ['growth', 4.4, '2026-H1'],
    ]);
    expect(periodsOf('rural-disposable-income-per-capita')).toEqual([
      ['level', 9120, '2026-H1'],
      ['growth', 6.3, '2026-H1'],
    ]);
  });

  it('leaves a row the note does not name in the report’s period', () => {
    expect(periodsOf('retail-sales').map((o) => o[2])).toEqual([null, null]);
  });
});

const TASKS = [
  '苇川县2026年政府工作报告',
  '三、2026年工作安排',
  '（一）做强工业经济。确保苇川工业园区新材料产业园一期建成投产（总投资6.4亿元），力争全年新增规上工业企业3户以上。',
].join('\n');

const projectsOf = (text: string) =>
  parsedReport(text, { sourceName: 'gov-report.txt' }).projects.map((p) => [
    p.name,
    p.mentions[0]?.plannedInvestment ?? null,
  ]);

describe('a plan part’s total in brackets after a project’s status: 确保甲一期建成投产（总投资X亿元） (F4423)', () => {
  it('gives the project its total and keeps the bracket out of its name', () => {
    expect(projectsOf(TASKS)).toEqual([['苇川工业园区新材料产业园一期', 640000000]]);
  });

  it('gives no total to a list of projects the one bracket closes', () => {
    const text = TASKS.replace(
      '确保苇川工业园区新材料产业园一期',
      '确保苇川工业园区新材料产业园一期、苇川县城东污水处理厂',
    );
    expect(projectsOf(text).map((p) => p[1])).toEqual([null, null]);
  });
});

const REVIEW = [
  '苇川县2026年政府工作报告',
  '一、2025年工作回顾',
  '这五年，城乡面貌深刻变化。苇川大桥建成通车。常住人口城镇化率由31.2%提高到40.7%。',
].join('\n');

const urbanisation = (text: string) =>
  parsedReport(text, { sourceName: 'gov-report.txt' })
    .observations.filter((o) => o.indicatorCode === 'urbanisation-rate')
    .map((o) => [o.measure, o.quantity?.value]);

describe('a rate told by the one it moved from and the one it moved to: 城镇化率由A%提高到B% (F4424)', () => {
  it('reads the rate it rose to, the one it rose from a fact only', () => {
    expect(urbanisation(REVIEW)).toEqual([['rate', 40.7]]);
  });

  it('reads a rate moved to with no rate before it as it did', () => {
    expect(urbanisation(REVIEW.replace('由31.2%提高到', '达到'))).toEqual([['rate', 40.7]]);
  });
});
