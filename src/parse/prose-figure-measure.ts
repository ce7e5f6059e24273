// What a prose figure measures (level, growth, change, share, structure …) and its signed quantity:
// first what its clause says (measureOf), then what the figures before it in the chain or the list say
// (a share's move, a decline's size, an index over its base, a list's verb), last its link.

import type { Figure } from './numbers.js';
import { earlierPeriodGap, measureOf, SHARE } from './prose-clause-kinds.js';
import { clauseKey, type NamedIndicator } from './prose-clauses.js';
import { type Link, linked } from './prose-links.js';
import type { Measure, Observation, Quantity } from './types.js';

/**
 * 一季度为, 1-5月为, 上半年是: an earlier period's figure, said after the report period's; so is 比上半年的
 * (增长9.6%，比上半年的6.2%加快3.4个百分点), the earlier growth the change is told from, 增速 left unsaid.
 */
const EARLIER_PERIOD_FIGURE =
  /^(?:(?:第?[一二三四]季度|上半年|前三季度|1-\d{1,2}月份?)(?:为|是)|(?:比|较)(?:第?[一二三四]季度|上半年|前三季度|1-\d{1,2}月份?)的)$/;
/**
 * 增速由一季度的5.6%提高到上半年的6.8%: the period reached, after the earlier period's growth, names the
 * report period's growth (repeated), not a rate.
 */
const REACHED_PERIOD =
  /^(?:提高|提升|上升|回升|加快)(?:到|至)(?:第?[一二三]季度|上半年|前三季度|1-\d{1,2}月)的?$/;
/**
 * 降幅为3.2%, 降幅3.2%: the size of a decline, a negative growth; so is 降幅收窄到3.2% (the fall narrowed to
 * that size; 收窄至 is read by the scanner as a sign word instead); so is 降幅控制在5%以内 among the results
 * (the fall kept within that size: a fall of it at most, as 失业率控制在4%以内 is the rate). 降幅仍达3.2%: the fall
 * still that large, an adverb before the verb (session 46, fix395, F8343).
 */
const DECLINE_SIZE =
  /(?:^|[^比较])降幅(?:(?:仍然?|依然|还)?(?:为|是|达到?)|(?:要|力争|争取)?(?:收窄|缩小|压缩)(?:到|至|在)|(?:被|已|均)?(?:控制|保持)在)?$/;
/** 增长仅为, 下降只有, 增长仅: the growth's verb, then a judgement that it is small (session 27, fix86). */
const JUDGED_GROWTH = /(?:增长|下降)(?:仅|只)(?:为|是|有)?$/;
/**
 * 占全部投资的比重从上年同期的46.3%下降到37.8%: a share told by the one it moved from (a fact only)
 * and the one it moved to (the period's share).
 */
const SHARE_FROM =
  /(?:从|由)(?:上年同期|去年同期|上年|去年|年初|第?[一二三四]季度|上半年|\d{1,2}-\d{1,2}月)的?$/;
const SHARE_TO = /^(?:提高|下降|上升|降低|增加|减少|回落|回升|调整)(?:到|至|为)$/;
/** Whether the share figure `to` (回落至49.8%, whose verb the scanner reads as a sign) is where one moved to. */
export const sharedMoveTo = (folded: string, key: string, to: Figure) =>
  SHARE_TO.test(key) ||
  (key === '' &&
    to.signWord !== '' &&
    SHARE_TO.test(folded.slice(to.start, to.start + to.signWord.length + 1)));

/**
 * 甲增幅比上年同期低A个百分点: the gap after the growth's word when a name stands before it (the name's own growth
 * against an earlier period's, F10366); the key as it is otherwise.
 */
function ownGap(key: string): string {
  const at = key.search(/(?:增速|增幅)(?=比|较)/);
  return at > 0 ? key.slice(at + 2) : key;
}

/** 占…的比重从上年同期的46.3%: the share a share moved from, told by the next figure it moved to. */
export function isShareFrom(
  folded: string,
  ownKey: string,
  figure: Figure,
  next: Figure | undefined,
): boolean {
  return (
    next !== undefined &&
    SHARE.test(ownKey) &&
    SHARE_FROM.test(ownKey) &&
    sharedMoveTo(folded, clauseKey(folded.slice(figure.end, next.start)), next)
  );
}

/**
 * 居民消费价格总指数104.8%: an index written as a percentage of its base, as the change over its base
 * (4.8%); null for any other figure.
 */
export function indexChangeOf(
  join: NamedIndicator | null,
  measure: Measure,
  link: Link | null,
  figure: Figure,
  quantity: Quantity,
): Quantity | null {
  const base = join?.entry.indexBase;
  if (
    !base ||
    measure !== 'rate' ||
    link ||
    figure.signWord ||
    !/指数$/.test(join?.name ?? '') ||
    quantity.baseUnit !== '%' ||
    !(quantity.value > base / 2) ||
    !(quantity.value < base * 2)
  )
    return null;
  const decimals = (quantity.raw.split('.')[1] ?? '').replace(/\D.*$/, '').length;
  const value = Number(((quantity.value - base) / (base / 100)).toFixed(decimals));
  return { ...quantity, value, valueBase: value };
}

const negated = (q: Quantity): Quantity => ({ ...q, value: -q.value, valueBase: -q.valueBase });

/** What the clause, the chain and the list say of a figure, as the measure stage needs it. */
export interface MeasureContext {
  folded: string;
  figure: Figure;
  /** The figure as written in the source. */
  raw: string;
  clause: string;
  ownKey: string;
  /** The key its link is read from (figureKey). */
  key: string;
  join: NamedIndicator | null;
  link: Link | null;
  /** One of the sectors' shares listed (由上年的a%、b%和c%调整为…). */
  structure: boolean;
  /** …的60.2% of a plan's amount just given. */
  shareOfPlanAmount: boolean;
  /** The figure before was a share's change in points (比重比上年提高B个百分点，达到A%). */
  previousShareChange: boolean;
  /** The figure before was the share a share moved from. */
  previousShareFrom: boolean;
  /** The clause before named and judged a share (比重偏低，仅为38.2%). */
  evaluatedShare: boolean;
  /** The last observation read so far, which an earlier period's figure may go with. */
  lastObservation: Observation | undefined;
  /** An amount of change (同比减收0.5亿元): the match, whose first group is the verb. */
  change: RegExpExecArray | null;
  /** A later figure of a list of earlier-period gaps whose first fell (比1-3月、1-4月分别回落…). */
  earlierFell: boolean;
  /** A growth in brackets after an indicator's name (地区生产总值（7.2%）). */
  bracketed: boolean;
  /** A margin in brackets after an earlier figure that fell (比一季度回落3.1%（0.6个百分点）). */
  marginFell: boolean;
  /** A later figure of a 分别 list whose first figure's clause named a share. */
  listShare: boolean;
  /** A later figure of a 分别 list: the sign of the verb before the first (0 when none). */
  listSign: number;
  /**
   * A later figure of a 分别 list whose first was an amount of change (分别较上年增加a万亩、b公斤和c万吨):
   * its sign (0 when none).
   */
  listChange?: number;
}

/** 分别较上年增加, 分别比上年减少: the words before a list of amounts of change; their sign, or 0. */
export function listChangeSign(lead: string): number {
  const m = /分别(?:较|比)(?:上年|去年)(?:同期|末)?(增加|减少|多|少)$/.exec(lead.replace(/\s+/g, ''));
  return m ? (/减|少/.test(m[1] ?? '') ? -1 : 1) : 0;
}

export interface FigureMeasure {
  measure: Measure;
  quantity: Quantity;
  /** An index's change over its base, observed in place of the index as written. */
  indexChange: Quantity | null;
}

export function figureMeasure(c: MeasureContext): FigureMeasure {
  const { figure, ownKey, link } = c;
  let measure: Measure = c.structure
    ? 'structure'
    : c.shareOfPlanAmount
      ? 'share'
      : measureOf(figure, c.clause);
  let quantity: Quantity = { ...figure.quantity, raw: c.raw };
  if (c.previousShareChange && measure === 'rate' && /^(?:达到|达|为|升至|提高到|降至)$/.test(ownKey))
    measure = 'share';
  if (c.evaluatedShare && measure === 'rate') measure = 'share';
  if (c.previousShareFrom && sharedMoveTo(c.folded, ownKey, figure)) {
    measure = 'share';
    quantity = { ...quantity, value: Math.abs(quantity.value), valueBase: Math.abs(quantity.valueBase) };
  }
  // 增长6.2%，一季度为3.1%: an earlier period's figure right after a growth is that period's growth.
  const last = c.lastObservation;
  if (
    measure === 'rate' &&
    (EARLIER_PERIOD_FIGURE.test(ownKey) || REACHED_PERIOD.test(ownKey)) &&
    last?.measure === 'growth' &&
    last.indicatorCode === c.join?.entry.code
  )
    measure = 'growth';
  // 降幅为3.2%: a decline told by its size.
  if (measure === 'rate' && !figure.signWord && DECLINE_SIZE.test(ownKey)) {
    measure = 'growth';
    if (quantity.value > 0) quantity = negated(quantity);
  }
  // 餐饮收入增长仅为A%, 下降只有2.1%: a growth judged small, its verb parted from the figure by the judgement.
  if (measure === 'rate' && !figure.signWord && JUDGED_GROWTH.test(ownKey)) {
    measure = 'growth';
    if (ownKey.includes('下降') && quantity.value > 0) quantity = negated(quantity);
  }
  // The fact keeps an index as written; the observation takes its change.
  const indexChange = indexChangeOf(c.join, measure, link, figure, quantity);
  if (c.change) {
    measure = 'change';
    if (/减|少|降/.test(c.change[1] ?? '') && quantity.value > 0) quantity = negated(quantity);
  }
  if (!link && figure.quantity.baseUnit === 'pp' && earlierPeriodGap(ownGap(c.key)) < 0 && quantity.value > 0)
    quantity = negated(quantity);
  if (c.earlierFell && quantity.value > 0) quantity = negated(quantity);
  if (c.bracketed) measure = 'growth';
  // 比一季度回落3.1%（0.6个百分点）: the verb before the earlier figure signs the margin.
  if (c.marginFell && !link && measure === 'change')
    quantity = { ...quantity, value: -Math.abs(quantity.value), valueBase: -Math.abs(quantity.valueBase) };
  if (c.listShare && figure.quantity.baseUnit === '%') measure = 'share';
  if (c.listSign && figure.quantity.baseUnit === '%' && !figure.signWord) {
    // 分别增长5.7%、12.4%: the verb before the first figure applies to the whole list.
    measure = 'growth';
    if (c.listSign < 0) quantity = negated(quantity);
  }
  // 分别较上年增加0.84万亩、7公斤和0.81万吨: every amount of the list is a change, as the first is.
  const amount = figure.quantity.baseUnit !== '%' && figure.quantity.baseUnit !== 'pp';
  if (c.listChange && amount && (measure === 'level' || measure === 'count')) {
    measure = 'change';
    if (c.listChange < 0 && quantity.value > 0) quantity = negated(quantity);
  }
  if (link) ({ measure, quantity } = linked(link, quantity));
  return { measure, quantity, indexChange };
}
