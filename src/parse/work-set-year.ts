// A headline whose year is the one a meeting sets work for (部署2013年经济工作): the meeting sums up the year before.

/** 部署, 安排部署, 谋划 right before the year: the year of the work set, not of the figures. */
const SETS = /(?:部署|安排|谋划|擘画|筹划)\s*$/;
/** …2013年(全旗)(经济|经济社会发展)工作, …年(目标)任务: the year's whole work, not one field's project list. */
const WHOLE_WORK = /^\s*(?:全[省市县区旗州盟])?(?:经济社会发展|经济|各项)?(?:工作|目标任务|任务)/;

/**
 * 旗委经济工作会议召开 部署2013年经济工作 (a year-end meeting's headline, or a spring one's): the page reports the
 * year the meeting reviews, the one before the year it sets work for (fix382, F7661); null for any other year.
 */
export function yearBeforeWorkSet(
  title: string,
  yearAt: number,
  yearEnd: number,
  year: number,
): number | null {
  if (!SETS.test(title.slice(Math.max(0, yearAt - 4), yearAt))) return null;
  return WHOLE_WORK.test(title.slice(yearEnd, yearEnd + 16)) ? year - 1 : null;
}

/** 1—11月份, 上半年, 前三季度: a part of a year, written without its year. */
const YEARLESS_PART = String.raw`(上半年|前三季度|第?[一三]季度|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)`;
/** …全市1—11月份经济运行情况和: the figures' months, then what they report, then 和 before the next year. */
const FIGURES_THEN_AND = new RegExp(
  `${YEARLESS_PART}[\\u4e00-\\u9fa5]{0,12}?(?:运行|执行|完成|发展)情况\\s*(?:和|及|暨|与|以及|、)\\s*$`,
);
/** 2020年经济工作思路, 2020年工作安排, 2020年国民经济和社会发展计划: the next year's work or plan. */
const NEXT_YEAR_WORK = /^[\u4e00-\u9fa5]{0,12}?(?:思路|安排|打算|计划|要点|设想)/;

/**
 * 市人大常委会听取全市1—11月份经济运行情况和2020年经济工作思路的汇报: a headline naming the months its figures run to
 * without their year, then the next year's work; the figures' period is those months of the year before (session 50,
 * fix464, F9844). Returns that period's words, or null.
 */
export function periodBeforeYearWork(title: string, yearAt: number, yearEnd: number): string | null {
  if (!NEXT_YEAR_WORK.test(title.slice(yearEnd, yearEnd + 16))) return null;
  return FIGURES_THEN_AND.exec(title.slice(Math.max(0, yearAt - 40), yearAt))?.[1] ?? null;
}
