// Whether a paragraph opens on the year after the report's, so that the goals it sets outside the plan part are that
// year's: 2016年是“十三五”开局之年 (fix281), a page's card label 【2023年目标】 or a lead 2023年，我市将… (fix443).

/** 全市经济工作的总体思路, 经济社会发展工作的主要安排: the year's whole work and its outline, after the year. */
const NEXT_WORK =
  '(?:全[省市县区旗州盟])?(?:经济社会发展|经济|各项)?工作的?(?:总体|基本|主要)?(?:思路|要求|安排|打算)';

/**
 * `lead` is the paragraph's text before the goal's sentence, `yearAfter` the year after the report's. 【2023年目标】2023年，
 * 我市将奋力建设…。主要预期目标为：… in a page on 2022's results (a 数说 page's card): the label in 【】 names the year
 * after, or the paragraph's first clause does with 将/要 after it; either makes the goals that year's (session 49,
 * fix443, F9432).
 */
export function opensOnYearAfter(lead: string, yearAfter: number): boolean {
  const year = `${yearAfter}年`;
  if (!lead.includes(year)) return false;
  if (new RegExp(`^[^。\\d]{0,8}${year}是`).test(lead)) return true;
  // 汇报提出，2020年全市经济工作的总体思路是：…。主要预期目标为：… (a page on the hearing of 1—11月's figures): the
  // paragraph opens on the year after's work, its goals are that year's (session 50, fix464, F9845).
  if (new RegExp(`^[^。\\d]{0,8}${year}${NEXT_WORK}`).test(lead)) return true;
  const label = /^\s*【([^】]{0,16})】/.exec(lead);
  if (label?.[1]?.includes(year) && !/\d/.test(label[1].replace(year, ''))) return true;
  const body = label ? lead.slice(label[0].length) : lead;
  return new RegExp(`^\\s*${year}(?:是|[,，][^。\\d]{0,6}?(?:将|要))`).test(body);
}
