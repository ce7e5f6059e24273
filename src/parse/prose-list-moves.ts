// 城乡居民人均可支配收入分别由2020年的a元、b元增加到2025年的c元、d元，年均分别增长A%和B%: a list's
// figures moved from, then the same list's figures moved to, then their averages (session 39, fix286). The
// list opens at 分别由…的 even with the year between; the figures it moved from are facts only (as
// 城镇化率由A%提高到B% keeps A a fact), the figures it moved to (增加到2025年的, 提高到) go to the same names
// in order, and the averages over the span (年均分别增长) are facts only too, as a 年均 figure is.

/** 分别由2020年的, 分别从上年末的: the words before the first figure of a list moved from. */
const MOVED_FROM = /分别[由从](?:(?:19|20)\d{2}年(?:末|底)?|(?:上|去)年(?:末|底)?|年初)?的?$/;

/** 增加到, 提高至: the words before the first figure of a list moved to, with no year named. */
const MOVED_TO = /^(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低)(?:到|至)$/;

/** 年均分别增长: a list of the span's average paces. */
const SPAN_AVERAGES = /(?:年均|年平均)分别(?:增长|提高|下降|递增)?$/;

const compact = (text: string) => text.replace(/\s+/g, '');

/** Whether the words before a list's first figure say the list is what its names moved from. */
export const listMovedFrom = (lead: string): boolean => MOVED_FROM.test(compact(lead));

/** Whether a figure's own key says it is the first of a list moved to (增加到), the list before's names'. */
export const listMovedTo = (ownKey: string): boolean => MOVED_TO.test(compact(ownKey));

/** Whether the list's figures are facts only: what the names moved from, or the span's averages. */
export const listFactsOnly = (lead: string): boolean =>
  listMovedFrom(lead) || SPAN_AVERAGES.test(compact(lead));

/** 由A元增加到: a single figure's own key ending at 由, the words after it a move to (F6901). */
const MOVED_ON = /^(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低)(?:到|至)/;

/** Whether a figure is what its name moved from (甲由A元增加到B元): a fact only, the name kept for the next. */
export const isMovedFrom = (ownKey: string, after: string): boolean =>
  /由$/.test(compact(ownKey)) && MOVED_ON.test(compact(after));
