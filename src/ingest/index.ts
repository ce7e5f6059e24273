// The ingest stage's facade: bytes of any supported format in, a SourceDocument and the problems found out.
// Never throws; knows nothing of the parser that reads the document next.

import { unreadableContainer } from './containers.js';
import { detectFormat } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { fileNameOf } from './file-name.js';
import { stripPinyinGlosses } from './glosses.js';
import { readHtml } from './html.js';
import { readMht } from './mht.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';
import { simplifyTraditional } from './traditional.js';
import type { IngestOptions, IngestResult, SourceFormat } from './types.js';
import { readXls } from './xls.js';
import { readXlsx } from './xlsx.js';

export { detectFormat } from './detect.js';
export type * from './types.js';

const readers: Record<
  SourceFormat,
  (bytes: Uint8Array, options: IngestOptions) => Promise<IngestResult> | IngestResult
> = {
  text: readText,
  html: readHtml,
  docx: readDocx,
  doc: readDoc,
  pdf: readPdf,
  xls: readXls,
  xlsx: readXlsx,
  mht: readMht,
};

export async function ingest(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const format = detectFormat(bytes, options.name, options.mediaType);
  const refused = unreadableContainer(bytes);
  if (refused)
    return {
      document: null,
      problems: [{ code: 'unsupported-format', severity: 'error', message: refused, line: null }],
    };
  try {
    const result = await readers[format](bytes, options);
    if (!result.document) return result;
    const document = simplifyTraditional(stripPinyinGlosses(result.document));
    return {
      document: { ...document, hints: { ...document.hints, fileName: fileNameOf(options.name) } },
      problems: result.problems,
    };
  } catch (error) {
    // A reader's bug must not take the loader down: report it against this file.
    return {
      document: null,
      problems: [
        {
          code: 'internal-error',
          severity: 'error',
          message: `reading ${options.name} as ${format} failed: ${(error as Error).message}`,
          line: null,
        },
      ],
    };
  }
}
