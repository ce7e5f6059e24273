// PDF form held-out-52's mucen fixture showed (branch fix52a): a project's name wraps in a narrow
// name column before a bracketed year (甲乙县城市棚户区改造项目（2023年度）), and the line breaks after
// 项目 with room for a character or two left, since （2023 can't be split; the bracket's lines finish
// the row instead of opening the next one. Invented places and figures.

import { describe, expect, it } from 'vitest';
import type { PlacedText } from '../../src/ingest/pdf-layout.js';
import { layoutTexts } from '../helpers/pdf-items.js';

const SIZE = 10;
/** A full-width character is a font size wide, an ASCII one half of it. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * SIZE, 0);
const cell = (text: string, x: number, y: number): PlacedText => ({
  text,
  x,
  y,
  width: widthOf(text),
  size: SIZE,
});
const row = (y: number, ...cells: string[]) =>
  cells.map((text, k) => cell(text, [0, 85, 140, 200, 260][k] ?? 0, y));

describe('a PDF table whose project name wraps before a bracketed year', () => {
  it('keeps （2023 / 年度） with the row above, not the next row', () => {
    const blocks = layoutTexts([
      ...row(700, '项目名称', '总投资', '计划投资', '完成投资', '进度'),
      ...row(680, '甲乙县城市', '5.28', '1.6', '0.42', '26.3'),
      cell('棚户区改造', 0, 668),
      cell('项目', 0, 656),
      cell('（2023年', 0, 644),
      cell('度）', 0, 632),
      ...row(612, '丙河综合治', '2.85', '1.25', '0.31', '24.8'),
      cell('理工程', 0, 600),
    ]);
    expect(blocks).toEqual([
      [
        ['项目名称', '总投资', '计划投资', '完成投资', '进度'],
        ['甲乙县城市棚户区改造项目（2023年度）', '5.28', '1.6', '0.42', '26.3'],
        ['丙河综合治理工程', '2.85', '1.25', '0.31', '24.8'],
      ],
    ]);
  });

  it('still joins a figure that wraps under a cell ending within a character of its column’s edge', () => {
    const blocks = layoutTexts([
      ...row(700, '指标', '单位', '目标', '完成', '增长'),
      ...row(680, '社会消费品零', '亿元', '增长', '42.53', '8.5%'),
      cell('售总额', 0, 668),
      cell('8%', 140, 668),
      ...row(648, '固定资产投资', '亿元', '12.56%', '30.12', '10.2%'),
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '目标', '完成', '增长'],
        ['社会消费品零售总额', '亿元', '增长8%', '42.53', '8.5%'],
        ['固定资产投资', '亿元', '12.56%', '30.12', '10.2%'],
      ],
    ]);
  });
});
