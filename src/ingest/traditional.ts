// Mirror sites republish reports in traditional characters. A text that looks traditional is converted
// to simplified without moving any offset: every span means the same in the text before and after.

import * as OpenCC from 'opencc-js';
import type { SourceDocument } from './types.js';

/**
 * Share of the Chinese characters that change under conversion above which a text is traditional: our
 * simplified fixtures change at most 0.02%, their traditional copies 34–39%.
 */
const TRADITIONAL_SHARE = 0.1;

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

const isCjk = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Whether each character seen so far changes under the first conversion: one lookup per character. */
const changesAlone = new Map<number, boolean>();

/**
 * The Chinese characters of `text`, and how many change when converted one by one. Phrase tables
 * change a few more, but only deciding between ~0% (simplified) and ~35% (traditional) rests on it.
 */
function characterCounts(text: string, convert: Convert): { cjk: number; changed: number } {
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isCjk(code)) continue;
    cjk++;
    let changes = changesAlone.get(code);
    if (changes === undefined) {
      const ch = String.fromCharCode(code);
      changes = convert(ch) !== ch;
      changesAlone.set(code, changes);
    }
    if (changes) changed++;
  }
  return { cjk, changed };
}

/** The document in simplified characters when it was in traditional ones, else as it was. */
export function simplifyTraditional(document: SourceDocument): SourceDocument {
  // Most documents are simplified: one conversion tells, and only a traditional one tries the rest.
  const [first, ...others] = traditionalConverters();
  if (!first) return document;
  // Converting a whole simplified report only to find nothing changed was a fifth of the loader's
  // parsing time, and converting its opening still a tenth: a character at a time, each remembered,
  // a simplified text is known in one pass of lookups.
  const { cjk, changed } = characterCounts(document.text, first);
  if (cjk === 0 || changed / cjk < TRADITIONAL_SHARE / 2) return document;
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
      site: hint(document.hints.site ?? null),
      convertedFromTraditional: true,
    },
  };
}
