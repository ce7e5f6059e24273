// Tables a page break or a pasted 续表 split in two, rejoined before the parser sees them; caption and
// note rows typed into a table, taken out.

import { describe, expect, it } from 'vitest';
import type { DraftBlock, DraftTable } from '../../src/ingest/draft.js';
import { joinContinuedTables, liftCaptionRows } from '../../src/ingest/table-continuation.js';

const table = (...rows: string[][]): DraftTable => ({
  kind: 'table',
  rows: rows.map((row) => row.map((text) => ({ text }))),
});
const header = [
  ['指标名称', '全年目标', '1-6月'],
  ['', '', '增速'],
];
const texts = (blocks: DraftBlock[]) =>
  blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('joinContinuedTables', () => {
  it('joins a table whose second part repeats its header rows, dropping the repeat and a 续表 line', () => {
    const first = table(...header, ['地区生产总值', '6%', '5.9']);
    const second = table(...header, ['进出口总额', '8%', '12.4']);
    expect(texts(joinContinuedTables([first, { kind: 'paragraph', text: '续表1' }, second]))).toEqual([
      [...header, ['地区生产总值', '6%', '5.9'], ['进出口总额', '8%', '12.4']],
    ]);
  });

  it('compares header rows without the spaces that laid them out', () => {
    const second = table(
      ['指　标　名　称', '全年目标', '1-6月'],
      ['', '', '增速'],
      ['进出口总额', '8%', '12.4'],
    );
    const joined = joinContinuedTables([table(...header, ['地区生产总值', '6%', '5.9']), second]);
    expect(joined).toHaveLength(1);
  });

  it('keeps apart two tables with other headers, and a 续表 line with no continued table after it', () => {
    const other = table(['指标名称', '绝对值', '增速'], ['进出口总额', '5.63', '12.4']);
    const blocks: DraftBlock[] = [
      table(...header, ['地区生产总值', '6%', '5.9']),
      { kind: 'paragraph', text: '续表' },
      other,
    ];
    expect(joinContinuedTables(blocks)).toEqual(blocks);
  });

  it('leaves a table that is only the repeated header as it is (nothing follows to join)', () => {
    const blocks: DraftBlock[] = [table(...header, ['地区生产总值', '6%', '5.9']), table(...header)];
    expect(joinContinuedTables(blocks)).toHaveLength(2);
  });
});

describe('liftCaptionRows', () => {
  it('takes a caption, unit line and note typed into a table as one cell across it out as lines', () => {
    const across = (text: string) => {
      const cell = { text };
      return [cell, cell, cell];
    };
    const blocks: DraftBlock[] = [
      {
        kind: 'table',
        rows: [
          across('表1 主要指标'),
          across('单位：亿元、%'),
          ...table(...header).rows,
          across('注：增速按可比价格计算。'),
        ],
      },
    ];
    expect(texts(liftCaptionRows(blocks))).toEqual([
      '表1 主要指标',
      '单位：亿元、%',
      header,
      '注：增速按可比价格计算。',
    ]);
  });

  it('leaves a row across the table in its middle (a group of rows), and a table of one column', () => {
    const group = { text: '一、工业' };
    const middle: DraftBlock[] = [
      {
        kind: 'table',
        rows: [...table(...header).rows, [group, group, group], ...table(['工业增加值', '7%', '7.4']).rows],
      },
    ];
    expect(liftCaptionRows(middle)).toEqual(middle);
    const narrow: DraftBlock[] = [table(['只有一列'], ['一行'])];
    expect(liftCaptionRows(narrow)).toEqual(narrow);
  });
});

describe('a table whose rows go on in a second table with no header', () => {
  const first = table(...header, ['地区生产总值', '6%', '5.9'], ['固定资产投资', '—', '10.8']);

  it('is joined when the second part opens with a row of the same shape', () => {
    const second = table(['进出口总额', '8%', '12.4'], ['实际利用外资', '5%', '3.1']);
    expect(texts(joinContinuedTables([first, second]))).toEqual([
      [
        ...header,
        ['地区生产总值', '6%', '5.9'],
        ['固定资产投资', '—', '10.8'],
        ['进出口总额', '8%', '12.4'],
        ['实际利用外资', '5%', '3.1'],
      ],
    ]);
    expect(joinContinuedTables([first, { kind: 'paragraph', text: '续表' }, second])).toHaveLength(1);
  });

  it('is kept apart when the second opens with a header of its own, or is of another width', () => {
    const headed = table(['指标', '绝对值', '增速'], ['进出口总额', '5.63', '12.4']);
    const wider = table(['进出口总额', '8%', '12.4', '3']);
    expect(joinContinuedTables([first, headed])).toHaveLength(2);
    expect(joinContinuedTables([first, wider])).toHaveLength(2);
  });

  it('is kept apart when a title line of its own stands between the two, as a paragraph or a row across', () => {
    const second = table(['进出口总额', '8%', '12.4'], ['实际利用外资', '5%', '3.1']);
    const title: DraftBlock = { kind: 'paragraph', text: '表2　桐岭县2024年1-6月开放型经济指标' };
    expect(joinContinuedTables([first, title, second])).toEqual([first, title, second]);
    const across = { text: '表2　桐岭县2024年1-6月开放型经济指标' };
    const titled: DraftTable = { kind: 'table', rows: [[across, across, across], ...second.rows] };
    expect(texts(joinContinuedTables([first, titled]))).toEqual([
      texts([first])[0],
      '表2　桐岭县2024年1-6月开放型经济指标',
      texts([second])[0],
    ]);
  });

  it('keeps a 续表 line with no table open above it', () => {
    const blocks: DraftBlock[] = [{ kind: 'paragraph', text: '续表' }, first];
    expect(joinContinuedTables(blocks)).toEqual(blocks);
  });
});
