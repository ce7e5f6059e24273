// PDF form held-out-333's ranyu fixture showed (branch fix333, F6751): a target table set tight, one
// line between rows, whose last row holds words, not figures (单位产值能耗降低 | % | 完成上级下达任务 |
// 完成 | …). A line filling every column the figure rows fill is a row of its own; before, it and its
// name's wrapped rest were joined to the row above. Invented figures.

import { describe, expect, it } from 'vitest';
import { gridLine, pagesTexts } from '../helpers/pdf-items.js';

const COLUMNS: Array<[number, number]> = [
  [80, 185],
  [190, 225],
  [250, 340],
  [350, 430],
  [440, 530],
];
const SIZE = 10.5;

const line = gridLine(COLUMNS, SIZE, 'centred');
const texts = pagesTexts;

describe('a PDF target table whose last row holds words', () => {
  it('keeps the word row apart from the figure row above it', () => {
    const blocks = texts([
      [
        ...line(700, '指标', '单位', '2019年目标', '2019年完成', '2020年目标'),
        ...line(684, '地区生产总值增', '%', '7', '7.2', '6.5左右'),
        ...line(668.5, '长'),
        ...line(653, '城镇新增就业', '人', '3100', '3268', '3200以上'),
        ...line(637.5, '城镇登记失业率', '%', '4.5以内', '3.9', '4.5以内'),
        ...line(622, '单位产值能耗降', '%', '完成上级下达任务', '完成', '完成上级下达任务'),
        ...line(606.5, '低'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '单位', '2019年目标', '2019年完成', '2020年目标'],
        ['地区生产总值增长', '%', '7', '7.2', '6.5左右'],
        ['城镇新增就业', '人', '3100', '3268', '3200以上'],
        ['城镇登记失业率', '%', '4.5以内', '3.9', '4.5以内'],
        ['单位产值能耗降低', '%', '完成上级下达任务', '完成', '完成上级下达任务'],
      ],
    ]);
  });
});
