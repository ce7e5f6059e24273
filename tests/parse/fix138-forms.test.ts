// Forms the one-hundred-and-thirty-eighth held-out batch showed the parser missed (session 32, branch fix138):
// a key-project sheet's title with bracketed asides (（开工）, （截至9月底）) that hid the notice's period, and
// a table of ranks and their moves alone (上半年位次 | 前三季度位次 | 进退位次) that was not read.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

/** A county commission's key-project sheet whose title carries two bracketed asides. */
const ASIDE_SHEET: SheetCell[][] = [
  ['乙河县2026年重点项目（续建）进展情况表（截至9月底）', null, null, null, null],
  ['单位：万元', null, null, null, null],
  ['序号', '项目名称', '总投资', '2026年计划投资', '1—9月完成投资'],
  [1, '乙河县城区供热管网改造工程', 24000, 9000, 6300],
  [2, '乙河县中医院康复楼', 31000, 11000, 8800],
  ['注：完成投资为当年完成数。', null, null, null, null],
];

describe('a project sheet title with bracketed asides (F3051)', () => {
  it('reads the period from the 1—9月 header as a plain project notice’s title does', () => {
    expect(sheetReport(ASIDE_SHEET, 'projects.xlsx').meta.period).toBe('2026-Q3');
  });
});

const RANK_MOVES = [
  '2026年前三季度丙川市经济运行分析',
  '丙川市统计局',
  '前三季度，全市地区生产总值205.3亿元，同比增长5.4%。全市固定资产投资同比增长6.6%。',
  '表2主要指标增速在全省县域中的位次变化',
  '指标名称\t上半年位次\t前三季度位次\t进退位次',
  '地区生产总值\t41\t36\t↑5',
  '固定资产投资\t22\t25\t↓3',
  '注：进退位次中“↑”为前移，“↓”为后退。',
].join('\n');

describe('a table of ranks and their moves alone (F3052)', () => {
  it('reads the period’s rank with its move, not the earlier period’s rank', () => {
    const ranks = parsedReport(RANK_MOVES, { sourceName: 'analysis.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
      r.change,
    ]);
    expect(ranks).toEqual([
      ['gdp', 36, 5],
      ['fixed-asset-investment', 25, -3],
    ]);
  });
});

const CLASS_NOTE = [
  '2026年前三季度丁原市经济运行分析',
  '丁原市统计局',
  '前三季度，全市地区生产总值188.6亿元，同比增长5.9%，总量居全省县域第17位。',
  '表1 2026年前三季度丁原市主要经济指标',
  '指标名称\t单位\t1—9月总量\t增速（%）\t增速全市位次',
  '地区生产总值\t亿元\t188.6\t5.9\t3',
  '注：全市位次为在戊州市6个县（市、区）中的位次；全省县域位次为在全省64个县（市、区）中的位次。',
].join('\n');

describe('a prose rank in a class of counties the table note sizes (F3053)', () => {
  it('gives 居全省县域第N位 the size of the note’s 全省县域位次 clause', () => {
    const ranks = parsedReport(CLASS_NOTE, { sourceName: 'analysis.txt' })
      .rankings.filter((r) => r.rank === 17)
      .map((r) => [r.indicatorCode, r.rank, r.of]);
    expect(ranks).toEqual([['gdp', 17, 64]]);
  });
});

describe('a size class of projects counted with the count’s change before its investment (F3054)', () => {
  it('reads 完成投资增长A% as the class’s investment', () => {
    const text = [
      '2026年前三季度己山县经济运行分析',
      '己山县统计局',
      '前三季度，全县固定资产投资同比增长6.9%。全县在建亿元以上项目63个，比上年同期增加7个，完成投资增长10.4%。',
    ].join('\n');
    const growths = parsedReport(text, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.indicatorName === '亿元以上项目完成投资')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(growths).toEqual([['growth', 10.4]]);
  });
});
