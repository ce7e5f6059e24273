// A speech at a place's economic-work meeting (在全县经济工作会议上的讲话) or a CPPCC member's on the
// economy at the session (…在政协某区…会议上的大会发言): which year's results it gives.

import { arabicDates } from './chinese-date.js';
import type { Line } from './lines.js';
import { underTitleTexts } from './meeting-line.js';

/**
 * 在全县经济工作会议上的讲话, 在2024年全市经济运行分析会上的讲话: a secretary's or a head's speech at the
 * meeting that sums up the year's economy and sets next year's goals. A speech on any other subject
 * (在全县安全生产工作会议上的讲话) is another document.
 */
export const ECONOMIC_MEETING_SPEECH =
  /^[^。;；]{0,30}在[^。;；]{0,30}(?:经济工作(?:暨[^。;；]{1,20})?会议|经济工作会|经济运行(?:分析|调度)?(?:会议|会))(?:上|开幕式上)?的(?:讲话|报告|总结讲话)(?:\s*[(（](?:摘要|节选|全文)[)）])?$/;

/**
 * 在全县三季度经济运行调度会议上的讲话, 在全市上半年经济运行分析会上的讲话: a speech at a meeting on a part of
 * the year reads the period's figures against the year's goals and plans the rest of the year, as a
 * statistics bureau's analysis does; it sets no next year's goals (session 32, fixleft32).
 */
export const PART_YEAR_ECONOMY_SPEECH =
  /^[^。;；]{0,30}在[^。;；]{0,20}(?:一季度|上半年|半年|三季度|前三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月份?)[^。;；]{0,12}经济(?:运行|形势)(?:分析|调度)?(?:会议|会)上的(?:讲话|总结讲话)$/;

/**
 * What a 推进会 drives when it is on the economy: the year's economic work, its running, its key work or its
 * projects (经济工作推进会, 项目建设推进会, 重点工作推进会). A 推进会 on another subject (安全生产工作推进会, 河长制
 * 工作推进会) stays another document.
 */
const ECONOMY_PUSH_SUBJECTS = [
  '经济工作',
  '经济运行',
  '经济发展',
  '重点工作',
  '重点项目',
  '重大项目',
  '项目建设',
  '项目',
  '招商引资',
];

/**
 * 在全县经济工作推进会上的讲话 (2021年9月10日), 在全市重点项目建设推进大会上的讲话: a speech at a meeting held in the
 * year's course to push the year's goals, reading the months so far against them and setting the goals for the
 * months left, as a part-year economy speech does; its title dates nothing, the body's 1—8月 gives the period
 * (session 47, fix421, F8611).
 */
export const ECONOMY_PUSH_SPEECH = new RegExp(
  `^[^。;；]{0,30}在[^。;；]{0,30}(?:${ECONOMY_PUSH_SUBJECTS.join('|')})(?:建设)?(?:工作)?(?:暨[^。;；]{1,20})?推进(?:大会|会议|会)(?:上)?的(?:讲话|总结讲话)$`,
);

/**
 * 抓住发展新机遇　推动区域经济提质增效——在政协某某区第七届委员会第四次会议上的大会发言: a CPPCC member's
 * speech at the session's plenary, headed by its subject with the session in the subtitle. One on the
 * economy quotes the government work report's results and goals and adds the member's own, as a
 * plan-and-draft report does; the subtitle alone names no subject, so the heading over it must name
 * the economy (a speech on education or the river chiefs stays another document). Session 26, fix78b.
 */
export const CPPCC_ECONOMY_SPEECH =
  /^[^。;；——]{0,40}(?:经济|生产总值|GDP|产业|新质生产力|高质量发展)[^。;；——]{0,40}(?:——|--|－－|—)\s*在[^。;；]{0,40}政协[^。;；]{0,30}会议(?:开幕式|全体会议)?上的(?:大会)?(?:书面)?发言$/;

/** …——在政协某市某区第七届委员会第四次会议上的大会发言, …在某区政协七届四次会议上…: the place the session is of. */
export function cppccSpeechPlace(title: string): string {
  const session = title.replace(/^.*(?:——|--|－－|—)\s*在(?:中国人民政治协商会议|政协)?/, '');
  return session.split(/政协|第?[一二三四五六七八九十]{1,3}届/)[0] ?? '';
}

/**
 * 在中国共产党某县第N届委员会第M次全体会议上的报告, 在中共某县委N届M次全会上的工作报告: the secretary's
 * report for the standing committee to the party committee's plenary held at the year's turn, reviewing the
 * year with its figures and ranks and setting next year's 主要预期目标, as a work report does. A plenary on
 * a single subject (a 决定 or a 讲话 on party discipline) gives no headline figures and stays refused
 * (report-meta.ts). Session 30, fix100.
 */
export const PARTY_PLENARY_REPORT =
  /^在(?:中国共产党|中共)[\u4e00-\u9fa5]{1,16}?(?:自治县|自治旗|县|市|区|旗|州|盟)(?:委员会|委)?(?:第?[一二三四五六七八九十]{1,3}届(?:委员会)?第?[一二三四五六七八九十]{1,3}次全体会议|第?[一二三四五六七八九十]{1,3}届第?[一二三四五六七八九十]{1,3}次全会)(?:暨[^。;；]{1,20}会议)?上的(?:工作)?报告$/;

/** 在中国共产党某县第N届委员会…: the place whose party committee meets. */
export function plenaryPlace(title: string): string {
  const held = title.replace(/^在(?:中国共产党|中共)/, '');
  return held.split(/(?:委员会|委)?第?[一二三四五六七八九十]{1,3}届/)[0] ?? '';
}

/** A speech whose title dates nothing: the date under its title gives the year it sums up. */
const SPEECH_TITLES = [ECONOMIC_MEETING_SPEECH, CPPCC_ECONOMY_SPEECH, PARTY_PLENARY_REPORT];

const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日)?/;
/** The meeting is held at the year's end or early in the next: from October on, the year is its own. */
const YEAR_END_FROM = 10;
/** …and up to March, when the year before is summed up. */
const NEW_YEAR_UNTIL = 3;

/** The date under a yearless speech's title ((2024年12月27日), 二〇二五年一月十日), or null. */
function speechDate(
  title: string | null | undefined,
  lines: readonly Line[],
  after: number | null,
): { year: number; month: number } | null {
  if (!title || after === null || !SPEECH_TITLES.some((form) => form.test(title))) return null;
  for (const text of underTitleTexts(lines, after, 3)) {
    const m = DATE.exec(arabicDates(text));
    if (m) return { year: Number(m[1]), month: Number(m[2]) };
  }
  return null;
}

/**
 * The year a yearless economic-work speech sums up, from the date under its title: a December meeting's year, a
 * January to March one's year before; any other month's, none.
 */
export function speechYear(
  title: string | null | undefined,
  lines: readonly Line[],
  after: number | null,
): number | null {
  const date = speechDate(title, lines, after);
  if (!date) return null;
  // A meeting in spring or summer (上半年经济工作会议) sums up part of a year: the text says which.
  if (date.month >= YEAR_END_FROM) return date.year;
  return date.month <= NEW_YEAR_UNTIL ? date.year - 1 : null;
}

/**
 * The year of a yearless speech dated in the middle of a year ((2024年7月26日): from April to September), whose
 * opening says which part of that year it reviews (向全会报告上半年工作): a plenary held at midyear reports on the
 * half, in the date's year, and plans the rest of the year as a part-year plan report does. Session 35, fix191.
 */
export function midYearSpeechYear(
  title: string | null | undefined,
  lines: readonly Line[],
  after: number | null,
): number | null {
  const date = speechDate(title, lines, after);
  return date && date.month > NEW_YEAR_UNTIL && date.month < YEAR_END_FROM ? date.year : null;
}

/** 中共某某县委书记　某某, 某某县人民政府县长 某某: the speaker's office names the place. */
const SPEAKER =
  /^(?:中共)?([\u4e00-\u9fa5]{1,12}?(?:自治县|自治旗|县|市|区|旗))(?:委|人民政府|政府)?[\u4e00-\u9fa5、]{0,12}?(?:副?书记|副?县长|副?市长|副?区长|副?旗长)[\s\u3000]+[\u4e00-\u9fa5·]{2,5}$/;

/** The place of an economic-work speech whose title names none: its speaker's office under the title. */
export function speakerRegion(
  title: string | null | undefined,
  lines: readonly Line[],
  after: number | null,
): string | null {
  if (!title || after === null || !(ECONOMIC_MEETING_SPEECH.test(title) || ECONOMY_PUSH_SPEECH.test(title)))
    return null;
  for (const text of underTitleTexts(lines, after, 3)) {
    const m = SPEAKER.exec(text.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}
