// The words that announce goals (主要预期目标, 力争, 对照…的目标, a heading 预期目标) and the horizon a
// goal sentence names itself (明年, the report's year + 1).

import type { Horizon } from './types.js';

/**
 * Words that announce goals wherever they stand (a news page, the results part of a plan-and-draft
 * report): 主要预期目标, 指标体系安排, 主要指标安排, 市下达的目标任务是, 力争, 确保, 目标是, 预期目标为;
 * 政府工作报告提出，2025年… (a speech or a news page quoting the goals the work report set for the year ahead);
 * 力促 when a figure follows in its clause (力促经济增长回到年初预期目标7%左右); 年计划为 with its figure
 * right after (实际利用外资2860万美元，增长A%，年计划为5500万美元), as 年度目标为.
 * 今年全县农民负担总额控制在1860万元以内: this year's ceiling set, its figure and 以内 right after the verb (F10402).
 * 今年全县全社会固定资产投资计划为5.8亿元，增长率15%: an aggregate's 计划为 right before its figure, the year's plan for it (F10399).
 * 低于年度目标B个百分点（年度目标A%）: the goal in brackets after the gap to it, named bare (fix91).
 * 今年区人大N次会议确定全区甲增长A%左右、乙增长B%: the goals the congress set, quoted in a press conference's answer, and
 * 我们有信心实现全年甲增长A%以上: a speaker's goal for the year (session 30, fix102). 县第N届人民代表大会第N次会议确定，
 * 全年甲增长A%左右: the congress named with its session, a comma before the year's list (session 38, fix272).
 * 会议同意2013年县本级财政预算安排：甲安排X亿元，增长A%: a congress 决议 approving the year's budget, its
 * figures listed after the colon, are that year's goals (session 38, fix269, F5491).
 * 年度目标任务为城镇新增就业1500人: a 民生实事 item's year task, announced (session 30, fix104).
 * （一）地区生产总值。年度目标增长7%，预计全年增长6.3%左右: a 发改局's forecast report names each indicator's
 * goal with no 为 before its growth; 低于年度目标增长…, 完成年度目标增长… are gaps and verdicts, no goal set
 * (session 43, fix336, F6954).
 * 进出口总额计划增长10%，实际下降8.7%: a review's unmet indicator, its plan named by 计划 right before the figure
 * and its result by the 实际 clause after, where the goal ends (fixleft42c, F6891); 实际仅下降1.8%: the result
 * judged short with 仅 (只, 才) before its verb (fix344, F7003).
 * 按照年初确定的目标，全年甲增长A%: a press conference's answer restating the year's goals (session 33, fix144).
 * 按照县委、县政府提出的一季度奋斗目标，一季度甲要达到X亿元: the setters named before the goals' 的, and the part of the
 * year they are for (a later part's goals, facts only; session 51, fix484, F10296).
 * 同意…提出的2024年县级一般公共预算收入预期X万元的安排: a revenue's or spending's 预期 right before its figure is the
 * budget's expectation, a goal as 预期增长 is (session 43, fix350, F7102).
 * 草案提出：甲增长A%；乙X亿元: a review or a 政协 opinion quoting the draft plan's goals after a colon (计划草案,
 * 预算草案 too; session 45, fix384, F7691).
 * 2020年，全县财政总收入预算安排X亿元，增长A%；甲安排Y亿元: a news page retelling the budget report, a sentence opening
 * with its year and a revenue's or spending's 预算安排 right before the figure: that year's budget, goals as a draft's
 * (session 46, fix406, F8252).
 * …，为全年实现甲增长A%以上奠定坚实基础: the year's goal a news page's request serves, named in the 为…奠定基础 phrase
 * itself with no 的目标 to close it (session 47, fix423, F8742).
 * 争取 is left out: 争取上级资金
 * reports money obtained. 低于确保目标, 高于力争目标: the tier of a target a result is held
 * against, named, not announced.
 */
export const GOAL_ANNOUNCE =
  /(?<=^|[。；;])\s*(?:19|20)\d{2}年度?[,，][^,;。]{0,16}?(?:收入|支出)预算安排(?=\d)|(?:^|[。；;】])\s*按照(?:年初|年度|全年)(?:确定|制定|提出)的(?:预期|奋斗)?目标[,，]|(?:^|[。；;】])\s*按照[\u4e00-\u9fa5、]{2,14}?(?:确定|制定|提出)的(?:年初|年度|全年|第?[一二三]季度|上半年)?(?:预期|奋斗)目标[,，]|(?<=[(（])(?:年度|全年|年初)(?:预期|计划)?目标(?=(?:增长)?\d)|^\s*(?:(?:19|20)\d{2}年?)?(?:年度|全年)?(?:主要)?(?:预期目标|目标任务)\s*$|主要预期目标|主要目标|主要(?:经济)?指标安排|(?:下达|指导)(?:给?我[县市区旗])?的?(?:全年|年度)?(?:目标任务|目标|任务|指标)(?:是|为|:)|指标体系安排|(?:计划|预算)?草案(?:中)?(?:提出|安排|确定)了?[:：]|政府工作报告(?:中)?提出[,，:](?=[^。]{0,12}?(?:(?:19|20)\d{2}年|今年|明年))|预期目标(?:是|为|:)|目标(?:是|为)|(?:年度|全年)目标任务(?:是|为)|(?<![于出过超比较成照到现])(?:年度|全年)(?:预期)?目标(?=(?:分别)?(?:增长|下降)\d)|(?<=^|[。；;])\s*(?:年初|年度|全年)预算(?=\d)|目标:|(?:^|[。；;,，])\s*今年[^,;。\d]{2,20}?控制在(?=\d+(?:\.\d+)?[\u4e00-\u9fa5%]{0,4}以内)|(?:全年|年度|年|(?<=[\u4e00-\u9fa5]{2}(?:投资|收入|支出|总额|总值|增加值|零售额)))计划(?:是|为)(?=\d)|(?<!(?:高于|低于|高出|低出|超过|超出|超|快于|慢于|完成|比|较|对照|达到))(?:力争|确保)|(?:力争|确保)(?!目标)|力促(?=[^,;。]{0,20}?\d)|[一二三四五六七八九十]要[^,;。]{0,20}?[,，][^,;。]{0,4}?(?:推动|促进|促使)(?=[^,;。]{0,20}?全年(?:增长|增速)\d)|(?<![于超过出合到及低好比初在])预期(?=[\u4e00-\u9fa5]{0,14}?(?:增长|增速|达到|突破|下降|上涨)\d)|(?<=(?:收入|支出))预期(?=(?:安排|完成|达到|为)?\d)|(?:人代会|人民代表大会|(?:人大|人民代表大会)[^,;。]{0,10}?会议)上?(?:确定|提出)了?(?:[,，:：](?=(?:全年|今年|年度)[^,;。]{0,16}?(?:增长|增速|达到|突破|下降)\d))?(?=[^,;。]{0,16}?(?:增长|增速|达到|突破|下降)\d)|有信心(?:实现|完成|达到)(?=全年|年度)|(?:同意|批准)(?:19|20)\d{2}年度?[\u4e00-\u9fa5]{0,10}?预算安排[:：]|(?<=[\u4e00-\u9fa5])计划(?=(?:增长|下降)\d+(?:\.\d+)?%[,，]\s*实际(?:仅|只|才)?(?:增长|下降)\d)|为(?:全年|年度)(?:实现|完成)(?=[^,;。]{0,30}?\d+(?:\.\d+)?%(?:以上|左右)?(?:打好|打下|奠定|夯实)[^,;。]{0,6}?基础)/;
/**
 * A word every form of GOAL_ANNOUNCE holds (目标, 指标, 下达 or 指导, 政府工作报告, 草案, 计划是, 计划为, 计划增 or 计划下, 力争 or 确保,
 * 力促, 一要…十要, 预期, 人代会 or 人民代表大会 or 人大, 有信心, 预算安排, 年度预算 before its figure, 为全年实现; keep it in step with the pattern): most sentences
 * have none, and the long alternation, tried at every position of a sentence, was about 1% of the parser's time
 * (session 29's profile). The words common in any sentence (推动, 促进, 提出, 确定, 计划) are tested only within
 * the forms that need them, by a rarer word beside them (session 34: 0.63% of the profile by this test's line).
 */
const MAY_ANNOUNCE_GOALS =
  /目标|控制在|指标|下达|指导|政府工作报告|草案|计划[是为增下]|力争|确保|力促|[一二三四五六七八九十]要|预期|人代会|人民代表大会|人大|有信心|预算安排|[初度年]预算\d|为(?:全年|年度)(?:实现|完成)/;
/** GOAL_ANNOUNCE's first match in `text`, tried only when `text` holds a word every form of it needs. */
export const goalAnnouncement = (text: string): RegExpExecArray | null =>
  MAY_ANNOUNCE_GOALS.test(text) ? GOAL_ANNOUNCE.exec(text) : null;
/**
 * 三要着力提振消费。…办好…节会活动，推动社会消费品零售总额全年增长A%: a request's clause that pushes an indicator to
 * a year's growth, after the request's measures, in a paragraph an 一要…三要 item opens (session 28, fix90); the
 * same words after a result (重点项目集中投产，推动…全年增长9%) announce nothing. …，推动全年甲增长A%以上: 全年
 * before the indicator's name (fix219).
 */
export const REQUEST_PUSH =
  /[,，](?:推动|促进|促使)(?=[^,;。]{0,20}?全年(?:增长|增速)\d|全年[^,;。\d]{2,20}?(?:增长|增速)\d)/;
/** A paragraph opened by a numbered request (一要…, 三要…). */
export const REQUEST_ITEM = /^\s*[一二三四五六七八九十]要/;
/** Words naming the higher level as the one that set the goals: 市下达的, 上级下达, 指导目标. */
export const HIGHER_LEVEL = /(?:[省市州]|上级)(?:委|政府)?下达|指导(?:性)?目标/;
/**
 * 对照全年甲增长7%、乙增长15%的目标, 紧扣全年甲增长6%的预期目标: goals a review holds the results against, closed by 的目标; so
 * are goals set in one phrase (提出全年甲增长7%的目标, 国家提出…的预期目标: another place's) and
 * goals said met after the result (增长7.1%，完成年初确定的增长6%的目标); a goal in quotes is read
 * with its verdict instead (quotedGoals). A long 、 list may close with 等目标任务 (对照年初确定的甲增长8%、
 * 乙增长8.5%、…、戊增长8%等目标任务): each 、 item may take up to 40 characters. 高于地区下达的12%的目标任务
 * 1.2个百分点: a goal a higher level set, said inside the gap to it (the region's own target). 离年初确定的
 * 7.5%目标还差0.1个百分点, 与年度增长3%的计划相差…: a goal the result falls short of, said before the shortfall. 距年初确定的10%目标还差…
 * closes the goal with no 的 after its figure. 距全年甲增长6.5%、乙增长12%的目标任务还有不小压力: the year's goals
 * listed inside the distance the results still have to go (a meeting's news page; session 27, fix85).
 * 与年度目标A%左右相比仍有N个百分点的差距: the goal named before its figure, then the shortfall (fix85); 距年度目标A%还差N个
 * 百分点 the same with 距 (fix99). 较年度目标（增长A%）低N个百分点: the goal's figure in brackets
 * after the goal's name, before the gap's verb. 增长B%，完成年度目标（增长A%）: the goal's figure in brackets
 * after the verdict that it was met (a 解读 page's retelling; session 28, fix91). 未完成增长A%的年度计划: the goal
 * closed by 的年度计划 instead of 的目标 (session 29, fix99). 比年度目标A%低N个百分点: the goal's figure
 * unbracketed after its name, the gap's verb right after it (session 30, fix105). 低于年度目标A%达N个百分点:
 * the gap's verb before the goal's name, its figure after 达 (session 31, fix123).
 * 甲增速低于全年A%的预期目标N个百分点: the year's goal right after the gap's verb, no setter named (session 33,
 * fix165).
 * 甲增长B%，低于A%的年度目标N个百分点: the goal's bare figure right after the gap's verb, closed by 的年度目标
 * (a committee's review; session 34, fix169).
 * 要对标全年甲增长A%的目标: a review's request holding the work against the year's goal, 对标 as 对照 (session 34,
 * fix179).
 * closed by 的年度计划 instead of 的目标 (session 29, fix99). 达到年度目标（下降3%）要求: a fall's goal in the
 * brackets after the verdict (session 30, fix104).
 * 距年度目标（增长A%）还差N个百分点: the goal's figure in brackets after its name, the shortfall after them
 * (session 31, fix108).
 * 甲增长6%、乙增长5%等目标全面完成；丙增长6%左右的目标未能完成: a year-end check lists the goals, closed by
 * 等目标 or 的目标, and says them met or missed right after (no cue before; session 27, fix83b).
 * 今年全旗确定了甲增长A%左右、乙增长B%的主要预期目标: the year's goals a press conference quotes, closed by
 * 的主要预期目标 right after a figure's % (提出的YYYY年…的主要预期目标是： only announces the list after it; session 31, fix107).
 * 同意报告提出的YYYY年甲增长A%左右等主要预期目标: a congress 决议 on the work report closes the goals it approves by
 * 等主要预期目标 (session 41, fix324, F6573).
 * 能耗下降B%，完成市下达的下降A%的约束性目标: a binding (约束性) goal closed with its figure, as 的目标 is (session 45,
 * fix384, F7694). 能耗下降B%，但未完成市下达的下降A%的任务: a higher level's goal closed by 的任务, as 的目标 is
 * (session 46, fix391, F8003).
 * 甲增速距年初确定的A%左右的目标仍有差距: the gap to the year's goal said in words, right after the indicator's
 * 增速 (session 35, fix200).
 * …，全年甲增长A%的奋斗目标面临较大压力: a clause opening with the year and closed by 的奋斗目标 (的预期目标) quotes the
 * year's goal whatever it says of it after (a statistics bureau's problems; session 51, fix484, F10295).
 */
export const CLOSED_GOALS =
  /(?<=[,，;；])(?:完成|实现|达到)(?:年度|全年|年初)(?:预期目标|计划目标|目标)[(（](?:增长|下降)?\d+(?:\.\d+)?%(?:左右|以上|以内)?[)）]|(?:比|较)(?:年度|全年|年初)?(?:预期目标|计划目标|目标|计划)[(（](?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?[)）](?=高出?|低|快|慢)|(?:比|较)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?(?=(?:高出?|低|快|慢)\d)|(?:高于|高出|超过|超出|快于|低于|慢于)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?(?=达\d)|(?:^|[,，;；]|但|而)(?:距离?|离|与)[\u4e00-\u9fa5]{0,8}?\d+(?:\.\d+)?%(?:左右|以上)?的?(?:年度|全年)?(?:预期目标|预期|计划目标|规划目标|计划|目标)(?=(?:还|尚|仍)?相?差|相比(?:还|尚|仍)有|相比,(?:增速|增幅)?(?:还|尚|仍)?(?:低|慢)|相比,(?:还|尚|仍)?相?差)|(?:^|[,，;；]|但|而|(?<=增速|增幅))(?:距离?|离)(?:年度|全年|年初)[^,;。“”\d]{0,16}?\d+(?:\.\d+)?%(?:左右|以上)?(?:、[^,;。“”\d]{0,16}?\d+(?:\.\d+)?%(?:左右|以上)?)*的?(?:年度|全年)?(?:预期目标|计划目标|目标)(?:任务)?(?=(?:还|尚|仍)?(?:相?差|有))|(?:^|[,，;；]|但|而)(?:与|同)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?(?=相比(?:还|尚|仍)?有)|(?:^|[,，;；]|但|而)(?:距离?|离)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?(?=(?:还|尚|仍)相?差|差了)|(?:^|[,，;；]|但|而)(?:距离?|离)(?:年度|全年|年初)(?:预期目标|计划目标|目标|计划)[(（](?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?[)）](?=(?:还|尚|仍)?相?差)|(?:对照|对标|围绕|紧盯|紧扣|锚定|提出|确定了?|完成|实现|达到|(?:高于|高出|超过|超出|低于)(?:[\u4e00-\u9fa5]{0,6}?(?:下达|批准)的?|(?=(?:全年|年度|年初)(?:增长)?\d)|(?=(?:增长)?\d+(?:\.\d+)?%(?:左右|以上)?的(?:年度|全年)(?:预期|计划)?目标)))(?:全年|年度|年初)?[^,;。“”]{0,40}?\d(?:[^,;。“”]{0,40}?、[^,;。“”]{0,40}?\d)*[^,;。“”]{0,40}?(?:的|等|(?<=%(?:左右|以上)?))(?:(?:年度|全年)?(?:预期|计划|约束性|[保稳]增长|奋斗|发展)?目标|(?:年度|全年)计划|(?<=%(?:左右|以上)?[的等])主要预期目标|(?<=下达的?[^,;。“”]{0,60}的)任务)|(?<=^|[,;])(?:全年|年度)[^,;。“”\d]{2,30}?\d+(?:\.\d+)?(?:%|亿元|万元)(?:左右|以上)?的(?:奋斗|预期)目标|(?:^|[,;])[^,;。“”\d]{0,30}?\d[^,;。“”]{0,20}?(?:、[^,;。“”\d]{0,30}?\d[^,;。“”]{0,20}?)*(?:的|等)(?:年度|全年)?(?:预期|计划)?目标(?:任务)?(?=(?:均|已)?(?:全面|顺利|超额|如期|基本)?(?:完成|实现)|未能?(?:完成|实现)|没有(?:完成|实现))/;
/**
 * Every form of CLOSED_GOALS names the goal (目标, 计划, or 预期 in 距…的预期还差, 下达 before 的任务; keep it in step with the
 * pattern): a sentence naming none is not tried (the alternation, tried at every position, cost about as
 * much as GOAL_ANNOUNCE's; session 29).
 */
const NAMES_A_GOAL = /目标|计划|预期|下达/;
/** CLOSED_GOALS's first match in `text`, tried only when `text` names a goal. */
export const closedGoals = (text: string): RegExpExecArray | null =>
  NAMES_A_GOAL.test(text) ? CLOSED_GOALS.exec(text) : null;
/** Words after a goal cue that report the goals done rather than set them: 均如期完成, 完成情况良好. */
export const GOALS_DONE = /^[^,;:。]{0,6}?(?:如期|全面|顺利|超额|基本)?(?:完成|实现|达成)/;
/**
 * 预期目标：完成州下达的节能减排任务: a goal set in words, the task a higher level set; not goals
 * reported done (GOALS_DONE), though it opens with 完成 too.
 */
export const GOAL_SET_TASK =
  /^\s*(?:完成|落实)[^,;。\d]{0,6}?(?:下达|规定)的?[^,;。\d]{0,10}?(?:目标|任务|指标)/;
/**
 * A section whose heading announces goals: its sentences are goals from their first word. So is a
 * budget report's draft (二、2024年预算草案), or a budget 图解's part headed by the year's arrangement
 * alone (2025年预算安排; not 优化预算安排, a task): every figure of it is what the year is budgeted for.
 */
export const GOAL_HEADING =
  /预期目标|主要目标|指标体系|目标任务安排|预算草案|^\s*(?:(?:19|20)\d{2}\s*年度?)?(?:财政)?预算安排\s*$/;
/**
 * A heading that names the results first (关于2019年财政预算执行情况和2020年财政预算草案, a review's
 * part on both): its draft does not make the results' figures goals; a sentence names its own year.
 */
const RESULTS_HEADING = /执行情况|完成情况|进展情况/;
/** Whether a section's heading makes every figure under it a goal (see GOAL_HEADING). */
export const announcesGoals = (heading: string) =>
  GOAL_HEADING.test(heading) && !RESULTS_HEADING.test(heading);
/**
 * Under a heading naming the results and the draft, a sentence opening with the draft's year
 * (2020年，全县一般公共预算收入预期安排…) sets out the draft: its figures are that year's goals.
 */
export function opensDraftYear(heading: string, text: string, year: number | null): boolean {
  if (year === null || !GOAL_HEADING.test(heading) || !RESULTS_HEADING.test(heading)) return false;
  return new RegExp(`^\\s*${year + 1}年度?[,，]`).test(text);
}
/**
 * An item of a list set out line by line (●经济增长6%左右, ——城镇新增就业N人): after a line that
 * announces goals and gives none itself, each such item is a goal too. ■ opens a heading, not an item.
 */
export const LIST_ITEM =
  /^\s*(?:[●•·▪◆◇○◎★☆]|—|-(?!\d)|\d{1,2}[.、](?!\d)|[(][一二三四五六七八九十\d]{1,2}[)])/;
/** 2013预期目标 on a line of its own: a heading's year written without 年. */
const HEADING_YEAR = /^\s*((?:19|20)\d{2})(?=(?:年度|全年)?(?:主要)?(?:预期目标|目标任务)\s*$)/;
/** Years in the words before or after a cue, which are no figures: 2024年, and 2024 heading 2024预期目标. */
export const withoutYears = (text: string) => text.replace(/\d{4}年/g, '').replace(HEADING_YEAR, '');
/** A sentence that sets goals for the year after: 明年, 下一年, 2024年 in a 2023 report. */
const NEXT_YEAR = /明年|下一年|来年/;

/** “十四五”期间, 十四五末, “十五五”时期: a five-year plan's span or end. */
export const PLAN_PERIOD = /“?十[一二三四五六七八九]五”?(?:期间|时期|末|规划期)/;

/**
 * 确保全年甲增长6.5%以上…，为明年经济工作打好基础: the year after named as what this year's goals serve
 * (为明年…打好基础, 奠定基础, 开好局), not as their horizon: 全年 there is the report's own year.
 */
const FOR_NEXT_YEAR =
  /为(?:明年|来年|下一年)[^,，;；。]{0,20}?(?:(?:打好|打下|奠定|夯实)[^,，;；。]{0,6}?基础|开好局)/g;

/**
 * 围绕…完成X亿元的年度目标，加快推进甲、乙，做好明年项目储备: the year after's projects prepared now, as
 * projectsOfYear's 2025年项目 (session 46, fix406, F8259).
 */
const NEXT_YEAR_PROJECTS = /(?:明年|来年|下一年)度?的?(?:重点|重大)?(?:建设|产业)?项目/g;

/**
 * 谋划储备2025年项目80个以上, 储备2025年重点项目519项 in a 2024 report: projects prepared now for the year
 * after, a year that qualifies the projects, not the horizon of the sentence's goals (确保全年…增长A%以上).
 */
const projectsOfYear = (year: number) => new RegExp(`${year}年(?:度)?(?:重点|重大)?(?:建设|产业)?项目`, 'g');

/**
 * 力争2026—2027年雪季接待游客突破X万人次 in a 2026 report: a season or span that opens in the report's year and
 * closes in the next, the year after only as its end, not the horizon of the goal (session 33, fix144). 做好2007/2008年
 * 榨季生产准备: a crop season written with a slash the same (session 49, fix443, F9433).
 */
const spanIntoYear = (year: number) => new RegExp(`${year}\\s*年?\\s*[—–\\-~至到/]\\s*${year + 1}年`, 'g');

/** The horizon a goal sentence names itself (明年, the report's year + 1), or null to take the default. */
export function horizonOf(text: string, year: number | null): Horizon | null {
  // Each rewrite only takes words out, and only words holding what is looked for after it (明年, the
  // year after's 年): without those the text is read as it stands, with no copy and no pattern built
  // (the rewrites ran on every sentence the goal reader looks at; session 29).
  if (NEXT_YEAR.test(text) && NEXT_YEAR.test(text.replace(FOR_NEXT_YEAR, '').replace(NEXT_YEAR_PROJECTS, '')))
    return 'next-year';
  const yearAfter = year === null ? '' : `${year + 1}年`;
  if (
    year !== null &&
    text.includes(yearAfter) &&
    text
      .replace(projectsOfYear(year + 1), '')
      .replace(spanIntoYear(year), '')
      .includes(yearAfter)
  )
    return 'next-year';
  if (year !== null && HEADING_YEAR.exec(text)?.[1] === `${year + 1}`) return 'next-year';
  return null;
}
