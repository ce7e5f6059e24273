// A goal in the plan part for a name the catalogue lacks (力争新兴产业增加值占规模以上工业比重达到25%): kept
// under the name as written only when the report already has results under that name, so any work
// target of a plan does not become an indicator of its own; a kind of spending's share of the budget's
// spending is one anyway.

import { budgetAccountName, transferFundsName } from './budget-accounts.js';
import {
  aggregateIndicator,
  branchIndicator,
  generatedIndicator,
  isTourismVisits,
  observedRate,
  stateAssetAccount,
} from './prose-branches.js';
import type { NamedIndicator } from './prose-clauses.js';
import { ENVIRONMENT_RATE, isCapacityShare, pollutantConcentration } from './prose-written-names.js';
import { isReconstructionInvestment } from './reconstruction-investment.js';
import { isWrittenEnergyIntensity } from './written-intensity-direction.js';

/**
 * The verbs a goal's clause opens with before its name: 力争, 确保…, 推动; and the year the goal is for (力争2007年甲增长
 * A%以上, a committee's suggestion naming the draft's year: session 46, fix391, F8011).
 */
const GOAL_LEAD = /^(?:力争|确保|争取|推动|努力|实现|全年|明年|今年|(?:19|20)\d{2}年)+/;
/** 力争…, 确保…, 争取…: the goal's cue opening its clause. */
const GOAL_CUE = /^(?:力争|确保|争取)/;
/** 年底, 年末: the goal's date, the year's end, before its name. */
const YEAR_END = /^(?:到|至)?(?:年底|年末)/;
/** PM2.5平均浓度力争下降8%以上: the goal's verb said after its name, before the figure. */
const GOAL_TAIL = /(?:力争|确保|争取|努力)+$/;
/** 财政民生支出占比保持在80%以上: the budget's spending on a purpose, the account named without 财政. */
const BUDGET_LEAD = /^(?:财政|公共财政)(?=[\u4e00-\u9fa5]{2,8}支出)/;

/**
 * 民生支出占公共财政预算支出的比重不低于70%, 民生支出占财政支出的70%以上: a kind of spending's share of
 * the budget's spending, a goal of the budget's own breakdown: a named aggregate even with no result
 * under its name.
 */
const SPENDING_SHARE = /^[\u4e00-\u9fa5]{2,8}支出占[\u4e00-\u9fa5]{2,12}支出(?:的?(?:比重|比例)|的|$)/;

/**
 * 民生支出安排X亿元、占一般公共预算支出的A%: the budget's spending on people's livelihood, the one
 * purpose every budget draft and plan sets its figure and share for, a named aggregate of the budget's
 * own breakdown even where the results gave it no figure.
 */
const LIVELIHOOD_SPENDING = /^(?:财政)?民生(?:领域)?支出$/;

/**
 * 三大主导产业营业收入: a group named by its count. The results may name it after its members (甲、乙、
 * 丙三大主导产业营业收入占…), which leaves the list's last member fused to the name read there; the
 * group's own name is still the one the results gave.
 */
const COUNTED_GROUP = /^[两二三四五六七八九十]大[\u4e00-\u9fa5]{4,}/;

/** 平均资产负债率: a rate's name as the results stated it (a short scope and 率). */
const STATED_RATE_NAME = /^[\u4e00-\u9fa5]{3,10}率$/;

/**
 * 农畜产品加工产值, 绿色食品加工业产值: a named industry's output or value added; 农产品加工业营业收入, an industry's
 * revenue, the same goal in another account (session 48, fixold, F9331).
 */
const OUTPUT_GOAL = /^[\u4e00-\u9fa5]{2,12}(?:产值|增加值)$|^[\u4e00-\u9fa5]{2,10}(?<!企)业营业收入$/;

/** 服务贸易进出口额, 数字贸易进出口总额: one kind of trade's imports and exports together, named as written. */
const TRADE_KIND_TOTAL = /^[\u4e00-\u9fa5]{1,6}?贸易进出口(?:总)?额$/;

/** 盘活国有资产收入, 非税收入: a revenue named as written. */
const REVENUE_GOAL = /^[\u4e00-\u9fa5]{2,12}收入$/;

/**
 * The indicator a planned figure's subject names, when the report's results already named it (by
 * code, or a counted group by the end of a name, `knownNames`), or when it is a kind of spending's
 * share of the budget's spending, or a row the report's tables name the same (`tableNames`).
 */
export function plannedName(
  subject: string,
  known: ReadonlySet<string>,
  knownNames: readonly string[] = [],
  moneyGoal = false,
  revenueFloor = false,
  tableNames: readonly string[] = [],
): NamedIndicator | null {
  const trimmed = subject
    .replace(/\s+/g, '')
    .replace(GOAL_LEAD, '')
    .replace(GOAL_TAIL, '')
    .replace(BUDGET_LEAD, '');
  // 盘活国有资产收入不低于: the floor's words stay with the name the clause read.
  const written = revenueFloor ? trimmed.replace(/不(?:低|少)于$/, '') : trimmed;
  // PM2.5年均浓度下降5%以上: a pollutant's concentration the results named as written.
  const named = aggregateIndicator(written) ?? pollutantConcentration(written);
  // 全年力争新签约项目N个以上 beside a table row 新签约项目 (年度目标 N): the goal of a row the report's table
  // already gives results under, its name written the same, is that row's indicator (a work target of a
  // name no table or result uses stays a fact). Session 28, fix88b.
  if (tableNames.includes(written)) return named ?? generatedIndicator(written);
  if (!named) {
    // 煤炭先进产能占比提高到A%以上 after 煤炭先进产能占比达到B%: the capacity share the results named as written
    // (session 35, fixleft35).
    if (written.includes('占比') && isCapacityShare(written) && knownNames.includes(written))
      return generatedIndicator(written);
    // 万元规模工业增加值能耗下降3% in the plan part after 万元规模工业增加值能耗计划下降3%，实际下降2.2% in the
    // results: an energy intensity the catalogue lacks, named as written, whose result the report gave (fixleft43).
    if (isWrittenEnergyIntensity(written) && knownNames.includes(written)) return generatedIndicator(written);
    // 将债务率控制在A%以内 after 全县债务率为A%: a rate the catalogue lacks that the results stated
    // (its name kept as written there) is the same indicator's goal; a rate the results did not give stays a
    // work target of the plan. Not a coverage or treatment rate (森林覆盖率稳定在63%以上): answers split on
    // whether an environment floor is a goal (lanfeng's facts only, gengxi's a target), left as it was read.
    const rate = ENVIRONMENT_RATE.test(written) ? null : observedRate(written, true);
    if (rate && known.has(rate.entry.code)) return rate;
    // 将全县国有企业平均资产负债率控制在B%以内 after 平均资产负债率为A%: the rate the results stated, its
    // goal written with the firms (and the verb) before it. Session 28, fix90.
    const stated = rate
      ? knownNames.find((name) => STATED_RATE_NAME.test(name) && written.endsWith(name))
      : undefined;
    if (stated) return generatedIndicator(stated);
    // 力争年底甲业增加值占规模以上工业增加值的比重提高到A% after 甲业完成增加值X亿元: a branch of industry the
    // catalogue lacks, its goal (a share at the year's end) under the name the results gave it
    // (session 46, fix400, F8134).
    const branch = branchIndicator(written.replace(YEAR_END, '').replace(/占.*$/, ''), '');
    return branch && knownNames.includes(branch.name) ? branch : null;
  }
  // 全年争取上级补助资金力争达到6亿元以上: the funds a plan means to win from above, a work target even after the
  // results named the transfers won (goals of funds won are facts in every answer: gelong, kuhe, efeng, deping; F7903).
  if (transferFundsName(named.name)) return null;
  if (known.has(named.entry.code) || SPENDING_SHARE.test(written) || LIVELIHOOD_SPENDING.test(named.name))
    return named;
  // 力争县属国有企业营业收入增长A%以上 after 国有企业累计实现营业收入X亿元: the same holder's account, its
  // goal naming the holder more narrowly (or the results naming none). Session 28, fix90.
  const held = stateAssetAccount(named.name);
  const same = held
    ? knownNames.find((name) => {
        const result = stateAssetAccount(name);
        return result?.account === held.account && held.holder.endsWith(result.holder);
      })
    : undefined;
  if (same) return generatedIndicator(same);
  // 加上级补助收入预计X万元 in a budget draft whose results called the transfers 上级转移支付收入: an
  // account of the budget law's closed list is a line of the draft even under a name the results did not use.
  // Not its 收入总计/支出总计 (the draft's sums, facts only unless the results gave them too).
  if (budgetAccountName(written) === named.name && !/总计$/.test(named.name)) return named;
  // 力争农畜产品加工产值达到3.5亿元, 力争绿色食品加工业产值突破80亿元: an output of a named industry set as
  // a goal in money under 力争/确保, an indicator of the economy even with no result under its name; so is its growth
  // floor in a list a 力争 opens (力争…，乙产业增加值增长10%以上: the caller's cuedGrowthGoal, F7934).
  if (moneyGoal && OUTPUT_GOAL.test(named.name)) return named;
  // 全年盘活国有资产收入不低于X亿元 in a budget review's suggestions: a revenue held to a floor in money is a
  // line the budget plans for, a goal even under a name the results did not use (a work target's floor names
  // no 收入: 化解存量债务不低于X亿元).
  if (revenueFloor && REVENUE_GOAL.test(named.name)) return named;
  // 力争乙类旅游接待人次增长A%以上 (a review's suggestion or a plan's task): the visits a kind of tourism receives,
  // a count the plan sets a goal for even with no result under its name (session 32, fix141).
  if (isTourismVisits(named.name)) return named;
  // 力争全年灾后重建投资完成10亿元以上 (a quake county's plan or its 人大's suggestions): the rebuilding investment set
  // as a goal under 力争/确保, a goal of the economy even with no result under its name (session 44, fix364, F7349).
  if (isReconstructionInvestment(named.name) && GOAL_CUE.test(subject.replace(/\s+/g, ''))) return named;
  // 服务贸易进出口额增长A%以上 in a plan's task: one kind of trade's whole trade, a goal the plan sets even with
  // no result under its name, as a kind of tourism's visits (fixtail37).
  if (TRADE_KIND_TOTAL.test(named.name)) return named;
  const group = named.name;
  return COUNTED_GROUP.test(group) &&
    knownNames.some((name) => name.length > group.length && name.endsWith(group))
    ? named
    : null;
}

/**
 * The indicator of a table row a result's gap names exactly as the row does (研发经费投入占地区生产总值比重, a
 * name the catalogue lacks), or null: the row's own indicator, as a plan's goal of that name is (fixleft29).
 */
export function tableRowName(subject: string, tableNames: readonly string[]): NamedIndicator | null {
  const name = subject.replace(/\s+/g, '');
  return name.length >= 4 && tableNames.includes(name) ? generatedIndicator(name) : null;
}
