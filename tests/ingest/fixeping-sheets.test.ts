// A form the thirty-ninth held-out batch showed the ingest stage missed (session 18, branch fixeping): a
// bureau's monthly workbook whose caption row carries the unit line in its last cell (主要指标 | … |
// 单位：万元、%). The row is two lines over the table, not its header. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { infoLineOf, render, titleOf } from '../../src/ingest/draft.js';
import { type SheetCell, sheetBlocks } from '../../src/ingest/sheet-blocks.js';
import { XLS_MEDIA_TYPE } from '../../src/ingest/xls.js';
import { parseDocument } from '../../src/parse/index.js';

const MONTHLY: SheetCell[][] = [
  ['澄阳县统计快报', null, null, null, null],
  ['全县主要指标（2019年1-8月）', null, null, null, '计量单位：万元、%'],
  ['指标名称', '单位', '当月', '1-8月累计', '累计增长%'],
  ['规模以上工业增加值', '万元', 5230, 40815, 7.4],
  ['社会消费品零售总额', '万元', 8116, 61240, 9.1],
  ['注：增长按可比价计算。', null, null, null, null],
];

describe('a caption row ending in its unit line', () => {
  it('becomes the caption and the unit line over the table', () => {
    const blocks = sheetBlocks(MONTHLY);
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'paragraph', text: '澄阳县统计快报' },
      { kind: 'paragraph', text: '全县主要指标（2019年1-8月）' },
      { kind: 'paragraph', text: '计量单位：万元、%' },
    ]);
    expect(blocks[3]).toMatchObject({ kind: 'table' });
    if (blocks[3]?.kind !== 'table') throw new Error('no table');
    expect(blocks[3].rows[0]?.map((c) => c.text)).toEqual([
      '指标名称',
      '单位',
      '当月',
      '1-8月累计',
      '累计增长%',
    ]);
  });

  it('keeps a row of two cells that is no caption and unit inside the table', () => {
    const blocks = sheetBlocks([
      ['指标', '1-8月'],
      ['工业总产值', 12.5],
    ]);
    expect(blocks).toHaveLength(1);
  });

  it('lets the parser read the table under it: the month alone, the months so far and the growth', () => {
    const blocks = sheetBlocks(MONTHLY);
    const document = render(blocks, 'xls', XLS_MEDIA_TYPE, {
      title: titleOf(blocks),
      infoLine: infoLineOf(blocks),
      charset: null,
      convertedFromTraditional: false,
    });
    const { report, problems } = parseDocument(document, { sourceName: 'kuaibao.xls', sha256: '0' });
    if (!report) throw new Error(JSON.stringify(problems));
    expect(
      report.observations.map((o) => [
        o.indicatorCode,
        o.measure,
        o.quantity?.value,
        o.quantity?.unit,
        o.period ?? null,
      ]),
    ).toEqual([
      ['industrial-value-added', 'level', 5230, '万元', '2019-M8-8'],
      ['industrial-value-added', 'level', 40815, '万元', null],
      ['industrial-value-added', 'growth', 7.4, '%', null],
      ['retail-sales', 'level', 8116, '万元', '2019-M8-8'],
      ['retail-sales', 'level', 61240, '万元', null],
      ['retail-sales', 'growth', 9.1, '%', null],
    ]);
  });
});
