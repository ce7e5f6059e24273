// Forms the three-hundred-and-thirty-sixth held-out batch showed the parser missed (session 43, branch fix336):
// a 统计月报 sheet's price index row over its categories with a 上年同期 column (F6952, F6953). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PRICE_SHEET = [
  '篁溪县统计月报',
  '2025年1—10月主要经济指标',
  '指标\t计量单位\t1—10月\t上年同期\t同比增长%',
  '规模以上工业总产值\t万元\t642310\t611870\t5.0',
  '社会消费品零售总额\t万元\t175420\t166230\t5.5',
  '居民消费价格指数（上年同期=100）\t%\t101.7\t102.4\t—',
  '其中：食品烟酒类\t%\t103.9\t101.6\t—',
  '衣着类\t%\t98.6\t100.3\t—',
].join('\n');

const rows = () =>
  parsedReport(PRICE_SHEET, { sourceName: 'monthly.txt' }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value,
    o.period ?? null,
  ]);

describe('a price index row over its categories in a sheet of other indicators (F6952)', () => {
  it('reads nothing of the categories, neither growths of 103.9% nor indicators of their own', () => {
    const names = rows().map((r) => r[0]);
    expect(names).not.toContain('食品烟酒类');
    expect(names).not.toContain('衣着类');
    expect(rows().filter((r) => r[1] === 'growth' && Number(r[2]) > 50)).toEqual([]);
  });
});

describe('a price index row’s 上年同期 cell (F6953)', () => {
  it('reads last year’s index number as last year’s growth over the same base', () => {
    const cpi = rows().filter((r) => r[0] === '居民消费价格指数');
    expect(cpi).toEqual([
      ['居民消费价格指数', 'growth', 1.7, null],
      ['居民消费价格指数', 'growth', 2.4, '2024-M1-10'],
    ]);
  });
});

const FORECAST = [
  '篁溪县发展和改革局关于2025年1—10月经济运行和全年目标完成预测的报告',
  '一、经济运行情况',
  '1—10月，全县规模以上工业增加值同比增长6.1%，固定资产投资同比下降4.2%。',
  '二、全年目标完成预测',
  '（一）地区生产总值。年度目标增长6.5%，预计全年增长5.9%左右，低于年度目标0.6个百分点。',
  '三、下步工作',
  '确保11月份完成固定资产投资2.4亿元以上，力争11月份完成税收收入0.4亿元以上，确保12月底前完成年度投资任务。',
].join('\n');

const report = () => parsedReport(FORECAST, { sourceName: 'forecast.txt' });

describe('a forecast report’s goal named with no 为 before its growth (F6954)', () => {
  it('reads 年度目标增长A% as the year’s goal and the forecast after it as an observation', () => {
    const gdp = report().observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'growth');
    expect(gdp.map((o) => o.quantity?.value)).toEqual([5.9]);
    const goals = report().targets.filter((t) => t.indicatorCode === 'gdp');
    expect(goals.map((t) => [t.value, t.comparator, t.derived])).toEqual([[6.5, 'eq', false]]);
  });
});

describe('a goal for one month still to come (F6955)', () => {
  it('reads 确保11月份完成甲X亿元以上 in a 1—10月 page as no goal of the year', () => {
    const codes = report().targets.map((t) => t.indicatorCode);
    expect(codes).not.toContain('fixed-asset-investment');
    expect(codes).not.toContain('tax-revenue');
  });
});

const BUDGET_FORECAST = [
  '篁溪县发展和改革局关于2025年1—10月经济运行和全年目标完成预测的报告',
  '一、经济运行情况',
  '1—10月，全县规模以上工业增加值同比增长6.1%，固定资产投资同比下降4.2%。',
  '二、全年目标完成预测',
  '（三）地方一般公共预算收入。年度预算2.74亿元，预计全年完成2.81亿元，增长4.3%，可完成年度预算。',
].join('\n');

describe('a forecast report’s budget named bare after the heading’s revenue (F6956)', () => {
  it('reads 年度预算X亿元 as the revenue’s goal and the forecast after it as the revenue’s', () => {
    const r = parsedReport(BUDGET_FORECAST, { sourceName: 'forecast.txt' });
    const revenue = r.observations
      .filter((o) => o.indicatorCode === 'general-budget-revenue')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(revenue).toEqual([
      ['level', 2.81],
      ['growth', 4.3],
    ]);
    const goals = r.targets.filter((t) => t.indicatorCode === 'general-budget-revenue');
    expect(goals.map((t) => [t.value, t.unit, t.comparator, t.derived])).toEqual([
      [2.74, '亿元', 'eq', false],
    ]);
  });
});

const INCOME_FORECAST = [
  '篁溪县发展和改革局关于2025年1—10月经济运行和全年目标完成预测的报告',
  '一、经济运行情况',
  '1—10月，全县规模以上工业增加值同比增长6.1%，固定资产投资同比下降4.2%。',
  '二、全年目标完成预测',
  '（五）城乡居民收入。年度目标分别增长6.5%和7.5%，预计全年城镇常住居民人均可支配收入达到36420元，增长6.2%。',
].join('\n');

describe('goals 分别 after a label sentence naming the town and country halves (F6957)', () => {
  it('gives the first goal to the towns’ income and the second to the country’s', () => {
    const goals = parsedReport(INCOME_FORECAST, { sourceName: 'forecast.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
    ]);
    expect(goals).toEqual([
      ['urban-disposable-income-per-capita', 6.5],
      ['rural-disposable-income-per-capita', 7.5],
    ]);
  });
});
