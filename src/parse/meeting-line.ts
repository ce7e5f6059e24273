// The congress or standing committee a report was read to, on the line under its title
// (——2021年7月28日在某某县第十七届人民代表大会常务委员会第三十次会议上): the place that body is of,
// when the title names none; or the CPPCC session a member's 提案 is filed at, on the head line of
// its form (政协某某县第十届委员会第四次会议 / 提案 / 第0137号).

import type { Line } from './lines.js';
import { isGenericRegion } from './meta.js';

/** 在某某县第十七届人民代表大会…, 在某某县十七届人大常委会…: the name before the body's term. */
const MEETING =
  /在([\u4e00-\u9fa5]{2,24}?)(?:第?[一二三四五六七八九十\d]{1,4}届)?(?:人民代表大会|人大)[^。]{0,30}会议/;
/**
 * 政协某某县第十届委员会第四次会议, 中国人民政治协商会议某某县第十届委员会: a 提案's printed head names the
 * committee whose session it was filed at (a county member writes on the county). Anchored at the line's
 * start: a sentence that mentions a session is not the form's head.
 */
const CPPCC_SESSION =
  /^(?:政协|中国人民政治协商会议)([\u4e00-\u9fa5]{2,24}?)(?:第?[一二三四五六七八九十\d]{1,4}届)?委员会(?:第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议)?$/;
/**
 * （2023年8月24日政协某某县第十届委员会常务委员会第九次会议通过）, （…某某县第十八届人民代表大会常务委员会第十三次
 * 会议通过）: the day a body adopted the text, bracketed under the title of a 政协's 视察报告 or a congress's 决议
 * or 审查意见; the body is the place's own (F6381, fix312). Bracketed and ending in 通过: a sentence that
 * mentions an adoption is not this line.
 */
const ADOPTED =
  /^[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:政协|中国人民政治协商会议)?([\u4e00-\u9fa5]{2,24}?)(?:第?[一二三四五六七八九十\d]{1,4}届)?(?:人民代表大会|人大|委员会)[^。()（）]{0,30}会议(?:审议)?通过\s*[)）]$/;
/** Every place in a name, in order: 鹿州市农皋县 → 鹿州市, 农皋县. */
const PLACES = /[\u4e00-\u9fa5]+?(?:自治县|自治州|自治旗|市|县|区|旗|州|盟)(?![市县区旗州盟])/g;
/** How many lines under the title the meeting line may stand (a speaker, an addressee between). */
const UNDER_TITLE = 6;
/** A line that opens a meeting line (——2012年2月15日在…, （2023年2月2日在…, 在…) and has not closed it (no 。, not yet 会议上). */
const OPEN_MEETING =
  /^(?:——|—|-|[(（])?\s*(?:(?:19|20)\d{2}\s*年[^。]{0,12}日)?\s*在(?![^。]*会议[上中]?\s*[)）]?$)[^。]*$/;
/** The short, unpunctuated rest of a meeting line printed over two lines (会第一次会议上). */
const MEETING_REST = /^[^。，；：:]{1,30}$/;

/**
 * The texts of the first lines under a title, a meeting line printed over two (——2012年2月15日在某某
 * 自治县第十五届人民代表大 / 会第一次会议上: a title page's centred lines) joined into one.
 */
export function underTitleTexts(lines: readonly Line[], after: number | null, count = UNDER_TITLE): string[] {
  const under = lines.filter((line) => line.text.trim() !== '' && (after === null || line.number > after));
  const texts: string[] = [];
  for (let i = 0; i < under.length && texts.length < count; i++) {
    const text = under[i]?.text ?? '';
    const next = under[i + 1]?.text;
    if (next !== undefined && OPEN_MEETING.test(text) && MEETING_REST.test(next)) {
      texts.push(`${text}${next}`);
      i++;
    } else texts.push(text);
  }
  return texts;
}

/**
 * The place of the body named in the meeting line under the title. A county's report read at its
 * own county's session names 某某县 (or 某市某某县: the last place is the body's); a name whose kind
 * differs from the one the text calls its own (`own`, from 我县/全县) is another level's, not read.
 */
export function meetingPlace(
  lines: readonly Line[],
  after: number | null,
  own: string | null,
): string | null {
  for (const text of underTitleTexts(lines, after)) {
    const body =
      MEETING.exec(text)?.[1] ?? CPPCC_SESSION.exec(text.trim())?.[1] ?? ADOPTED.exec(text.trim())?.[1];
    if (!body) continue;
    const place = [...body.matchAll(PLACES)].at(-1)?.[0] ?? null;
    if (!place || place.length < 3 || isGenericRegion(place)) return null;
    return own === null || place.endsWith(own) ? place : null;
  }
  return null;
}
