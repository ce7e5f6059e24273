// Forms the one-hundred-and-thirty-third held-out batch showed the parser missed (session 32, branch fix133): 商品销售总额
// in a plan report's prose; the R&D share written out as 研发经费支出相当于地区生产总值的比例, in prose and as a table row;
// 单位生产总值综合能耗 with a word-only goal; 累计完成投资仅X亿元; 民生实事项目, a class; 甲中心建成开放.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '甲川区2026年国民经济和社会发展计划执行情况与2027年计划草案的报告',
  '一、2026年计划执行情况',
  '全区社会消费品零售总额52.4亿元，增长4.3%；商品销售总额812.5亿元，增长3.1%。',
  '全社会研发经费支出相当于地区生产总值的比例为2.8%，比上年提高0.2个百分点。',
  '二、2027年主要预期目标',
  '地区生产总值增长6%左右；单位生产总值综合能耗完成市下达目标。',
  '表一　主要指标完成情况',
  '指标名称\t属性\t2026年目标\t2026年完成情况\t2027年目标',
  '地区生产总值\t预期性\t增长6.5%\t增长6.1%\t增长6%左右',
  '全社会研发经费支出相当于地区生产总值的比例\t预期性\t2.7%左右\t2.8%\t2.9%左右',
  '单位生产总值综合能耗\t约束性\t完成市下达目标\t完成市下达目标\t完成市下达目标',
].join('\n');

const plan = () => parsedReport(PLAN, { sourceName: 'plan.txt' });

describe('商品销售总额 in prose, a named aggregate the catalogue lacks (F2941)', () => {
  it('reads its level and growth, named as written', () => {
    const sales = plan()
      .observations.filter((o) => o.indicatorName === '商品销售总额')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(sales).toEqual([
      ['level', 812.5],
      ['growth', 3.1],
    ]);
  });
});

describe('研发经费支出相当于地区生产总值的比例: the R&D share written out (F2942, F2943)', () => {
  const name = '全社会研发经费支出相当于地区生产总值的比例';

  it('reads the prose’s figure as the share itself and its move in points (F2942)', () => {
    const prose = plan()
      .observations.filter((o) => o.indicatorName === name && o.source === 'prose')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(prose).toEqual([
      ['rate', 2.8],
      ['change', 0.2],
    ]);
  });

  it('reads a table row so named, its bare percent, as the share, never a growth (F2943)', () => {
    const measures = plan()
      .observations.filter((o) => o.indicatorName === name)
      .map((o) => o.measure);
    expect(measures).not.toContain('growth');
  });
});

describe('单位生产总值综合能耗: the energy goal named with 综合 (F2944)', () => {
  it('codes the word-only goal as the catalogue’s energy goal', () => {
    const goals = plan()
      .targets.filter((t) => t.text === '完成市下达目标')
      .map((t) => [t.indicatorCode, t.horizon]);
    expect(goals.length).toBeGreaterThan(0);
    for (const [code] of goals) expect(code).toBe('energy-emission-targets');
  });
});

const REVIEW = [
  '甲川县人大常委会关于2026年上半年国民经济和社会发展计划执行情况的审议意见',
  '一、存在的主要问题',
  '一是重点项目推进不平衡。甲川县智能装备产业园项目总投资18亿元，累计完成投资仅2.4亿元，进度明显滞后。',
  '二、意见和建议',
  '（一）扩大投资。要加快甲川县智能装备产业园项目建设，确保年内完成投资5亿元。',
  '（二）保障民生。要稳住就业，确保全年城镇新增就业5000人以上，持续推进民生实事项目。',
  '三、其他',
  '甲川县物流园总投资9亿元，年内完成投资2.6亿元；甲川县文化中心建成开放。',
].join('\n');

const review = () => parsedReport(REVIEW, { sourceName: 'review.txt' });

describe('a project’s amount done with 仅 before it: 累计完成投资仅X亿元 (F2945)', () => {
  it('reads the amount done beside the total', () => {
    const amounts = review()
      .projects.filter((p) => p.name === '甲川县智能装备产业园项目')
      .flatMap((p) => p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment]));
    expect(amounts).toContainEqual([1800000000, 240000000]);
  });
});

describe('民生实事项目: the year’s welfare works as a class, no project (F2946)', () => {
  it('reads no project so named', () => {
    expect(review().projects.map((p) => p.name)).not.toContain('民生实事项目');
  });
});

describe('a building 建成开放: opened to the public, where a finished project stands (F2947)', () => {
  it('reads the building as a project named by itself', () => {
    expect(review().projects.map((p) => p.name)).toContain('甲川县文化中心');
  });
});
