// Copy sites that gloss characters with pinyin (經(jīng)濟(jì)) are read as the page without the glosses.

import { describe, expect, it } from 'vitest';
import { stripPinyinGlosses } from '../../src/ingest/glosses.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { ingestedReport } from '../helpers/report.js';

// An invented report, traditional characters with a pinyin gloss on some of them, as such sites show it.
const glossed = [
  '芷溪縣2023年上半年國民經(jīng)濟(jì)和社會(huì)發(fā)展計(jì)劃執(zhí)行情況的報(bào)告',
  '上半年,全縣實(shí)現(xiàn)地區(qū)生產(chǎn)總值86.4億元,同比增長(zhǎng)6.1%,增速居全市第2位。',
  '規(guī)模以上工業(yè)增加值增長(zhǎng)8.2%。',
  '芷溪港物流園項(xiàng)目完成投資2.6億元。',
].join('\n');
const plain = glossed.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');

function read(text: string) {
  return ingestedReport(new TextEncoder().encode(text), 'page.txt');
}

/** A plain-text document as the text reader gives it, with the blocks and title a test needs. */
function documentOf(
  text: string,
  blocks: SourceDocument['blocks'] = [],
  title: string | null = null,
): SourceDocument {
  return {
    format: 'text',
    mediaType: 'text/plain',
    text,
    originalText: null,
    blocks,
    hints: { title, infoLine: null, charset: 'utf-8', convertedFromTraditional: false },
  };
}

describe('pinyin glosses', () => {
  it('are dropped, so the report reads as the same page without them', async () => {
    const a = await read(glossed);
    const b = await read(plain);
    expect(a.document.text).toBe(b.document.text);
    expect(a.report.meta.region).toBe('芷溪县');
    const obs = (r: typeof a.report) =>
      r.observations.map((o) => `${o.indicatorCode} ${o.measure} ${o.quantity?.value}`);
    expect(obs(a.report)).toEqual(obs(b.report));
    expect(obs(a.report)).toContain('industrial-value-added growth 8.2');
    expect(a.report.rankings.map((r) => r.rank)).toEqual([2]);
    expect(a.report.projects.map((p) => p.name)).toEqual(['芷溪港物流园项目']);
  });

  it('move every block span with the text', () => {
    const text = '甲(jiǎ)乙(yǐ)丙(bǐng)丁\n增長(zhǎng)5%';
    const document = documentOf(
      text,
      [
        { kind: 'paragraph', start: 0, end: text.indexOf('\n'), text: text.slice(0, text.indexOf('\n')) },
        { kind: 'paragraph', start: text.indexOf('\n') + 1, end: text.length, text: '增長(zhǎng)5%' },
      ],
      '甲(jiǎ)乙',
    );
    const out = stripPinyinGlosses(document);
    expect(out.text).toBe('甲乙丙丁\n增長5%');
    expect(out.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toEqual(['甲乙丙丁', '增長5%']);
    for (const b of out.blocks) expect(out.text.slice(b.start, b.end)).toBe(b.kind === 'table' ? '' : b.text);
    expect(out.hints.title).toBe('甲乙');
  });

  it('leave a page with a bracket or two of letters alone', () => {
    const text = '地區生產總值(GDP)增長5%,城鎮化率(ā)';
    const document = documentOf(text);
    expect(stripPinyinGlosses(document)).toBe(document);
  });
});
