// Web archives (.mht, .mhtml): a page saved with its images as one MIME message. The html part is
// unwrapped (quoted-printable or base64, in the charset its header names) and read as a page.

import { readHtml } from './html.js';
import type { IngestOptions, IngestResult } from './types.js';

export const MHT_MEDIA_TYPE = 'multipart/related';

/** A MIME message's first header lines, with MIME-Version and a related or html content type. */
export function isMht(head: string): boolean {
  const headers = /^\s*((?:[\w-]+[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)+)/.exec(head)?.[1];
  if (!headers) return false;
  return (
    /^MIME-Version\s*:/im.test(headers) &&
    /^Content-Type\s*:\s*(?:multipart\/related|text\/html)/im.test(headers)
  );
}

interface Part {
  headers: Map<string, string>;
  /** The body as a byte string (one char per byte). */
  body: string;
}

function splitPart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const param = (header: string, name: string) =>
  new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i')
    .exec(header)
    ?.slice(1)
    .find((v) => v !== undefined) ?? null;

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const text = part.body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(text, 'latin1');
  }
  return Buffer.from(part.body, 'latin1');
}

/** The html part of a web archive: its bytes and its declared charset, or null when it has none. */
export function htmlPartOf(bytes: Uint8Array): { html: Buffer; charset: string | null } | null {
  const message = splitPart(Buffer.from(bytes).toString('latin1'));
  const type = message.headers.get('content-type') ?? '';
  let parts: Part[] = [message];
  const boundary = /multipart\//i.test(type) ? param(type, 'boundary') : null;
  if (boundary) {
    parts = message.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((raw) => !raw.startsWith('--'))
      // The line break before a delimiter belongs to the delimiter (RFC 2046), not to the part.
      .map((raw) => splitPart(raw.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  const html = parts.find((p) => /^text\/html/i.test(p.headers.get('content-type') ?? ''));
  if (!html) return null;
  return { html: decodeBody(html), charset: param(html.headers.get('content-type') ?? '', 'charset') };
}

export function readMht(bytes: Uint8Array, options: IngestOptions): IngestResult {
  const part = htmlPartOf(bytes);
  if (!part)
    return {
      document: null,
      problems: [
        {
          code: 'mht-unreadable',
          severity: 'error',
          message: 'the web archive (.mht) holds no html part: save the page again as .mht or .html',
          line: null,
        },
      ],
    };
  const mediaType = part.charset ? `text/html; charset=${part.charset}` : 'text/html';
  const result = readHtml(part.html, { ...options, mediaType });
  if (!result.document) return result;
  return { ...result, document: { ...result.document, format: 'mht', mediaType: MHT_MEDIA_TYPE } };
}
