// Bytes of a web page → its text: the charset a BOM, the transport or a <meta> declares, else UTF-8
// when the bytes are valid UTF-8, else GB18030 (the superset of the GB2312/GBK that old gov pages use).

import { isTag } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import iconv from 'iconv-lite';
import type { Problem } from '../parse/types.js';

export interface DecodedPage {
  html: string;
  /** The charset the page was decoded as, named as declared (gb2312, gbk, big5 …). */
  charset: string;
  problems: Problem[];
}

/** Decoders for the labels pages declare; the GB family all decode as GB18030, which contains them. */
function decoderFor(label: string): string | null {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (/^(?:gb2312|gbk|x-gbk|cp936|gb18030|euc-cn|hz-gb-2312|gb_2312-80)$/.test(name)) return 'gb18030';
  if (/^(?:big5|big5-hkscs|cp950|x-x-big5)$/.test(name)) return 'big5hkscs';
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

/** charset=… in a Content-Type value (an attribute value or a header, not markup). */
export function charsetParameter(contentType: string | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The charset a <meta> declares. The bytes are read as Latin-1 first: every charset a page can
 * declare here keeps ASCII markup as ASCII, so the tags parse whatever the text is.
 */
function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const metas = findAll((el) => el.name === 'meta', parseDocument(head).children.filter(isTag));
  for (const meta of metas) {
    if (meta.attribs.charset) return meta.attribs.charset.trim().toLowerCase();
    if (meta.attribs['http-equiv']?.toLowerCase() === 'content-type') {
      const charset = charsetParameter(meta.attribs.content);
      if (charset) return charset;
    }
  }
  return null;
}

export function decodePage(bytes: Uint8Array, mediaType?: string): DecodedPage {
  const problems: Problem[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { html: Buffer.from(bytes.subarray(3)).toString('utf8'), charset: 'utf-8', problems };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const charset = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { html: iconv.decode(Buffer.from(bytes.subarray(2)), charset), charset, problems };
  }
  // The transport's word wins over the page's own, as in a browser.
  for (const declared of [charsetParameter(mediaType), declaredInMarkup(bytes)]) {
    if (!declared) continue;
    const decoder = decoderFor(declared);
    if (decoder) return { html: iconv.decode(Buffer.from(bytes), decoder), charset: declared, problems };
    problems.push({
      code: 'unknown-charset',
      severity: 'warning',
      message: `the page declares charset ${declared}, which is not known; the charset was guessed`,
      line: null,
    });
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', problems };
  } catch {
    problems.push({
      code: 'decoded-gbk',
      severity: 'warning',
      message: 'the page declares no charset and is not UTF-8; decoded as GB18030',
      line: null,
    });
    return { html: iconv.decode(Buffer.from(bytes), 'gb18030'), charset: 'gb18030', problems };
  }
}
