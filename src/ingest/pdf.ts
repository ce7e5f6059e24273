// PDFs with a text layer, through pdfjs on the main thread (no worker): text items by position, laid out
// into lines, paragraphs and tables. A scan without text, an encrypted or a broken file is refused.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { infoLineOf, render, titleOf } from './draft.js';
import { keepingBuiltins } from './keep-builtins.js';
import { layoutBlocks, type PdfLine, type PlacedText, stripPageFurniture, toLines } from './pdf-layout.js';
import { withRowTails } from './pdf-lines.js';
import type { IngestResult } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdfjs runs its worker code in this thread when it finds it on globalThis.pdfjsWorker: one file at a
 * time is small work, and a worker thread would outlive the call.
 */
function loadPdfJs(): Promise<PdfJs> {
  // Its polyfills must not replace the builtins the rest of the process runs on (keep-builtins.ts).
  pdfjs ??= keepingBuiltins(async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  return pdfjs;
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const refuse = (code: string, message: string): IngestResult => ({
  document: null,
  problems: [{ code, severity: 'error', message, line: null }],
});

export async function readPdf(bytes: Uint8Array): Promise<IngestResult> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdfjs takes the buffer over: give it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push(toLines(items));
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0))
      return refuse('pdf-no-text', 'the PDF has no text layer (a scan?); OCR is not supported');
    const blocks = layoutBlocks(stripPageFurniture(pages).map(withRowTails));
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    const document = render(blocks, 'pdf', 'application/pdf', {
      title: title ?? titleOf(blocks),
      infoLine: infoLineOf(blocks),
      charset: null,
      convertedFromTraditional: false,
    });
    return { document, problems: [] };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      return refuse('pdf-encrypted', 'the PDF is encrypted with a password; it cannot be read');
    return refuse('pdf-unreadable', `the PDF cannot be read: ${(error as Error).message}`);
  } finally {
    await task.destroy();
  }
}
