// Traditional-character copies are read in simplified characters, every offset kept.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { convertKeepingOffsets, simplifyTraditional } from '../../src/ingest/traditional.js';
import { fixture } from './helpers.js';

describe('a mirror page in traditional characters', async () => {
  const { document } = await ingest(fixture('formats/xishan-2022-q3.traditional.html'), {
    name: 'mirror.html',
  });
  const simplified = await ingest(fixture('formats/xishan-2022-q3.gbk.html'), { name: 'page.html' });

  it('is converted to simplified, keeping the text as written', () => {
    expect(document?.hints.convertedFromTraditional).toBe(true);
    expect(document?.text).toBe(simplified.document?.text);
    expect(document?.originalText).toContain('西山縣2022年前三季度國民經濟和社會發展計劃執行情況的報告');
    expect(document?.hints.title).toBe('西山县2022年前三季度国民经济和社会发展计划执行情况的报告');
    expect(document?.hints.infoLine).toMatch(/^来源：西山县发展和改革局/);
  });

  it('indexes both texts with the same spans', () => {
    const original = document?.originalText ?? '';
    const block = document?.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('规模以上工业企业'));
    if (!block || block.kind === 'table') throw new Error('no paragraph');
    expect(original.slice(block.start, block.end)).toMatch(
      /^工業運行平穩。前三季度，全縣規模以上工業企業達到156家/,
    );
  });

  it('leaves a simplified document as it is', () => {
    expect(simplified.document?.hints.convertedFromTraditional).toBe(false);
    expect(simplified.document?.originalText).toBeNull();
  });
});

describe('convertKeepingOffsets', () => {
  it('falls back to one character at a time where a phrase would change the length', () => {
    // A converter that maps a phrase to a longer one, and single characters one to one.
    const convert = (text: string) =>
      text.replace('軟體', '软件程序').replace(/軟/g, '软').replace(/體/g, '体');
    expect(convertKeepingOffsets('用軟體。\n軟件', convert)).toBe('用软体。\n软件');
  });

  it('does not convert a text with only a few characters that differ', () => {
    const document = {
      format: 'text' as const,
      mediaType: 'text/plain',
      text: '北岭县发布时间',
      originalText: null,
      blocks: [],
      hints: { title: null, infoLine: null, charset: 'utf-8', convertedFromTraditional: false },
    };
    expect(simplifyTraditional(document)).toBe(document);
  });
});
