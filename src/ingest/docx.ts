// Word 2007+ files: mammoth turns the body into HTML (tables stay tables, merged cells as rowspan and
// colspan), which is then read like a page that is all article; the marks of its notes go (docx-notes.ts).

import mammoth from 'mammoth';
import { withoutNoteMarks } from './docx-notes.js';
import { infoLineOf, render, titleOf } from './draft.js';
import { articleHtmlBlocks } from './html.js';
import type { IngestResult } from './types.js';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function readDocx(bytes: Uint8Array): Promise<IngestResult> {
  let html: string;
  try {
    html = withoutNoteMarks((await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value);
  } catch (error) {
    return {
      document: null,
      problems: [
        {
          code: 'docx-unreadable',
          severity: 'error',
          message: `the Word (.docx) file cannot be read, it may be truncated or damaged: ${(error as Error).message}`,
          line: null,
        },
      ],
    };
  }
  const blocks = articleHtmlBlocks(html);
  const document = render(blocks, 'docx', DOCX_MEDIA_TYPE, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  return { document, problems: [] };
}
