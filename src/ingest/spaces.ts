// Spaces that only laid text out: a line's breaks and tabs, spaces inside Chinese a layout spread or
// typed around figures. Every reader's lines and cells are cleaned here before they are written out.

/** Whitespace inside a line or cell as a browser shows it; tabs and breaks would split rows and cells. */
export function cleanLine(text: string): string {
  return text
    .replace(/[\t\n\r\f\v ]+/g, ' ')
    .replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
}

const CJK = '[\\u3001-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';

/**
 * A line break in a page's source between two Chinese characters, with the spaces around it. Word's
 * "save as web page" and many CMS editors wrap their source in lines of about 76 characters, breaking
 * Chinese text anywhere; a browser removes such a break (CSS Text's segment break transformation for
 * wide characters) where it would show any other break as a space.
 */
const SEGMENT_BREAK_IN_CJK = new RegExp(`(?<=${CJK})[ \\t]*[\\r\\n]+[ \\t\\r\\n]*(?=${CJK})`, 'g');

/** A page's text with the source's line breaks inside Chinese text removed, as a browser shows it. */
export function withoutSegmentBreaks(text: string): string {
  return text.replace(SEGMENT_BREAK_IN_CJK, '');
}
/** Spaces between Chinese characters: Word's spread-out short names (地　区　生　产　总　值), a cell's two
 * paragraphs (城镇居民人均 / 可支配收入) or a header's <br> (全市 / 排位). Chinese is written without them. */
const SPACE_IN_CJK = new RegExp(`(?<=${CJK})[\\s\\u00a0\\u3000]+(?=${CJK})`, 'g');

/** A table cell's text on one line, without the spaces that only laid it out. */
export function cleanCell(text: string): string {
  return cleanLine(text).replace(SPACE_IN_CJK, '');
}

/**
 * Spaces typed to set a figure apart in Chinese text (生产总值 86.47 亿元，增长 10.8% ，), which Word
 * keeps as non-breaking ones: Chinese is written without them, and one before a comma parts the
 * figure from its clause. Spaces between two figures (2023-07-28 10:00) stay.
 */
const SPACE_BY_FIGURE = new RegExp(
  `(?<=[\\d%‰])[ \\u00a0]+(?=${CJK})|(?<=${CJK})[ \\u00a0]+(?=[-+]?\\d)`,
  'g',
);

/** A paragraph's text on one line, without the spaces that set its figures apart. */
export function cleanProse(text: string): string {
  return cleanLine(text).replace(SPACE_BY_FIGURE, '');
}
