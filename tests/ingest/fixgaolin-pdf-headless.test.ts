// A PDF table the page broke in two without repeating its header on the next page: the page opens with
// the cut row's rest (its progress cell's last line), then rows of figures under the same columns. They
// go on with the table above (docs/prose-forms.md, "Held-out-39's headless page break"). Invented
// places and figures.

import { describe, expect, it } from 'vitest';
import { layoutBlocks, toLines } from '../../src/ingest/pdf-layout.js';
import { spanning as item } from '../helpers/pdf-items.js';

const row = (y: number, ...cells: Array<[string, number, number]>) =>
  cells.map(([text, x, end]) => item(text, x, end, y, 9));

const header = row(
  520,
  ['序号', 40, 58],
  ['项目名称', 80, 116],
  ['总投资', 150, 177],
  ['当年完成', 200, 236],
  ['形象进度', 260, 296],
);

const firstPage = toLines([
  ...header,
  ...row(
    505,
    ['1', 46, 51],
    ['澄阳物流园', 76, 121],
    ['4200', 155, 173],
    ['1800', 209, 227],
    ['主体完工', 260, 296],
  ),
  ...row(
    490,
    ['2', 46, 51],
    ['桐岙大桥', 80, 116],
    ['9600', 155, 173],
    ['3100', 209, 227],
    ['桩基完成，', 256, 301],
  ),
  ...row(476, ['墩柱施工', 260, 296]),
]);

const rows = [
  ...row(
    505,
    ['3', 46, 51],
    ['澄阳水厂', 80, 116],
    ['2500', 155, 173],
    ['700', 211, 225],
    ['设备安装', 260, 296],
  ),
  ...row(
    490,
    ['4', 46, 51],
    ['桐岙学校', 80, 116],
    ['3300', 155, 173],
    ['1500', 209, 227],
    ['已封顶', 265, 292],
  ),
];

const texts = (pages: ReturnType<typeof toLines>[]) =>
  layoutBlocks(pages).map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('a table going on over a page break without its header repeated', () => {
  it('finishes the cut row with the page’s opening line and adds the rows under it', () => {
    const secondPage = toLines([...row(520, ['中', 274, 283]), ...rows]);
    expect(texts([firstPage, secondPage])).toEqual([
      [
        ['序号', '项目名称', '总投资', '当年完成', '形象进度'],
        ['1', '澄阳物流园', '4200', '1800', '主体完工'],
        ['2', '桐岙大桥', '9600', '3100', '桩基完成，墩柱施工中'],
        ['3', '澄阳水厂', '2500', '700', '设备安装'],
        ['4', '桐岙学校', '3300', '1500', '已封顶'],
      ],
    ]);
  });

  it('adds rows that open the page straight away, no row cut', () => {
    expect(texts([firstPage, toLines(rows)])[0]).toHaveLength(5);
  });

  it('leaves a table with a header of its own apart', () => {
    const other = row(
      535,
      ['乡镇', 40, 58],
      ['人口', 80, 98],
      ['面积', 150, 168],
      ['产值', 200, 218],
      ['增长', 260, 278],
    );
    const blocks = texts([firstPage, toLines([...other, ...rows])]);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]?.[0]).toEqual(['乡镇', '人口', '面积', '产值', '增长']);
  });

  it('leaves prose opening the next page apart', () => {
    const prose = toLines([item('三、存在问题', 40, 94, 535, 9), ...rows]);
    expect(texts([firstPage, prose])[1]).toBe('三、存在问题');
  });
});
