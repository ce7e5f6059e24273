// A bureau's analysis copied out of a PDF into a plain text file: the page's line breaks kept every
// 30–40 characters (inside words and figures), page numbers and a running header between the pages,
// the indicator table flattened into space-parted lines. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { isHardWrapped } from '../../src/ingest/text-wrap.js';
import { parseDocument } from '../../src/parse/index.js';
import { expectSpansHold, tableTexts } from './helpers.js';

/** A text cut into lines of `width` characters, as a PDF's page cuts it: anywhere, figures too. */
const cut = (text: string, width: number): string[] =>
  Array.from({ length: Math.ceil(text.length / width) }, (_, i) => text.slice(i * width, (i + 1) * width));

const gdp =
  '（一）经济总量稳步扩大。1—9月全县实现生产总值31.27亿元，同比增长12.4%，增速比上半年提高0.7个百分点，居全市8县第3位。其中，第一产业增加值4.16亿元，增长4.8%；第二产业增加值17.35亿元，增长15.2%。';
const investment =
  '（二）固定资产投资较快增长。1—9月，全县完成固定资产投资25.62亿元，同比增长28.6%，超序时进度5.2个百分点。其中，工业投资13.48亿元，增长33.1%，占全部投资的52.6%。';
const retail =
  '（三）消费市场平稳。1—9月，全县实现社会消费品零售总额7.64亿元，增长14.7%，增幅比上年同期回落1.1个百分点。';
const opening = '今年以来，全县上下围绕年初确定的目标任务，狠抓工作落实，经济保持平稳较快增长的良好态势。';
const [investmentHead = '', ...investmentRest] = cut(investment, 27);

const wrapped = [
  '岑汀县2013年1—9月经济运行分析',
  '岑汀县统计局',
  ...cut(opening, 27),
  '一、主要指标完成情况',
  ...cut(gdp, 27),
  investmentHead,
  ...investmentRest.slice(0, 1),
  '',
  '— 1 —',
  '',
  '岑汀县统计信息　2013年第9期',
  ...investmentRest.slice(1),
  ...cut(retail, 27),
  '',
  '— 2 —',
  '',
  '岑汀县统计信息　2013年第9期',
  '附表：岑汀县2013年1—9月主要经济指标',
  '指标名称 单位 1—9月 同比增长（%） 全市位次',
  '生产总值 亿元 31.27 12.4 3',
  '固定资产投资 亿元 25.62 28.6 2',
  '社会消费品零售总额 亿元 7.64 14.7 5',
  '注：全市位次为在全市8县中的排位。',
  '',
  '— 3 —',
  '',
];

const encode = (lines: readonly string[], eol = '\r\n') => new TextEncoder().encode(lines.join(eol));

async function read(lines: readonly string[], eol?: string) {
  const { document } = await ingest(encode(lines, eol), { name: 'centing.txt' });
  if (!document) throw new Error('no document');
  return document;
}

describe('a plain text copied out of a PDF with its line breaks', () => {
  it('is told from a text written one paragraph a line', () => {
    expect(isHardWrapped(wrapped)).toBe(true);
    expect(
      isHardWrapped([
        '岑汀县2013年1—9月经济运行分析',
        '今年以来，全县上下围绕年初确定的目标任务，狠抓工作落实，经济保持平稳较快增长的良好态势。',
        '一、主要指标完成情况',
        '（一）经济总量稳步扩大。1—9月全县实现生产总值31.27亿元，同比增长12.4%，增速比上半年提高0.7个百分点，居全市8县第3位。',
        '（二）固定资产投资较快增长。1—9月，全县完成固定资产投资25.62亿元，同比增长28.6%。',
        '（三）消费市场平稳。1—9月，全县实现社会消费品零售总额7.64亿元，增长14.7%。',
        '二、存在的问题',
        '一是工业增速回落。',
        '二是项目资金紧张。',
      ]),
    ).toBe(false);
    // A table written one cell a line: short lines without closing punctuation, never a page's width.
    const cells = ['指标名称', '单位', '1—9月', '同比增长（%）'];
    for (const row of ['生产总值', '固定资产投资', '社会消费品零售总额', '地方财政一般预算收入'])
      cells.push(row, '亿元', '31.27', '12.4');
    expect(isHardWrapped(['岑汀县2013年1—9月主要经济指标', ...cells])).toBe(false);
  });

  it('rejoins the paragraphs, figures broken across lines too, over the page breaks', async () => {
    const document = await read(wrapped);
    expectSpansHold(document);
    const paragraphs = document.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    expect(wrapped.some((l) => /\d$/.test(l))).toBe(true);
    expect(paragraphs).toEqual(expect.arrayContaining([opening, gdp, investment, retail]));
    expect(paragraphs).toContain('一、主要指标完成情况');
  });

  it('drops the page numbers and the running header', async () => {
    const document = await read(wrapped);
    expect(document.text).not.toMatch(/— \d —|统计信息/);
  });

  it('keeps the space-parted table as a table of tab cells', async () => {
    const document = await read(wrapped);
    expect(tableTexts(document)).toEqual([
      [
        ['指标名称', '单位', '1—9月', '同比增长（%）', '全市位次'],
        ['生产总值', '亿元', '31.27', '12.4', '3'],
        ['固定资产投资', '亿元', '25.62', '28.6', '2'],
        ['社会消费品零售总额', '亿元', '7.64', '14.7', '5'],
      ],
    ]);
    expect(document.text).toContain('生产总值\t亿元\t31.27\t12.4\t3');
  });

  it('reads the figures a break had cut, at offsets in the ingested text', async () => {
    const document = await read(wrapped);
    const { report } = parseDocument(document, { sourceName: 'centing.txt', sha256: '0' });
    const values = report?.observations.map((o) => o.quantity?.value) ?? [];
    expect(values).toEqual(expect.arrayContaining([31.27, 0.7, 5.2, 7.64]));
    for (const o of report?.observations ?? [])
      if (o.quantity)
        expect(document.text.slice(o.provenance.start, o.provenance.end)).toContain(
          String(Math.abs(o.quantity.value)),
        );
  });
});

describe('a text written one paragraph a line', () => {
  it('keeps its text byte for byte', async () => {
    const lines = [
      '岑汀县2013年上半年国民经济和社会发展计划执行情况的报告',
      '',
      '一、上半年计划执行情况',
      '上半年，全县实现生产总值20.15亿元，同比增长11.6%；规模以上工业增加值7.42亿元，增长14.3%。',
      '全县完成固定资产投资16.08亿元，增长26.4%，完成年计划的52.3%。',
      '二、下半年工作安排',
      '确保全年生产总值增长12%以上。',
    ];
    for (const eol of ['\n', '\r\n']) {
      const document = await read(lines, eol);
      expect(document.text).toBe(lines.join(eol));
    }
  });
});
