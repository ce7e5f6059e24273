// Dates written in Chinese numerals (二〇二一年七月二十八日), as a meeting line or a signature may
// give them, rewritten in digits so the date readers need know only one form.

import { chineseNumeral } from './numbers.js';

/** 〇 (U+3007), ○ (U+25CB) and 零 all stand for a year's zero digit. */
const YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const CHINESE_DATE =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/g;

/** 二〇二一年七月二十八日 → 2021年7月28日; a year is read digit by digit, a month and a day as numbers. */
export function arabicDates(text: string): string {
  return text.replace(CHINESE_DATE, (whole, year: string, month: string, day: string | undefined) => {
    const y = [...year].map((ch) => YEAR_DIGITS[ch] ?? '').join('');
    const m = chineseNumeral(month);
    const d = day === undefined ? null : chineseNumeral(day);
    if (y.length !== 4 || !/^(?:19|20)/.test(y) || m === null || m < 1 || m > 12) return whole;
    if (day !== undefined && (d === null || d < 1 || d > 31)) return whole;
    return `${y}年${m}月${d === null ? '' : `${d}日`}`;
  });
}
