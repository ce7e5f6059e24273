// The contract every reader keeps: each block's (and cell's) text is the document text at its span.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { expectSpansHold, fixture } from './helpers.js';

const FILES = [
  'xishan-2022-q3.txt',
  'hexi-2021-q1.gbk.txt',
  'formats/xishan-2022-q3.gbk.html',
  'formats/beiling-2022-h1.br.html',
  'formats/not-a-report.html',
  'formats/xishan-2022-q3.traditional.html',
  'formats/xishan-2022-q3.docx',
  'formats/xishan-2022-q3.doc',
  'formats/xishan-2022-q3.pdf',
];

describe.each(FILES)('%s', (name) => {
  it('gives a document whose blocks are the text at their spans', async () => {
    const { document } = await ingest(fixture(name), { name });
    expect(document).not.toBeNull();
    if (!document) return;
    expect(document.blocks.length).toBeGreaterThan(2);
    expectSpansHold(document);
  });
});
