// Forms held-out-486 and held-out-487 showed the parser missing (ciga, qiling, qupo, qutang): a plan's table of
// results written as dash-led prose lines, the three industries named by their count, funds from outside a banner,
// a forecast's 可完成, a subtotal row of a project sheet, a growth's gap to an earlier period told with 高/低, an
// earlier period's rank right after the current one. Sentences of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { sectionReport, sheetReport } from '../helpers/report.js';

const PLAN = '关于桐嘎旗2009年国民经济和社会发展计划执行情况与2010年计划草案的报告';
const ANALYSIS = '桐岙县2012年1—11月全县经济运行情况分析';

const observed = (title: string, lines: string[]) =>
  sectionReport('tongga.txt', title, lines).observations.map((o) => [
    o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('F10361: ——指标：完成X，为计划的A%', () => {
  it('reads the name before the colon of a dash-led line, its figures and its rank', () => {
    const report = sectionReport('tongga.txt', PLAN, [
      '——社会消费品零售总额：完成9.42亿元，为计划的102.6%，增长17.3%，居全盟第5位。',
      '——城镇登记失业率：3.1%，控制在4%的计划目标以内。',
    ]);
    expect(report.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['retail-sales', 'level', 9.42],
      ['retail-sales', 'share', 102.6],
      ['retail-sales', 'growth', 17.3],
      ['urban-unemployment-rate', 'rate', 3.1],
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.subject, r.rank])).toEqual([
      ['retail-sales', '社会消费品零售总额', 5],
    ]);
  });
});

describe('F10362: 三次产业增加值分别为…', () => {
  it('gives each industry its own level and growth, in their order', () => {
    const found = observed(PLAN, [
      '全旗生产总值完成41.2亿元。三次产业增加值分别为6.1亿元、22.4亿元和12.7亿元，分别增长5.2%、24.6%和13.1%。',
    ]);
    expect(found.filter((o) => String(o[0]).endsWith('-value-added'))).toEqual([
      ['agriculture-value-added', 'level', 6.1],
      ['secondary-industry-value-added', 'level', 22.4],
      ['tertiary-industry-value-added', 'level', 12.7],
      ['agriculture-value-added', 'growth', 5.2],
      ['secondary-industry-value-added', 'growth', 24.6],
      ['tertiary-industry-value-added', 'growth', 13.1],
    ]);
  });
});

describe('F10363: 引进旗外资金', () => {
  it('reads funds brought in from outside a banner as the investment attracted', () => {
    const found = observed(PLAN, ['全年签约项目31个，引进旗外资金12.4亿元，增长21.5%。']);
    expect(found.filter((o) => o[0] === 'investment-attracted')).toEqual([
      ['investment-attracted', 'level', 12.4],
      ['investment-attracted', 'growth', 21.5],
    ]);
  });
});

describe('F10364: 工业项目小计（N个）', () => {
  const SHEET: SheetCell[][] = [
    ['桐岙县2012年1—11月重点项目建设进度表', null, null, null],
    ['序号', '项目名称', '年度计划投资（万元）', '1—11月完成投资（万元）'],
    [null, '合计（3个）', 21000, 18800],
    ['一', '工业项目小计（2个）', 15000, 13600],
    [1, '桐岙县精密铸件技改项目', 9000, 8200],
    [2, '桐岙县竹制品加工园', 6000, 5400],
    ['二', '社会事业项目小计（1个）', 6000, 5200],
    [3, '桐岙县中医院住院楼', 6000, 5200],
  ];
  it('reads a group subtotal row as no project', () => {
    expect(sheetReport(SHEET, 'projects.xlsx').projects.map((p) => p.name)).toEqual([
      '桐岙县精密铸件技改项目',
      '桐岙县竹制品加工园',
      '桐岙县中医院住院楼',
    ]);
  });
});

describe('F10365: 预计全年…可完成X', () => {
  it('reads a forecast with 可完成 as it reads one with 完成', () => {
    const found = observed(ANALYSIS, [
      '1—11月，全县规模以上工业增加值增长15.2%。',
      '预计全年地区生产总值可完成64.3亿元，增长12.5%；财政总收入可实现7.12亿元，增长18%。',
    ]);
    expect(found.filter((o) => o[0] === 'gdp' || o[0] === 'fiscal-total-revenue')).toEqual([
      ['gdp', 'level', 64.3],
      ['gdp', 'growth', 12.5],
      ['fiscal-total-revenue', 'level', 7.12],
      ['fiscal-total-revenue', 'growth', 18],
    ]);
  });
});

describe('F10366: 甲增幅比上年同期高A个百分点', () => {
  it('reads the gap after a named growth as the name’s change, signed by 高/低', () => {
    const found = observed(ANALYSIS, [
      '1—11月，全县规模以上工业增加值增长15.2%。',
      '财政增长较快，地方财政收入增幅比上年同期高5.3个百分点；税收收入增速比上年同期低1.4个百分点。',
    ]);
    expect(found.filter((o) => o[1] === 'change')).toEqual([
      ['general-budget-revenue', 'change', 5.3],
      ['tax-revenue', 'change', -1.4],
    ]);
  });
});

describe('F10367: 位居第N位（1—10月为第M位）', () => {
  it('takes the move from an earlier period’s rank written right after the current one', () => {
    const report = sectionReport('tongao.txt', ANALYSIS, [
      '1—11月，全县规模以上工业增加值增长15.2%，在全市8个县（区）中位居第2位（1—10月为第4位）；全县社会消费品零售总额增长18.1%，居全市第6位，1—10月为第5位。',
    ]);
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.change])).toEqual([
      ['industrial-value-added', 2, 2],
      ['retail-sales', 6, -1],
    ]);
  });
});

describe('F10368: 煤炭工业投资', () => {
  it('keeps the coal branch’s investment under its own name, not industry’s', () => {
    const found = sectionReport('tongga.txt', '桐嘎旗2009年国民经济和社会发展统计公报', [
      '全年全社会固定资产投资31.6亿元，增长25.1%。其中煤炭工业投资14.2亿元，增长33.7%。',
    ]).observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]);
    expect(found.filter((o) => String(o[1]).includes('工业投资')).map((o) => [o[1], o[2], o[3]])).toEqual([
      ['煤炭工业投资', 'level', 14.2],
      ['煤炭工业投资', 'growth', 33.7],
    ]);
    expect(found.some((o) => o[0] === 'industrial-investment')).toBe(false);
  });
});

describe('F10369: 确保甲、乙年底前建成', () => {
  it('reads works a goal has built by a deadline as name-only projects', () => {
    const report = sectionReport('tongao.txt', ANALYSIS, [
      '1—11月，全县规模以上工业增加值增长15.2%。',
      '二要加快项目建设，确保桐岙城北水厂、桐溪三桥年底前建成。',
    ]);
    expect(report.projects.map((p) => p.name)).toEqual(['桐岙城北水厂', '桐溪三桥']);
  });
});
