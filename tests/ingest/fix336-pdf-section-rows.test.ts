// PDF form held-out-336's ouyuan fixture showed (branch fix336, F6951): a 统计月报 grid whose sections
// are rows of their own (一、工业 … 二、投资), each set on a line between two rows of figures. A section
// heading that opens with a Chinese numeral and 、 is its own row; before, it went on with the row
// above's name (工业用电量二、投资) or the header's (指标一、工业). Invented figures.

import { describe, expect, it } from 'vitest';
import { gridLine, pagesTexts } from '../helpers/pdf-items.js';

const COLUMNS: Array<[number, number]> = [
  [80, 230],
  [240, 290],
  [300, 370],
  [380, 450],
  [460, 530],
];
const SIZE = 10.5;

const line = gridLine(COLUMNS, SIZE, 'centred');
const texts = pagesTexts;

describe('a PDF grid with section rows between its rows', () => {
  it('keeps each numbered section heading a row of its own', () => {
    const blocks = texts([
      [
        ...line(700, '指标', '计量单位', '1—10月', '上年同期', '同比增长%'),
        ...line(684, '一、工业'),
        ...line(668, '规模以上工业总产值', '万元', '845210', '801330', '5.5'),
        ...line(652, '工业用电量', '万千瓦时', '93410', '95120', '-1.8'),
        ...line(636, '二、投资'),
        ...line(620, '固定资产投资', '%', '—', '—', '-7.3'),
        ...line(604, '商品房销售面积', '万平方米', '9.84', '10.76', '-8.6'),
        ...line(588, '三、消费'),
        ...line(572, '社会消费品零售总额', '万元', '148620', '139250', '6.7'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['指标', '计量单位', '1—10月', '上年同期', '同比增长%'],
        ['一、工业', '', '', '', ''],
        ['规模以上工业总产值', '万元', '845210', '801330', '5.5'],
        ['工业用电量', '万千瓦时', '93410', '95120', '-1.8'],
        ['二、投资', '', '', '', ''],
        ['固定资产投资', '%', '—', '—', '-7.3'],
        ['商品房销售面积', '万平方米', '9.84', '10.76', '-8.6'],
        ['三、消费', '', '', '', ''],
        ['社会消费品零售总额', '万元', '148620', '139250', '6.7'],
      ],
    ]);
  });
});
