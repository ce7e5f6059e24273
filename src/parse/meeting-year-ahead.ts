// A news page on a whole year's economic-work meeting named by the year it sets work for (召开2012年经济工作会议),
// held at that year's start: its figures are the year before's, the year the meeting sums up.

import type { Line } from './lines.js';

/** 2012年经济工作会议, 2012年全县经济工作会议, 2012年县委经济工作会议: a whole year's meeting, no part of one. */
const YEAR_MEETING = /((?:19|20)\d{2})年(?:全[省市县区旗州盟])?(?:[省市县区旗州盟]委)?经济工作会议/;

/** 总结2011年全县经济工作, 回顾2011年工作: the year the meeting sums up. */
const SUMS_UP = /(?:总结|回顾)((?:19|20)\d{2})年/;

/**
 * The year a page on a whole year's economic-work meeting reports (session 48, fix441, F9212): the year before the
 * one its headline names when the page is dated in that year's first half or in the year before (a meeting of
 * 1月12日 or of late December setting the year's work), or when its opening sums up the year before (总结2011年…).
 * Null otherwise: the headline's year stands (a page of 12月 on 2011年经济工作会议 that sums up 2011).
 */
export function meetingYearAhead(
  title: string | undefined,
  titleYear: number | null | undefined,
  publishedAt: string | null,
  opened: readonly Line[],
): number | null {
  if (!title?.includes('经济工作会议') || !titleYear) return null;
  const named = YEAR_MEETING.exec(title);
  if (!named || Number(named[1]) !== titleYear) return null;
  const dated = publishedAt ? /^((?:19|20)\d{2})-(\d{1,2})/.exec(publishedAt) : null;
  if (dated) {
    const year = Number(dated[1]);
    if (year === titleYear - 1 || (year === titleYear && Number(dated[2]) <= 6)) return titleYear - 1;
  }
  for (const line of opened.slice(0, 3)) {
    const summed = line.text.includes('年') ? SUMS_UP.exec(line.text) : null;
    if (summed) return Number(summed[1]) === titleYear - 1 ? titleYear - 1 : null;
  }
  return null;
}
