// A note's disclosure rule (空白为企业数不足3家、按规定不单独发布的行业): the count under which a bureau withholds an
// industry's figures is the rule's bound, no figure of the report (session 38, fix257).

import type { Figure } from './numbers.js';

/** 企业数不足, 少于, 低于: what stands before the bound. */
const BOUND_BEFORE = /(?:不足|少于|低于|小于|不满)$/;
/** 不单独发布, 不予公布, 按规定不公开, 不列示, 涉及保密: the withholding said after it, within a short clause. */
const WITHHELD_AFTER = /^[^。;；]{0,14}?(?:不(?:单独|予)?(?:发布|公布|公开|列示|显示)|保密)/;

/** Whether a count (家, 户, 个) is the bound under which a note says figures are withheld. */
export function isDisclosureBound(folded: string, figure: Figure): boolean {
  if (!/^(?:家|户|个)$/.test(figure.quantity.unit)) return false;
  // 不足3家: the bound's word may be read as the figure's own comparator, inside its span.
  const own = folded.slice(figure.start, figure.end);
  if (
    !/^(?:不足|少于|低于|小于|不满)/.test(own) &&
    !BOUND_BEFORE.test(folded.slice(Math.max(0, figure.start - 2), figure.start))
  )
    return false;
  return WITHHELD_AFTER.test(folded.slice(figure.end, figure.end + 24));
}
