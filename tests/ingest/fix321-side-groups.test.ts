// Session 41, fix321 (F6532): a table of two groups of the same columns side by side, stacked so each row
// holds one name and its own figures, whatever format it came from.

import { describe, expect, it } from 'vitest';
import { type DraftBlock, type DraftTable, render } from '../../src/ingest/draft.js';
import { stackSideGroups } from '../../src/ingest/table-side-groups.js';

const table = (...rows: string[][]): DraftTable => ({
  kind: 'table',
  rows: rows.map((row) => row.map((text) => ({ text }))),
});
const texts = (blocks: DraftBlock[]) =>
  blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : b.text));

describe('stackSideGroups', () => {
  it('stacks 指标 | 1-6月 | 增长 typed twice across: the right group under the left, the header once', () => {
    const sideBySide = table(
      ['指标', '1-6月', '增长%', '指标', '1-6月', '增长%'],
      ['地区生产总值（亿元）', '41.27', '6.3', '固定资产投资（亿元）', '18.05', '9.4'],
      ['一般公共预算收入（亿元）', '2.61', '-1.2', '', '', ''],
    );
    expect(texts(stackSideGroups([sideBySide]))).toEqual([
      [
        ['指标', '1-6月', '增长%'],
        ['地区生产总值（亿元）', '41.27', '6.3'],
        ['一般公共预算收入（亿元）', '2.61', '-1.2'],
        ['固定资产投资（亿元）', '18.05', '9.4'],
      ],
    ]);
  });

  it('stacks the narrowest form too, 指标 | 数值 twice', () => {
    const pairs = table(
      ['指标', '数值', '指标', '数值'],
      ['户籍人口（万人）', '38.6', '常住人口（万人）', '35.2'],
    );
    expect(texts(stackSideGroups([pairs]))).toEqual([
      [
        ['指标', '数值'],
        ['户籍人口（万人）', '38.6'],
        ['常住人口（万人）', '35.2'],
      ],
    ]);
  });

  it('leaves a table whose repeated headers are figures columns under a name column (本月 | 累计 twice)', () => {
    const months = table(['本月', '累计', '本月', '累计'], ['12.4', '86.1', '11.9', '80.3']);
    const named = table(['指标', '本月', '累计', '本月', '累计'], ['工业用电量', '1.2', '6.8', '1.1', '6.2']);
    expect(texts(stackSideGroups([months, named]))).toEqual(texts([months, named]));
  });

  it('is applied by render, so every format writes the stacked rows into the text', () => {
    const sideBySide = table(
      ['指标', '数值', '指标', '数值'],
      ['户籍人口（万人）', '38.6', '常住人口（万人）', '35.2'],
    );
    const document = render([sideBySide], 'docx', 'application/octet-stream', {
      title: null,
      infoLine: null,
      charset: null,
      convertedFromTraditional: false,
    });
    expect(document.text).toBe('指标\t数值\n户籍人口（万人）\t38.6\n常住人口（万人）\t35.2');
  });
});
