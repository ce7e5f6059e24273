// Forms the one-hundred-and-tenth held-out batch showed the parser missed (session 31, branch fix110): a rank
// among the province's places of a kind written without their count (居全省县（市）第N位); a table note that
// names a row and sends its figures to an earlier period (注：2.甲为1—8月数据); 新建商品房销售面积 as the
// catalogue's floor space sold. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const PLAN = [
  '关于渌岙市2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '（一）工业经济。规模以上工业增加值增长7.4%，高于年度目标0.4个百分点，增速居全省县（市）第6位；规模以上工业总产值863.2亿元，增长6.9%。',
  '（二）外贸。外贸进出口总额214.7亿元，增长8.1%，增幅列全省县（市、区）第11位，较一季度前移3位。',
].join('\n');

const planRanks = () =>
  parsedReport(PLAN, { sourceName: 'plan.txt' }).rankings.map((r) => [
    r.indicatorCode,
    r.rank,
    r.of,
    r.scope,
    r.change,
  ]);

describe('a rank among the province’s places of a kind, not counted: 居全省县（市）第N位 (F2461)', () => {
  it('ranks the chain’s indicator within the province, of no size', () => {
    expect(planRanks()).toContainEqual(['industrial-value-added', 6, null, '全省', null]);
  });

  it('reads 列 with a bracket of two kinds and the move after it', () => {
    expect(planRanks()).toContainEqual(['foreign-trade', 11, null, '全省', 3]);
  });
});

const MONTHS = [
  '2026年1—9月洹桥区主要经济指标',
  '前三季度，全区实现地区生产总值812.44亿元，比去年同期增长4.9%。主要指标如下：',
  '2026年1—9月洹桥区主要经济指标',
  '指标\t单位\t1—9月\t比去年同期增减%',
  '地区生产总值\t亿元\t812.44\t4.9',
  '规模以上服务业营业收入\t亿元\t604.30\t6.2',
  '社会消费品零售总额\t亿元\t377.18\t3.8',
  '新建商品房销售面积\t万平方米\t42.65\t-4.3',
  '注：1.地区生产总值增速按可比价格计算。',
  '2.规模以上服务业营业收入为1—8月数据。',
  '3.“—”表示该指标不公布总量。',
].join('\n');

const monthsReport = () => parsedReport(MONTHS, { sourceName: 'indicators.txt' });
const periodsOf = (code: string) =>
  monthsReport()
    .observations.filter((o) => o.source === 'table' && o.indicatorCode === code)
    .map((o) => [o.measure, o.quantity?.value, o.period ?? null]);

describe('a table note naming a row whose figures are an earlier period’s: 甲为1—8月数据 (F2462)', () => {
  it('gives the named row’s level and growth the earlier period', () => {
    expect(periodsOf('services-revenue')).toEqual([
      ['level', 604.3, '2026-M1-8'],
      ['growth', 6.2, '2026-M1-8'],
    ]);
  });

  it('leaves the rows the note does not name in the report’s period', () => {
    expect(periodsOf('retail-sales')).toEqual([
      ['level', 377.18, null],
      ['growth', 3.8, null],
    ]);
  });

  it('sends each row of a list the note names with 、', () => {
    const text = MONTHS.replace(
      '2.规模以上服务业营业收入为',
      '2.规模以上服务业营业收入、社会消费品零售总额为',
    );
    const retail = parsedReport(text, { sourceName: 'indicators.txt' })
      .observations.filter((o) => o.source === 'table' && o.indicatorCode === 'retail-sales')
      .map((o) => o.period);
    expect(retail).toEqual(['2026-M1-8', '2026-M1-8']);
  });

  it('finds a row whose name carries its unit in brackets', () => {
    const text = MONTHS.replace('规模以上服务业营业收入\t亿元', '规模以上服务业营业收入（亿元）\t');
    const services = parsedReport(text, { sourceName: 'indicators.txt' })
      .observations.filter((o) => o.source === 'table' && o.indicatorCode === 'services-revenue')
      .map((o) => o.period);
    expect(services).toEqual(['2026-M1-8', '2026-M1-8']);
  });
});

describe('新建商品房销售面积, the new-build floor space sold (F2463)', () => {
  it('is the catalogue’s housing-sales-area, level and growth', () => {
    expect(periodsOf('housing-sales-area')).toEqual([
      ['level', 42.65, null],
      ['growth', -4.3, null],
    ]);
  });
});
