// The date a page shows outside any 来源/发布时间 label: an e-paper's date-and-page line
// (2019年02月22日 星期五 第03版：县域经济), a masthead with its date (澹州日报 2019年02月22日), a bare
// date or one beside the font-size bar (【字体：大 中 小】 2019-02-22). The line is furniture the
// structure stage drops; its date is when the report was published.

import type { Line } from './lines.js';

/** 2019年02月22日: groups 1-3. */
const DATE = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
/** 2019-02-22 10:31, the way a site's template writes it: groups 4-8. */
const ISO = String.raw`((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?`;
const WEEKDAY = '(?:星期|周)[一二三四五六日天]';
const PAGE = String.raw`第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*[^。,，;；\d]{0,12})?`;
const FONT_BAR = String.raw`【?字体\s*[:：]?\s*大\s*中\s*小\s*】?`;
/** A paper's or a site's name on its masthead (澹州日报, 菱河新闻网). */
const MASTHEAD = String.raw`[^\s\d。,，;；:：]{2,12}(?:日报|晚报|时报|报|新闻网)`;

/**
 * A date written 年月日 on a line alone is a document's own date (under a signature, after a
 * speech's title): only a weekday, a page or a masthead beside it makes it the page's. A template's
 * 2019-02-22 is the page's wherever it stands.
 */
const PAGE_DATE = new RegExp(
  [
    // 2019年02月22日 星期五 第03版：县域经济, 2019年2月22日 星期五, 2019年02月22日 第03版
    String.raw`^(?:${MASTHEAD}\s*)?${DATE}\s*(?:${WEEKDAY}\s*(?:${PAGE})?|${PAGE})$`,
    // 澹州日报 2019年02月22日
    String.raw`^${MASTHEAD}\s+${DATE}$`,
    // 第03版：县域经济 2019年02月22日 星期五
    String.raw`^${PAGE}\s+${DATE}\s*(?:${WEEKDAY})?$`,
    // 2019-02-22 10:31, [ 2019-02-22 ], 【字体：大 中 小】 2019-02-22, 2019-02-22 【字体：大 中 小】【打印】
    String.raw`^(?:[[【(（]\s*|${FONT_BAR}\s*)?${ISO}(?:\s*[\]】)）]|\s*${FONT_BAR}(?:\s*【[^】]{1,6}】)*)?$`,
  ]
    .map((form) => `(?:${form})`)
    .join('|'),
);

/** How far down a page the furniture stands: before the text's first sentence, in its first lines. */
const HEAD_LINES = 30;

export interface PageDate {
  line: Line;
  publishedAt: string;
}

/** The first furniture date line above the text's first sentence, or null. */
export function readPageDate(lines: readonly Line[]): PageDate | null {
  let seen = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    if (++seen > HEAD_LINES || /[。;；]/.test(line.text)) break;
    const publishedAt = pageDateOf(line.text);
    if (publishedAt) return { line, publishedAt };
  }
  return null;
}

/** The date of one furniture line in China's time (midnight when it gives no time); null for any other line. */
export function pageDateOf(text: string): string | null {
  const date = PAGE_DATE.exec(text);
  if (!date) return null;
  // The alternatives' groups: 1-3, 4-6, 7-9 for 年月日, then the template's date and time.
  const ymd = [1, 4, 7].map((g) => date[g]).findIndex((y) => y !== undefined);
  const at = ymd >= 0 ? 1 + ymd * 3 : 10;
  const [year, month, day] = [date[at], Number(date[at + 1]), Number(date[at + 2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const [hour, minute] = ymd >= 0 ? [0, 0] : [Number(date[13] ?? 0), Number(date[14] ?? 0)];
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}

const pad = (n: number) => String(n).padStart(2, '0');
