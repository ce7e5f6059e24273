// Mirror sites republish reports in traditional characters. A text that looks traditional is converted
// to simplified without moving any offset: every span means the same in the text before and after.

import * as OpenCC from 'opencc-js';
import type { SourceDocument } from './types.js';

/**
 * Share of the Chinese characters that change under conversion above which a text is traditional: our
 * simplified fixtures change at most 0.02%, their traditional copies 34–39%.
 */
const TRADITIONAL_SHARE = 0.1;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** How much of a text's opening decides that it is simplified, and the fewest Chinese characters that may. */
const SAMPLE_CHARS = 3000;
const MIN_SAMPLE_CJK = 500;

type Convert = (text: string) => string;
let converters: Convert[] | null = null;

/** Taiwan, Hong Kong and OpenCC-standard traditional, tried in turn; built once, on first need. */
function traditionalConverters(): Convert[] {
  converters ??= (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  return converters;
}

function changedCount(before: string, after: string): number {
  let changed = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) !== after.charCodeAt(i)) changed++;
  return changed;
}

/**
 * Converts line by line; a line whose phrase conversion changed its length (a phrase mapped to one of
 * another length) is converted again one character at a time, keeping any character whose conversion
 * would not be one character.
 */
export function convertKeepingOffsets(text: string, convert: Convert): string {
  return text
    .split('\n')
    .map((line) => {
      const whole = convert(line);
      if (whole.length === line.length) return whole;
      let out = '';
      for (const ch of line) {
        const one = convert(ch);
        out += one.length === ch.length ? one : ch;
      }
      return out;
    })
    .join('\n');
}

function scored(text: string, cjk: number, convert: Convert) {
  const converted = convertKeepingOffsets(text, convert);
  return { text: converted, share: changedCount(text, converted) / cjk, convert };
}

/** The document in simplified characters when it was in traditional ones, else as it was. */
export function simplifyTraditional(document: SourceDocument): SourceDocument {
  const cjk = document.text.match(CJK)?.length ?? 0;
  if (cjk === 0) return document;
  // Most documents are simplified: one conversion tells, and only a traditional one tries the rest.
  const [first, ...others] = traditionalConverters();
  if (!first) return document;
  // A long text is judged by its opening first: converting a whole simplified report only to find
  // nothing changed was a fifth of the loader's parsing time.
  const sample = document.text.slice(0, SAMPLE_CHARS);
  const sampleCjk = sample.match(CJK)?.length ?? 0;
  if (sample.length < document.text.length && sampleCjk >= MIN_SAMPLE_CJK) {
    if (scored(sample, sampleCjk, first).share < TRADITIONAL_SHARE / 2) return document;
  }
  let best = scored(document.text, cjk, first);
  if (best.share < TRADITIONAL_SHARE) return document;
  for (const convert of others) {
    const next = scored(document.text, cjk, convert);
    if (next.share > best.share) best = next;
  }
  if (best.text.length !== document.text.length) return document;
  const { text, convert } = best;
  const hint = (value: string | null) => value && convertKeepingOffsets(value, convert);
  return {
    ...document,
    text,
    originalText: document.text,
    blocks: document.blocks.map((block) =>
      block.kind === 'table'
        ? {
            ...block,
            rows: block.rows.map((row) => row.map((c) => ({ ...c, text: text.slice(c.start, c.end) }))),
          }
        : { ...block, text: text.slice(block.start, block.end) },
    ),
    hints: {
      ...document.hints,
      title: hint(document.hints.title),
      infoLine: hint(document.hints.infoLine),
      convertedFromTraditional: true,
    },
  };
}
