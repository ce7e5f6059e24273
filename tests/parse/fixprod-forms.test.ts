// Forms of session 46's product-rows decision (fixer fixprod). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixprod-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value, o.quantity?.unit]);

/** A 公报 with one flattened table under the given caption: 粮食总产量, 玉米, 牛存栏 and 肉类总产量 rows. */
const communique = (caption: string) =>
  parse(
    '翠岭县2025年国民经济和社会发展统计公报',
    '翠岭县统计局',
    '一、农业',
    '全年粮食总产量86.42万吨，比上年增长2.8%。',
    caption,
    '|',
    '指标',
    '|',
    '单位',
    '|',
    '绝对数',
    '|',
    '比上年增长（%）',
    '|',
    '粮食总产量',
    '|',
    '万吨',
    '|',
    '86.42',
    '|',
    '2.8',
    '|',
    '玉米',
    '|',
    '万吨',
    '|',
    '71.36',
    '|',
    '3.4',
    '|',
    '牛存栏',
    '|',
    '万头',
    '|',
    '12.8',
    '|',
    '-2.1',
    '|',
    '肉类总产量',
    '|',
    '万吨',
    '|',
    '6.94',
    '|',
    '1.6',
    '|',
    '二、工业',
    '全年规模以上工业增加值比上年增长6.1%。',
    '',
  ).report;

describe('F8221 a products caption with a tail after 及 (table-products.ts)', () => {
  it('reads only the catalogue rows of 主要农产品产量及牲畜存栏、出栏情况', () => {
    const report = communique('表1　2025年主要农产品产量及牲畜存栏、出栏情况');
    const names = observations(report).map(([name]) => name);
    expect(names).not.toContain('玉米');
    expect(names).not.toContain('牛存栏');
    expect(names).not.toContain('肉类总产量');
    expect(observations(report).filter(([name]) => name === '粮食总产量')).toEqual([
      ['粮食总产量', 'level', 86.42, '万吨'],
      ['粮食总产量', 'growth', 2.8, '%'],
    ]);
  });

  it('reads a 及其增长速度 caption the same way', () => {
    const names = observations(communique('表2　2025年主要农产品产量及其增长速度')).map(([name]) => name);
    expect(names.filter((name) => name === '粮食总产量')).toHaveLength(2);
    expect(names).not.toContain('玉米');
    expect(names).not.toContain('肉类总产量');
  });
});

describe('F8222 a 主要畜牧业指标 table is a table of goods (table-products.ts)', () => {
  it('gives its livestock and meat rows nothing', () => {
    const names = observations(communique('表1　2025年主要畜牧业指标')).map(([name]) => name);
    expect(names).toContain('粮食总产量');
    expect(names).not.toContain('牛存栏');
    expect(names).not.toContain('肉类总产量');
  });
});

/** A products table headed 产品名称 under the given title: 水泥 and 精制茶 rows. */
const goodsPage = (title: string) =>
  parse(
    title,
    '翠岭县统计局',
    '全县规模以上工业增加值同比增长6.4%。',
    '|',
    '产品名称',
    '|',
    '单位',
    '|',
    '1—9月',
    '|',
    '同比增长%',
    '|',
    '水泥',
    '|',
    '万吨',
    '|',
    '52.36',
    '|',
    '-4.1',
    '|',
    '精制茶',
    '|',
    '吨',
    '|',
    '2184',
    '|',
    '8.7',
    '|',
    '',
  ).report;

describe("F8223 a statistics sheet's products page reads every good (table-rows.ts)", () => {
  it('gives a sheet its goods as observations under their names', () => {
    const report = goodsPage('翠岭县2025年1—9月统计月报');
    expect(report?.meta.genre).toBe('statistics-analysis');
    expect(observations(report).filter(([name]) => name === '水泥' || name === '精制茶')).toEqual([
      ['水泥', 'level', 52.36, '万吨'],
      ['水泥', 'growth', -4.1, '%'],
      ['精制茶', 'level', 2184, '吨'],
      ['精制茶', 'growth', 8.7, '%'],
    ]);
  });

  it("gives a 公报's products table nothing", () => {
    const report = goodsPage('翠岭县2025年国民经济和社会发展统计公报');
    expect(report?.meta.genre).toBe('statistical-communique');
    expect(observations(report).map(([name]) => name)).not.toContain('水泥');
  });
});
