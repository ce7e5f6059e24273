// Plain text (UTF-8, UTF-16 with a mark, GBK): the decoded text, one paragraph block per non-blank line.
// A text copied out of a PDF with the page's line breaks kept (text-wrap.ts) is rejoined into
// paragraphs and tables first, and its text is the rejoined one the blocks' spans index.

import { decodeBytes } from '../parse/decode.js';
import { render } from './draft.js';
import { joinBrokenLines } from './text-broken-lines.js';
import { isHardWrapped, unwrapLines } from './text-wrap.js';
import type { Block, DocumentHints, IngestOptions, IngestResult } from './types.js';

export function readText(bytes: Uint8Array, _options: IngestOptions): IngestResult {
  const decoded = decodeBytes(bytes);
  if (decoded.text === null) return { document: null, problems: decoded.problems };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const charset = decoded.problems.some((p) => p.code === 'decoded-gbk')
    ? 'gb18030'
    : decoded.problems.some((p) => p.code === 'decoded-utf16')
      ? 'utf-16'
      : 'utf-8';
  const hints: DocumentHints = { title: null, infoLine: null, charset, convertedFromTraditional: false };
  const lines = text.split(/\r\n|\r|\n/);
  if (isHardWrapped(lines))
    return { document: render(unwrapLines(lines), 'text', 'text/plain', hints), problems: decoded.problems };
  // A paragraph broken once by a stray line break is read whole; the text is the rejoined one.
  const joined = joinBrokenLines(text);
  if (joined !== null) return readLines(joined, hints, decoded.problems);
  return readLines(text, hints, decoded.problems);
}

/** The text as it stands, each non-blank line a paragraph block. */
function readLines(text: string, hints: DocumentHints, problems: IngestResult['problems']): IngestResult {
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() === '') continue;
    blocks.push({ kind: 'paragraph', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return {
    document: { format: 'text', mediaType: 'text/plain', text, originalText: null, blocks, hints },
    problems,
  };
}
