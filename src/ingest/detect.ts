// Which reader a file needs, told by its content (magic bytes, markup); the name and the declared
// media type only decide between readings the bytes allow.

import { isOle2, isZip, ole2Kind, zipKind } from './containers.js';
import { isMht } from './mht.js';
import type { SourceFormat } from './types.js';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** A page's first bytes as ASCII (UTF-16 pages with a mark read as their even or odd bytes). */
function head(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 2048);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  let text = '';
  for (let i = utf16 ? 2 : 0; i < sample.length; i += utf16 ? 2 : 1) {
    const b = utf16 && sample[0] === 0xfe ? sample[i + 1] : sample[i];
    text += String.fromCharCode(b ?? 0);
  }
  return text.replace(/^\ufeff|^\xef\xbb\xbf/, '');
}

const MARKUP = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>]/i;

export function detectFormat(bytes: Uint8Array, name: string, mediaType?: string): SourceFormat {
  // A PDF may carry a few bytes of junk before its header; readers accept it within the first 1024.
  if (startsWith(bytes, PDF) || head(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  // An OLE2 workbook (.xls, .et) goes to the workbook reader; any other OLE2 file to the .doc reader,
  // unless its streams say it is something no reader takes (containers.ts unreadableContainer).
  if (isOle2(bytes)) return ole2Kind(bytes) === 'workbook' ? 'xls' : 'doc';
  if (isZip(bytes)) return zipKind(bytes) === 'workbook' ? 'xlsx' : 'docx';
  const type = (mediaType ?? '').toLowerCase();
  const text = head(bytes);
  if (MARKUP.test(text)) return 'html';
  if (isMht(text)) return 'mht';
  // A fragment of a page saved without its <html>: trust the name or the transport.
  if ((/\.x?html?$/i.test(name) || type.includes('html')) && /<[a-z][\w-]*[\s>/]/i.test(text)) return 'html';
  return 'text';
}
