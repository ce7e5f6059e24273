// PDF forms held-out-22's biyuan fixture showed (branch fixbiyuan): prose whose closing marks hang past
// the right margin and whose digits are wider than half an em, broken before a run of figures; and a
// landscape goal table whose narrow columns wrap cells onto a second line (增长 / 7.5%, 社会消费品零 /
// 售总额, 2019 / 年计划). Invented places and figures.

import { describe, expect, it } from 'vitest';
import type { PlacedText } from '../../src/ingest/pdf-layout.js';
import { spanning as cell, layoutTexts as texts } from '../helpers/pdf-items.js';

const SIZE = 10;
/** Chinese characters an em wide, digits and Latin letters 0.7 em (as LibreOffice's fonts set them). */
const widthOf = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.7 : 1) * SIZE, 0);
const at = (text: string, x: number, y: number): PlacedText => ({
  text,
  x,
  y,
  width: widthOf(text),
  size: SIZE,
});

describe('PDF prose broken before a run of figures', () => {
  it('finds the margin past a hanging comma and measures the digits, so 完成 / 128.6亿元 and 为 / 25.2:32.2:42.6 rejoin', () => {
    expect(
      texts([
        at('一行写满到右边距的文字一行写满到右边距的', 0, 700),
        // The comma hangs past the margin the other full lines fill.
        at('文字这一行的逗号挂在右边距以外的地方，', 0, 680),
        at('（一）经济运行平稳。预计生产总值完成', 0, 660),
        at('128.6亿元，结构调整为', 0, 640),
        at('25.2:32.2:42.6。', 0, 620),
        at('一、下一部分', 0, 600),
      ]),
    ).toEqual([
      '一行写满到右边距的文字一行写满到右边距的文字这一行的逗号挂在右边距以外的地方，',
      '（一）经济运行平稳。预计生产总值完成128.6亿元，结构调整为25.2:32.2:42.6。',
      '一、下一部分',
    ]);
  });

  it('keeps a short line apart when the next line opens with a figure that would have fitted', () => {
    expect(
      texts([
        at('一行写满到右边距的文字一行写满到右边距的', 0, 700),
        at('短的一行写完了。', 0, 680),
        at('18.5亿元为另一段的开头。', 0, 660),
      ]),
    ).toEqual(['一行写满到右边距的文字一行写满到右边距的短的一行写完了。', '18.5亿元为另一段的开头。']);
  });
});

describe('a PDF goal table whose narrow columns wrap cells onto a second line', () => {
  const table = [
    cell('指标名称', 0, 40, 700),
    cell('2019', 104, 126, 700),
    cell('2019年', 160, 190, 700),
    cell('增速', 205, 220, 700),
    cell('2020', 244, 266, 700),
    cell('年计划', 100, 130, 688),
    cell('年预期', 240, 270, 688),
    cell('地区生产总值', 0, 60, 670),
    cell('增长', 105, 125, 670),
    cell('128.6', 165, 190, 670),
    cell('6.8', 205, 220, 670),
    cell('增长', 245, 265, 670),
    cell('7.5%', 100, 130, 658),
    cell('7%左右', 240, 270, 658),
    cell('社会消费品零', 0, 60, 640),
    cell('增长', 105, 125, 640),
    cell('42.53', 165, 190, 640),
    cell('8.5', 205, 220, 640),
    cell('增长', 245, 265, 640),
    cell('售总额', 0, 30, 628),
    cell('8.5%', 100, 130, 628),
    cell('8%左右', 240, 270, 628),
    cell('粮食总产量', 0, 50, 610),
    cell('18.5', 100, 130, 610),
    cell('18.7', 165, 190, 610),
    cell('1.2', 205, 220, 610),
    cell('18.5以上', 240, 270, 610),
  ];

  it('joins each wrapped cell, header and body, and keeps one row per indicator', () => {
    expect(texts(table)).toEqual([
      [
        ['指标名称', '2019年计划', '2019年', '增速', '2020年预期'],
        ['地区生产总值', '增长7.5%', '128.6', '6.8', '增长7%左右'],
        ['社会消费品零售总额', '增长8.5%', '42.53', '8.5', '增长8%左右'],
        ['粮食总产量', '18.5', '18.7', '1.2', '18.5以上'],
      ],
    ]);
  });

  it('leaves a row of its own apart: its cells sit under cells that did not fill their column', () => {
    const sparse = [
      cell('指标', 0, 20, 700),
      cell('目标', 100, 120, 700),
      cell('完成', 160, 180, 700),
      cell('排名', 205, 220, 700),
      cell('地区生产总值', 0, 60, 685),
      cell('7%', 100, 110, 685),
      cell('6.2%', 160, 180, 685),
      cell('6', 210, 215, 685),
      cell('城镇登记失业率', 0, 70, 672),
      cell('3.5%以内', 100, 135, 672),
      cell('工业增加值', 0, 50, 642),
      cell('8%', 100, 110, 642),
      cell('8.4%', 160, 180, 642),
      cell('2', 210, 215, 642),
    ];
    expect(texts(sparse)).toEqual([
      [
        ['指标', '目标', '完成', '排名'],
        ['地区生产总值', '7%', '6.2%', '6'],
        ['城镇登记失业率', '3.5%以内', '', ''],
        ['工业增加值', '8%', '8.4%', '2'],
      ],
    ]);
  });
});
