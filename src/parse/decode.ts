// Bytes → text: rejects empty and binary input, strips a BOM, falls back to GB18030 for legacy pages.
// Problems are returned, never thrown, so the loader can report every bad file at once.

import type { Problem } from './types.js';

export interface Decoded {
  text: string | null;
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(code: string, severity: Problem['severity'], message: string): Problem {
  return { code, severity, message, line: null };
}

/** True when the bytes look like a binary file: any NUL, or more than 5% control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  const sample = Math.min(bytes.length, 65536);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample * 0.05;
}

/** Share of CJK ideographs among the non-ASCII characters: high for real Chinese text. */
function cjkShare(text: string): number {
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef)
    )
      cjk++;
    else other++;
  }
  return cjk + other === 0 ? 0 : cjk / (cjk + other);
}

/** UTF-16 with a byte-order mark, as Windows tools save "Unicode" text; null when there is none. */
function decodeUtf16(bytes: Uint8Array): Decoded | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  try {
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (text.trim() === '')
      return { text: null, problems: [problem('empty-input', 'error', 'the file is blank')] };
    return {
      text,
      problems: [
        problem('decoded-utf16', 'warning', `the file is UTF-16 (${le ? 'LE' : 'BE'}); decoded as such`),
      ],
    };
  } catch {
    return {
      text: null,
      problems: [problem('not-utf8', 'error', 'the file has a UTF-16 mark but is not UTF-16 text')],
    };
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0)
    return { text: null, problems: [problem('empty-input', 'error', 'the file is empty')] };
  // Checked before the binary test: UTF-16 text is full of NUL bytes.
  const utf16 = decodeUtf16(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes))
    return { text: null, problems: [problem('binary-input', 'error', 'the file looks binary, not text')] };
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  try {
    const text = utf8.decode(body);
    if (text.trim() === '')
      return { text: null, problems: [problem('empty-input', 'error', 'the file is blank')] };
    return { text, problems: [] };
  } catch {
    // Many government pages were saved as GBK; GB18030 is its superset.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(body);
    if (cjkShare(text) > 0.8) {
      return {
        text,
        problems: [problem('decoded-gbk', 'warning', 'the file is not UTF-8; decoded as GBK/GB18030')],
      };
    }
  } catch {
    // Not GB18030 either.
  }
  return {
    text: null,
    problems: [problem('not-utf8', 'error', 'the file is neither valid UTF-8 nor GBK text')],
  };
}
