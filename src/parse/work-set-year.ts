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
