// Plain text (UTF-8, UTF-16 with a mark, GBK): the decoded text, one paragraph block per non-blank line.

import { decodeBytes } from '../parse/decode.js';
import type { Block, IngestOptions, IngestResult } from './types.js';

export function readText(bytes: Uint8Array, _options: IngestOptions): IngestResult {
  const decoded = decodeBytes(bytes);
  if (decoded.text === null) return { document: null, problems: decoded.problems };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() === '') continue;
    blocks.push({ kind: 'paragraph', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const charset = decoded.problems.some((p) => p.code === 'decoded-gbk')
    ? 'gb18030'
    : decoded.problems.some((p) => p.code === 'decoded-utf16')
      ? 'utf-16'
      : 'utf-8';
  return {
    document: {
      format: 'text',
      mediaType: 'text/plain',
      text,
      originalText: null,
      blocks,
      hints: { title: null, infoLine: null, charset, convertedFromTraditional: false },
    },
    problems: decoded.problems,
  };
}
