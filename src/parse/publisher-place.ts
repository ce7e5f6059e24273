// The place an office is of, when its name writes the parent first: 重庆市苏沥区发展和改革委员会 is
// the district's commission (苏沥区), not the city's; 重庆市统计局 stays the city's.

import { regionIn } from './meta.js';

/** A county-level place right after its parent city or prefecture: 2–4 characters and its suffix. */
const INNER = /^([\u4e00-\u9fa5]{2,4}?(?:自治县|区|县|市|旗))(?![市县区旗州盟省])/;
/** Words that end in a place's suffix but name no place: 城市管理局, 城区, 市区, 辖区. */
const NOT_A_PLACE = /^(?:城市|城区|市区|辖区|园区|新区|城乡|县区|市县)/;

/** The innermost place an office's name starts with, or the first when only one is named. */
export function officeRegion(publisher: string): string | null {
  const outer = regionIn(publisher);
  if (!outer || !/[市州盟]$/.test(outer)) return outer;
  const rest = publisher.slice(publisher.indexOf(outer) + outer.length);
  if (NOT_A_PLACE.test(rest)) return outer;
  return INNER.exec(rest)?.[1] ?? outer;
}
