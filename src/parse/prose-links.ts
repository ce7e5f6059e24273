// How a clause ties its figure to the figure before it, in a chain of clauses about one indicator
// (…同比增长A%,高于计划0.6个百分点,全市排位第3): a gap to the plan, a comparison with a benchmark
// region or the time elapsed, a two-year average, or the earlier period's figure in brackets.
// Each link keeps the chain's subject, so what comes after (a rank) is still about the indicator.

import { lookupIndicator } from './catalogue.js';
import type { Figure } from './numbers.js';
import { quotedGoalGap } from './prose-quoted-goal-gap.js';
import type { Measure, Quantity } from './types.js';

export type Link =
  /**
   * 高于计划0.6个百分点, 比计划目标多0.8亿元: the plan for the period is the actual ∓ the gap;
   * 超年度计划3.1亿元, 距年度目标还差9.6亿元: the year's plan, when the gap is an amount to it.
   */
  | {
      kind: 'plan-gap';
      sign: 1 | -1;
      fullYear?: boolean;
      /** 分别低于和高于年度目标a和b个百分点: the second verb's sign, for the list's later figure. */
      laterSign?: 1 | -1;
    }
  /** 高于全市平均水平2.1个百分点, 超时序进度9.9个百分点: compared with a benchmark, not with the plan. */
  | { kind: 'comparison'; sign: 1 | -1; benchmark: string }
  /** 两年平均增长A%: the average yearly growth over two years. */
  | { kind: 'two-year-average' }
  /** 较一季度(-3.2%)回升…: the growth of the earlier period, written in brackets. */
  | { kind: 'earlier-period'; period: string };

const ABOVE = '高于|高出|超过|超出|超|快于|多于|领先';
// 差欠均衡进度4.4个百分点 (Shaanxi reports): short of the even pace, 差 said with 欠.
// 进度滞后于时间进度2.8个百分点: behind the time gone by, said with 滞后 (a 2002 county's news page; F9547).
const BELOW = '低于|低出|慢于|少于|滞后于|滞后|落后|差欠|差';
// 高于计划, 超年度目标, 低于年计划, 高于市政府下达目标: the plan may be one a higher level set; 低于确保目标,
// 低于奋斗目标: one of the tiers of a plan set at two levels; 低于规划目标: a five-year plan's (F5543); 低于控价目标: a price index's ceiling, and
// 低于控制目标 (城镇登记失业率…低于控制目标0.8个百分点) a rate's. 高于年度预算目标5.2个百分点: a revenue's growth
// against the year's budget (F6056, fix294).
const PLAN =
  '(?:[\\u4e00-\\u9fa5]{1,6}?(?:下达|确定|批准|通过)的?|[县市区州省]?(?:人代会|人大|政府工作报告)(?:确定的?)?)?(?:年度|全年|年初|(?<![上去])年)?(?:确保|奋斗|力争|争取|控价|调控|控制)?(?:计划|规划|预期目标|预期|目标|(?<=年度|全年|年初)预算)(?:目标|任务)?';
const REGION = '全国|全省|全市|全州|全区|全盟|全县|[\\u4e00-\\u9fa5]{1,8}?(?:省|自治区|市|州|盟|地区)';
const AVERAGE = '(?:的)?(?:平均水平|平均增速|平均增幅|平均|水平|增速|增幅)?';
// 累计增速高于全盟…: the cumulative growth, the chain's own. 增速较上半年回落…，但仍高于全省…: a
// concession (但, 仍) after a fall goes on about the same growth.
const LEAD = '^(?:但是?|而|仍然?|依然|累计|增速|增幅|增长|且|并|均|分别)*';

/** Named patterns over a clause's key (the clause before the figure, spaces removed). */
const LINK_RULES = {
  // 低于年计划增速（7%）1.2个百分点: the plan's growth named before its figure in brackets; the key is read
  // from the words before the bracket, which keep the 增速 a bare gap's figure would have taken.
  planGap: new RegExp(`${LEAD}(${ABOVE}|${BELOW})${PLAN}(?:的)?(?:增速|增幅)?$`),
  /**
   * 地区生产总值增速低于年度目标0.7个百分点, 一般公共预算收入低于年度目标10.6个百分点: the indicator (or
   * its growth) named before the gap, no figure of it here.
   */
  namedPlanGap: new RegExp(`(?:增速|增幅|[\u4e00-\u9fa5])(${ABOVE}|${BELOW})${PLAN}$`),
  /**
   * 甲、乙分别低于和高于年度目标a和b个百分点: two verbs joined before one plan, the first for the
   * list's first figure, the second for the next (fix215).
   */
  pairedPlanGap: new RegExp(`分别(${ABOVE}|${BELOW})[和与、及](${ABOVE}|${BELOW})${PLAN}$`),
  /**
   * 低于年初确定的13.5%的预期目标0.7个百分点: the words after the goal's figure, before the gap's; 高于年初
   * 确定的A%目标0.8个百分点 writes the goal's figure straight before 目标, without 的.
   */
  goalOfTheGap: /^(?:左右|以上)?的?((?:年度|全年)?(?:预期目标|预期|计划目标|计划|目标)(?:任务)?)$/,
  /** …and the words before it: the verb, then the plan's lead (年初确定的), then the goal's figure. */
  statedPlanGap: new RegExp(
    `(${ABOVE}|${BELOW})(?:[\\u4e00-\\u9fa5]{0,6}?(?:下达|确定|批准|通过)的?)?(?:年度|全年|年初)?(?:增长)?\\d+(?:\\.\\d+)?%(?:左右|以上)?的?(?:年度|全年)?(?:预期目标|预期|计划目标|计划|目标)(?:任务)?$`,
  ),
  /**
   * 较年度目标（增长8%）低1.8个百分点: the goal's figure in brackets after its name (read as the target),
   * the gap's verb after the bracket: a comparison with that goal. Read on the raw text before the gap.
   * 比年度目标A%低N个百分点: the same figure with no bracket, right after the goal's name (a county head's
   * speech; session 30, fix105).
   */
  /**
   * 增速低于年度目标A%达N个百分点: the verb first, then the goal's name and figure (read as the target), the
   * gap's figure after 达 (a 人大 review's problems; session 31, fix123).
   */
  namedGoalGapFirst:
    /(高于|高出|超过|超出|快于|低于|慢于)((?:年度|全年|年初)(?:预期目标|计划目标|目标|计划))(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?达$/,
  bracketedGoalGap:
    /(?:比|较)((?:年度|全年|年初)?(?:预期目标|计划目标|目标|计划))(?:[(（](?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?[)）]|(?<=(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划))(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?)(高出?|低|快|慢)$/,
  /**
   * 离年初确定的7.5%目标还差0.1个百分点, 与年度增长3%的计划相差…, 与年初确定的A%目标相比还有N个百分点的差距: the
   * words after the goal's figure…
   */
  goalOfTheShortfall:
    /^(?:左右|以上)?的?((?:年度|全年)?(?:预期目标|预期|计划目标|规划目标|计划|目标)(?:任务)?)(?:(?:还|尚|仍)?相?差|相比(?:还|尚|仍)有?|(?:还|尚|仍)有)$/,
  /**
   * …and before it: 离/距/与, the plan's lead, the goal's figure; the result falls short of the goal by the points.
   * 距年初确定的A%的目标尚有N个百分点的差距: the shortfall said as a gap the result still has (fix92).
   * 离我们年初定的A%的目标还差N个百分点: a speaker's 年初定的, the setter's verb 定 alone (session 32, fix136).
   */
  statedShortfall:
    /(?:距离?|离|与)(?:[\u4e00-\u9fa5]{0,6}?(?:下达|确定|批准|通过|(?<=年初)定)的?)?(?:年度|全年|年初)?(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?的?(?:年度|全年)?(?:预期目标|预期|计划目标|规划目标|计划|目标)(?:任务)?(?:(?:还|尚|仍)?相?差|相比(?:还|尚|仍)有?|(?:还|尚|仍)有)$/,
  /** 但离年度目标还差0.9个百分点, 距全年目标尚差…, 距年度目标仅差…: the points the result is short of the plan. */
  // 与年度目标相差1.1个百分点: 与 with 相差 says the same shortfall; so does 与年度目标相比仍有N个百分点的差距.
  planGapShort: new RegExp(
    `^(?:但|而|且)?(?:(?:距离?|离)${PLAN}(?:还|尚|仍|仅|只)?(?:相)?差|与${PLAN}(?:还|尚|仍)?相差|与${PLAN}相比(?:还|尚|仍)有)$`,
  ),
  /**
   * 甲增速距年度目标还差N个百分点: the indicator (or its growth) named before the shortfall, no figure of it
   * here (as namedPlanGap for 低于; session 34, fixleft34).
   */
  namedPlanGapShort: new RegExp(`(?:增速|增幅|[\u4e00-\u9fa5])(?:距离?|离)${PLAN}(?:还|尚|仍|仅|只)?相?差$`),
  /**
   * 与年度目标A%左右相比仍有N个百分点的差距: the goal named, then its figure (read as the target), then
   * the shortfall (session 27, fix85). `key` is the words after the goal's figure, `before` the raw text.
   * 距年度目标A%还差N个百分点: the same said with 距 and a bare 还差 (session 29, fix99); 距离年度目标增长A%差了N个
   * 百分点: with 差了 and no 还 (session 32, fix136).
   */
  namedGoalShortfall: /^(?:左右|以上)?(?:相比(?:还|尚|仍)?有|(?:还|尚|仍)相?差|差了)$/,
  /**
   * 与年初确定的A%左右的全年预期目标相比，增速仍低N个百分点 (fix83b), 与…确定的增长B%的预期目标相比，实际增速差距N个
   * 百分点 (fix84b, a CPPCC member's 提案), …的预期目标相比，仍有N个百分点的差距 (fix90, a bureau's analysis):
   * the goal's figure said before 相比, the shortfall in the clause
   * after the comma (仍低, 差距, 还差); a comparison with that goal, the goal read as the target. `key` is the
   * gap's own clause, `before` the raw text.
   */
  goalComparedShortfall: /^(?:实际)?(?:增速|增幅)?(?:还|尚|仍)?(?:低|慢|相差|差距|差|(?<=还|尚|仍)有)$/,
  goalComparedShortfallBefore:
    /\d+(?:\.\d+)?%(?:左右|以上)?的?((?:年度|全年)?(?:预期目标|预期|计划目标|计划|目标)(?:任务)?)相比[,，](?:实际)?(?:增速|增幅)?(?:还|尚|仍)?(?:低|慢|相差|差距|差|(?<=还|尚|仍)有)$/,
  namedGoalShortfallBefore: new RegExp(
    `(?:(?:与|同)(${PLAN})(?:增长)?\\d+(?:\\.\\d+)?%(?:左右|以上)?相比(?:还|尚|仍)?有|(?:距离?|离)(${PLAN})(?:增长)?\\d+(?:\\.\\d+)?%(?:左右|以上)?(?:(?:还|尚|仍)相?差|差了))$`,
  ),
  // 比计划增速快7.8个百分点: the plan's growth named as such; 较年度预期目标低1.4个百分点 says 较 for 比;
  // 比计划多增1.2个百分点, 比年度目标少增…: a growth's points more or less than the plan's.
  planGapAfter: new RegExp(`${LEAD}(?:比|较)${PLAN}(?:的)?(?:增速|增幅)?(高出?|低|快|慢|多|少)(?:增)?$`),
  /** 社会消费品零售总额比预期目标低9.8个百分点: the indicator named before 比, no figure of it here. */
  namedPlanGapAfter: new RegExp(
    `(?:增速|增幅|[\u4e00-\u9fa5])(?:比|较)${PLAN}(?:的)?(?:增速|增幅)?(高出?|低|快|慢)$`,
  ),
  /**
   * 比计划目标多0.8亿元, 超年度计划3.1亿元, 距年度目标还差9.6亿元: an amount over or short of the plan; 较计划差0.72亿元,
   * 较年度计划少…: said with 较, and 差 for short (session 45, fixleft45, F7773).
   */
  amountPlanGap: new RegExp(
    `^(?:比${PLAN}(多|少)|较${PLAN}(多|少|差)|(超)(?:出|过)?${PLAN}|距离?${PLAN}(?:还|尚|仍)?(差)|(?:比|较)(?:年度|全年|年初)?预算(增加|减少|多收|少收|超收|短收|增收|减收)了?)$`,
  ),
  /**
   * 外贸进出口总额距年计划还差4.24亿元 among a review's problems: the indicator named before the
   * shortfall, no figure of it in the clause (as namedPlanGap for points); its level is an earlier one's.
   */
  namedAmountPlanGap: new RegExp(`[\u4e00-\u9fa5](?:距离?|离)${PLAN}(?:还|尚|仍)?(差)$`),
  /**
   * 低于时间进度6.8个百分点, 完成年度预算的进度低于时间进度…, 收入进度高于序时进度…: the progress may be named before the link.
   * 超均衡进度1.8个百分点: 均衡进度 (the year's even pace) is the same schedule.
   */
  /**
   * 距“时间过半、任务过半”还差5.2个百分点, 离“时间过半”差…, 离序时进度尚差…: the points the share done is short of the time
   * gone by (half the year in a half-year report), said as a shortfall. Read on the raw text before the
   * figure: the 、 inside the quoted phrase ends the clause key.
   */
  scheduleShort:
    /(?:^|[,，;；])(?:但|而|且|仅)?(?:距离?|离)(?:[“"‘「]?(?:时间过半(?:[、，,]?任务过半)?|双过半)[”"’」]?|(?:时序|序时|时间|均衡)进度)(?:的要求)?(?:还|尚|仍)?(?:相)?差$/,
  /**
   * 比序时进度低N个百分点, 较时间进度快…: the schedule before the verb, as planGapAfter for the plan. 地方财政一般预算收入
   * 比序时进度落后1.7个百分点: the account named before it, the verb 落后 (超前) (fix485, F10314).
   */
  scheduleAfter: new RegExp(
    `${LEAD}(?:[\u4e00-\u9fa5]{0,10}?进度|[\u4e00-\u9fa5]{2,12}?)?(?:比|较)(?:时序|序时|时间|均衡)进度(高出?|低|快|慢|落后|超前|领先)$`,
  ),
  // 甲乙丙丁戊己庚辛壬完成进度低于时序进度: a long name and its 完成进度 before the link (fix160).
  // 生产总值完成全年目标的进度低于时间进度: the progress named with what it is of, the year's goal (fix362, F7315).
  // 仅超序时进度N个百分点: the hedge (仅, 只) before a one-character verb (fix215).
  // 甲到位资金占年计划的比重低于时序进度: the share of the year's plan named before the link (fix329, F6773).
  schedule: new RegExp(
    `${LEAD}(?:仅|只)?(?:[\u4e00-\u9fa5]{0,10}?进度|[\u4e00-\u9fa5]{2,14}?完成(?:(?:年度|全年|年)?(?:计划|目标|任务)的)?进度|[\u4e00-\u9fa5]{2,14}?占(?:年度|全年|年)?(?:计划|目标|任务)的?(?:比重|比例)|[\u4e00-\u9fa5]{2,12}?)?(${ABOVE}|${BELOW})(?:时序|序时|时间|均衡)进度$`,
  ),
  /**
   * 低于市指导目标0.7个百分点, 高于上级指导目标: the higher level's guidance is a benchmark, not the
   * region's own plan (the guidance itself stands in the table or the plan part). 高于市定指导目标:
   * the guidance the city set (定), Henan's word.
   */
  guidance: new RegExp(
    `${LEAD}(${ABOVE}|${BELOW})((?:上级|[县市区州省盟])?(?:下达的?|定的?)?指导(?:目标|性目标|指标)(?:任务)?)$`,
  ),
  /**
   * 社会消费品零售总额增速低于全市平均水平1.3个百分点: the indicator's growth named before the
   * comparison, no figure of it here (as namedPlanGap); 税收占比低于全市平均水平4.7个百分点: its share so.
   */
  // Only the verbs a subject's cleaning strips with the link (落后于 keeps the clause its own subject).
  namedComparison: new RegExp(
    `(?:增速|增幅|占比|比重)(高于|高出|超过|超出|快于|低于|低出|慢于)(${REGION})${AVERAGE}$`,
  ),
  /** 社会消费品零售总额增速比全市平均水平低A个百分点: the same named comparison, 比 before the place. */
  // 营业收入利润率比全市平均低A个百分点: a rate's own level held against the average (fix219).
  namedComparisonAfter: new RegExp(`(?:增速|增幅|率)(?:比|较)(${REGION})${AVERAGE}(高出?|低|快|慢)$`),
  // 高于全市规上工业平均0.8个百分点: a division compared with the whole of industry it belongs to.
  // 高于全市固定资产投资增速5.6个百分点: a part compared with the whole it belongs to, named (增速
  // may be read with the figure).
  comparison: new RegExp(
    `${LEAD}(${ABOVE}|${BELOW})(${REGION})(?:(?:规上工业|规模以上工业|工业)?${AVERAGE}|[\\u4e00-\\u9fa5]{2,12}?(?:增速|增幅)?)$`,
  ),
  /**
   * 高于主城六区平均水平0.8个百分点, 低于全市各县区平均2.1个百分点: a class of places (districts,
   * counties) compared by its average, the word 平均 said (a bare 区 or 县 name alone is no benchmark).
   */
  classAverage: new RegExp(
    `${LEAD}(${ABOVE}|${BELOW})([\\u4e00-\\u9fa5]{1,8}?(?:[区县]|区县|县区|市县|县市))(?:的)?(?:平均水平|平均增速|平均增幅|平均)$`,
  ),
  /** 快于规模以上工业增速10.2个百分点: a division compared with the whole of industry, no place named. */
  wholeOfIndustry: new RegExp(`${LEAD}(${ABOVE}|${BELOW})((?:规模以上|规上)工业)(?:增加值)?${AVERAGE}$`),
  // 比全省农村居民平均水平高0.6个百分点: the benchmark's average of the same group of people (fix284).
  comparisonAfter: new RegExp(
    `${LEAD}(?:比|较)(${REGION})(?:(?:城镇|农村|城乡)?(?:常住)?居民|农民|职工)?${AVERAGE}(高出?|低|快|慢|多|少)$`,
  ),
  /** 降幅比全市收窄4.5个百分点: the verb is the figure's sign word, read with the figure. */
  comparisonSigned: new RegExp(`${LEAD}(?:降幅|增速|增幅)?比(${REGION})${AVERAGE}$`),
  /** 增长7.9%，与年度计划持平: no gap to the plan (a word-only zero), so the plan is the result. */
  /** 与年度计划持平, 与计划增速持平: the plan, or the plan's growth named as such. */
  flatPlan: new RegExp(`${LEAD}(?:与|和|同|跟)${PLAN}(?:的)?(?:增速|增幅)?$`),
  /** 增速与全市持平: no gap to a benchmark (a word-only zero, read with the figure over 持平). */
  flatComparison: new RegExp(`${LEAD}(?:与|和|同|跟)(${REGION})${AVERAGE}$`),
  /** 甲收入增速与全市持平: the same, the name said before its 增速 in the clause (fix244). */
  namedFlatComparison: new RegExp(`(?:增速|增幅)(?:与|和|同|跟)(${REGION})${AVERAGE}$`),
  /** 降幅小于全省平均水平(-4.1%)1.5个百分点: a smaller decline is the better figure. */
  declineComparison: new RegExp(`^降幅(小于|低于|少于|大于|高于|多于)(${REGION})${AVERAGE}$`),
  /** 甲收入降幅高于全市平均水平N个百分点: the same, the name said before its 降幅 with no figure of its own (fix129). */
  namedDeclineComparison: new RegExp(`降幅(小于|低于|少于|大于|高于|多于)(${REGION})${AVERAGE}$`),
  /**
   * 下降A%，降幅比全市低B个百分点: 比 before the place, the verb after it; a fall lower than the place's is the
   * better figure (fix201).
   */
  declineComparisonAfter: new RegExp(
    `^降幅(?:仍然?|依然|还)?(?:比|较)(${REGION})${AVERAGE}(高出?|低|小|大|多|少)$`,
  ),
  /**
   * 规模以上工业增加值降幅比全市平均水平高3.8个百分点: the same, the name said before its 降幅 with no figure of its
   * own (session 40, fix297b, F6204).
   */
  namedDeclineComparisonAfter: new RegExp(
    `降幅(?:仍然?|依然|还)?(?:比|较)(${REGION})${AVERAGE}(高出?|低|小|大|多|少)$`,
  ),
  /** 快于“十一五”时期平均增速3.2个百分点: compared with its own average over an earlier plan period. */
  planPeriodAverage: new RegExp(
    `${LEAD}(${ABOVE}|${BELOW})(“?[^“”]{2,6}”?时期(?:年均|平均)(?:增速|增幅|水平)?)$`,
  ),
  /** 高0.4个点, 低1.2个百分点: a gap with its benchmark left unsaid. */
  bare: /^(?:增速|增幅|且|并|均)*(高出?|低|快|慢|超出?)$/,
  /** 城镇居民人均可支配收入增速低于经济增速0.8个百分点: a margin over another indicator's growth. */
  otherGrowth: new RegExp(
    `(?:增速|增幅)(${ABOVE}|${BELOW})(?!.*(?:目标|计划|预期|进度|任务|预算)$)(经济|[\\u4e00-\\u9fa5]{2,12}?)$`,
  ),
  /**
   * 比全县GDP增速高0.8个百分点, 比经济增速快: a margin over another indicator's growth, said with 比
   * (not an earlier period's, which is a change).
   */
  otherGrowthAfter: new RegExp(
    `${LEAD}比((?:全国|全省|全市|全州|全区|全盟|全县)?(?!第?[一二三四]季度|上半年|前三季度|上季度|上月|上年|去年|同期|年初|\\d)(?:经济|gdp|[\\u4e00-\\u9fa5]{2,12}?))(?:增速|增幅)(高出?|低|快|慢)$`,
  ),
  /**
   * 增速比城镇居民快1.6个百分点: the same, with 增速 said before 比 and the other indicator's growth
   * left implied (an earlier period or a plan is no indicator).
   */
  otherGrowthLead:
    /^(?:增速|增幅)比((?!第?[一二三四]季度|上半年|前|今年|本年|全年|上季度|上月|上年|去年|同期|年初|计划|目标|预期|\d)[\u4e00-\u9fa5]{2,12}?)(高出?|低|快|慢)$/,
  /** 增速高于存款11.5个百分点: a margin over another indicator's growth, said with no sign word. */
  otherIndicator: new RegExp(
    `^(?:累计)?(?:[\\u4e00-\\u9fa5]{2,4}?)?(?:增速|增幅)(${ABOVE}|${BELOW})([\\u4e00-\\u9fa5]{2,6})$`,
  ),
  /**
   * 一般公共预算支出增速高于收入4.4个百分点: the same with the indicator named before 增速 in the clause
   * (no figure of it here); the other's short name must still be no place, period or plan.
   */
  namedOtherIndicator: new RegExp(
    `[\\u4e00-\\u9fa5](?:增速|增幅)(${ABOVE}|${BELOW})([\\u4e00-\\u9fa5]{2,6})$`,
  ),
  /**
   * 快于全部投资6.3个百分点, 快于城镇居民1.6个百分点: 快/慢 speak of pace, so with 增速 left unsaid
   * the margin is still over another indicator's growth.
   */
  otherPace: /^(?:累计|且|并)?(快于|慢于)([\u4e00-\u9fa5]{2,6})$/,
  /**
   * 高于全部投资增速6.9个百分点, 高于固定资产投资增速0.1个百分点: the other indicator named, its growth
   * said after it (增速 read with the figure as its sign word, or left in the key).
   */
  otherNamedGrowth: new RegExp(`${LEAD}(${ABOVE}|${BELOW})([\\u4e00-\\u9fa5]{2,12}?)的?(增速|增幅)?$`),
  /** 税收收入增速低于一般公共预算收入: the clause's own name and growth, then the other indicator's name. */
  growthBetweenNames: new RegExp(
    `^[\\u4e00-\\u9fa5]{2,16}?(?:增速|增幅)(?:仍然?|依然|依旧|还)?(${ABOVE}|${BELOW})([\\u4e00-\\u9fa5]{2,12}?)的?(?:增速|增幅)?$`,
  ),
  /** The clause's own growth named right before the verb of otherNamedGrowth (增速低于…). */
  growthBeforeVerb: new RegExp(`^(?:但是?|而|仍然?|依然|累计|且|并|均)*(?:增速|增幅)(?:${ABOVE}|${BELOW})`),
  /**
   * 工业投资增长11.4%，低于全部投资21个百分点: a part compared with the whole named by 全部 (全部投资,
   * 全部制造业投资), so with 增速 left unsaid the margin is still over the whole's growth.
   */
  wholeNamed: new RegExp(`^(?:累计|且|并)?(${ABOVE}|${BELOW})(全部[\\u4e00-\\u9fa5]{2,8})$`),
  /**
   * 农民人均现金收入…增长A%，快于城镇居民4.3个百分点: the margin of one half of the income pair over
   * the other's growth, the other named by its residents only.
   */
  otherResidents: new RegExp(
    `^(${ABOVE}|${BELOW})((?:城镇|城市|农村|农村牧区|牧区)(?:常住)?居民|农民|农牧民|牧民)$`,
  ),
  // 两年平均仅增长1.8%: an adverb between the words and the figure; 两年平均增速仅为A% (a problems
  // paragraph's 仅 after the measure word, fix124).
  twoYearAverage: /两年平均(?:仅|只)?(?:增长|增速|增幅|增长率)?(?:仅|只)?(?:为|达)?$/,
  /** The text right before a figure in brackets after an earlier period: 较一季度(. */
  earlierPeriod:
    /(?:比|较)(第?[一二三四]季度|上半年|前三季度|上季度|上月|年初|上年同期|去年同期|上年|去年|1-\d{1,2}月|\d{1,2}月份?)(?:的)?\($/,
} as const;

/** 年度计划, 全年目标, 年初确定的目标, 年计划 (低于年计划2.4个百分点): the plan is named as the year's. */
const FOR_THE_YEAR = /年度|全年|年初|(?<![上去])年(?:计划|预期|目标)/;
/** What a margin's benchmark named with no sign word holds when it is no other indicator's growth. */
const NOT_AN_INDICATOR =
  /于|全|平均|水平|[省市县区州盟]|季度|半年|上年|去年|同期|年初|上月|月份?$|计划|目标|预期|进度|任务|预算/;

/** 全部投资, 全社会用电量: 全 of a whole indicator, not of a place (全市); dropped before NOT_AN_INDICATOR. */
const wholeIndicator = (name: string) => name.replace(/^全(?:部|社会)(?=[\u4e00-\u9fa5]{2})/, '');

/**
 * 降幅比1—2月收窄A个百分点，比…: the clause right before the figure's own compared the fall itself (降幅比/较…);
 * after 降幅为A%，比全国低B个百分点 the margin is the growth's, as an older guard reads it (the before text is at most
 * 32 characters, so the pattern looks at a bounded span).
 */
const FALL_BEFORE = /降幅(?:比|较)[^，,；;。]{1,22}[，,](?:且|并|但)?(?:比|较)[^，,；;。]{1,16}$/;

/** A verb that puts the figure below its benchmark (built once: a pattern built a call was 0.16%; session 32). */
const BELOW_VERB = new RegExp(`^(?:${BELOW}|低|慢|少)`);
const signOf = (verb: string): 1 | -1 => (BELOW_VERB.test(verb) ? -1 : 1);

/** A 分别 list's link for its later figures: 分别低于和高于目标a和b个百分点 gives the second the second verb's sign. */
export function laterLink(link: Link | null): Link | null {
  return link?.kind === 'plan-gap' && link.laterSign ? { ...link, sign: link.laterSign } : link;
}

/**
 * The link a figure's clause makes to the figure before it; null for a clause of its own.
 * `key` is the clause before the figure (clauseKey); `before` the raw text just before it.
 */
export function readLink(key: string, before: string, figure: Figure, goalContext = false): Link | null {
  const { baseUnit } = figure.quantity;
  if (baseUnit === '%') {
    if (LINK_RULES.twoYearAverage.test(key)) return { kind: 'two-year-average' };
    const earlier = LINK_RULES.earlierPeriod.exec(before);
    if (earlier?.[1]) return { kind: 'earlier-period', period: earlier[1] };
    return null;
  }
  if (baseUnit !== 'pp') {
    const amount = LINK_RULES.amountPlanGap.exec(key) ?? LINK_RULES.namedAmountPlanGap.exec(key);
    const verb = amount?.slice(1).find((v) => v !== undefined);
    if (!amount || !verb) return null;
    return { kind: 'plan-gap', sign: /少|差|短|减/.test(verb) ? -1 : 1, fullYear: FOR_THE_YEAR.test(key) };
  }
  // 较年度目标（增长8%）低1.8个百分点: the goal's figure is said in brackets (read as the target), so the
  // gap is a comparison with it, no plan to derive.
  const bracketed = LINK_RULES.bracketedGoalGap.exec(before.replace(/\s/g, ''));
  if (bracketed?.[1] && bracketed[2])
    return { kind: 'comparison', sign: signOf(bracketed[2]), benchmark: bracketed[1] };
  const goalFirst = before.includes('达')
    ? LINK_RULES.namedGoalGapFirst.exec(before.replace(/\s/g, ''))
    : null;
  if (goalFirst?.[1] && goalFirst[2])
    return { kind: 'comparison', sign: signOf(goalFirst[1]), benchmark: goalFirst[2] };
  // 低于年度计划5.8个百分点: a plan named for the year (年度/全年/年初) is the full-year plan, in a
  // part-year report too, not the period's.
  const paired = key.includes('分别') ? LINK_RULES.pairedPlanGap.exec(key) : null;
  if (paired?.[1] && paired[2])
    return {
      kind: 'plan-gap',
      sign: signOf(paired[1]),
      fullYear: FOR_THE_YEAR.test(key),
      laterSign: signOf(paired[2]),
    };
  const gap =
    LINK_RULES.planGap.exec(key) ??
    LINK_RULES.planGapAfter.exec(key) ??
    LINK_RULES.namedPlanGap.exec(key) ??
    LINK_RULES.namedPlanGapAfter.exec(key);
  if (gap?.[1]) return { kind: 'plan-gap', sign: signOf(gap[1]), fullYear: FOR_THE_YEAR.test(key) };
  if (LINK_RULES.planGapShort.test(key) || (key.includes('差') && LINK_RULES.namedPlanGapShort.test(key)))
    return { kind: 'plan-gap', sign: -1, fullYear: FOR_THE_YEAR.test(key) };
  // 低于年初确定的13.5%的预期目标0.7个百分点: the goal's own figure stands inside the plan's words and is
  // read as the target, so the gap is a comparison with it, no plan to derive.
  const stated = LINK_RULES.goalOfTheGap.exec(key);
  const statedVerb = stated ? LINK_RULES.statedPlanGap.exec(before)?.[1] : undefined;
  if (stated?.[1] && statedVerb)
    return { kind: 'comparison', sign: signOf(statedVerb), benchmark: stated[1] };
  // 离年初确定的7.5%目标还差0.1个百分点: short of a goal whose figure is said (read as the target).
  const short = LINK_RULES.goalOfTheShortfall.exec(key);
  if (short?.[1] && LINK_RULES.statedShortfall.test(before.replace(/\s/g, '')))
    return { kind: 'comparison', sign: -1, benchmark: short[1] };
  const namedShort = LINK_RULES.namedGoalShortfall.test(key)
    ? LINK_RULES.namedGoalShortfallBefore.exec(before.replace(/\s/g, ''))
    : null;
  const namedGoal = namedShort?.[1] ?? namedShort?.[2];
  if (namedGoal) return { kind: 'comparison', sign: -1, benchmark: namedGoal };
  const comparedShort = LINK_RULES.goalComparedShortfall.test(key)
    ? LINK_RULES.goalComparedShortfallBefore.exec(before.replace(/\s/g, ''))
    : null;
  if (comparedShort?.[1]) return { kind: 'comparison', sign: -1, benchmark: comparedShort[1] };
  const quoted = quotedGoalGap(key, before);
  if (quoted) return { kind: 'comparison', sign: signOf(quoted.verb), benchmark: quoted.benchmark };
  // 与年度计划持平: as a gap, the plan named for the year is the full-year plan.
  if (figure.signWord === '持平' && LINK_RULES.flatPlan.test(key))
    return { kind: 'plan-gap', sign: 1, fullYear: FOR_THE_YEAR.test(key) };
  const guidance = LINK_RULES.guidance.exec(key);
  if (guidance?.[1] && guidance[2])
    return { kind: 'comparison', sign: signOf(guidance[1]), benchmark: guidance[2] };
  const schedule = LINK_RULES.schedule.exec(key) ?? LINK_RULES.scheduleAfter.exec(key);
  if (schedule?.[1]) return { kind: 'comparison', sign: signOf(schedule[1]), benchmark: '时序进度' };
  if (LINK_RULES.scheduleShort.test(before.replace(/\s/g, '')))
    return { kind: 'comparison', sign: -1, benchmark: '时序进度' };
  const region = LINK_RULES.comparison.exec(key);
  if (region?.[1] && region[2]) return { kind: 'comparison', sign: signOf(region[1]), benchmark: region[2] };
  const named = LINK_RULES.namedComparison.exec(key);
  if (named?.[1] && named[2]) return { kind: 'comparison', sign: signOf(named[1]), benchmark: named[2] };
  const namedAfter = LINK_RULES.namedComparisonAfter.exec(key);
  if (namedAfter?.[1] && namedAfter[2])
    return { kind: 'comparison', sign: signOf(namedAfter[2]), benchmark: namedAfter[1] };
  const places = LINK_RULES.classAverage.exec(key);
  if (places?.[1] && places[2]) return { kind: 'comparison', sign: signOf(places[1]), benchmark: places[2] };
  const whole = LINK_RULES.wholeOfIndustry.exec(key);
  if (whole?.[1] && whole[2]) return { kind: 'comparison', sign: signOf(whole[1]), benchmark: whole[2] };
  const average = LINK_RULES.planPeriodAverage.exec(key);
  if (average?.[1] && average[2])
    return { kind: 'comparison', sign: signOf(average[1]), benchmark: average[2] };
  const after = LINK_RULES.comparisonAfter.exec(key);
  // 降幅比1—2月收窄A个百分点，比全市低B个百分点: the clause before spoke of the fall, so the margin after it is
  // the fall's too, a lower fall the better figure (fix201).
  if (after?.[1] && after[2])
    return {
      kind: 'comparison',
      sign: (signOf(after[2]) * (before.includes('降幅') && FALL_BEFORE.test(before) ? -1 : 1)) as 1 | -1,
      benchmark: after[1],
    };
  const fallAfter = key.startsWith('降幅')
    ? LINK_RULES.declineComparisonAfter.exec(key)
    : key.includes('降幅')
      ? LINK_RULES.namedDeclineComparisonAfter.exec(key)
      : null;
  if (fallAfter?.[1] && fallAfter[2])
    return { kind: 'comparison', sign: /^(?:小|低|少)/.test(fallAfter[2]) ? 1 : -1, benchmark: fallAfter[1] };
  const otherAfter = LINK_RULES.otherGrowthAfter.exec(key);
  if (otherAfter?.[1] && otherAfter[2])
    return { kind: 'comparison', sign: signOf(otherAfter[2]), benchmark: `${otherAfter[1]}增速` };
  const flat =
    figure.signWord === '持平'
      ? (LINK_RULES.flatComparison.exec(key) ?? LINK_RULES.namedFlatComparison.exec(key))
      : null;
  if (flat?.[1]) return { kind: 'comparison', sign: 1, benchmark: flat[1] };
  const decline =
    LINK_RULES.declineComparison.exec(key) ??
    (key.includes('降幅') ? LINK_RULES.namedDeclineComparison.exec(key) : null);
  if (decline?.[1] && decline[2])
    return { kind: 'comparison', sign: /^(?:小|低|少)/.test(decline[1]) ? 1 : -1, benchmark: decline[2] };
  const signed = figure.signWord ? LINK_RULES.comparisonSigned.exec(key) : null;
  if (signed?.[1]) return { kind: 'comparison', sign: 1, benchmark: signed[1] };
  const lead = LINK_RULES.otherGrowthLead.exec(key);
  if (lead?.[1] && lead[2]) return { kind: 'comparison', sign: signOf(lead[2]), benchmark: `${lead[1]}增速` };
  // 增速高于存款11.5个百分点: with no sign word, only another indicator's short name (no place, no
  // average, no plan, no earlier period: 增速高于上年同期 is a change).
  const bareOther = figure.signWord
    ? null
    : (LINK_RULES.otherIndicator.exec(key) ??
      LINK_RULES.otherPace.exec(key) ??
      LINK_RULES.namedOtherIndicator.exec(key));
  const otherName = bareOther?.[2] ? wholeIndicator(bareOther[2]) : undefined;
  const other = figure.signWord
    ? LINK_RULES.otherGrowth.exec(key)
    : otherName && !NOT_AN_INDICATOR.test(otherName)
      ? bareOther
      : null;
  if (other?.[1] && other[2])
    return { kind: 'comparison', sign: signOf(other[1]), benchmark: `${other[2]}增速` };
  const otherNamed = LINK_RULES.otherNamedGrowth.exec(key);
  // 增速低于一般公共预算收入1.5个百分点: the growth said before the verb (LEAD takes it) is as good as after
  // the other's name.
  const growthSaid =
    otherNamed?.[3] !== undefined ||
    /^(?:增速|增幅)$/.test(figure.signWord) ||
    LINK_RULES.growthBeforeVerb.test(key) ||
    // 低于经济增长B个百分点: the economy's growth said with 增长, read as the figure's sign word (session 33,
    // fix142).
    (figure.signWord === '增长' && otherNamed?.[2] === '经济');
  // 第三产业增加值…，低于地区生产总值增速3.1个百分点: a name the catalogue knows is an indicator though it
  // holds a place's word (地区).
  const otherIsIndicator = (name: string) =>
    lookupIndicator(name) !== undefined || !NOT_AN_INDICATOR.test(wholeIndicator(name));
  if (otherNamed?.[1] && otherNamed[2] && growthSaid && otherIsIndicator(otherNamed[2]))
    return { kind: 'comparison', sign: signOf(otherNamed[1]), benchmark: `${otherNamed[2]}增速` };
  // 餐饮收入仅增长A%，低于社会消费品零售总额N个百分点: with 增速 unsaid, points over a name the
  // catalogue knows are still a margin over that indicator's growth, not its change (fix85).
  if (otherNamed?.[1] && otherNamed[2] && !figure.signWord && lookupIndicator(otherNamed[2]) !== undefined)
    return { kind: 'comparison', sign: signOf(otherNamed[1]), benchmark: `${otherNamed[2]}增速` };
  // 税收收入增速低于一般公共预算收入2.2个百分点: both names in one clause; the benchmark must be a name the
  // catalogue knows (a place or a plan after 低于 is read by the rules above).
  const between = figure.signWord ? null : LINK_RULES.growthBetweenNames.exec(key);
  if (between?.[1] && between[2] && lookupIndicator(between[2]) !== undefined)
    return { kind: 'comparison', sign: signOf(between[1]), benchmark: `${between[2]}增速` };
  const wholeNamed = figure.signWord ? null : LINK_RULES.wholeNamed.exec(key);
  if (wholeNamed?.[1] && wholeNamed[2])
    return { kind: 'comparison', sign: signOf(wholeNamed[1]), benchmark: `${wholeNamed[2]}增速` };
  const residents = LINK_RULES.otherResidents.exec(key);
  if (residents?.[1] && residents[2])
    return { kind: 'comparison', sign: signOf(residents[1]), benchmark: `${residents[2]}增速` };
  // 预期目标均如期完成：地区生产总值增长6.4%，高0.4个点: after talk of goals, the unsaid benchmark is the plan.
  const bare = LINK_RULES.bare.exec(key);
  if (bare?.[1])
    return goalContext
      ? { kind: 'plan-gap', sign: signOf(bare[1]) }
      : { kind: 'comparison', sign: signOf(bare[1]), benchmark: '' };
  return null;
}

const SHORT_REGION = `(?:${REGION}|[国省市州县区])`;
const BENCHMARKS = `(${SHORT_REGION}(?:[、和与及]${SHORT_REGION})+)`;
const BENCHMARK_LIST_RULES = [
  // 较省、市分别高出1.3、0.7个百分点
  new RegExp(`(?:较|比)${BENCHMARKS}${AVERAGE}分别(${ABOVE}|${BELOW}|高出?|低|快|慢)$`),
  // 分别高于全国、全省平均水平1.2和0.5个百分点
  new RegExp(`分别(${ABOVE}|${BELOW})${BENCHMARKS}${AVERAGE}$`),
  // 分别比全国、全省平均水平高N和M个百分点: 分别 before the comparison (a head's speech, session 30).
  new RegExp(`分别(?:较|比)${BENCHMARKS}${AVERAGE}(${ABOVE}|${BELOW}|高出?|低|快|慢)$`),
];

/**
 * 较省、市分别高出1.3、0.7个百分点: one comparison per benchmark, in the order written; the figures
 * stay about the chain's subject. `lead` is the text just before the list's first figure.
 */
export function readBenchmarkList(lead: string): Link[] | null {
  // Every rule needs 分别 and SHARED_MARGIN 均: a lead with neither, most of them, is not tried (0.9% of the
  // parser's time, session 34).
  if (!lead.includes('分别') && !lead.includes('均')) return null;
  // 分别高于全国（5.6%）、全省（6.4%）1.5和0.7个百分点: the benchmarks' own figures in brackets.
  const compact = lead.replace(/\s+/g, '').replace(/\([^()]*\d[^()]*\)/g, '');
  for (const [index, rule] of BENCHMARK_LIST_RULES.entries()) {
    const match = rule.exec(compact);
    const verb = index === 1 ? match?.[1] : match?.[2];
    const names = index === 1 ? match?.[2] : match?.[1];
    if (!verb || !names) continue;
    const sign = signOf(verb);
    return names.split(/[、和与及]/).map((benchmark) => ({ kind: 'comparison', sign, benchmark }));
  }
  const shared = SHARED_MARGIN.exec(compact);
  if (shared?.[1] && shared[2])
    return [{ kind: 'comparison', sign: signOf(shared[2]), benchmark: shared[1] }];
  return null;
}

/**
 * 比全省、全市均低1.3个百分点: one margin under every benchmark listed (均), one comparison naming them
 * all; the figure stays about the chain's subject.
 */
const SHARED_MARGIN = new RegExp(`(?:较|比)${BENCHMARKS}${AVERAGE}均(${ABOVE}|${BELOW}|高出?|低|快|慢)$`);

/** What a link is measured against, for the fact's comparedWith: 计划, 全市, 时序进度; null for others. */
export function benchmarkOf(link: Link): string | null {
  if (link.kind === 'plan-gap') return '计划';
  return link.kind === 'comparison' && link.benchmark !== '' ? link.benchmark : null;
}

/** 高于全市固定资产投资增速…: a comparison whose clause names the benchmark first, not the subject. */
export const BENCHMARK_FIRST = new RegExp(`${LEAD}(?:${ABOVE}|${BELOW})`);

/** 距年度目标还差, 与年度目标相差: a clause that is only the points the result is short of the plan. */
export const isPlanShortfall = (key: string) => LINK_RULES.planGapShort.test(key);

/** The measure and signed quantity a link gives its figure: 低于计划1.3个百分点 → comparison −1.3. */
export function linked(link: Link, quantity: Quantity): { measure: Measure; quantity: Quantity } {
  if (link.kind === 'two-year-average') return { measure: 'two-year-average-growth', quantity };
  if (link.kind === 'earlier-period') return { measure: 'growth', quantity };
  const signed =
    link.sign < 0 && quantity.value > 0
      ? { ...quantity, value: -quantity.value, valueBase: -quantity.valueBase }
      : quantity;
  return { measure: 'comparison', quantity: signed };
}
