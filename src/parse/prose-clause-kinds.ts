// What a prose clause says about the figure in it: a follow-on of the subject before, a plan's amount,
// an amount of change, a share, a growth; read by readProse (prose.ts) clause by clause.

import { catalogueEntry } from './catalogue.js';
import { type Figure, isCountUnit } from './numbers.js';
import type { Fact, Measure } from './types.js';

/** Talk of goals before a bare gap (高0.4个点) makes the plan its benchmark. */
export const GOAL_TALK = /预期|目标|计划/;

/**
 * A clause that only compares with an earlier period or the plan, or sets a goal for the year
 * (力争全年, 力争突破, 全年预期目标为, 年初确定的目标为, 完成年初确定的…的目标): its figure is about the previous
 * subject (地区生产总值增长A%左右，在实际工作中力争B%: the higher tier said of the work, fix99); so is 增速比一季度的A%有所加快, an earlier cumulative period's own figure (比上年的A% is
 * last year's, no figure of the subject's). 绝对值完成年度目标的A% is the subject's level, named by
 * its measure only. 其中民生支出X亿元，占A%: a bare 占 is the share of the whole before. 但 or 而 may
 * open it (…增速列全市第2位，但比一季度回落1.2个百分点). A growth turned from a fall goes on about it too
 * (当月增长A%、较4月由负转正回升B个百分点). A year alone (…2021年增长A%，2022年下降B%) goes on about the name
 * the clause before gave its year's figure (whether that year is the report's is read where the figure is kept).
 * 增速由一季度的A%提高到上半年的B%: the period reached, after the earlier one's figure, goes on about it too.
 * 全年仅增长A% after a judging clause (工业投资增长乏力，全年仅增长2.1%): the year's only, still the subject's.
 * 占规上工业增加值的比重只有A%: a share said with its judgement (只有, 仅有) goes on about the subject too.
 * 比上年完成数增长5.0%, 比上年执行数下降…: a budget's growth over last year's outturn, still the subject's;
 * 比2025年完成数增长4.8%: the same with the year named (session 38, fixtail38c, F5551).
 * 占农业总产值A% after the subject's level: a share of a named whole with no 的 (cards and briefs drop it)
 * when the whole is a total (…总产值, 生产总值, …总额), as 占…的 is.
 * 城镇新增就业705人，完成率58.8%: a 民生实事 notice's 完成率 after the half's figure, the share of the year task
 * done, still the subject's (session 30, fix104).
 * 外贸进出口总额X亿元，逆势增长A%: a growth against the trend, still the subject's (session 36, fixleft36).
 * 降幅比去年四季度扩大A个百分点: a change against a quarter of the year before, named with its year (session 40,
 * fix297b, F6203).
 * 甲已连续8个月负增长，1—8月仅完成年度目标的A%: the report's months before a share of the year's goal, no name of their
 * own (session 49, fix446, F9465). 自营出口X万美元，增长率达A%: 增长率 as 增速 before the growth (F10022).
 * 一季度甲仅增长A%，二季度以来逐月回升，1—7月增速比上半年提高B个百分点: the report's months to date before the
 * bare 增速 name nothing of their own either (F10247).
 */
export const FOLLOW_ON =
  /^(?:但是?|而)?(?:(?:(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|回落)(?:到|至))?(?:19|20)\d{2}年(?:的|为|是)?|(?:提高|提升|上升|回升|加快|回落|放缓|下降|降低)(?:到|至)(?:第?[一二三]季度|上半年|前三季度|1-\d{1,2}月)的?|同比|比增|比降|(?:同口径|按?(?:自然|可比)口径(?:计算)?)(?:实现|完成|达到?|为)?|(?:第?一季度|上半年|前三季度|1[-—–]\d{1,2}月)(?:为|是|(?=(?:仅|只)?(?:完成|占)))|转为(?:第?[一二三]季度|上半年|前三季度|\d+[-—–]\d+月)?|名义|(?:全年|上半年|前三季度)?实际|(?:预计|预测)(?:全年|上半年|前三季度|第?一季度|1-\d{1,2}月)?|按?(?:可比价?格?|不变价格?|现价|现行价格?|当年价格?)(?:计算)?|(?:扣除|剔除)[\u4e00-\u9fa5]{0,8}?因素(?:后)?|与上年同期|与去年同期|与同期|与上年|与去年|(?:比|较)(?:上年|(?:19|20)\d{2}年)(?:预计)?(?:完成|执行|预算|决算)数|比上年同期|比上年|比去年同期|较去年同期|较上年同期|较上年|较去年|(?:比|较|与|和|同)(?:(?:上年|去年)第?[一二三四]季度|第?[一二三四]季度|上半年|前三季度|上季度|(?:上年|去年)全年|(?:上年|去年)(?:末|底)|上年|去年|年初|上月(?:末|底)?|上期|\d+[-—–至]\d+月份?|\d+月(?:份|末|底)?)|(?:比|较)(?:第?[一二三]季度|上半年|前三季度|1-\d{1,2}月)的|两年平均|已|逆[势市]|(?:全年|今年|当年)?(?:仅|只)|由(?:第?[一二三四]季度|上半年|前三季度|1-\d{1,2}月|\d+[-—–]\d+月|上年同期|去年同期|上年|去年)的?|(?:占|完成|为)了?(?:[\u4e00-\u9fa5]{1,6}?下达的?)?(?:年度?|全年|年初)?(?:调整后?的?)?(?:投资)?(?:预算|计划目标|计划|规划目标|目标任务|任务|奋斗目标|预期目标|预计目标|目标)(?:投资)?数?的?|(?:占|完成|为)?(?:时序|序时|时间)进度的?|(?:年度|全年)?(?:目标|任务|计划)?完成率(?:为|是|达到?)?|(?:年度|全年|预期|奋斗|确保|(?:增长|增速)?指导性?)?目标(?:为|是)?|(?:年初|年度|全年)预算数?(?:为|是)?|(?:全年|年初|年度)(?:确定|制定|提出)?的?(?=(?:预期|奋斗)?目标|力争|确保|争取)|(?:未能|未)?(?:完成|实现|达到)了?(?:全年|年初|年度)(?:确定|制定|提出)的|(?:未能?|没有)(?:完成|实现|达到)了?(?:年度|全年)(?:预期)?目标|(?:在实际(?:工作|执行)中)?(?:力争|确保|争取)(?:全年)?|全年|(?:全年|年度|年)?计划(?:为|是)|(?:总量|总额|规模)?(?:达到?|(?:首次)?突破)|绝对(?:值|量|数)|(?:1[-—–~至]\d{1,2}月份?(?=增速|增幅|降幅|涨幅|增长率))?(?:增速|增幅|降幅|涨幅|增长率)(?:仅|只)?(?:为|是|控制在|保持在|稳定在)?|控制在(?:(?:年度|全年|年初|年)(?:计划|预期目标|目标)|计划的)?|比重|占比(?:为|达到?|(?:提高|提升|上升|[升降])[到至])?|(?:其中)?\d{1,2}月份?(?:当月|单月)?|(?:其中)?第?[一二三四]季度(?:当季|单季)度?|占[\u4e00-\u9fa5a-z]{1,12}?的?(?:比重|份额)(?:为|达到?|(?:仅|只)有|(?:提高|提升|上升|增加|下降|降低|回落|[升降])(?:到|至))?|占[\u4e00-\u9fa5a-z]{1,12}?的|占[\u4e00-\u9fa5]{0,8}?(?:总产值|生产总值|总收入|总支出|总投资|总额|总量)|占|由负转正|由降转升)*$/;
/**
 * 由一季度的下降1.6%转为正增长: the figure of an earlier period of the year (or the year before) that the
 * result turned from, no figure a later gap in the chain is measured from.
 */
export const EARLIER_PERIOD_FIGURE =
  /由(?:第?[一二三]季度|上半年|前三季度|1-\d{1,2}月|上年同期|去年同期|上年|去年)的?$/;
/** 财政总收入突破亿元大关，实现13580万元: a clause of only a verb, at a sentence's first figure. */
// 未完成下降3.8%的目标, 未实现增长9%的目标: the goal a result fell short of, of the figure before as well.
// 甲增长A%，确保完成X亿元: a goal's cue before the bare verb, the level goal after the growth goal of the same
// indicator (session 35, fix190). 超额完成增长A%的年度目标: the goal exceeded, of the figure before too (fix206).
// …年初预算X万元，实际完成Y万元: 实际 before the bare verb, the result of the budget's subject (session 36, fix225).
export const BARE_VERB =
  /^(?:预计(?:全年)?|(?:力争|确保|争取)(?:全年)?|实际)?(?:(?:未能?|没有)?(?:超额)?(?:实现|完成)|达到?)$/;

/**
 * 增速比一季度高出0.8个百分点, 增幅比去年同期高1.3个百分点, 增幅同比低2.4个百分点: a change against an earlier period told
 * with a comparative (高/低) instead of a sign word (加快/回落); the clause before it must be a
 * follow-on clause that names the earlier period.
 */
const EARLIER_GAP = /(?:(?:比|较)[^比较]{1,8}?|(?<=(?:增幅|增速)同)比)(高出?|低|快|慢)$/;
export function earlierPeriodGap(key: string): 1 | -1 | 0 {
  const gap = EARLIER_GAP.exec(key);
  if (!gap?.[1] || !FOLLOW_ON.test(key.slice(0, -gap[1].length))) return 0;
  return /^(?:低|慢)/.test(gap[1]) ? -1 : 1;
}

/**
 * 完成全年任务105亿元的46.3%, 完成年度任务(58.2亿元)的47.8%, 为年初预算4.5亿元的71.1%: the amount is the year's plan (a
 * target), the percentage after it the share done; neither is a level of the indicator.
 */
export const PLAN_AMOUNT =
  /(?:完成|占|为)了?(?:[\u4e00-\u9fa5]{1,6}?下达的?)?(?:(?:19|20)\d{2}年|全年|年度|年)?[\u4e00-\u9fa5]{0,4}?(?:任务|计划|目标|预算)(?:投资)?数?\(?$/;
export const AFTER_PLAN_AMOUNT = /^\)?的/;
/** A figure in brackets right before this one: 时序进度(50%)3.7个百分点, 高于全盟(7.2%)2.5个百分点. */
export const BRACKET_BEFORE = /\([^()]{1,12}\)([\u4e00-\u9fa5]{0,4})$/;
/**
 * 时序进度(50%, 高于年度计划(8%, 低于年度目标(7%: the schedule's or the plan's own figure, in brackets after its name;
 * 低于年计划(6%, 低于年计划增速(7%: the same with the year written short, as half-year reviews do.
 */
export const BENCHMARK_IN_BRACKETS =
  /(?:(?:时序|序时|时间)进度|(?:高于|低于|快于|慢于|超过|超出|比)(?:年度|全年|年初|年)?(?:(?:计划|预期)(?:目标|增速)?|目标)|(?:比|较|高于|低于|快于|慢于|小于|大于)(?:[\u4e00-\u9fa5]{1,10}?(?:增速|增幅|平均水平|水平)|全国|全省|全市|全州|全区|全盟|全县))\($/;
/**
 * 增长12.6%(全市平均增长11.8%): the parent's average in brackets after this place's figure, the benchmark's own
 * figure (a fact), no subject for the chain after it (F9985).
 */
export const PARENT_AVERAGE_IN_BRACKETS =
  /\((?:全国|全省|全市|全州|全区|全盟)的?平均(?:水平|增速|增幅)?(?:为|是|达)?$/;
/**
 * 高于全市水平6.2%(0.5个百分点): the benchmark's own figure written first, this place's margin after
 * it in brackets. BENCHMARK_BEFORE_MARGIN ends right before the benchmark's figure; MARGIN_AFTER_BENCHMARK
 * right before the margin, its group the link the margin is read with.
 */
const BENCHMARK_WORDS =
  '(?:比|较|高于|低于|高出|低出|快于|慢于)[\u4e00-\u9fa5]{1,10}?(?:增速|增幅|平均水平|水平)';
export const BENCHMARK_BEFORE_MARGIN = new RegExp(`${BENCHMARK_WORDS}$`);
export const MARGIN_IN_BRACKETS = /^\(\s*\d+(?:\.\d+)?\s*个?百分点\s*\)/;
export const MARGIN_AFTER_BENCHMARK = new RegExp(`(${BENCHMARK_WORDS})-?\\d+(?:\\.\\d+)?%\\($`);
/** 5个指标, 11个计划新开工项目, 43个重点项目: a count of the thing named after it, not of the subject. */
export const COUNTED_NOUN = /^[\u4e00-\u9fa5]/;
/**
 * 贡献率分别为…, 拉动经济增长…, 下拉全县规上工业增加值增速…, 合计拉低…增速B个百分点: shares of growth by sector (or a drag on
 * it), not values of the sectors' indicators.
 */
/** The verbs of a pull on a growth, read alike wherever a contribution is told from an indicator's own figure. */
export const PULL_VERB = '(?:拉动|下拉|拖累|拉低)';
export const CONTRIBUTION = new RegExp(`贡献率|贡献|${PULL_VERB}`);

/**
 * A clause giving an amount of change: 同比减收, 比上年增支 (spending), 比年初增加, 比上年末减少, 较上年多, 比上年增产 (万吨);
 * 新增 only after what it is compared with (比年初新增9户), for a bare 新增 names a new thing (新增就业);
 * 净增/净减 likewise (规上工业企业达到186家，比年初净增7家: the firms' count, still the subject after it). A balance's
 * 比上月末增加 is its change over the month, as 比年初增加 is over the year so far (F9988). 同比多收, 同比少收: a
 * revenue's change said as more or less collected, as 增收 and 减收 are (session 51, fix481, F10257).
 */
export const AMOUNT_CHANGE =
  /^(?:同比|比上年同期|比上年末|比上年底|比上年|比去年同期|比去年末|比去年|较上年同期|较上年末|较上年|比年初|较年初|比上月末|较上月末|比上月|较上月)?(增收|减收|多收|少收|超收|短收|增支|减支|增产|减产|增加|减少|多|少|(?:总量|总额)净(?:增|减)|(?<=[初末底年期])(?:新增|净增|净减))了?$/;
/**
 * 超收X万元, 短收Y万元 (a budget report's revenue against its budget): an amount of the subject's
 * gap to its plan, so the subject stands for the growth and rank after it, but no change over last year.
 */
export const BUDGET_GAP_VERB = /^(?:超收|短收)$/;
/** 与上年相比，总量净增X亿元: the total of the indicator the paragraph's level was of. */
export const TOTAL_CHANGE = /^(?:总量|总额)净/;
/** 与2015年相比，…: a change against a base year of its own, not the year before (a fact only). */
export const OTHER_BASE_YEAR = /(?:与|比|较|同)(?:19|20)\d{2}年(?:末|底)?(?:相比|比较)?[,;]?\s*$/;

/**
 * Words making a % a share: 占, 比重, 完成年度预算的; 恢复到上年同期的85.2%, a level brought back to a part of last year’s;
 * 完成率 opening the clause (the share of the year task done, fix104).
 */
export const SHARE =
  /占|比重|(?:完成|为)[^,;。]{0,12}?(?:预算|计划|任务|目标|时序进度|序时进度|时间进度)|^(?:(?:年度|全年)?(?:目标|任务|计划)?完成率)|(?:恢复|回升)(?:到|至)(?:上年|去年)(?:同期)?(?:水平)?的/;
/** Words making a % a growth; 居民消费价格涨幅为5.1%: a price's 涨幅 is its growth, as 上涨5.1% is. */
export const GROWTH = /同比|比增|比降|比上年|比去年|增速|增幅|涨幅|增长率/;
export function measureOf(figure: Figure, clause: string): Measure {
  const { baseUnit } = figure.quantity;
  if (figure.kind === 'ratio') return 'structure';
  if (figure.kind === 'fraction') return 'share';
  if (baseUnit === 'pp') return 'change';
  if (baseUnit === '%') {
    if (SHARE.test(clause)) return 'share';
    if (figure.signWord || GROWTH.test(clause)) return 'growth';
    return 'rate';
  }
  return isCountUnit(baseUnit) ? 'count' : 'level';
}

/**
 * 两年平均增长A%, 增速比一季度提高B个百分点, 按自然口径计算完成X亿元 (after a 同口径 figure): a clause
 * that can only go on about a subject named before.
 */
export const CONTINUING =
  /^(?:两年平均|(?:预计|预测)(?:全年|上半年|前三季度|第?一季度|1-\d{1,2}月)?|(?:增速|增幅|降幅)?(?:比|较)[^,;。]{1,8}?|(?:同口径|按?自然口径)(?:计算)?(?:实现|完成|达到?|为)?)(?:增长|下降|提高|回落|加快|放缓|收窄|扩大|上升)?$/;
/**
 * An earlier period a change is told against: 一季度, 上半年, 1-5月, 5月份; 1—7月 with the dash bureaus
 * print (and 1～7月, 1至7月), which folding leaves as written.
 */
const EARLIER =
  '(?:第?[一二三四]季度|上半年|前三季度|上季度|上月|年初|上年同期|去年同期|上年|去年|\\d{1,2}[-—–~～至]\\d{1,2}月份?|\\d{1,2}月份?)';
/**
 * 增速比1-3月、1-4月、1-5月分别提高a、b和c个百分点, 占比分别较上半年和上年同期提高a和b个百分点: one change
 * of the chain's subject against each of the earlier periods listed, not a list of subjects.
 */
export const EARLIER_LIST = new RegExp(
  `(?:(?:比|较)${EARLIER}(?:[、和与及]${EARLIER})+(?:的?(?:增速|增幅))?分别|分别(?:比|较)${EARLIER}(?:[、和与及]${EARLIER})+)[^,;。]{0,6}$`,
);
/** 增速比1-3月、1-4月分别提高: a clause split off at ； that still goes on about the subject before. */
export const CONTINUING_LIST = new RegExp(`^(?:增速|增幅|降幅)?${EARLIER_LIST.source}`);

/** 第一产业, 二产: an industry named bare, without 增加值. */
export const BARE_INDUSTRY = /^(?:第[一二三]产业|[一二三]产)$/;

/** Whether the last figure of the paragraph joined to an indicator was an investment's. */
export function lastIndicatorIsInvestment(facts: readonly Fact[]): boolean {
  const code = facts.findLast((f) => f.indicatorCode !== null)?.indicatorCode;
  return code ? catalogueEntry(code)?.category === 'investment' : false;
}

/**
 * 城镇登记失业率控制在2.8%，低于3.5%的控制目标: the ceiling the year set for the rate just given,
 * named after its figure (低于, 未超过 before it; 的控制目标, 的(物价)调控目标, 的控制线 after it).
 * 居民消费价格总水平上涨4.6%，高于3%左右的年度调控目标: a ceiling overrun names it as well (高于, 超过, 超出; the
 * verdict, missed, is the figures'; held-out-371 shuting; session 45, fix371, F7535).
 */
const CEILING_KEY = /^(?:低于|未超过|没有超过|未突破|没有突破|未超出|高于|超过|超出)$/;
const CEILING_AFTER =
  /^\s*(?:以内)?的?(?:年度|全年|年初)?(?:物价|价格)?(?:控制目标|调控目标|控制线|控制指标|控制数)/;

/** Whether a rate's figure is its year's ceiling, named after it (低于3.5%的控制目标). */
export function isNamedCeiling(folded: string, figure: Figure, key: string): boolean {
  return (
    figure.kind === 'number' &&
    /^(?:%|‰)$/.test(figure.quantity.baseUnit) &&
    !figure.signWord &&
    CEILING_KEY.test(key) &&
    CEILING_AFTER.test(folded.slice(figure.end, figure.end + 12))
  );
}

/** 储备项目转化率达42%，超额完成年度转化35%的目标任务: the rate's own target for the year, after it. */
export const RATE_TARGET = /^(?:已|超额)*(?:完成|实现|达到)了?(?:年度|全年|年初)[\u4e00-\u9fa5]{0,6}?$/;
export const RATE_TARGET_AFTER = new RegExp(
  `^\\s*,?\\s*${RATE_TARGET.source.slice(1, -1)}\\d+(?:\\.\\d+)?%的?(?:目标任务|目标|任务)`,
);
