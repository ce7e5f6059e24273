// Forms the one-hundred-and-thirty-second and -fourth held-out batches showed the parser missed (session 32, branch
// fix132): a by-industry table's total row 规模以上工业合计 under a title the caption rule did not know (named as
// written, not as the value added); a bare 较一季度 column after a rank column (its moves lost, 持平 read as a growth
// of 0). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

/** A bureau's workbook as ingest renders it: its main indicators, then value added by industry under its title. */
const BRANCH_SHEET = [
  '甲川县2026年1—8月主要经济指标',
  '2026年9月',
  '指标\t单位\t1—8月\t同比±%',
  '规模以上工业增加值\t—\t—\t6.7',
  '社会消费品零售总额\t亿元\t52.30\t4.4',
  '甲川县统计局',
  '甲川县2026年1—8月规模以上工业分行业增加值增速',
  '单位：%',
  '行业\t1—8月\t1—7月\t增减（百分点）',
  '规模以上工业合计\t6.7\t6.2\t0.5',
  '农副食品加工业\t4.1\t4.6\t-0.5',
  '通用设备制造业\t11.3\t10.8\t0.5',
  '注：增速按可比价计算。',
  '甲川县统计局',
].join('\n');

describe('a by-industry sheet’s total row 规模以上工业合计 under its title (F2931)', () => {
  it('reads the total row as the industrial value added, not as an indicator named as written', () => {
    const observations = parsedReport(BRANCH_SHEET, { sourceName: 'branches.xls' }).observations;
    const total = observations
      .filter((o) => o.indicatorCode === 'industrial-value-added')
      .map((o) => [o.measure, o.quantity?.value, o.period ?? null]);
    expect(total).toContainEqual(['growth', 6.2, '2026-M1-7']);
    expect(total).toContainEqual(['change', 0.5, null]);
    expect(observations.some((o) => o.indicatorName.includes('合计'))).toBe(false);
  });

  it('keeps a total row of another name (全部行业合计) out of the value added', () => {
    const text = BRANCH_SHEET.replace('规模以上工业合计', '全部行业合计');
    const codes = parsedReport(text, { sourceName: 'branches.xls' }).observations.map((o) => o.indicatorCode);
    expect(codes.filter((c) => c === 'industrial-value-added')).toHaveLength(1);
  });
});

/** A plan report's table with a bare 较一季度 column after its rank column. */
const PLAN = [
  '甲川县人民政府关于2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县地区生产总值增长6.1%。主要指标完成情况见下表。',
  '甲川县2026年上半年主要经济指标完成情况',
  '指标\t单位\t年度目标（%）\t上半年\t增长（%）\t全市位次\t较一季度',
  '地区生产总值\t亿元\t6.5\t88.20\t6.1\t5\t后移1位',
  '一般公共预算收入\t亿元\t7\t4.12\t8.3\t3\t前移2位',
  '农村居民人均可支配收入\t元\t7\t9120\t7.4\t6\t持平',
  '注：全市位次为在乙州市9个县（市、区）中的位次。',
  '二、下半年工作安排',
  '下半年，我们将紧盯年度目标任务。',
].join('\n');

describe('a bare 较一季度 column after a rank column (F2932)', () => {
  const report = parsedReport(PLAN, { sourceName: 'plan.doc' });

  it('reads each row’s move with its rank, 持平 as no move', () => {
    const moves = report.rankings
      .filter((r) => r.source === 'table')
      .map((r) => [r.indicatorCode, r.rank, r.change]);
    expect(moves).toContainEqual(['general-budget-revenue', 3, 2]);
    expect(moves).toContainEqual(['rural-disposable-income-per-capita', 6, 0]);
    expect(moves).toContainEqual(['gdp', 5, -1]);
  });

  it('reads no growth from the move column (持平 is no growth of 0)', () => {
    const zero = report.observations.filter((o) => o.measure === 'growth' && o.quantity?.value === 0);
    expect(zero).toEqual([]);
  });

  it('keeps a bare 较一季度 column beside a growth (no rank before it) as the table’s figures', () => {
    const text = PLAN.replace('\t全市位次\t较一季度', '\t较一季度\t全市位次')
      .replace('后移1位\n', '\n')
      .replace(/\t(5|3|6)\t(后移1位|前移2位|持平)/g, '\t0.4\t$1');
    const ranks = parsedReport(text, { sourceName: 'plan.doc' }).rankings.filter((r) => r.source === 'table');
    expect(ranks.every((r) => r.change === null)).toBe(true);
  });
});
