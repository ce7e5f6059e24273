// Whether a prose figure is observed, or stays a fact only: goals, plans, thresholds passed, a
// benchmark's own figure and an earlier period's are not this period's result.

import type { Figure } from './numbers.js';
import type { Link } from './prose-links.js';

/** What the earlier stages found about a figure that keeps it from being a result. */
export interface ObservedContext {
  planned: boolean;
  goal: boolean;
  ceilingKept: boolean;
  rateTarget: boolean;
  planAmount: boolean;
  /** A figure of a comparison whose margin follows in brackets: the benchmark's, not ours. */
  marginAfter: boolean;
  /** The share a share moved from (从上年同期的46.3%下降到37.8%). */
  shareFrom: boolean;
  link: Link | null;
}

/**
 * 突破150亿元大关: a round threshold passed, not the level; so is 首次突破1.9万元 when the level
 * follows (、达到19850元), or when it came before in the sentence (地区生产总值612.48亿元，…，经济总量首次突破
 * 600亿元: a level of the same unit at least the threshold).
 */
export function isThreshold(folded: string, figure: Figure): boolean {
  if (/^(?:大关|关口)/.test(folded.slice(figure.end, figure.end + 2))) return true;
  if (isBareThreshold(folded, figure)) return true;
  if (folded.slice(Math.max(0, figure.start - 2), figure.start) !== '突破') return false;
  return (
    /^\s*[、,，]\s*(?:达到|达|为|实现)\s*\d/.test(folded.slice(figure.end, figure.end + 8)) ||
    levelBefore(folded, figure) ||
    (folded.slice(Math.max(0, figure.start - 4), figure.start - 2) === '首次' && levelAfter(folded, figure))
  );
}

/**
 * 总量突破500亿元 closing a clause, 甲、乙两大产业产值分别突破600亿元、500亿元: a threshold passed with no level
 * given anywhere, the figure (or each of a 、-list after one 突破) ending its clause: how far past it the level
 * is the text does not say, so no level (session 41, fixleft41d, F6621).
 */
function isBareThreshold(folded: string, figure: Figure): boolean {
  const before = folded.slice(Math.max(0, figure.start - 40), figure.start);
  if (!BARE_THRESHOLD_BEFORE.test(before)) return false;
  const after = folded.slice(figure.end, figure.end + 6);
  return (
    /^、\d/.test(after) ||
    (/^(?:[、,，;；。]|$)/.test(after) && !/^[、,，]\s*(?:达到|达|为|实现)\s*\d/.test(after))
  );
}
// 粮食总产量首次突破50亿斤，为保障…作出了新贡献: an output's milestone closing its clause, the level given elsewhere
// or not at all (session 45, fix377, F7614; a 为 after the comma is the level only with its figure, 为19850元).
const BARE_THRESHOLD_BEFORE =
  /(?:总量|总额|规模|产值|产量|分别)(?:首次)?突破(?:\d+(?:\.\d+)?[\u4e00-\u9fa5]{1,3}、)*$/;

/** How far after a milestone its level is looked for: the lead's next paragraph, where a communique gives it. */
const LEVEL_AFTER_SPAN = 200;

/**
 * 地区生产总值首次突破X亿元 closing a communique's lead, then 一、综合 / 全年全县地区生产总值Y亿元: the
 * milestone told before the level (session 29, fix98). A figure in the unit of `figure` soon after, at least
 * as large and under half as large again (a level of the same size, not some other total).
 */
function levelAfter(folded: string, figure: Figure): boolean {
  const unit = figure.quantity.unit;
  if (!unit || figure.quantity.baseUnit === '%') return false;
  const after = folded.slice(figure.end, figure.end + LEVEL_AFTER_SPAN);
  for (const m of after.matchAll(/(\d+(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,3})/g)) {
    const value = Number(m[1]);
    if (
      (m[2] ?? '').startsWith(unit) &&
      value >= figure.quantity.value &&
      value < 1.5 * figure.quantity.value
    )
      return true;
  }
  return false;
}

/** A figure in the unit of `figure`, at least as large, earlier in its sentence (no further back than 120). */
function levelBefore(folded: string, figure: Figure): boolean {
  const from = Math.max(0, figure.start - 120);
  const before = folded.slice(from, figure.start);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
  const unit = figure.quantity.unit;
  if (!unit || figure.quantity.baseUnit === '%') return false;
  for (const m of sentence.matchAll(/(\d+(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,3})/g))
    if ((m[2] ?? '').startsWith(unit) && Number(m[1]) >= figure.quantity.value) return true;
  return false;
}

/** 比全省(7.7%)和全国平均水平(7.0%)分别高…: the benchmark's own figure in brackets, not this place's. */
export function isBenchmarksOwn(folded: string, figure: Figure): boolean {
  return /(?:全国|全省|全市|全区|全州)(?:平均)?(?:水平|增速|增幅)?\s*\(\s*$/.test(
    folded.slice(Math.max(0, figure.start - 12), figure.start),
  );
}

/**
 * 比去年同期61.94亿元增加了6.58亿元, 较上年同期的8.2亿元增长12%: last year's level, written as the base the
 * change is taken from, is not this period's.
 */
export function isLastYearBase(folded: string, start: number): boolean {
  // 比上年同期提高2.4个百分点: a figure opening with its verb is the change itself.
  return (
    /^\d/.test(folded.charAt(start)) &&
    /(?:比|较|与)(?:上年|去年|上一年)同期的?\s*$/.test(folded.slice(Math.max(0, start - 10), start))
  );
}

/**
 * 与相邻的乙县相比，我县经济总量少X亿元，增速低Y个百分点: a gap to another place named in the clause that opens
 * the sentence is no change of ours over time, nor a comparison with a benchmark the report tracks (a parent's
 * average, a plan): facts only. 与全市平均水平相比 and 与上年相比 name no other place and stay read.
 */
const GAP_TO_PLACE =
  /与(?:相邻|周边|邻近|毗邻)?的?(?!全)[\u4e00-\u9fa5]{1,8}?[县市区旗](?:等[\u4e00-\u9fa5]{0,4})?相比,[^。;\n]*$/;
/**
 * 煤价下跌直接导致一般公共预算收入减少X亿元: an effect a cause had on an indicator, not the indicator's change
 * over the period (a problems part's reckoning): a fact only.
 */
const EFFECT_OF_CAUSE = /(?:导致|造成|致使)[\u4e00-\u9fa5]{2,16}?(?:减少|减收|下降|下滑|增加|增收)了?$/;

/**
 * 甲企业停产或半停产，影响工业产值约X亿元: what an event (a disaster, a stoppage) cost an indicator, said in a
 * clause that opens with 影响, is a loss reckoned, not the indicator's result: a fact only (fix378, F7621). A
 * clause of the cause (受灾害影响，工业增加值…) leaves the figure read: a comma parts 影响 from the name.
 */
const LOSS_BY_EVENT = /(?:^|[,;])(?:共|直接|累计|预计)?影响[\u4e00-\u9fa5]{2,12}?(?:约|近|超过?|达到?)?$/;

/**
 * 民间投资连续三个季度下降，占全区投资的比重较上年同期下降B个百分点: a share's move in a clause opening with 占,
 * the share itself never given: no change of the indicator the clause before names (whose change would be its
 * growth's), and no share of a name the text does not write: a fact only.
 */
const MOVE_OF_UNSTATED_SHARE =
  /[,;]占[\u4e00-\u9fa5]{1,12}?的?(?:比重|份额)(?:较|比)(?:上年|去年)?(?:同期)?(?:下降|提高|上升|回落|增加|减少)?了?$/;

/** Whether a figure is a gap to another place, the effect of a cause or an event's loss, or an unstated share's move, by the words before it. */
export function isGapOrEffect(folded: string, figure: Figure): boolean {
  const before = folded.slice(Math.max(0, figure.start - 80), figure.start);
  return (
    GAP_TO_PLACE.test(before) ||
    EFFECT_OF_CAUSE.test(before) ||
    LOSS_BY_EVENT.test(before) ||
    (figure.quantity.baseUnit === 'pp' &&
      MOVE_OF_UNSTATED_SHARE.test(before) &&
      // …比上年提高B个百分点，达到A%: the share given after its move is stated after all.
      !/^,?(?:达到?|为|至)\d/.test(folded.slice(figure.end, figure.end + 6)))
  );
}

/**
 * 按全年目标倒算，四季度甲增速要达到A%左右: the pace a speaker says the rest of the year needs (要/需/必须 before
 * 达到), worked out from the year's goal: no result, and no goal of its own (session 34, fix166): a fact only.
 */
export function isRequiredPace(folded: string, figure: Figure): boolean {
  const before = folded.slice(Math.max(0, figure.start - 10), figure.start);
  return before.includes('达到') && REQUIRED_PACE.test(before);
}
const REQUIRED_PACE = /(?:增速|增幅|增长)(?:要|需要?|必须|须)达到$/;

/**
 * The earlier period's figure is not this period's; a plan gap is observed as written (its plan is a
 * target besides).
 */
export function isObserved(folded: string, figure: Figure, c: ObservedContext): boolean {
  return (
    !c.planned &&
    !c.goal &&
    !c.ceilingKept &&
    !c.rateTarget &&
    !c.planAmount &&
    !isThreshold(folded, figure) &&
    !isBenchmarksOwn(folded, figure) &&
    !isLastYearBase(folded, figure.start) &&
    !isGapOrEffect(folded, figure) &&
    !isRequiredPace(folded, figure) &&
    !c.marginAfter &&
    !c.shareFrom &&
    c.link?.kind !== 'earlier-period'
  );
}
