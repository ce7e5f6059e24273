// File forms the session-12 fixtures showed (a report printed from Word to PDF, an analysis as a Word
// file): footnote marks in both formats and a PDF header cell spanning columns. Invented figures.

import { AlignmentType, Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { layoutBlocks, type PlacedText, toLines } from '../../src/ingest/pdf-layout.js';
import { placed as at } from '../helpers/pdf-items.js';
import { fixture } from './helpers.js';

describe('footnote marks in a PDF printed from Word', () => {
  it('drops the small raised mark after a word in the prose and before the note at the foot', () => {
    const lines = toLines([
      at('规模以上工业增加值', 0, 100, 16),
      at('1', 144, 104, 6),
      at('同比增长5.8%。', 150, 100, 16),
      at('1', 0, 24, 6),
      at('规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。', 4, 20, 11),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      '规模以上工业增加值同比增长5.8%。',
      '规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。',
    ]);
  });

  it('keeps digits of the line’s own size and baseline, and small ones that are not raised', () => {
    const lines = toLines([at('增速居全市第', 0, 100, 16), at('3', 96, 100, 16), at('位。', 106, 100, 16)]);
    expect(lines.map((l) => l.text)).toEqual(['增速居全市第3位。']);
    const [cell] = toLines([at('单位：亿元', 0, 50, 11), at('2', 60, 50, 6)]);
    expect(cell?.text).toBe('单位：亿元2');
  });
});

describe('footnotes at the foot of a PDF page', () => {
  // Body lines run to the margin at 400 in a type of 16; notes are set in 10.
  const body = (text: string, y: number, x = 0) => at(text, x, y, 16);
  /** A line that runs to the margin at 400, as a justified line does. */
  const full = (text: string, y: number, x = 0): PlacedText => ({ ...body(text, y, x), width: 400 - x });
  const note = (text: string, y: number) => at(text, 0, y, 10);
  // A first page of body text: the title rule reads only the first page.
  const cover = toLines([body('坝溪县经济运行情况', 760)]);
  // A page holds more body text than notes: three full lines of a paragraph before the one that matters.
  const filler = [
    full('今年以来，全县上下坚持稳中求进工作总基调，', 760, 32),
    full('统筹发展和安全，经济运行总体平稳、稳中有进，主要', 744),
    body('指标保持在合理区间。', 728),
  ];

  it('are set after the paragraph they stand in the middle of, which goes on over the page break', () => {
    const page1 = toLines([
      ...filler,
      full('（一）工业生产稳中有进。规模以上工业增加', 700, 32),
      full('值同比增长5.8%，高于全市平均水平1.2个百分点，', 684),
      {
        ...note('规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位，按可比价格计算其增', 80),
        width: 400,
      },
      note('加值增速。', 68),
    ]);
    const page2 = toLines([body('增速居全市第3位。', 760), body('（二）投资增速有所放缓。', 744, 32)]);
    expect(layoutBlocks([cover, page1, page2]).slice(2)).toEqual([
      {
        kind: 'paragraph',
        text: '（一）工业生产稳中有进。规模以上工业增加值同比增长5.8%，高于全市平均水平1.2个百分点，增速居全市第3位。',
      },
      {
        kind: 'paragraph',
        text: '规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位，按可比价格计算其增加值增速。',
      },
      { kind: 'paragraph', text: '（二）投资增速有所放缓。' },
    ]);
  });

  it('stay where they are when the page ends with its paragraph', () => {
    const page1 = toLines([
      ...filler,
      body('（一）工业生产稳中有进。', 700, 32),
      note('注：统计范围为规模以上工业。', 80),
    ]);
    const page2 = toLines([body('（二）投资增速有所放缓。', 760, 32)]);
    expect(
      layoutBlocks([cover, page1, page2])
        .slice(2)
        .map((b) => (b.kind === 'paragraph' ? b.text : b.kind)),
    ).toEqual(['（一）工业生产稳中有进。', '注：统计范围为规模以上工业。', '（二）投资增速有所放缓。']);
  });
});

describe('a PDF table header cell spanning columns', () => {
  it('puts 1-6月, centred over 绝对值 | 增速 | 全市位次, in every column of its span, as the Word reader does', () => {
    const lines = toLines([
      at('指标名称', 0, 700),
      at('全年目标', 105, 700),
      at('1-6月', 315, 700),
      at('绝对值', 210, 685),
      at('增速', 315, 685),
      at('全市位次', 420, 685),
      ...['地区生产总值', '6.5左右', '112.36', '3.1', '5'].map((t, k) => at(t, k * 105, 670)),
      ...['固定资产投资', '10', '38.64', '7.2', '4'].map((t, k) => at(t, k * 105, 655)),
    ]);
    const [table] = layoutBlocks([lines]);
    expect(table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : table).toEqual([
      ['指标名称', '全年目标', '1-6月', '1-6月', '1-6月'],
      ['指标名称', '全年目标', '绝对值', '增速', '全市位次'],
      ['地区生产总值', '6.5左右', '112.36', '3.1', '5'],
      ['固定资产投资', '10', '38.64', '7.2', '4'],
    ]);
  });

  it('leaves a header over one column where it is when the line above has its own cells over the rest', () => {
    const lines = toLines([
      at('指标', 0, 700),
      at('目标', 105, 700),
      at('完成', 210, 700),
      at('排名', 315, 700),
      at('(%)', 105, 685),
      at('(%)', 315, 685),
      ...['地区生产总值', '7', '5.1', '3'].map((t, k) => at(t, k * 105, 670)),
      ...['固定资产投资', '10', '7.2', '4'].map((t, k) => at(t, k * 105, 655)),
    ]);
    const [table] = layoutBlocks([lines]);
    const rows = table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : [];
    expect(rows[0]).toEqual(['指标', '目标', '完成', '排名']);
  });
});

describe('footnote marks in a Word file', () => {
  it('drops the [1] mammoth writes for a footnote’s mark and the ↑ after the note, keeping the note', async () => {
    const run = (text: string) => new TextRun({ text });
    const doc = new Document({
      footnotes: {
        1: {
          children: [
            new Paragraph({ children: [run('规模以上工业指年主营业务收入2000万元及以上的工业企业。')] }),
          ],
        },
      },
      sections: [
        {
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [run('坝溪区2019年前三季度经济运行情况分析')],
            }),
            new Paragraph({
              children: [
                run('1-9月，全区规模以上工业增加值'),
                new FootnoteReferenceRun(1),
                run('同比增长9.4%。'),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { document } = await ingest(bytes, { name: 'analysis.docx' });
    expect(document?.text.split('\n')).toEqual([
      '坝溪区2019年前三季度经济运行情况分析',
      '1-9月，全区规模以上工业增加值同比增长9.4%。',
      '规模以上工业指年主营业务收入2000万元及以上的工业企业。',
    ]);
  });
});

describe('footnotes in a Word 97–2003 file', () => {
  it('come after the body, as a .docx’s do, the body without their marks', async () => {
    // duxi-2019-q3.docx saved as .doc by LibreOffice (scripts/build-accuracy-files.ts duxi-2019-q3.doc).
    const { document, problems } = await ingest(fixture('formats/duxi-2019-q3.doc'), {
      name: 'analysis.doc',
    });
    expect(problems).toEqual([]);
    const lines = document?.text.split('\n') ?? [];
    expect(lines).toContain(
      '1-9月，全区规模以上工业增加值同比增长9.4%，增速比1-8月回落0.3个百分点，居全市第1位。规模以上工业企业实现利润总额12.87亿元，增长6.5%。',
    );
    expect(lines.at(-1)).toBe('规模以上工业指年主营业务收入2000万元及以上的工业企业。');
  });
});
