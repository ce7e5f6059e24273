// Some copy sites gloss a page's characters with their pinyin (經(jīng)濟(jì), 項(xiàng)目): the glosses
// break every name and figure they sit in (規(guī)模以上 is no longer 规模以上). They are dropped here,
// before any reading, and the blocks' spans are moved with the text; the text the loader keeps (and
// every provenance offset indexes) is the page without them.

import type { Block, SourceDocument, Span } from './types.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
// A gloss: one syllable in brackets right after a Chinese character, with a tone mark (a toneless
// syllable in brackets is too often something else) — ASCII or full-width brackets.
const GLOSS = new RegExp(`(?<=[\\u3400-\\u9fff])[(（][a-zü]{0,5}[${TONED}][a-zü]{0,5}[)）]`, 'gu');
// A page glosses many characters, never one or two: fewer and the brackets are left alone.
const MIN_GLOSSES = 3;

export function stripPinyinGlosses(document: SourceDocument): SourceDocument {
  const cuts = [...document.text.matchAll(GLOSS)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  if (cuts.length < MIN_GLOSSES) return document;
  const text = document.text.replace(GLOSS, '');
  // An offset's new place: itself less every cut before it (an offset inside a cut goes to its start).
  const moved = (offset: number) => {
    let removed = 0;
    for (const cut of cuts) {
      if (cut.start >= offset) break;
      removed += Math.min(cut.end, offset) - cut.start;
    }
    return offset - removed;
  };
  const span = <T extends Span>(s: T): T => {
    const start = moved(s.start);
    const end = moved(s.end);
    return { ...s, start, end, ...('text' in s ? { text: text.slice(start, end) } : {}) };
  };
  const blocks: Block[] = document.blocks.map((block) =>
    block.kind === 'table' ? { ...span(block), rows: block.rows.map((row) => row.map(span)) } : span(block),
  );
  const strip = (value: string | null) => (value === null ? null : value.replace(GLOSS, ''));
  return {
    ...document,
    text,
    originalText: document.originalText && strip(document.originalText),
    blocks,
    hints: {
      ...document.hints,
      title: strip(document.hints.title),
      infoLine: strip(document.hints.infoLine),
    },
  };
}
