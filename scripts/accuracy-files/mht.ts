// A web page saved from Internet Explorer as a web archive (.mht): a MIME multipart/related message whose
// html part is GB2312 in quoted-printable, beside the page's stylesheet and one image (base64). Shared by
// the .mht fixtures (enqiao.ts, tengyu.ts); each gives its own page, addresses and dates.

import iconv from 'iconv-lite';

/** Quoted-printable as browsers write it: lines of at most 76 characters, soft breaks with =. */
export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const raw of bytes.toString('latin1').split('\n')) {
    let line = '';
    let out = '';
    for (const ch of raw.replace(/\r$/, '')) {
      const code = ch.charCodeAt(0);
      const piece =
        (code >= 33 && code <= 126 && ch !== '=') || ch === ' '
          ? ch
          : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (line.length + piece.length > 75) {
        out += `${line}=\r\n`;
        line = '';
      }
      line += piece;
    }
    lines.push(out + line);
  }
  return lines.join('\r\n');
}

/** A 1×1 transparent gif, base64: the image part (logo, banner) of a saved page. */
export const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

export interface SavedPage {
  /** The saving browser, as in `From: <Saved by …>` (Windows Internet Explorer 8). */
  savedBy: string;
  /** The Date header (Fri, 24 Apr 2015 15:42:06 +0800). */
  date: string;
  boundary: string;
  /** The MimeOLE version in X-MimeOLE (V6.1.7601.17609). */
  mimeOle: string;
  /** The page's address and its html (encoded here as GB2312, quoted-printable). */
  url: string;
  html: string;
  /** The stylesheet's address and its text, already quoted-printable. */
  css: { url: string; text: string };
  /** The image's address (the part holds GIF). */
  imageUrl: string;
}

/** The .mht message, CRLF lines, as bytes. */
export function savedPageMht(page: SavedPage): Buffer {
  const { boundary } = page;
  const message = [
    `From: <Saved by ${page.savedBy}>`,
    `Date: ${page.date}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    `X-MimeOLE: Produced By Microsoft MimeOLE ${page.mimeOle}`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/html;',
    '\tcharset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${page.url}`,
    '',
    quotedPrintable(iconv.encode(page.html, 'gb2312')),
    '',
    `--${boundary}`,
    'Content-Type: text/css;',
    '\tcharset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${page.css.url}`,
    '',
    page.css.text,
    '',
    `--${boundary}`,
    'Content-Type: image/gif',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${page.imageUrl}`,
    '',
    GIF,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Buffer.from(message, 'latin1');
}
