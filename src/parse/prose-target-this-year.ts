// 今年 in a full-year report written after its year: a news page of January (去年完成投资1.6亿元,
// 该企业去年新增…) speaks of the report's year as 去年, so a goal of 今年 is the year after's. So does
// a page dated in the year after (发布时间：2020-05-13 over 2019年全县…), naming its year by number (fix297).

/**
 * 去年完成/新增/实现…, 去年全县…: the report's year told as last year, not a comparison base (比去年,
 * 较去年同期, 与去年相比, which every report uses for the year before its own).
 */
const REPORT_YEAR_AS_LAST =
  /(?<![比较与同于和及至到、])去年(?!同期|同比|以来|底|末|年)(?:全年|全[县市区旗州盟]|[一-龥]{0,2}?)?(?:完成|新增|新建|建成|实现|累计|共|已)/;

/** 今年 in a goal sentence, not 今年以来 (a span up to now) nor 今年上半年 (a part). */
const THIS_YEAR = /今年(?!以来|上半年|下半年|一季度|前三季度|[1１]-)/;

/**
 * Whether a full-year report's text speaks of its own year as 去年, or the page is dated in the year
 * after the report's (only the next: a page reposted years later is no writer's 今年).
 */
export function tellsReportYearAsLast(
  folded: string,
  fullYearReport: boolean,
  reportYear: number | null = null,
  publishedYear: number | null = null,
): boolean {
  if (!fullYearReport) return false;
  if (reportYear !== null && publishedYear === reportYear + 1) return true;
  return REPORT_YEAR_AS_LAST.test(folded);
}

/** A goal sentence naming 今年 when the report's year is 去年: the year after the report's. */
export function namesYearAfter(text: string, reportYearIsLast: boolean): boolean {
  return reportYearIsLast && THIS_YEAR.test(text);
}
