// A committee's 公报 text in which one paragraph is broken by a stray line break before its last
// clause (session 19, fixtanling: tuhe). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { joinBrokenLines } from '../../src/ingest/text-broken-lines.js';
import { parseDocument } from '../../src/parse/index.js';

const text = [
  '澄阳县人大常委会关于《澄阳县2021年上半年国民经济和社会发展计划执行情况的报告》的审议意见',
  '',
  '上半年，全县地区生产总值完成31.26亿元，同比增长6.2%。',
  '',
  '三、推动文旅复苏。要办好第五届“梨花节”等节会活动，确保全年接待游客',
  '达到120万人次、旅游收入突破6亿元。',
  '',
  '四、加强运行监测。',
  '表1 主要指标',
].join('\n');

describe('a paragraph broken once by a stray line break', () => {
  it('joins the line that stops mid-sentence to the one that finishes it, and nothing else', () => {
    expect(joinBrokenLines(text)?.split('\n')).toEqual([
      '澄阳县人大常委会关于《澄阳县2021年上半年国民经济和社会发展计划执行情况的报告》的审议意见',
      '',
      '上半年，全县地区生产总值完成31.26亿元，同比增长6.2%。',
      '',
      '三、推动文旅复苏。要办好第五届“梨花节”等节会活动，确保全年接待游客达到120万人次、旅游收入突破6亿元。',
      '',
      '四、加强运行监测。',
      '表1 主要指标',
    ]);
    expect(joinBrokenLines('上半年经济运行情况\n全县地区生产总值增长6.2%。')).toBeNull();
  });

  it('reads the goals of the rejoined sentence', async () => {
    const { document } = await ingest(new TextEncoder().encode(text), { name: 'review.txt' });
    if (!document) throw new Error('not ingested');
    const { report } = parseDocument(document, { sourceName: 'review.txt', sha256: '0'.repeat(64) });
    expect(report?.targets.map((t) => [t.indicatorCode, t.value, t.unit])).toEqual([
      ['tourist-arrivals', 120, '万人次'],
      ['tourism-revenue', 6, '亿元'],
    ]);
  });
});
