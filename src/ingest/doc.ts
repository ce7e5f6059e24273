// Word 97–2003 files: word-extractor gives the body as text, a table row per line with each cell
// closed by a tab, or a whole table on one line when each row's end mark is a tab too (doc-row-marks.ts).
// Those rows become a table (a merged cell arrives as an empty one: its span is lost).
// Footnotes and endnotes come after the body (word-extractor keeps them apart and drops their marks).

import WordExtractor from 'word-extractor';
import { ole2Kind } from './containers.js';
import { rowMarkTable } from './doc-row-marks.js';
import { type DraftBlock, infoLineOf, render, titleOf } from './draft.js';
import type { IngestResult } from './types.js';

export const DOC_MEDIA_TYPE = 'application/msword';

export function docBlocks(body: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const raw of body.split(/\r\n|[\r\n\u2028\u2029]/)) {
    // Word's cell, page and column marks, should any survive extraction.
    const line = [...raw].filter((ch) => ch >= ' ' || ch === '\t').join('');
    const marked = rowMarkTable(line);
    if (marked) {
      blocks.push({ kind: 'table', rows: marked.rows.map((row) => row.map((text) => ({ text }))) });
      if (marked.after.trim() !== '') blocks.push({ kind: 'paragraph', text: marked.after });
      continue;
    }
    // A table row ends with the tab that closes its last cell; a tab inside a paragraph does not.
    if (!line.endsWith('\t')) {
      if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const cells = line
      .slice(0, -1)
      .split('\t')
      .map((text) => ({ text }));
    const last = blocks.at(-1);
    if (last?.kind === 'table') last.rows.push(cells);
    else blocks.push({ kind: 'table', rows: [cells] });
  }
  // Rows of one table can differ in width (a merged cell closes once): pad them to the widest.
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const width = Math.max(...block.rows.map((r) => r.length));
    for (const row of block.rows) while (row.length < width) row.push({ text: '' });
  }
  return blocks;
}

/** An OLE2 file whose directory names no stream was cut before it: a truncated .xls ends here too. */
const cutShort = (bytes: Uint8Array) =>
  ole2Kind(bytes) === 'unknown'
    ? ', its directory names no Word document or workbook (it may be cut short, a truncated .doc or .xls)'
    : '';

/** word-extractor's text getters with the option its types leave out. */
type RawGetters = Record<
  'getBody' | 'getFootnotes' | 'getEndnotes',
  (options?: { filterUnicode?: boolean }) => string
>;

export async function readDoc(bytes: Uint8Array): Promise<IngestResult> {
  let body: string;
  try {
    // The library's types omit the getters' options, which its code reads (lib/document.js).
    const extracted = (await new WordExtractor().extract(Buffer.from(bytes))) as unknown as RawGetters;
    // The notes follow the body, as a .docx's do (docx-notes.ts): their figures are the report's too.
    // filterUnicode off: word-extractor would turn “” into " and —— into --, and a name written with quotes
    // (上划中央“两税”收入) would differ from the same name in a .docx (session 46, fix406, F8257).
    const raw = { filterUnicode: false };
    body = [extracted.getBody(raw), extracted.getFootnotes(raw), extracted.getEndnotes(raw)].join('\n');
  } catch (error) {
    return {
      document: null,
      problems: [
        {
          code: 'doc-unreadable',
          severity: 'error',
          message: `the Word 97–2003 (.doc) file cannot be read${cutShort(bytes)}: ${(error as Error).message}`,
          line: null,
        },
      ],
    };
  }
  const blocks = docBlocks(body);
  const document = render(blocks, 'doc', DOC_MEDIA_TYPE, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  return { document, problems: [] };
}
