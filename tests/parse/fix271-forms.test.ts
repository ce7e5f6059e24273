// Forms the two-hundred-and-seventy-first held-out batch showed the parser missed (session 38, branch fix271): a
// county 财政局's 决算 report whose 决算表 (年初预算数 | 调整预算数 | 决算数 | 决算数为调整预算的% | 比上年增长%)
// names its unit in a note under the rows, 注：本表单位为万元 (F5501), and whose 决算数 column holds each item's
// outcome of the year (F5502); its prose joining a name to its outcome by 决算数为 (F5503), a budget account's too (F5504), and a bare
// 支出决算数为 after its account's revenue (F5505). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { noteTableUnits } from '../../src/parse/table-note-sole-unit.js';
import { parsedReport } from '../helpers/report.js';

const REPORT = [
  '关于柘塘县2026年县级决算的报告',
  '受县人民政府委托，现将柘塘县2026年县级决算情况报告如下。',
  '2026年县级决算表',
  '项目\t年初预算数\t调整预算数\t决算数\t决算数为调整预算的%\t比上年增长%',
  '一般公共预算收入\t52300\t53800\t54120\t100.6\t2.9',
  '税收收入\t36100\t36900\t35480\t96.2\t-3.7',
  '注：本表单位为万元；“决算数为调整预算的%”一列按决算数除以调整预算数计算。',
  '以上报告，请予审议。',
].join('\n');

describe('a 决算表 whose note names its unit (F5501)', () => {
  const report = parsedReport(REPORT, { sourceName: 'final.txt', region: '柘塘县' });

  it('gives the year and adjusted budgets in the note’s unit', () => {
    const budgets = report.targets
      .filter((t) => t.indicatorCode === 'general-budget-revenue')
      .map((t) => `${t.value}${t.unit}`)
      .sort();
    expect(budgets).toEqual(['52300万元', '53800万元']);
  });

  it('reads the clause alone, and no column’s unit as the table’s', () => {
    expect(noteTableUnits('注：本表金额单位：亿元。')).toEqual(['亿元']);
    expect(noteTableUnits('注：1.表中数据单位为万元；2.增幅为%。')).toEqual(['万元']);
    expect(noteTableUnits('注：增幅单位为%。')).toEqual([]);
    expect(noteTableUnits('注：本表数据来源于县统计局。')).toEqual([]);
  });
});

describe('a 决算表’s 决算数 column (F5502)', () => {
  const report = parsedReport(REPORT, { sourceName: 'final.txt', region: '柘塘县' });

  it('is each item’s level of the year, with its attainment of both budgets', () => {
    const level = report.observations.find(
      (o) => o.indicatorCode === 'general-budget-revenue' && o.measure === 'level',
    );
    expect(level?.quantity && `${level.quantity.value}${level.quantity.unit}`).toBe('54120万元');
    const taxVerdicts = report.targets
      .filter((t) => t.indicatorCode === 'tax-revenue')
      .map((t) => t.attainment)
      .sort();
    expect(taxVerdicts).toEqual(['missed', 'missed']);
  });
});

describe('决算数为 joining a name to its outcome in prose (F5503)', () => {
  const text = [
    '关于柘塘县2026年县级决算的报告',
    '受县人民政府委托，现将柘塘县2026年县级决算情况报告如下。',
    '2026年县级一般公共预算收入决算数为54120万元，为调整预算53800万元的100.6%，比上年增长2.9%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'final.txt', region: '柘塘县' });

  it('gives the level, its share of the adjusted budget and its growth', () => {
    const found = report.observations
      .filter((o) => o.indicatorCode === 'general-budget-revenue')
      .map((o) => `${o.measure} ${o.quantity?.value}${o.quantity?.unit}`)
      .sort();
    expect(found).toEqual(['growth 2.9%', 'level 54120万元', 'share 100.6%']);
  });
});

describe('决算数为 after a budget account’s name (F5504)', () => {
  const text = [
    '关于柘塘县2026年县级决算的报告',
    '受县人民政府委托，现将柘塘县2026年县级决算情况报告如下。',
    '政府性基金预算收入决算数为27340万元，为调整预算的94.1%，比上年下降8.2%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'final.txt', region: '柘塘县' });

  it('gives the account’s level, share and growth, and the budget the share implies', () => {
    const found = report.observations
      .filter((o) => o.indicatorName === '政府性基金预算收入')
      .map((o) => `${o.measure} ${o.quantity?.value}${o.quantity?.unit}`)
      .sort();
    expect(found).toEqual(['growth -8.2%', 'level 27340万元', 'share 94.1%']);
    expect(report.targets.filter((t) => t.derived).length).toBe(1);
  });
});

describe('支出决算数为 after an account’s revenue (F5505)', () => {
  const text = [
    '关于柘塘县2026年县级决算的报告',
    '受县人民政府委托，现将柘塘县2026年县级决算情况报告如下。',
    '社会保险基金预算收入决算数为61380万元，支出决算数为57420万元，当年收支结余3960万元。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'final.txt', region: '柘塘县' });

  it('names the spending by its account', () => {
    const levels = report.observations
      .filter((o) => o.measure === 'level' && o.indicatorName.startsWith('社会保险基金'))
      .map((o) => `${o.indicatorName} ${o.quantity?.value}`)
      .sort();
    expect(levels).toEqual(['社会保险基金预算支出 57420', '社会保险基金预算收入 61380']);
  });
});
