// PDFs: text items laid out into lines, paragraphs and tables; scans, encrypted and broken files refused.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { layoutBlocks, type PlacedText, stripPageFurniture, toLines } from '../../src/ingest/pdf-layout.js';
import { placed as at, spanning } from '../helpers/pdf-items.js';
import { fixture, tableTexts } from './helpers.js';

describe('a PDF with a text layer', async () => {
  const { document, problems } = await ingest(fixture('formats/xishan-2022-q3.pdf'), { name: 'report.pdf' });

  it('gives the report line by line, wrapped paragraphs rejoined, no spaces in Chinese', () => {
    expect(problems).toEqual([]);
    expect(document?.format).toBe('pdf');
    expect(document?.mediaType).toBe('application/pdf');
    expect(document?.hints.title).toBe('西山县2022年前三季度国民经济和社会发展计划执行情况的报告');
    const lines = document?.text.split('\n') ?? [];
    expect(lines[0]).toBe('西山县2022年前三季度国民经济和社会发展计划执行情况的报告');
    // The ideographic space of the source stands as a wide gap: a space.
    expect(lines[1]).toBe('来源：西山县发展和改革局 发布时间：2022-11-02 09:15');
    // The two pages' running header and page numbers are gone.
    expect(lines).not.toContain('西山县发展和改革局');
    expect(document?.text).not.toMatch(/—\s*[12]\s*—/);
    expect(lines.at(-3)).toBe('二、第四季度工作安排');
    expect(lines).toContain(
      '工业运行平稳。前三季度，全县规模以上工业企业达到156家，新增规上企业12家，在东湖市十一个县（市、区）中排名第四。投资12亿元的西山光伏产业园一期已建成投产，计划总投资30亿元的东湖新材料项目加快建设。',
    );
  });

  it('recovers the table from its aligned columns, cells wrapped in narrow columns rejoined', async () => {
    const word = await ingest(fixture('formats/xishan-2022-q3.doc'), { name: 'report.doc' });
    const [table] = tableTexts(document ?? ({ blocks: [] } as never));
    // 东湖市下达目标 wraps in its header cell and its second half lands on the sub-header's line: it is
    // one merged-down cell again. Merged cells stand in every slot they cover, as the .docx reader puts them.
    expect(table?.slice(0, 2)).toEqual([
      ['指标', '单位', '全年目标', '东湖市下达目标', '1-9月', '1-9月'],
      ['指标', '单位', '全年目标', '东湖市下达目标', '完成', '增速排位'],
    ]);
    // The rows read as the .doc reads them (规模以上工业增 / 加值 rejoined), the dash too now that the .doc
    // extractor keeps it as written (fix406, F8257).
    const [wordTable] = tableTexts(word.document ?? ({ blocks: [] } as never));
    expect(table?.slice(2)).toEqual(wordTable?.slice(2));
    expect(table).toHaveLength(7);
  });
});

describe('a PDF whose Chinese fonts are not embedded', async () => {
  // Only a predefined CMap names the characters (UniGB-UCS2-H for the title, GBK-EUC-H for the body):
  // without pdfjs's CMap files there is no text at all.
  const { document, problems } = await ingest(fixture('formats/non-embedded-cjk.pdf'), {
    name: 'report.pdf',
  });

  it('reads its text through the CMaps, the wrapped sentence rejoined', () => {
    expect(problems).toEqual([]);
    expect(document?.hints.title).toBe('溪桥县2023年上半年经济运行情况');
    expect(document?.text.split('\n')).toEqual([
      '溪桥县2023年上半年经济运行情况',
      '上半年，全县地区生产总值完成45.6亿元，同比增长6.2%，高于全市平均水平0.4个百分点，居全市第三位。',
      '规模以上工业增加值同比增长8.1%。',
    ]);
  });
});

describe('PDFs that cannot be read', () => {
  it.each([
    ['formats/encrypted.pdf', 'pdf-encrypted', /encrypted/],
    ['formats/image-only.pdf', 'pdf-no-text', /no text layer \(a scan\?\); OCR is not supported/],
  ])('%s is refused with %s', async (name, code, message) => {
    const { document, problems } = await ingest(fixture(name), { name });
    expect(document).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, severity: 'error' });
    expect(problems[0]?.message).toMatch(message);
  });

  it('a truncated file is refused with pdf-unreadable', async () => {
    const bytes = fixture('formats/xishan-2022-q3.pdf');
    const { document, problems } = await ingest(bytes.subarray(0, bytes.length / 2), { name: 'report.pdf' });
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['pdf-unreadable']);
  });

  it('a broken file is refused with pdf-unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage');
    const { document, problems } = await ingest(bytes, { name: 'broken.pdf' });
    expect(document).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['pdf-unreadable']);
  });
});

describe('PDF layout', () => {
  it('joins the items of a line without spaces, but Latin words and wide gaps with one', () => {
    const [line] = toLines([
      at('完成 ', 0, 100),
      at('45.6', 32, 100),
      at(' 亿元', 74, 100),
      at('GDP', 106, 100),
      at('total', 139, 100),
    ]);
    expect(line?.text).toBe('完成45.6亿元GDP total');
    const [spaced] = toLines([at('来源：某局', 0, 100), at('发布时间：2022', 60, 100)]);
    expect(spaced?.text).toBe('来源：某局 发布时间：2022');
  });

  it('drops page numbers and running headers', () => {
    const page = (n: number) =>
      toLines([at('某县人民政府文件', 0, 800), at(`正文第${n}页的内容。`, 0, 700), at(`- ${n} -`, 250, 50)]);
    const pages = stripPageFurniture([page(1), page(2), page(3)]);
    expect(pages.map((lines) => lines.map((l) => l.text))).toEqual([
      ['正文第1页的内容。'],
      ['正文第2页的内容。'],
      ['正文第3页的内容。'],
    ]);
  });

  it('reads radicals a font mapped whole characters to as the characters (⼯业 is 工业, 居⺠ is 居民)', () => {
    const [line] = toLines([at('规模以上\u2f2f业增加值增\u2ed3，城镇居\u2ea0\u2f08均收\u2f0a', 0, 700)]);
    expect(line?.text).toBe('规模以上工业增加值增长，城镇居民人均收入');
  });

  it('drops page numbers of every form, on a page of their own too, where no repetition gives them away', () => {
    for (const numbers of [
      ['第3页 共8页'],
      ['-3-'],
      ['— 3 —'],
      ['共8页 第3页'],
      ['3/8'],
      ['第3页 共8页', '— 3 —'],
    ]) {
      const lines = toLines([at('正文的内容。', 0, 700), ...numbers.map((text, k) => at(text, k * 250, 50))]);
      expect(stripPageFurniture([lines]).map((page) => page.map((l) => l.text))).toEqual([['正文的内容。']]);
    }
  });

  it('keeps a line of figures that only looks like numbers', () => {
    const lines = toLines([at('12.3', 0, 700), at('45', 250, 700), at('增长8.6%', 0, 680)]);
    expect(stripPageFurniture([lines]).map((page) => page.map((l) => l.text))).toEqual([
      ['12.3 45', '增长8.6%'],
    ]);
  });

  it('rejoins a paragraph wrapped at the right margin, across pages too, but not before a heading', () => {
    const first = toLines([
      at('全县实现地区生产总值全县实现地区生产总值', 0, 700),
      at('86.4亿元。', 0, 680),
      at('一、下半年工作', 0, 660),
    ]);
    const wide = toLines([at('一行写满到右边距的文字一行写满到右边距的', 0, 640)]);
    const next = toLines([at('文字接着写完。', 0, 800)]);
    const blocks = layoutBlocks([[...first, ...wide], next]);
    expect(blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([
      '全县实现地区生产总值全县实现地区生产总值86.4亿元。',
      '一、下半年工作',
      '一行写满到右边距的文字一行写满到右边距的文字接着写完。',
    ]);
  });

  it('does not run a full line on into a heading', () => {
    const lines = toLines([
      at('一行写满到右边距的文字一行写满到右边距的', 0, 700),
      at('（二）项目建设', 0, 680),
    ]);
    expect(layoutBlocks([lines]).map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([
      '一行写满到右边距的文字一行写满到右边距的',
      '（二）项目建设',
    ]);
  });

  it('rejoins a ragged-right line broken early before a figure that would not fit (预算的 / 42.6%。)', () => {
    const lines = toLines([
      at('一行写满到右边距的文字一行写满到右边距的', 0, 700),
      at('丙项收入增长6.2%，完成年预算的', 0, 680),
      at('42.6%。丙项支出增长3.1%。', 0, 660),
      at('短的一行写完了。', 0, 640),
      at('18.5亿元为另一段的开头。', 0, 620),
    ]);
    expect(layoutBlocks([lines]).map((b) => (b.kind === 'table' ? '' : b.text))).toEqual([
      '一行写满到右边距的文字一行写满到右边距的丙项收入增长6.2%，完成年预算的42.6%。丙项支出增长3.1%。',
      '短的一行写完了。',
      '18.5亿元为另一段的开头。',
    ]);
  });

  it('reads aligned columns as a table, a wrapped cell rejoined, a row with empty cells kept', () => {
    const row = (y: number, ...cells: string[]) =>
      cells.flatMap((text, k) => (text === '' ? [] : [at(text, k * 105, y)]));
    const lines = toLines([
      at('表：主要指标', 0, 730),
      ...row(700, '指标', '目标', '完成', '排名'),
      ...row(685, '城镇居民人均可支配', '8%', '6.2%', '6'),
      ...row(672, '收入'),
      ...row(657, '城镇登记失业率', '3.5%以内'),
      ...row(642, '地区生产总值', '7%', '4.8%', '4'),
      at('正文。', 0, 600),
    ]);
    const blocks = layoutBlocks([lines]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '表：主要指标' },
      {
        kind: 'table',
        rows: [
          ['指标', '目标', '完成', '排名'],
          ['城镇居民人均可支配收入', '8%', '6.2%', '6'],
          ['城镇登记失业率', '3.5%以内', '', ''],
          ['地区生产总值', '7%', '4.8%', '4'],
        ].map((cells) => cells.map((text) => ({ text }))),
      },
      { kind: 'paragraph', text: '正文。' },
    ]);
  });

  it('tells cells apart by the columns the rows fill: numbers set right sit close to the next cell', () => {
    // 6% ends at 216 and 6.5%左右 starts at 225: closer than a cell gap, but no row crosses 216–225.
    const cell = (text: string, x: number, end: number, y: number) => spanning(text, x, end, y, 9);
    const row = (y: number, ...cells: Array<[string, number, number]>) =>
      cells.map(([text, x, end]) => cell(text, x, end, y));
    const lines = toLines([
      // A header of merged cells: 全年目标 and 上半年完成 span two columns each, centred over them;
      // 指标名称 and 全市排位 span both header rows, centred between them, on a line of their own.
      // A font change cuts 全年目标 into two items that touch: one run of text, not two cells.
      ...row(520, ['全年', 207, 225], ['目标', 225, 243], ['上半年完成', 275, 320]),
      ...row(511, ['指标名称', 83, 119], ['全市排位', 333, 369]),
      ...row(501, ['市下达', 188, 215], ['县定目标', 225, 261], ['绝对值', 271, 298], ['增速', 306, 324]),
      ...row(
        482,
        ['固定资产投资', 49, 103],
        ['10%', 199, 216],
        ['12%', 246, 263],
        ['38.26', 277, 299],
        ['10.8', 308, 325],
        ['5', 366, 371],
      ),
      ...row(
        463,
        ['一般公共预算收入', 49, 121],
        ['5%', 204, 216],
        ['6%', 251, 263],
        ['4.82', 282, 299],
        ['8.6', 313, 325],
        ['1', 366, 371],
      ),
    ]);
    expect(layoutBlocks([lines])).toEqual([
      {
        kind: 'table',
        rows: [
          ['指标名称', '全年目标', '全年目标', '上半年完成', '上半年完成', '全市排位'],
          ['指标名称', '市下达', '县定目标', '绝对值', '增速', '全市排位'],
          ['固定资产投资', '10%', '12%', '38.26', '10.8', '5'],
          ['一般公共预算收入', '5%', '6%', '4.82', '8.6', '1'],
        ].map((cells) => cells.map((text) => ({ text }))),
      },
    ]);
  });

  it('puts a name wrapped in a row whose figures are centred back together, the first row too', () => {
    // 规模以上工业 / 增加值 sit above and below the row's figures; rows stand further apart than lines.
    const cells = (y: number, ...items: Array<[string, number, number]>) =>
      items.map(([text, x, end]): PlacedText => ({ text, x, y, width: end - x, size: 9 }));
    const lines = toLines([
      ...cells(
        520,
        ['指标名称', 50, 86],
        ['全年目标', 120, 156],
        ['1-6月增速', 170, 210],
        ['排位', 230, 248],
      ),
      ...cells(504, ['城镇居民人均', 49, 103]),
      ...cells(497, ['6%', 143, 156], ['5.2', 200, 212], ['6', 243, 248]),
      ...cells(490, ['可支配收入', 49, 94]),
      ...cells(472, ['地区生产总值', 49, 103], ['6.5%', 138, 156], ['5.9', 200, 212], ['3', 243, 248]),
      ...cells(454, ['规模以上工业', 49, 103]),
      ...cells(447, ['7%', 143, 156], ['7.4', 200, 212], ['2', 243, 248]),
      ...cells(440, ['增加值', 49, 76]),
    ]);
    expect(layoutBlocks([lines])).toEqual([
      {
        kind: 'table',
        rows: [
          ['指标名称', '全年目标', '1-6月增速', '排位'],
          ['城镇居民人均可支配收入', '6%', '5.2', '6'],
          ['地区生产总值', '6.5%', '5.9', '3'],
          ['规模以上工业增加值', '7%', '7.4', '2'],
        ].map((row) => row.map((text) => ({ text }))),
      },
    ]);
  });

  it('joins the title wrapped over two lines in a larger type', () => {
    const lines = toLines([
      at('西山县2022年前三季度国民经济和', 100, 780, 16),
      at('社会发展计划执行情况的报告', 130, 760, 16),
      at('来源：西山县发展和改革局', 0, 730),
      at('一、前三季度经济运行情况', 0, 715),
    ]);
    expect(layoutBlocks([lines])).toEqual([
      { kind: 'title', text: '西山县2022年前三季度国民经济和社会发展计划执行情况的报告' },
      { kind: 'paragraph', text: '来源：西山县发展和改革局' },
      { kind: 'paragraph', text: '一、前三季度经济运行情况' },
    ]);
  });
});
