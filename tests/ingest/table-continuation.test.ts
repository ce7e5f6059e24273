// Tables a page break or a pasted 续表 split in two, rejoined before the parser sees them.

import { describe, expect, it } from 'vitest';
import type { DraftBlock, DraftTable } from '../../src/ingest/draft.js';
import { joinContinuedTables } from '../../src/ingest/table-continuation.js';

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
