// PDF forms held-out-28's suli fixture showed (branch fixsuli2): a key-project table (项目名称 | 建设内容 |
// 总投资 | 年度计划 | 1-10月完成 | 形象进度) whose cells are centred in their columns. A name's last
// character centred alone on its line (程 under 厂提标改造工) still lines up with the table, so the row
// under it is the table's; and a row the page break cut in two rejoins its first half: the next page
// repeats the header, the lines under it before the next row finish the cut row. Invented places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning } from '../helpers/pdf-items.js';

/** Each column's x range: cells are centred in them, figures set in the middle of theirs. */
const COLUMNS: Array<[number, number]> = [
  [78, 141],
  [153, 216],
  [240, 280],
  [315, 355],
  [385, 435],
  [453, 516],
];
const SIZE = 10;

/** A cell's text centred in column `k` at height y, an em per character (a figure half an em). */
function centred(text: string, k: number, y: number): PlacedText {
  const [x, end] = COLUMNS[k] ?? [0, 0];
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? SIZE / 2 : SIZE), 0);
  const start = x + (end - x - width) / 2;
  return spanning(text, start, start + width, y, SIZE);
}
const line = (y: number, ...cells: Array<string | null>) =>
  cells.flatMap((text, k) => (text === null ? [] : [centred(text, k, y)]));
const header = (y: number) => line(y, '项目名称', '建设内容', '总投资', '年度计划', '1-10月完成', '形象进度');
const texts = (pages: PlacedText[][]) =>
  layoutBlocks(pages.map(toLines)).map((b) =>
    b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text,
  );

describe('a PDF table with cells centred in their columns', () => {
  it('keeps the row under a name whose last character stands centred alone', () => {
    const blocks = texts([
      [
        ...header(700),
        ...line(684, '岚桥污水处理', '处理规模3万', '2.6', '1.2', '0.9', '已完工，通水'),
        ...line(669, '厂提标改造工', '吨/日', null, null, null, '试运行'),
        ...line(654, '程'),
        ...line(638, '青川河道整治', '整治河道6.1', '3.9', '1.4', '1.02', '护岸工程完成'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['项目名称', '建设内容', '总投资', '年度计划', '1-10月完成', '形象进度'],
        ['岚桥污水处理厂提标改造工程', '处理规模3万吨/日', '2.6', '1.2', '0.9', '已完工，通水试运行'],
        ['青川河道整治', '整治河道6.1', '3.9', '1.4', '1.02', '护岸工程完成'],
      ],
    ]);
  });

  it('rejoins a row the page break cut, under the next page’s repeated header', () => {
    const blocks = texts([
      [
        ...header(700),
        ...line(684, '岚桥新材料产', '建设标准厂房', '21.5', '5.2', '4.36', '主体完工'),
        ...line(669, '业园三期', '18万平方米'),
        ...line(653, '青川河流域综', '治理河道6.1', '3.9', '1.4', '1.02', '护岸工程完成'),
      ],
      [
        ...header(760),
        ...line(744, '合治理工程', '公里，建设生', null, null, null, '55%'),
        ...line(729, '（二期）', '态护岸'),
        ...line(713, '岚桥数字产业', '建设研发楼7', '12.4', '1.8', '0', '办理用地手'),
        ...line(698, '园（一期）', '万平方米', null, null, null, '续，未开工'),
      ],
    ]);
    expect(blocks).toEqual([
      [
        ['项目名称', '建设内容', '总投资', '年度计划', '1-10月完成', '形象进度'],
        ['岚桥新材料产业园三期', '建设标准厂房18万平方米', '21.5', '5.2', '4.36', '主体完工'],
        [
          '青川河流域综合治理工程（二期）',
          '治理河道6.1公里，建设生态护岸',
          '3.9',
          '1.4',
          '1.02',
          '护岸工程完成55%',
        ],
        ['岚桥数字产业园（一期）', '建设研发楼7万平方米', '12.4', '1.8', '0', '办理用地手续，未开工'],
      ],
    ]);
  });

  it('joins the rows under a repeated header when the page broke between rows', () => {
    const blocks = texts([
      [
        ...header(700),
        ...line(684, '岚桥新材料产业园', '标准厂房', '21.5', '5.2', '4.36', '主体完工'),
        ...line(669, '青川河道整治', '护岸', '3.9', '1.4', '1.02', '完成'),
      ],
      [
        ...header(760),
        ...line(744, '岚桥数字产业园', '研发楼', '12.4', '1.8', '0', '未开工'),
        ...line(729, '岚桥人民医院', '病房楼', '8.1', '2.2', '1.9', '封顶'),
      ],
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toEqual([
      ['项目名称', '建设内容', '总投资', '年度计划', '1-10月完成', '形象进度'],
      ['岚桥新材料产业园', '标准厂房', '21.5', '5.2', '4.36', '主体完工'],
      ['青川河道整治', '护岸', '3.9', '1.4', '1.02', '完成'],
      ['岚桥数字产业园', '研发楼', '12.4', '1.8', '0', '未开工'],
      ['岚桥人民医院', '病房楼', '8.1', '2.2', '1.9', '封顶'],
    ]);
  });
});
