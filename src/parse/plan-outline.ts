// A county's five-year plan outline (某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,
// 某市“十四五”规划纲要) opens with the last plan's results to its base year (the year before the new
// plan's first) and sets the new plan's goals: a plan-and-draft report of the base year whose goals are
// five-year ones. Its title names the plan by its number, never the base year. Session 36, fix218.

/** The 纲要's title: 第十四个五年规划(和二〇三五年远景目标)纲要 or “十四五”(…)规划纲要, maybe （草案）. */
export const PLAN_OUTLINE =
  /(?:第十([一二三四五六七八九])个五年规划|[“"‘]?十([一二三四五六七八九])五[”"’]?(?:国民经济和社会发展)?规划)(?:和(?:二〇|20)[〇零一二三四五六七八九\d]{2}年远景目标)?纲要\s*(?:[(（](?:草案|节选|全文|摘要)[)）])?$/;

const DIGITS = '一二三四五六七八九';

/** 十四五 → 2020: the year before the plan's first (十一五 began in 2006, each plan five years on). */
export function planOutlineBaseYear(title: string): number | null {
  const found = PLAN_OUTLINE.exec(title);
  const digit = found?.[1] ?? found?.[2];
  if (!digit) return null;
  const number = 10 + DIGITS.indexOf(digit) + 1;
  return 2006 + 5 * (number - 11) - 1;
}

/** 甲县“十五五”规划纲要获批 到2030年…: a plan named by its number, then 到 its last year in the same headline. */
const PLAN_NUMBER = /十([一二三四五六七八九])五/;

/**
 * A news headline on a 纲要 whose only year is its goals' (“十五五”规划纲要获批 到2030年甲突破X亿元): the plan's
 * base year, as the 纲要's own title gives (fix262); null for any other year (2025年…, 到2027年 in a 十五五 headline).
 */
export function planGoalYearBase(title: string, yearAt: number, year: number): number | null {
  if (!/(?:到|至)\s*$/.test(title.slice(Math.max(0, yearAt - 2), yearAt))) return null;
  const digit = PLAN_NUMBER.exec(title)?.[1];
  if (!digit) return null;
  const base = 2006 + 5 * DIGITS.indexOf(digit) - 1;
  return base + 5 === year ? base : null;
}
