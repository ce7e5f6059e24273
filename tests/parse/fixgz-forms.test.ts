// Forms of a county portal's news page (session 16, after the held-out-26 batch): a <title> whose
// headline opens with a month range (1—7月份我县…), and a rank in 全市 whose parent the text names
// only where it places itself (位居某某市前列). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseDocument, parseReportText } from '../../src/parse/index.js';
import { isGenericRegion } from '../../src/parse/meta.js';
import { placedParent } from '../../src/parse/prose-rank-parent.js';
import { ingestedDocument } from '../helpers/report.js';

describe('a headline opening with a month range', () => {
  it('keeps 1—7月份 in the <title> and reads the place from the page', async () => {
    const page = new TextEncoder().encode(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>1—7月份我县主要经济指标稳中有升 - 柘埠县人民政府</title></head><body>
<div class="info">来源：柘埠县人民政府网　发布时间：2019-08-10 09:00</div>
<div class="content"><p>1—7月份，全县规模以上工业增加值同比增长8.3%，居全市6个县（市）区第3位。</p></div></body></html>`,
    );
    const document = await ingestedDocument(page, { name: 'news.html' });
    expect(document.hints.title).toBe('1—7月份我县主要经济指标稳中有升');
    const { report } = parseDocument(document, { sourceName: 'news.html', sha256: '0'.repeat(64) });
    expect(report?.meta.region).not.toBe('月份我县');
  });

  it.each([
    ['月份我县', true],
    ['今年全市', true],
    ['本县', true],
    ['柘埠县', false],
    ['苇岚市', false],
  ])('%s is a scope, not a place: %s', (name, generic) => {
    expect(isGenericRegion(name)).toBe(generic);
  });
});

describe('ranks in 全市 whose parent the text places itself in', () => {
  it.each([
    ['多项指标增速位居苇岚市前列', '市', '苇岚市'],
    ['增速居苇岚市第2位', '市', '苇岚市'],
    ['一季度排名全市第6位', '市', null],
    ['位居苇岚市前列，列榆川市第3位', '市', null],
  ])('%s → %s', (text, suffix, parent) => {
    expect(placedParent(text, suffix, '柘埠县')).toBe(parent);
  });

  it('scopes 居全市N个县（市）区第M位 by that parent', () => {
    const text = [
      '柘埠县2019年1—7月份经济运行情况',
      '1—7月份，我县主要经济指标保持平稳增长，多项指标增速位居苇岚市前列。',
      '1—7月份，全县规模以上工业增加值32.15亿元，同比增长9.6%，居全市6个县（市）区第3位。',
    ].join('\n');
    const parsed = parseReportText(text, { sourceName: 'ranks.txt' }).report;
    expect(parsed?.rankings.map((r) => [r.rank, r.of, r.scope])).toEqual([[3, 6, '苇岚市']]);
  });
});
