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

export function monthWordsToDigits(folded: string): string {
  if (!folded.includes('至') && !folded.includes('到')) return folded;
  return folded
    .replace(MONTH_WORDS, (_all, _first: string, to: string, last: string) => `1${to}${DIGITS.indexOf(last)}`)
    .replace(FIRST_MONTH_WORD, '1');
}
