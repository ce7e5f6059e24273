// 元至九月, 一至九月份: a cumulative period whose months are written in characters (a Zhejiang
// report's 元至九月 for 1-9月). Rewritten to digits one character for one (元→1, 九→9), so every
// period pattern (1至9月) reads it and offsets into the folded text stay offsets into the source.
// 元至3月份 (元 before a digit month) likewise. Only single-character end months (二…九): 十月
// and later would change the text's length.

const DIGITS = '〇一二三四五六七八九';
const MONTH_WORDS =
  /(?<![〇零一二三四五六七八九十两单美万亿千百\d.])([元一])([至到])([二三四五六七八九])(?=月)/g;

/** 元至3月份: 元 (the first month) before a month in digits. */
const FIRST_MONTH_WORD = /(?<![单美万亿千百十\d.])元(?=[至到]\d{1,2}月)/g;

/**
 * 九月当月, 九月份当月: one month written in a character before 当月 (a Shanghai analysis's 九月当月，全区完成…), read
 * as 9月当月 is (session 47, fix412, F8442). 十月 and later are left (two characters for one or two digits).
 */
const SINGLE_MONTH_WORD =
  /(?<![〇零一二三四五六七八九十两单美万亿千百第\d.])[一二三四五六七八九](?=月份?当月)/g;

export function monthWordsToDigits(folded: string): string {
  let text = folded;
  if (text.includes('当月')) text = text.replace(SINGLE_MONTH_WORD, (word) => `${DIGITS.indexOf(word)}`);
  if (!text.includes('至') && !text.includes('到')) return text;
  return text
    .replace(MONTH_WORDS, (_all, _first: string, to: string, last: string) => `1${to}${DIGITS.indexOf(last)}`)
    .replace(FIRST_MONTH_WORD, '1');
}
