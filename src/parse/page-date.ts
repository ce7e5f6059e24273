// The date a page shows outside any 来源/发布时间 label: an e-paper's date-and-page line
// (2019年02月22日 星期五 第03版：县域经济), a masthead with its date (澹州日报 2019年02月22日), a bare
// date or one beside the font-size bar (【字体：大 中 小】 2019-02-22). The line is furniture the
// structure stage drops; its date is when the report was published.

import type { Line } from './lines.js';

/** The time a page may give after its date (10:31, 10:31:05): groups 4-5. */
const TIME = String.raw`(?:\s*(\d{1,2}):(\d{2})(?::\d{2})?)?`;
/** 2019年02月22日 (10:31): groups 1-5. */
const DATE = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${TIME}`;
/** 2019-02-22 (10:31), the way a site's template writes it: groups 1-5. */
const ISO = String.raw`((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}`;
const WEEKDAY = '(?:星期|周)[一二三四五六日天]';
const PAGE = String.raw`第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]?\s*[^。,，;；\d]{0,12})?`;
const FONT_BAR = String.raw`【?字体\s*[:：]?\s*大\s*中\s*小\s*】?`;
/** A paper's or a site's name on its masthead (澹州日报, 菱河新闻网, 新华网). */
const MASTHEAD = String.raw`[^\s\d。,，;；:：]{2,12}(?:日报|晚报|时报|报|网)`;

/**
 * The forms, each with the date in groups 1-3 and the time in 4-5. A date written 年月日 on a line
 * alone is a document's own date (under a signature, after a speech's title): only a weekday, a
 * page or a masthead beside it makes it the page's. A template's 2019-02-22 is the page's wherever
 * it stands, alone, bracketed, by the font-size bar or after the writer's name.
 */
const PAGE_DATE_FORMS = [
  // 2019年02月22日 星期五 第03版：县域经济, 2019年2月22日 星期五, 澹州日报 2019年02月22日 第03版
  String.raw`^(?:${MASTHEAD}\s*)?${DATE}\s*(?:${WEEKDAY}\s*(?:${PAGE})?|${PAGE})$`,
  // 澹州日报 2019年02月22日, 2019年02月22日 17:12 新华网
  String.raw`^${MASTHEAD}\s+${DATE}$`,
  String.raw`^${DATE}\s+${MASTHEAD}$`,
  // 第03版：县域经济 2019年02月22日 星期五
  String.raw`^${PAGE}\s+${DATE}\s*(?:${WEEKDAY})?$`,
  // 2019-02-22 10:31, [ 2019-02-22 ], 【字体：大 中 小】 2019-02-22, 2019-02-22 【字体：大 中 小】【打印】
  String.raw`^(?:[[【(（]\s*|${FONT_BAR}\s*)?${ISO}(?:\s*[\]】)）]|\s*${FONT_BAR}(?:\s*【[^】]{1,6}】)*)?$`,
  // 柯某某 2025-09-11 12:48:20: the writer's name, then the template's date.
  String.raw`^[\u4e00-\u9fff]{2,4}\s+${ISO}$`,
].map((form) => new RegExp(form));

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
  for (const form of PAGE_DATE_FORMS) {
    const date = form.exec(text);
    if (!date) continue;
    const [month = 0, day = 0, hour = 0, minute = 0] = [2, 3, 4, 5].map((g) => Number(date[g] ?? 0));
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return `${date[1]}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
