// A department's work summary (某县发展和改革局2023年上半年工作总结和下半年工作计划, 某县统计局2022年工作总结
// 及2023年工作打算): its first part reports the county's figures, its second plans the rest of the year or
// the next. Its title names the department after the place, and a township's names the 镇/乡/街道.

/** A part of a report headed so (一、上半年工作总结, （一）2022年工作总结) is not a title. */
const NOT_A_PART = `^(?![一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])`;
/** What may follow the summary: its plan (和下半年工作计划, 及2023年工作打算), nothing else. */
const PLAN_AFTER = String.raw`(?:\s*(?:和|及|暨|与|以及|、)\s*[^。;；,，]{0,20}(?:计划|打算|思路|安排|要点|重点|设想))?$`;
const PART_YEAR = String.raw`(?:上半年|半年|前三季度|一季度|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)`;

/**
 * 工作总结, and a government's briefing paper to visiting leaders on its own period (上半年经济运行情况汇报,
 * 工作汇报: figures, ranks, problems, next steps), which is a summary under another name.
 */
const SUMMARY = '(?:(?:工作)?总结|(?:经济运行|工作)(?:情况)?汇报)';
/**
 * 2023年上半年工作总结和下半年工作计划: a part-year's summary, read as a plan-execution report. 上半年商务工作
 * 总结, 上半年统计工作总结: the department's field named before 工作 (fix92); 上半年巩固拓展脱贫攻坚成果同乡村
 * 振兴工作总结: a field named by its programme's long name (session 29, fix97).
 */
export const PART_YEAR_SUMMARY = new RegExp(
  `${NOT_A_PART}[^。;；,，]{0,40}${PART_YEAR}(?:度)?(?:[\u4e00-\u9fa5]{2,16}?(?=工作))?${SUMMARY}${PLAN_AFTER}`,
);
/**
 * 2022年工作总结及2023年工作打算: a year's summary, read as a year's execution with next year's plan. 2025年招商引资
 * 工作总结和2026年工作计划: the department's field named before 工作, as in a part-year's (session 38, fix264, F5402).
 */
export const YEAR_SUMMARY = new RegExp(
  `${NOT_A_PART}[^。;；,，]{0,40}(?:19|20)\\d{2}\\s*年(?:度)?(?:全年)?(?:[\u4e00-\u9fa5]{2,16}?(?=工作))?${SUMMARY}${PLAN_AFTER}`,
);

/**
 * 2012年经济运行情况及2013年工作安排 (a 发改局's year-end paper): the year's results and the next year's work, named by
 * its year, a summary under another name read as YEAR_SUMMARY is (fix382, F7665). The plan part must name its year.
 */
export const YEAR_RUN_AND_PLAN = new RegExp(
  `${NOT_A_PART}[^。;；,，]{0,40}(?:19|20)\\d{2}\\s*年(?:度)?(?:全年)?(?:全[县市区旗])?经济(?:社会)?(?:运行|发展)情况\\s*(?:和|及|暨|与|以及)\\s*(?:19|20)\\d{2}\\s*年(?:度)?[\u4e00-\u9fa5]{0,8}?工作(?:安排|计划|打算|思路|要点|重点|设想)$`,
);

/** The departments that write work summaries with the county's figures, by the words their names start with. */
const KNOWN_DEPARTMENT =
  /(?:人民政府)?(?:发展和改革|发展改革|发改|统计|工业和信息化|工业信息化|工信|经济和信息化|经济信息化|经信|商务|财政|住房和城乡建设|住建|交通运输|农业农村|文化和旅游|文化旅游|文旅|自然资源|生态环境|水利|科学技术|科技|人力资源和社会保障|人社|市场监督管理|市场监管|应急管理|城市管理|投资促进|招商)[\u4e00-\u9fa5]{0,6}?(?:局|委员会|委|办公室|办|中心)$/;
/**
 * Any other department: the place is the shortest one before it. A zone's committee written short (某某经济开发区管委会,
 * 某某边境经济合作区管委会: fix275) ends so too.
 */
const ANY_DEPARTMENT =
  /^(.*?(?:自治县|自治州|自治旗|市|县|区|旗|州|盟))(?:人民政府)?[\u4e00-\u9fa5]{1,16}?(?:局|委员会|委|办公室|办|中心)$|^(.*?区)管委会$/;

/**
 * The places before a department's name (甘泷县发展和改革局 → 甘泷县, 峰川市甘泷区商务局 → 峰川市甘泷区);
 * the text itself when it ends in no department. A region's name never ends in 局, 委 or 办.
 */
export function withoutDepartment(text: string): string {
  const known = KNOWN_DEPARTMENT.exec(text);
  if (known && known.index > 0) return text.slice(0, known.index);
  const any = ANY_DEPARTMENT.exec(text);
  return any?.[1] ?? any?.[2] ?? text;
}

/** 高岭县果林镇2023年上半年工作总结, 果林镇人民政府半年工作总结: a township's summary names it before its year or kind. */
const TOWNSHIP_TITLE =
  /^(?:[\u4e00-\u9fa5]{1,12}?(?:自治县|市|县|区|旗))?([\u4e00-\u9fa5]{1,8}?(?:镇|乡|街道))(?:人民政府|党委|政府|办事处)?\s*(?:(?:19|20)\d{2}\s*年(?:度)?)?\s*(?:上半年|半年|前三季度|一季度|全年|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)?(?:度)?(?:政府)?(?:工作)?(?:总结|汇报|报告)/;

/**
 * The township a work summary's title is about, or null. The region model holds counties and above
 * (a region's parent is its city); a township's figures are its own, never the county's.
 */
export function townshipOfTitle(title: string | null | undefined): string | null {
  if (!title || title.length > 60) return null;
  return TOWNSHIP_TITLE.exec(title.trim())?.[1] ?? null;
}
