// PDF form held-out-346's haling fixture showed (branch fix346, F7042): a 统计快报 grid whose last column (全市位次)
// is filled in a few rows only, so the rows filling every column stand many rows apart and the row pitch read from
// them is wide. The indented parts under a total (第一产业 … under 地区生产总值, 其中：项目投资 under 固定资产投资) set
// their own figures under the total's: each is a row of its own, never the total's wrapped rest. Invented figures.

import { describe, expect, it } from 'vitest';
import { gridLine, pagesTexts } from '../helpers/pdf-items.js';

const COLUMNS: Array<[number, number]> = [
  [80, 155],
  [185, 230],
  [275, 315],
  [370, 402],
  [470, 482],
];
const SIZE = 10.5;

const line = gridLine(COLUMNS, SIZE, 'right');
const texts = pagesTexts;

describe('a PDF 快报 grid whose parts set their own figures under their total', () => {
  it('keeps each part a row of its own, and a name wrapped under a part with it', () => {
    const blocks = texts([
      [
        ...line(700, '指标', '单位', '1—9月', '增长%', '位次'),
        ...line(684, '地区生产总值', '亿元', '47.15', '3.2', '4'),
        ...line(668.3, ' 第一产业', '亿元', '11.08', '2.6', ''),
        ...line(652.6, ' 第二产业', '亿元', '15.42', '-2.3', ''),
        ...line(636.9, ' 第三产业', '亿元', '20.65', '5.1', ''),
        ...line(621.2, '建筑业总产值', '亿元', '5.37', '-8.1', ''),
        ...line(605.5, '工业用电量', '万千瓦时', '16384', '-4.2', ''),
        ...line(589.8, '固定资产投资', '亿元', '19.62', '-12.5', '3'),
        ...line(574.1, ' 其中：项目投', '亿元', '14.83', '-10.7', ''),
        ...line(558.9, '资'),
        ...line(543.2, '社会消费品零售', '亿元', '28.71', '4.4', '2'),
        ...line(528.0, '总额'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '1—9月', '增长%', '位次'],
        ['地区生产总值', '亿元', '47.15', '3.2', '4'],
        ['第一产业', '亿元', '11.08', '2.6', ''],
        ['第二产业', '亿元', '15.42', '-2.3', ''],
        ['第三产业', '亿元', '20.65', '5.1', ''],
        ['建筑业总产值', '亿元', '5.37', '-8.1', ''],
        ['工业用电量', '万千瓦时', '16384', '-4.2', ''],
        ['固定资产投资', '亿元', '19.62', '-12.5', '3'],
        ['其中：项目投资', '亿元', '14.83', '-10.7', ''],
        ['社会消费品零售总额', '亿元', '28.71', '4.4', '2'],
      ],
    ]);
  });
});
