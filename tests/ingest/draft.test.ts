// What every reader's lines and cells go through before they are written out.

import { describe, expect, it } from 'vitest';
import { cleanCell, cleanProse, type DraftTable, render } from '../../src/ingest/draft.js';

const hints = { title: null, infoLine: null, charset: null, convertedFromTraditional: false };

describe('cleanCell', () => {
  it('drops the spaces between Chinese characters a layout put there, and keeps those beside Latin and digits', () => {
    expect(cleanCell('地　区　生　产　总　值')).toBe('地区生产总值');
    expect(cleanCell(' 城镇居民人均 可支配收入 ')).toBe('城镇居民人均可支配收入');
    expect(cleanCell('地区生产总值 （亿元）')).toBe('地区生产总值（亿元）');
    expect(cleanCell('GDP 增速')).toBe('GDP 增速');
    expect(cleanCell('6.5 %')).toBe('6.5 %');
  });

  it('is what render writes in a table cell, with the span on the cleaned text', () => {
    const table: DraftTable = {
      kind: 'table',
      rows: [
        [{ text: '指　标' }, { text: '增速' }],
        [{ text: '地区 生产总值' }, { text: '5.9' }],
      ],
    };
    const document = render([table], 'html', 'text/html', hints);
    expect(document.text).toBe('指标\t增速\n地区生产总值\t5.9');
  });
});

describe('cleanProse', () => {
  it('drops the spaces typed around a figure in Chinese text, keeping those between two figures', () => {
    expect(cleanProse('生产总值\u00a086.47\u00a0亿元，同比增长 10.8% ，占 52.3%。')).toBe(
      '生产总值86.47亿元，同比增长10.8%，占52.3%。',
    );
    expect(cleanProse('发布时间：2023-07-28 10:00')).toBe('发布时间：2023-07-28 10:00');
    expect(cleanProse('来源：某县发改局　发布时间：2023-07-28')).toBe(
      '来源：某县发改局　发布时间：2023-07-28',
    );
    expect(cleanProse('GDP 增长 5.9%')).toBe('GDP 增长5.9%');
  });

  it('is what render writes for a paragraph', () => {
    const document = render([{ kind: 'paragraph', text: '增长 7.4% ；' }], 'docx', 'x', hints);
    expect(document.text).toBe('增长7.4%；');
  });
});
