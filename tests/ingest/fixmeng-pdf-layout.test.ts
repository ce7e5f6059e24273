// PDF layout forms a half-year report printed from Word showed (docs/prose-forms.md, "Held-out-19's PDF
// half-year report, fixed"): a closing mark hanging past the right margin, a CJK font's wide digits and
// header cells wrapped onto a second line. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const texts = (lines: ReturnType<typeof toLines>) =>
  layoutBlocks([lines]).map((b) => (b.kind === 'table' ? '' : b.text));

describe('a ragged-right line broken before a figure (占年计划的 / 46.7%，)', () => {
  it('measures the margin without a closing mark hanging past it', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      // 其中， hangs its comma past the margin: the margin is still 200.
      item(`${'乙'.repeat(20)}，`, 0, 210, 680),
      item('丙县投资增长12.4%，占年计划的', 0, 170, 660),
      item('41.3%，增幅高于年度目标2.1个百分点。', 0, 170, 640),
      item('丁'.repeat(8), 0, 80, 620),
    ]);
    expect(texts(lines)).toEqual([
      `${'甲'.repeat(20)}${'乙'.repeat(20)}，丙县投资增长12.4%，占年计划的41.3%，增幅高于年度目标2.1个百分点。`,
      '丁'.repeat(8),
    ]);
  });

  it('measures a run of digits in the font the next line sets them in (新增就业 / 1280人)', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      // 25 short of the margin: four digits at half an em (20) would have fit, at 0.7 em (28) they do not.
      item('上半年，全县城镇新增就业', 0, 175, 680),
      item('1280人，完成年计划的61.5%。', 0, 153, 660),
    ]);
    expect(texts(lines)).toEqual([`${'甲'.repeat(20)}上半年，全县城镇新增就业1280人，完成年计划的61.5%。`]);
  });

  it('keeps a short line before a paragraph opening with a figure apart', () => {
    const lines = toLines([
      item('甲'.repeat(20), 0, 200, 700),
      item('乙'.repeat(6), 0, 60, 680),
      item('2025年起执行。', 20, 150, 660),
    ]);
    expect(texts(lines)).toEqual(['甲'.repeat(20) + '乙'.repeat(6), '2025年起执行。']);
  });
});

describe('a header cell too long for its column, wrapped onto a second line (年度目 / 标)', () => {
  it('joins the wrapped ends to their cells, one header row', () => {
    const row = (y: number, ...cells: Array<[string, number, number]>) =>
      cells.map(([text, x, end]) => item(text, x, end, y, 9));
    const lines = toLines([
      ...row(
        520,
        ['指标名称', 70, 106],
        ['单位', 150, 168],
        ['年度目', 196, 223],
        ['上级指导目', 245, 290],
        ['1-6月完', 318, 350],
        ['增幅', 380, 398],
      ),
      ...row(506, ['标', 205, 214], ['标', 263, 272], ['成', 329, 338]),
      ...row(
        491,
        ['地区生产总值', 49, 103],
        ['亿元', 150, 168],
        ['9', 210, 215],
        ['8', 266, 271],
        ['31.26', 322, 345],
        ['7.4', 384, 397],
      ),
      ...row(
        476,
        ['公共财政预算收入', 49, 121],
        ['亿元', 150, 168],
        ['12', 207, 216],
        ['11', 263, 272],
        ['2.71', 326, 345],
        ['13.2', 380, 397],
      ),
    ]);
    expect(layoutBlocks([lines])).toEqual([
      {
        kind: 'table',
        rows: [
          ['指标名称', '单位', '年度目标', '上级指导目标', '1-6月完成', '增幅'],
          ['地区生产总值', '亿元', '9', '8', '31.26', '7.4'],
          ['公共财政预算收入', '亿元', '12', '11', '2.71', '13.2'],
        ].map((cells) => cells.map((text) => ({ text }))),
      },
    ]);
  });
});
