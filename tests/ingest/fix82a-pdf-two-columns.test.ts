// A report printed in two text columns, as 人大 session booklets set their body (session 27, fix82a;
// docs/prose-forms.md, "Session 27 fixes: fix82a"): pdfjs gives both columns' lines on one baseline, so
// the layout read across the gutter, a left line then a right one. A band of two full columns is read
// left column first, then right, with the title above it and a note across the page below it in their
// places; a table of names and figures keeps its rows. Also: a line broken before a structure ratio
// (15.0∶37.9∶47.1，) goes on. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { spanning as item, layoutTexts } from '../helpers/pdf-items.js';

const left = (text: string, y: number, x = 0, end = 190) => item(text, x, end, y);
const right = (text: string, y: number, x = 210, end = 400) => item(text, x, end, y);

describe('a page whose body runs in two columns', () => {
  it('reads the left column, then the right one, between the title and a note across the page', () => {
    expect(
      layoutTexts([
        item('关于甲县2024年计划执行情况的报告', 40, 360, 740, 14),
        left('甲县全年生产总值达到', 700, 20),
        right('1.2个百分点；固定资产投资', 700),
        left('128.4亿元，增长5.9%，增速', 680),
        right('增长4.6%，社会消费品零售', 680),
        left('居全市第2位。规模工业增', 660),
        right('总额增长5.2%，一般公共预', 660),
        left('加值增长7.3%，比上年提高', 640),
        right('算收入9.6亿元，增长3.1%，', 640),
        left('2.1个百分点，高于全市', 620),
        right('完成预算的101.2%。', 620, 210, 330),
        item('注：生产总值为初步核算数，增速按可比价格计算。', 0, 300, 580),
      ]),
    ).toEqual([
      '关于甲县2024年计划执行情况的报告',
      '甲县全年生产总值达到128.4亿元，增长5.9%，增速居全市第2位。规模工业增加值增长7.3%，比上年提高' +
        '2.1个百分点，高于全市1.2个百分点；固定资产投资增长4.6%，社会消费品零售总额增长5.2%，一般公共预' +
        '算收入9.6亿元，增长3.1%，完成预算的101.2%。',
      '注：生产总值为初步核算数，增速按可比价格计算。',
    ]);
  });

  it('keeps a table of a name and a figure a row at a time', () => {
    const row = (y: number, name: string, figure: string) => [
      item(name, 0, 10 * name.length, y),
      item(figure, 210, 240, y),
    ];
    const texts = layoutTexts([
      item('表1 甲县主要指标', 100, 300, 700),
      ...row(680, '生产总值增速', '5.9'),
      ...row(660, '规模工业增加值增速', '7.3'),
      ...row(640, '固定资产投资增速', '4.6'),
      ...row(620, '社会消费品零售总额增速', '5.2'),
    ]);
    expect(texts.flat(2).join('|')).toContain('生产总值增速|5.9|规模工业增加值增速|7.3');
  });
});

describe('a line broken before a structure ratio (调整为 / 15.0∶37.9∶47.1，)', () => {
  it('goes on with the ratio', () => {
    expect(
      layoutTexts([
        item('甲'.repeat(20), 0, 200, 700),
        item('第三产业增加值97.1亿元。三次产业结构调整为', 0, 150, 680),
        item('14.2∶38.1∶47.7，服务业占比提高0.8个百分点。', 0, 170, 660),
      ]),
    ).toEqual([
      '甲'.repeat(20) +
        '第三产业增加值97.1亿元。三次产业结构调整为14.2∶38.1∶47.7，服务业占比提高0.8个百分点。',
    ]);
  });
});
