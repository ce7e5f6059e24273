// Word files: .docx through mammoth (tables with their merged cells), .doc through word-extractor.

import { describe, expect, it } from 'vitest';
import { docBlocks } from '../../src/ingest/doc.js';
import { ingest } from '../../src/ingest/index.js';
import type { TableBlock } from '../../src/ingest/types.js';
import { fixture, tableTexts } from './helpers.js';

const TITLE = '西山县2022年前三季度国民经济和社会发展计划执行情况的报告';

describe('a .docx report', async () => {
  const { document, problems } = await ingest(fixture('formats/xishan-2022-q3.docx'), {
    name: 'report.docx',
  });

  it('is read with its title, info line and table', () => {
    expect(problems).toEqual([]);
    expect(document?.format).toBe('docx');
    expect(document?.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(document?.blocks[0]).toMatchObject({ kind: 'title', text: TITLE });
    expect(document?.hints).toEqual({
      title: TITLE,
      infoLine: '来源：西山县发展和改革局　发布时间：2022-11-02 09:15',
      charset: null,
      convertedFromTraditional: false,
      fileName: 'report.docx',
    });
    const table = document?.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows.map((row) => row.length)).toEqual([6, 6, 6, 6, 6, 6, 6]);
    // The vertically merged 指标 cell is one cell in both header rows.
    expect(table?.rows[1]?.[0]).toEqual(table?.rows[0]?.[0]);
  });
});

describe('a truncated .docx', () => {
  it('is refused with docx-unreadable', async () => {
    const { document, problems } = await ingest(fixture('formats/truncated.docx'), { name: 'report.docx' });
    expect(document).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'docx-unreadable', severity: 'error' });
    expect(problems[0]?.message).toMatch(/truncated or damaged/);
  });
});

describe('a truncated .doc', () => {
  it('is refused with doc-unreadable', async () => {
    const bytes = fixture('formats/xishan-2022-q3.doc');
    const { document, problems } = await ingest(bytes.subarray(0, bytes.length / 2), { name: 'report.doc' });
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['doc-unreadable']);
  });
});

describe('a .doc report', async () => {
  const { document, problems } = await ingest(fixture('formats/xishan-2022-q3.doc'), { name: 'report.doc' });

  it('is read with its table rows as a table', () => {
    expect(problems).toEqual([]);
    expect(document?.format).toBe('doc');
    expect(document?.mediaType).toBe('application/msword');
    expect(document?.hints.title).toBe(TITLE);
    const [table] = tableTexts(document ?? ({ blocks: [] } as never));
    expect(table?.[0]).toEqual(['指标', '单位', '全年目标', '东湖市下达目标', '1-9月', '']);
    // word-extractor writes a merged cell once and the slots it covers empty: its span is not known.
    expect(table?.[1]).toEqual(['', '', '', '', '完成', '增速排位']);
    // The cell's em dash as written: word-extractor's filterUnicode, which made it '-', is off (fix406, F8257).
    expect(table?.[6]).toEqual(['城镇居民人均可支配收入', '元', '与经济增长同步', '—', '5.1%', '3']);
  });

  it('turns tab-separated rows into a table and pads short rows', () => {
    const blocks = docBlocks('一、\t标题\n指标\t目标\t完成\t\n地区生产总值\t7%\t\n正文。\n');
    expect(blocks).toEqual([
      // A tab inside a paragraph does not make it a row: rows end with their last cell's tab.
      { kind: 'paragraph', text: '一、\t标题' },
      {
        kind: 'table',
        rows: [
          [{ text: '指标' }, { text: '目标' }, { text: '完成' }],
          [{ text: '地区生产总值' }, { text: '7%' }, { text: '' }],
        ],
      },
      { kind: 'paragraph', text: '正文。' },
    ]);
  });
  it('reads a table whose row-end marks are tabs too, all on one line, as rows', () => {
    // Word 97 closes each cell and each row with \x07; word-extractor makes both a tab, and the
    // paragraph after the table follows the last row-end mark with no paragraph mark between.
    const blocks = docBlocks(
      '表一\n指标\t年度目标\t位次\t\t生产总值\t增长9%\t2\t\t工业增加值\t\t4\t\t注：位次为在某市5个县中的排位。\n',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '表一' },
      {
        kind: 'table',
        rows: [
          [{ text: '指标' }, { text: '年度目标' }, { text: '位次' }],
          [{ text: '生产总值' }, { text: '增长9%' }, { text: '2' }],
          // An empty cell is a doubled tab too: only the width that ends every row with a mark is taken.
          [{ text: '工业增加值' }, { text: '' }, { text: '4' }],
        ],
      },
      { kind: 'paragraph', text: '注：位次为在某市5个县中的排位。' },
    ]);
  });
});
