// A web page saved from Internet Explorer as a web archive (.mht): a MIME multipart/related message whose
// html part is GB2312 in quoted-printable, beside the page's stylesheet and one image (base64). Shared by
// the .mht fixtures (enqiao.ts, tengyu.ts); each gives its own page, addresses and dates. A document Word
// saved as a 单个文件网页 (yalan.ts, taozi.ts) is assembled by `wordArchiveMht` below.

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

/** A document Word saved as a 单个文件网页: its main page, the header/footer page, and where Word put them. */
export interface WordArchive {
  boundary: string;
  /** The main page's address (file:///C:/…/name.htm) and its folder of parts (file:///C:/…/name.files/). */
  root: string;
  files: string;
  /** The main page and the header/footer page, encoded here as GB2312, quoted-printable. */
  html: string;
  headerHtm: string;
}

/**
 * The .mht message Word writes for a 单个文件网页 (CRLF lines, as bytes): its GB2312 preamble, the main page,
 * header.htm, a theme and filelist.xml. Shared by the Word-archive fixtures (yalan.ts, taozi.ts).
 */
export function wordArchiveMht(doc: WordArchive): Buffer {
  const B = doc.boundary;
  const mainFile = doc.root.slice(doc.root.lastIndexOf('/') + 1);
  const fileList = `<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../${mainFile}"/>
 <o:File HRef="header.htm"/>
 <o:File HRef="themedata.thmx"/>
 <o:File HRef="filelist.xml"/>
</xml>`;
  const part = (location: string, type: string, body: string, encoding = 'quoted-printable'): string[] => [
    `--${B}`,
    `Content-Location: ${location}`,
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Type: ${type}`,
    '',
    body,
    '',
  ];
  const message = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${B}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。请下载支持“Web 档案”的浏览器。',
    '',
    ...part(doc.root, 'text/html; charset="gb2312"', quotedPrintable(iconv.encode(doc.html, 'gb2312'))),
    ...part(
      `${doc.files}header.htm`,
      'text/html; charset="gb2312"',
      quotedPrintable(iconv.encode(doc.headerHtm, 'gb2312')),
    ),
    ...part(
      `${doc.files}themedata.thmx`,
      'application/vnd.ms-officetheme',
      'UEsDBBQABgAIAAAAIQDp3g+//wAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbKyRy04=',
      'base64',
    ),
    ...part(
      `${doc.files}filelist.xml`,
      'text/xml; charset="utf-8"',
      quotedPrintable(Buffer.from(fileList, 'utf8')),
    ),
    `--${B}--`,
    '',
  ];
  // The preamble line is GB2312 as Word writes it; the rest is ASCII.
  const [head, ...rest] = message.join('\r\n').split('\r\n\r\n--');
  return Buffer.concat([
    iconv.encode(head ?? '', 'gb2312'),
    Buffer.from(`\r\n\r\n--${rest.join('\r\n\r\n--')}`, 'latin1'),
  ]);
}
