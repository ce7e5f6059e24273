// Names a figure's subject as written when its clause joins no catalogue indicator: a name before a
// colon, funds attracted under a topic line, a branch, a named aggregate, a stated rate, a work's share
// of its plan, 增加值 of the industry the clause before opens with. A park's figure is no indicator's.

import type { Figure } from './numbers.js';
import { parkNameEnd } from './park-names.js';
import {
  aggregateIndicator,
  BRANCH_TURNOVER,
  branchIndicator,
  countedOwnershipClass,
  generatedIndicator,
  isGradedSightVisits,
  isHousingPerCapita,
  isInboundVisitors,
  isOriginFirmsTrade,
  isOvernightVisits,
  isSectorTax,
  isTourismKind,
  isUseElectricity,
  observedRate,
  RETAIL_PART,
  TRADE_BRANCH_SALES,
} from './prose-branches.js';
import { countedClassInvestment } from './prose-class-investment.js';
import { CONTRIBUTION, GROWTH, RATE_TARGET_AFTER, SHARE } from './prose-clause-kinds.js';
import {
  clauseStartBefore,
  cleanSubject,
  joinIndicator,
  leadingIndicator,
  type NamedIndicator,
} from './prose-clauses.js';
import { bareIndustryAccount, INDUSTRY_LEAD_REACH } from './prose-industry-account.js';
import { POVERTY_RATE, povertyRateBefore } from './prose-poverty-rate.js';
import { isProjectFundingPart } from './prose-project-funding-part.js';
import { labelBeforeColon, nameBeforeColon } from './prose-subject-names.js';
import { statesVegetationCover } from './vegetation-cover.js';

/**
 * 甲工业园完成…, 乙经济开发区实现…: a park's own figure; so is a 兵团 farm's or a state farm's beside the county.
 * 甲农产品加工园区完成基础设施投资X亿元: any 园区, not only an industrial one (held-out-370 linao; session 44, fix368,
 * F7473). The names are park-names' vocabulary; 高新区 is its explicit exclusion here (a high-tech zone's own
 * report opens its sentences with its name, gnews-forms).
 */
const PARK_FIGURE = new RegExp(`^[\\u4e00-\\u9fa5]{2,12}?${parkNameEnd('figure')}(?:累计)?(?:完成|实现)`);
/** Whether a clause's subject is a park's name before 完成/实现 (its figure the park's own). */
export function namesParkFigure(subject: string): boolean {
  return PARK_FIGURE.test(subject);
}
/**
 * 今年新投产的N家规上工业企业实现产值X亿元: the output of the firms new this year, counted before the scope; a class
 * of firms (their figure a fact), not all industry above the size (session 30, fix102).
 */
/** A port's cargo in tonnes: 进口货运量, 口岸过货量. */
const PORT_CARGO = /(?:货运量|过货量)$/;
const NEW_FIRMS_COUNTED = /(?:新投产|新入规|新纳统|新上规|新增)的?\d{1,4}家$/;
const FIRMS_CLAUSE = /^(?:规模以上|规上)?工业企业/;
/** 实际到位资金, 到位资金, 实际到位县外资金: funds received, named without whose (or only by where from). */
const FUNDS_RECEIVED = /^(?:实际)?到位(?:(?:[县市区州旗盟省]|境|域)外)?(?:资金)?$/;
/** 县外, 市外, 境外: where funds received came from, which the indicator's name leaves out. */
const FUNDS_ORIGIN = /(?:[县市区州旗盟省]|境|域)外/;
/** 经营性用地供应完成年初计划的, 土地出让收入仅完成年初预算的: a work's name, then its share of the year's plan. */
const PLAN_SHARE_OF_WORK =
  /^([\u4e00-\u9fa5]{2,10}?)(?:已|仅|只)?完成(?:了)?(?:年初|年度|全年)(?:计划|目标|预算)(?:任务)?的?$/;
/** 原煤产量, 发电量: a product's output (the catalogue's outputs, such as 粮食总产量, are joined before). */
const PRODUCT_OUTPUT = /^[\u4e00-\u9fa5]{1,8}(?:产量|发电量)$/;
/** 完成年计划的, 完成年度计划的: the clause of an output's share of the year's plan, after its level. */
const OUTPUT_PLAN_SHARE = /^(?:已|仅|只)?完成(?:了)?(?:年初|年度|全年|年)(?:计划|目标)(?:任务)?的?$/;
/**
 * Names of projects, investment, funds or counts: their shares of a plan are facts, not indicators; so is a works'
 * progress (甲河流域综合治理工程完成年度计划的A%: session 46, fix391, F8012).
 */
const NOT_A_WORK = /项目|工程|投资|资金|计划|任务|企业|全[县市区省州旗]|[县市区]级|政府/;
/** 产品销售率为98.6%: a rate's name right before 为/达 and its figure. */
/** 净资产收益率仅为A%: a limiting word before 为 (fix90). */
const STATED_RATE = /率\s*(?:(?:仅|只)?为|达到?)\s*$/;
/** 首位产业集聚度达到A%: a zone's leading industry's share of its output, stated as a rate is. */
const STATED_CLUSTERING = /集聚度\s*(?:为|达到?)\s*$/;
/** 城镇居民家庭恩格尔系数为A%: a household's food share, a rate named 系数 (session 38, fix265). */
const STATED_ENGEL = /恩格尔系数\s*(?:为|是|达到?)?\s*$/;
/** 全面小康实现程度达到A%: the 小康 monitoring index, a rate named 程度 (held-out-315, F6426). */
const STATED_XIAOKANG = /小康[\u4e00-\u9fa5]{0,4}实现程度\s*(?:为|是|达到?)\s*$/;
/**
 * 平均资产负债率, 净资产收益率: the solvency and return of a place's state firms, which a state-assets report
 * states with 为 (仅为) beside their totals, the firms' state as an industry rate is industry's. Session 28, fix90.
 */
const STATE_FIRM_RATE = /(?:资产负债率|净资产收益率|国有资本保值增值率)$/;
/**
 * 规模以上工业产品销售率, 工业企业资产负债率: a rate of industry, which communiqués give bare; 产品销售率
 * alone is industry's too (…实现销售产值X亿元，增长A%；产品销售率96.8%); so is its short form 产销率 (规上工业产值
 * 增长A%，产销率为B%; session 31, fix123). 营业收入利润率为A%: the firms' margin after their revenue and profits
 * (fix219).
 */
const INDUSTRY_RATE =
  /工业(?:企业)?(?:产品)?[\u4e00-\u9fa5]{0,4}率$|^产品销售率$|^(?:产品)?产销率$|^(?:(?:规模以上|规上)?工业企业)?(?:主营业务|营业)收入利润率$/;
/**
 * 农产品加工转化率达到A%, 农产品加工率为A%: the share of the farm output the place's own plants process, farming's
 * counterpart of industry's 产品销售率 and an indicator of the economy when stated with 为/达 (a scheme's
 * coverage, 医保参保率, stays a fact). Session 31, fix108.
 */
const FARM_PROCESSING_RATE = /农产品加工(?:转化)?率$/;
/** 新发放普惠小微贷款平均利率, 企业贷款加权平均利率: the price of the loans banks make, a rate of the economy. */
const LOAN_RATE = /贷款[\u4e00-\u9fa5]{0,6}利率$/;
/** 产品销售率96.8%: an industry rate's name right before its figure, with no 为/达. */
const BARE_RATE = /率\s*$/;
/**
 * 森林覆盖率稳定在66.1%: an environment rate that held, stated with its exact figure (a floor, 稳定在62%以上, is a
 * goal's wording and stays as it was read). Session 48, fix426, F8973.
 */
const HELD_RATE = /率\s*(?:稳定|保持)在\s*$/;
/**
 * 森林覆盖率达到61.8%, 城市污水处理率达到86.5%, 生活垃圾无害化处理率达到92.0%: the environment rates of a
 * communiqué's 资源、环境 chapter, the place's own state, indicators even given bare (a coverage of a
 * scheme such as 医保参保率 stays a fact). 县城生活污水集中收集率达到A%: the share of the sewage the pipes
 * gather, the state of the same works (session 31, fix106). 林木覆盖率达到A%: the plains' word for the tree cover
 * (session 37, fixleft37).
 */
export const ENVIRONMENT_RATE =
  /(?:森林|植被|绿化|林木)覆盖率$|(?:污水|垃圾)[\u4e00-\u9fa5]{0,5}(?:处理|收集)率$/;
/**
 * 空气质量优良天数比例99.2%, 空气优良天数比率为95.1%: the share of days of good air, the place's own
 * state beside its coverage rates, given bare or with 为/达 (its name ends in 比例, which no rate reader takes).
 *
 * 优良天数比例达到71.2%: the same ratio with no 空气 at all, after the PM2.5 figure; 优良天数 names the air's
 * days alone, so the bare form needs the 天数 (session 40, fixtail40, F6251).
 */
const AIR_QUALITY_RATIO = /(?:空气(?:质量)?优良(?:天数)?|优良天数)(?:比例|比率|率)\s*(?:为|达到?)?\s*$/;
/**
 * 地表水国考断面水质优Ⅲ类比例达到A%, 地表水水质达到或好于Ⅲ类比例为A%: the share of the water sections of good
 * quality, the water's counterpart of the air's ratio, named as written (session 37, fixleft37).
 */
const WATER_QUALITY_RATIO =
  /水质(?:优良|达到或(?:好|优)于|(?:好|优)于|优)?(?:Ⅲ|III|iii|三)类(?:及以上|以上)?(?:水体)?(?:比例|比率)\s*(?:为|达到?)?\s*$/;
/** 优良天数比率58.1%: the ratio named without the 空气质量 said before it. */
const ELIDED_AIR_RATIO = /^\s*优良(?:天数)?(?:比例|比率|率)\s*(?:为|达到?)?\s*$/;
/** 空气质量优良天数212天: the air's good days counted earlier in the sentence, and the words naming the air. */
const AIR_DAYS_BEFORE = /(空气(?:质量)?)优良天数/;
/**
 * PM2.5年均浓度为78微克/立方米, 细颗粒物平均浓度41微克/立方米: an air pollutant's concentration, the
 * place's own state, named as written (the catalogue has no pollutant); its unit says what it is.
 */
const POLLUTANT_CONCENTRATION =
  /^(?:pm2\.5|pm10|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|臭氧)(?:\([^()]{1,8}\))?[\u4e00-\u9fa5]{0,4}浓度(?:均值|平均值)?$/i;
/** The pollutant concentration a subject names as written (PM2.5年均浓度), or null. */
export function pollutantConcentration(subject: string): NamedIndicator | null {
  // 2025年细颗粒物（PM2.5）平均浓度降至29微克/立方米: the year leading the sentence is no part of the name (fix262).
  const name = subject.replace(/\s+/g, '').replace(CONCENTRATION_LINK, '').replace(LEADING_YEAR, '');
  return POLLUTANT_CONCENTRATION.test(name) ? generatedIndicator(name) : null;
}
/** 2025年, 2025年末: a year written before the pollutant's name. */
const LEADING_YEAR = /^(?:19|20)\d{2}年(?:末|底)?/;
/** 为, 达, 降至: the words between a concentration's name and its figure. */
const CONCENTRATION_LINK = /(?:为|达到?|(?:下降|降低|降)(?:至|到)?)\s*$/;
/** …，比上年同期下降0.7个百分点: the change of the rate just stated, in points. */
const RATE_CHANGE_AFTER =
  /^\s*,?\s*(?:同比|(?:比|较)(?:上年同期|去年同期|上年|去年|上月|年初|一季度|第一季度|上半年|前三季度|\d+-\d+月))(?:提高|下降|上升|回落|增加|减少|降低|回升)\s*\d+(?:\.\d+)?\s*个百分点/;
/** 服务业占比, 民营经济比重: a share named bare, of no base written (占…的 names one). */
const WRITTEN_SHARE = /^[\u4e00-\u9fa5]{2,8}(?:占比|比重)$/;
/**
 * 亏损企业占比, 亏损企业比重: the loss-making firms' share is the 亏损面 under another name, facts only as the
 * answers keep 亏损面 and its move (session 28, fix93).
 */
const LOSS_MAKING_SHARE = /亏损/;
/** 煤炭先进产能占比, 新能源装机占比: the share of a kind of capacity (of mines or of power), named as written. */
const CAPACITY_SHARE = /^[\u4e00-\u9fa5]{0,8}(?:先进产能|装机(?:容量)?)占比$/;
export const isCapacityShare = (name: string) => CAPACITY_SHARE.test(name);
/** A named aggregate's level (in 元 or 美元), growth or share (in %); counts are no aggregate's. */
const AGGREGATE_UNIT = /^(?:元|美元|%)$/;
/** 新增就业岗位5.82万个: the jobs created, counted in 个, a result of the labour market (other counts stay facts). */
const JOBS_CREATED = /^(?:新增|新创造|创造|新提供|提供)(?:城镇)?就业岗位$/;
/**
 * 脱贫劳动力务工就业X万人，完成市下达全年任务（X万人）的A%: a group's employment held to the higher
 * level's task for the year is tracked like an indicator (its level, its share of the task and the task); the
 * same count given bare (农村劳动力转移就业X万人次) stays a fact, as two counties' answers have it.
 */
const TASKED_EMPLOYMENT = /^[\u4e00-\u9fa5]{2,10}(?:务工|转移)就业$/;
/**
 * 脱贫人口（含监测对象）务工就业: a bracket saying whom the count takes in is no part of the group's name
 * (session 29, fix97).
 */
const INCLUDED_NOTE = /[(（](?:含|包括|不含)[^()（）]{1,12}[)）]/g;
/** 城镇人口, 城镇常住人口: the people living in towns, whose share of all is the urbanisation rate. */
const URBAN_POPULATION = /^(?:城镇|城市)(?:常住)?人口$/;
const TASK_SHARE_AFTER = /^\s*[,，]\s*完成[\u4e00-\u9fa5]{0,8}任务/;
/**
 * 城镇登记失业人数1.26万人，比上年同期减少0.08万人: the registered unemployed at the month's end, the labour
 * market's stock beside its rate (the catalogue has the rate only), in 人 with its change (other counts of
 * people stay facts).
 */
const REGISTERED_UNEMPLOYED = /^(?:城镇)?登记失业人(?:数|员)$/;
/**
 * 合同利用外资X亿美元，同比增长A%: the foreign investment signed for, which Shanghai's and Jiangsu's
 * districts give beside 实到外资 (the catalogue's foreign-investment), a result the catalogue lacks.
 */
// 注册外资2.35亿美元，下降12.4%, 协议外资…: the registered or agreed sum, as Jiangsu's and Zhejiang's counties name
// the signed sum beside 实际利用外资 (session 44, fix364, F7343). 协议注册外资, 合同注册外资: both words, as Jiangsu's
// 2000s plan reports name the signed sum (held-out-388 lanjing; session 46, fix388, F7871).
// 吸收合同外资X亿美元，同比增长A%: a Shanghai district's verb before the sum, no part of its name (session 49,
// fix446, F9464).
const CONTRACTED_FOREIGN =
  /^(?:吸收|吸引)?((?:(?:合同|协议)注册|合同|协议|注册)(?:利用|使用)?外资(?:金额|额)?)$/;
/**
 * 实际直接利用外资X万美元，同比增长A%: the funds received under an older statistics bureau's word order, named as
 * written as the answers keep it (the catalogue has 实际利用外资 and 实际利用外商直接投资; README item 4), with its
 * growth after it as the signed sum (held-out-484 youlan; session 51, fix484, F10292).
 */
const DIRECT_FOREIGN = /^((?:实际)?直接利用外资(?:金额|额)?)$/;
/**
 * 合同外资9.4亿美元。 said alone is a fact beside the funds received; the signed sum is an indicator of its
 * own only with its growth after it (合同利用外资4.36亿美元，同比增长8.1%).
 */
/** What a cause drove, named after its 带动 (赛事带动乙类旅游接待人次): the cause two to twenty characters. */
const DRIVEN_GROWTH = /^[^,;]{2,20}?带动([\u4e00-\u9fa5]{2,12})$/;
// 比上年增长 as a 公报 words it (合同利用外资12.46亿美元，比上年增长8.3%; session 43, fix344, F7001).
/** 增速比上年同期(回落), 增幅较上月(提高): a growth rate moved against an earlier one, in points. */
const GROWTH_RATE_MOVED = /(?:增速|增幅)(?:比|较)[\u4e00-\u9fa5]{1,8}$/;
const GROWTH_AFTER = /^[,，]?(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增长|下降|减少|增加)/;
/** 新批外商投资企业3家，合同外资2860万美元: the sum signed by the firms just counted, a fact of theirs. */
const NEW_FIRMS_BEFORE = /(?:新批|新设立?|新签约?|新引进|批准)[\u4e00-\u9fa5]{0,8}企业\d+(?:\.\d+)?家,?$/;

/**
 * 其中住宅销售面积X万平方米: the floor space of one kind of housing sold, a part of the housing sales area
 * (商品房销售面积), under its name (its level in 平方米, its growth).
 */
const HOUSING_KIND_SOLD = /^(?:[\u4e00-\u9fa5]{0,4}?住宅|商业营业用房|办公楼|非住宅)(?:商品房)?销售面积$/;
/**
 * 商品房待售面积达到X万平方米 / 较年初增加X万平方米 / 比7月末减少X万平方米: the stock of housing unsold,
 * which the statistics bureaus give beside the area sold (and by kind after 其中); a state of the place's
 * market the catalogue lacks, under its name (its level and its change in 平方米).
 */
const HOUSING_UNSOLD =
  /^((?:商品房|商品住宅|住宅|办公楼|商业营业用房)待售面积)(?:(?:较|比)(?:年初|上年末|上年底|上月末|\d{1,2}月末|\d{4}年末))?(增加|减少)?$/;
/**
 * 年末城镇居民人均住房建筑面积X平方米: the floor space a group of residents lives in per head, a 公报's living-conditions
 * figure the catalogue lacks, named as written without the time word (held-out-373 suilang; session 46, fix388, F7875).
 */
const RESIDENT_FLOOR_SPACE =
  /^(?:年末|年底|全年)?((?:城镇|农村|城乡|农牧|牧区)?(?:常住)?(?:居民|农民|农牧民|牧民)?人均(?:住房|居住)(?:建筑|使用)?面积)$/;

export interface WrittenNameContext {
  folded: string;
  sentenceStart: number;
  figure: Figure;
  clause: string;
  /** cleanSubject(clause), when the caller has it already (readProse does: it is read once a figure). */
  clauseSubject?: string;
  clauseStart: number;
  subject: string;
  join: NamedIndicator | null;
  /**
   * A figure of this clause's own subject, in the results: no other place's, no unnamed list
   * member's, no benchmark's, no goal's. Only such a figure may name an indicator as written.
   */
  ownResult: boolean;
  /**
   * As ownResult, but of a goal in the plans (确保全年新增就业岗位1万个以上): the jobs to create are named as the
   * results are, so the goal joins them (session 47, fix412, F8443).
   */
  ownGoal?: boolean;
  /** A later figure of a list. */
  listed: boolean;
  /** Of a list whose subjects are found (分别…). */
  distributive: boolean;
  /** Of a list of pulls (拉动…分别). */
  contribution: boolean;
}

export interface WrittenName {
  subject: string;
  join: NamedIndicator | null;
  /** A rate the catalogue lacks, named as written because its change or its target follows. */
  ownRate: NamedIndicator | null;
  /** The rate's own target for the year follows it (…，超额完成年度转化35%的目标任务). */
  rateTargetAfter: boolean;
  /** A change said after a name as written and trimmed off it (待售面积较年初增加): the figure is its change. */
  changeAfterName: RegExpExecArray | null;
}

/**
 * 政府性基金预算收入比上年减少: one of the budgets' totals (the fund, state-capital and social-insurance
 * budgets, the review's own four accounts), then its change's comparison and verb. Not a line within a budget
 * (土地出让收入同比减少X亿元 in a problems paragraph, which yalan answers as a fact).
 */
const ACCOUNT_CHANGE =
  /^((?:政府性基金|国有资本经营|社会保险基金)预算(?:收入|支出))(?:同比|比上年|较上年|比去年)(?:增收|减收|增加|减少)$/;

/** 确保全年…: a goal's cue and its year before the name a goal in the plans is about. */
const GOAL_CUE_YEAR = /^(?:力争|确保|争取)(?:全年|今年|年内)?/;
/** 力争…, 确保…, 争取…: a goal's cue before the name it is about. */
const GOAL_CUE_LED = /^(?:力争|确保|争取)([\u4e00-\u9fa5]{4,})$/;

export function nameAsWritten(c: WrittenNameContext): WrittenName {
  const { folded, figure, clause, clauseStart, ownResult } = c;
  let { subject, join } = c;
  // The readers of a name as written below each take an unlinked figure of the report's own result, not in a
  // list, in one unit (and, for rates and plan shares, with no sign word of its own).
  const freeFigureIn = (unit: string, unsigned = false): boolean =>
    !join &&
    ownResult &&
    !c.listed &&
    figure.kind === 'number' &&
    figure.quantity.baseUnit === unit &&
    (!unsigned || !figure.signWord);
  // 房地产销售面积：增长2.4%; 一般公共预算收入：完成18.3亿元: the name stands before a colon.
  const colonName =
    !join && folded.charAt(clauseStart - 1) === ':'
      ? nameBeforeColon(folded, clauseStart - 1, c.sentenceStart)
      : null;
  if (colonName) {
    subject = colonName.name;
    join = colonName;
  }
  // 城镇消费品零售额：24.37亿元: a name the catalogue lacks before the colon is the subject the branch
  // and aggregate readers below are asked about (its clause after the colon names nothing).
  const colonLabel =
    !join && subject === '' && folded.charAt(clauseStart - 1) === ':'
      ? labelBeforeColon(folded, clauseStart - 1, c.sentenceStart)
      : null;
  if (colonLabel) subject = colonLabel;
  // 甲工业园完成基础设施投资1.26亿元: a figure of a park named before the verb is the park's, not
  // the report's place's.
  if (join && namesParkFigure(c.clauseSubject ?? cleanSubject(clause))) join = null;
  // 侨资企业出口额达X亿美元: the exports of the firms of an origin class are their own aggregate, not the place's
  // exports the catalogue's 出口额 names (session 40, fix300, F6124).
  if (join && isOriginFirmsTrade(subject.replace(/\s+/g, ''))) join = null;
  // 其中红色旅游接待游客X万人次, 红色旅游收入Y亿元: one kind of tourism's part of the arrivals and takings, named as
  // written, not the catalogue's whole its last words name (session 40, fix306, F6211).
  // 全年工业税收收入X亿元: a sector's taxes likewise (F6212).
  // A chain already on the kind's own name as written (其中，服务业税收X亿元，占…的比重为A%，比上年同期提高B个百分点:
  // the share's move) keeps it: only the catalogue's whole is refused (session 49, fix446, F9463).
  if (
    join &&
    (isTourismKind(subject) || isSectorTax(subject)) &&
    !(join.entry.code.startsWith('x-') && join.name === subject.replace(/\s+/g, ''))
  )
    join = null;
  // 力争民俗旅游接待游客增长5%以上 among the plan year's goals: the cue leads the kind's name, not part of it (F6373).
  const cued = GOAL_CUE_LED.exec(subject);
  if (join && cued?.[1] !== undefined && isTourismKind(cued[1])) {
    subject = cued[1];
    join = null;
  }
  // Only the few characters before the clause are read (the count stands right before it), never the whole sentence.
  if (
    join &&
    FIRMS_CLAUSE.test(clause) &&
    NEW_FIRMS_COUNTED.test(folded.slice(Math.max(c.sentenceStart, clauseStart - 12), clauseStart))
  )
    join = null;
  // ■招商引资成效明显 / …实际到位资金11.27亿元: funds received named bare under a topic line (or
  // earlier in the sentence) that says they are investment attracted.
  if (!join && FUNDS_RECEIVED.test(subject)) {
    const lineStart = folded.lastIndexOf('\n', c.sentenceStart - 1);
    const topicStart = folded.lastIndexOf('\n', Math.max(0, lineStart - 1)) + 1;
    if (/招商引资/.test(folded.slice(topicStart, clauseStart))) {
      const attracted = joinIndicator(`招商引资${subject.replace(FUNDS_ORIGIN, '')}`);
      if (attracted) {
        subject = attracted.name;
        join = attracted;
      }
    }
  }
  // 服务业占比较上年提高N个百分点: a share the catalogue lacks under this name (its 第三产业占比 is
  // another), moved in points with no level told: named as written, as a named aggregate's share is.
  const writtenShare = subject.replace(/\s+/g, '');
  if (
    !join &&
    ownResult &&
    figure.kind === 'number' &&
    figure.quantity.baseUnit === 'pp' &&
    WRITTEN_SHARE.test(writtenShare) &&
    !LOSS_MAKING_SHARE.test(writtenShare) &&
    !joinIndicator(writtenShare)
  ) {
    join = generatedIndicator(writtenShare);
    subject = join.name;
  }
  // 甲乙等赛事带动乡村旅游接待人次增长A%: the events that drove a growth are no part of its name; the growth is
  // the aggregate's after 带动 (a level driven, 带动销售额X亿元, stays the effect's fact; session 35, fixleft35).
  if (
    !join &&
    ownResult &&
    subject.includes('带动') &&
    figure.kind === 'number' &&
    figure.quantity.baseUnit === '%' &&
    (figure.signWord !== '' || GROWTH.test(clause))
  ) {
    const driven = DRIVEN_GROWTH.exec(subject.replace(/\s+/g, ''));
    if (driven?.[1]) subject = driven[1];
  }
  // 煤炭先进产能占比达到A%, 新能源装机占比为B%: an energy region's capacity share, named bare with its level, is
  // the share as written (a share of some firms or a spending stays with the readers below; session 35, fixleft35).
  if (
    !join &&
    ownResult &&
    figure.kind === 'number' &&
    figure.quantity.baseUnit === '%' &&
    !figure.signWord &&
    writtenShare.includes('占比') &&
    CAPACITY_SHARE.test(writtenShare)
  ) {
    join = generatedIndicator(writtenShare);
    subject = join.name;
  }
  // 电气机械和器材制造业增长18.4%: a branch the catalogue lacks, kept under the name as written.
  const branch =
    !join &&
    ownResult &&
    figure.kind === 'number' &&
    ((figure.quantity.baseUnit === '%' && (figure.signWord !== '' || GROWTH.test(clause))) ||
      // 甲制品业增加值增速比上年同期回落N个百分点: the branch's growth moved in points (F8132).
      (figure.quantity.baseUnit === 'pp' && figure.signWord !== '' && GROWTH_RATE_MOVED.test(clause)) ||
      (figure.quantity.baseUnit === '元' &&
        (RETAIL_PART.test(subject) || BRANCH_TURNOVER.test(subject) || TRADE_BRANCH_SALES.test(subject)))) &&
    !SHARE.test(clause) &&
    !CONTRIBUTION.test(clause)
      ? branchIndicator(
          figure.quantity.baseUnit === 'pp' ? subject.replace(/(?:增速|增幅)$/, '') : subject,
          folded.slice(c.sentenceStart, clauseStart),
        )
      : null;
  // 民生支出完成22.4亿元，占一般公共预算支出的82.6%, 亿元以上项目完成投资占全部投资的61.3%: a named
  // aggregate the catalogue lacks, with its level, growth or share (a figure after it in the chain
  // keeps the name as the chain's).
  let named =
    branch ??
    (!join &&
    ownResult &&
    !c.contribution &&
    figure.kind === 'number' &&
    (AGGREGATE_UNIT.test(figure.quantity.baseUnit) ||
      figure.quantity.baseUnit === '千瓦时' ||
      figure.quantity.baseUnit === '人次' ||
      figure.quantity.baseUnit === '吨' ||
      figure.quantity.baseUnit === '平方米') &&
    !CONTRIBUTION.test(clause) &&
    !isProjectFundingPart(
      subject,
      folded.slice(Math.max(c.sentenceStart, clauseStart - FUNDING_REACH), clauseStart),
    ) &&
    !programmeClass(
      subject,
      folded.slice(c.sentenceStart, clauseStart),
      folded.slice(Math.max(c.sentenceStart, clauseStart - CLASS_REACH), clauseStart + CLASS_REACH),
    )
      ? (aggregateIndicator(
          countedClassInvestment(
            subject,
            folded,
            clauseStart,
            figure.quantity.baseUnit === '%' && (figure.signWord !== '' || GROWTH.test(clause)),
          ) ?? subject,
          () => folded.slice(folded.lastIndexOf('\n', clauseStart - 1) + 1, clauseStart),
        ) ??
        bareIndustryAccount(
          subject,
          folded.slice(Math.max(c.sentenceStart, clauseStart - INDUSTRY_LEAD_REACH), clauseStart),
          clause,
          // 实现产品销售收入…；实现利税…: the sales clause a semicolon closed, within the line (F9009).
          c.sentenceStart > 0 && /[;；]/.test(folded[c.sentenceStart - 1] ?? '')
            ? folded.slice(Math.max(0, c.sentenceStart - INDUSTRY_LEAD_REACH), c.sentenceStart)
            : '',
        ))
      : null);
  // 居民生活用电量1.37亿千瓦时: only electricity by kind of use is an aggregate counted in kWh.
  if (named && figure.quantity.baseUnit === '千瓦时' && !isUseElectricity(named.name)) named = null;
  // 城镇居民人均住房使用面积X平方米: only the residents' housing space per head is an aggregate counted in 平方米 (F8009).
  if (named && figure.quantity.baseUnit === '平方米' && !isHousingPerCapita(named.name)) named = null;
  // 其中入境游客X万人次: only the visitors from abroad are an aggregate counted in 人次 (the catalogue has all arrivals);
  // so are the visitors of the graded sights (A级旅游景区接待游客, F5901).
  if (
    named &&
    figure.quantity.baseUnit === '人次' &&
    !isInboundVisitors(named.name) &&
    !isOvernightVisits(named.name) &&
    !isGradedSightVisits(named.name) &&
    !isTourismKind(named.name)
  )
    named = null;
  // 其中进口货运量X万吨, 口岸过货量Y万吨: only a port's cargo is an aggregate counted in 吨 (fix275; 过货量,
  // session 41, fix308).
  if (named && figure.quantity.baseUnit === '吨' && !PORT_CARGO.test(named.name)) named = null;
  if (named && countedOwnershipClass(named.name, folded.slice(c.sentenceStart, clauseStart))) named = null;
  if (named) {
    subject = named.name;
    join = named;
  }
  const tasked = subject.replace(/\s+/g, '').replace(INCLUDED_NOTE, '');
  if (
    freeFigureIn('人') &&
    TASKED_EMPLOYMENT.test(tasked) &&
    TASK_SHARE_AFTER.test(folded.slice(figure.end, figure.end + 16))
  ) {
    join = generatedIndicator(tasked);
    subject = join.name;
  }
  // 新增“四上”企业N家，完成全年任务M家的A% is no indicator: a count of new firms, held to a task or set as a goal,
  // stays facts (session 48, fixdecide, F9301: about 250 answer files against 4).
  // 城镇人口X万人，占总人口的A%: the towns' share of the people, the urbanisation rate left unnamed,
  // kept under the name written (its count of people stays a fact).
  if (
    (freeFigureIn('%') || freeFigureIn('pp')) &&
    URBAN_POPULATION.test(subject.replace(/\s+/g, '')) &&
    (SHARE.test(clause) || freeFigureIn('pp'))
  ) {
    join = generatedIndicator(subject.replace(/\s+/g, ''));
    subject = join.name;
  }
  // 新增就业岗位5.82万个: the jobs created, a named result the catalogue lacks, in 个 (not a count of firms).
  const goalFigureIn = (unit: string): boolean =>
    !join && c.ownGoal === true && !c.listed && figure.kind === 'number' && figure.quantity.baseUnit === unit;
  const jobs = goalFigureIn('个')
    ? subject.replace(/\s+/g, '').replace(GOAL_CUE_YEAR, '')
    : freeFigureIn('个')
      ? subject.replace(/\s+/g, '')
      : '';
  // 组织专场招聘会12场，提供就业岗位8600余个: the posts job fairs offered, a count of the fairs' work (a fact, as
  // jinping's 提供岗位 is), no jobs created (held-out-452 piyan; session 49, fix451, F9552).
  const offeredAtFairs =
    jobs.startsWith('提供') && folded.slice(c.sentenceStart, clauseStart).includes('招聘');
  if (JOBS_CREATED.test(jobs) && !offeredAtFairs) {
    join = generatedIndicator(jobs);
    subject = join.name;
  }
  if (
    (freeFigureIn('%') ||
      (freeFigureIn('美元') && GROWTH_AFTER.test(folded.slice(figure.end, figure.end + 12)))) &&
    (CONTRACTED_FOREIGN.test(subject.replace(/\s+/g, '')) ||
      DIRECT_FOREIGN.test(subject.replace(/\s+/g, ''))) &&
    !NEW_FIRMS_BEFORE.test(folded.slice(c.sentenceStart, clauseStart))
  ) {
    const written = subject.replace(/\s+/g, '');
    join = generatedIndicator(
      (CONTRACTED_FOREIGN.exec(written) ?? DIRECT_FOREIGN.exec(written))?.[1] ?? written,
    );
    subject = join.name;
  }
  const floorSpace = freeFigureIn('平方米')
    ? RESIDENT_FLOOR_SPACE.exec(subject.replace(/\s+/g, ''))?.[1]
    : undefined;
  if (floorSpace) {
    join = generatedIndicator(floorSpace);
    subject = join.name;
  }
  // A ceiling the count is held within (控制在1.65万人以内) is a goal's wording, not the month-end stock.
  if (
    freeFigureIn('人') &&
    figure.kind === 'number' &&
    figure.quantity.qualifier === null &&
    !/控制/.test(clause) &&
    REGISTERED_UNEMPLOYED.test(subject.replace(/\s+/g, ''))
  ) {
    join = generatedIndicator(subject.replace(/\s+/g, ''));
    subject = join.name;
  }
  const housing = subject.replace(/\s+/g, '');
  // the stock's change said bare (较年初增加X万平方米) leaves its comparison in the subject: named without it
  const unsoldMatch = freeFigureIn('平方米') ? HOUSING_UNSOLD.exec(housing) : null;
  const unsold = unsoldMatch?.[1];
  // its verb (group 1), as the amount readers give a change's
  let changeAfterName = unsoldMatch?.[2] ? /(增加|减少)$/.exec(housing) : null;
  if (((freeFigureIn('平方米') || freeFigureIn('%')) && HOUSING_KIND_SOLD.test(housing)) || unsold) {
    join = generatedIndicator(unsold ?? housing);
    subject = join.name;
  }
  // 政府性基金预算收入比上年减少X亿元 (a budget review's problems): a budget's total the catalogue lacks
  // named right before its change in money, with no level of its own in the clause: the total's change.
  const accountChange = freeFigureIn('元') ? ACCOUNT_CHANGE.exec(housing) : null;
  const account = accountChange?.[1] ? aggregateIndicator(accountChange[1]) : null;
  if (account && account.name === accountChange?.[1]) {
    join = account;
    subject = account.name;
    changeAfterName = /(增收|减收|增加|减少)$/.exec(housing);
  }
  // 规模以上工业产品销售率为98.6%，比上年同期下降0.7个百分点: a rate the catalogue lacks, stated
  // with 为/达 and followed by its own change in points, kept as written (a rate given bare, such
  // as a coverage or resumption rate in a list of works, stays a fact). A rate of industry's output
  // or firms (全年规模以上工业产品销售率为95.7%) is an indicator of the economy even given bare.
  const rateTargetAfter = RATE_TARGET_AFTER.test(folded.slice(figure.end, figure.end + 30));
  // 新发放贷款平均利率A%，较年初下降N个百分点: a loans' interest rate given bare but followed by its
  // own change is tracked as one stated with 为 is (session 29, fix95); other bare rates with a change (出栏率,
  // 整改率) stay facts, as three counties' answers keep them.
  const rateChangeAfter = RATE_CHANGE_AFTER.test(folded.slice(figure.end, figure.end + 24));
  const ownRate =
    freeFigureIn('%', true) &&
    (STATED_RATE.test(clause) ||
      (HELD_RATE.test(clause) && ENVIRONMENT_RATE.test(subject) && figure.quantity.qualifier === null) ||
      (BARE_RATE.test(clause) &&
        (INDUSTRY_RATE.test(subject) ||
          ENVIRONMENT_RATE.test(subject) ||
          (rateChangeAfter && LOAN_RATE.test(subject))))) &&
    (rateChangeAfter ||
      rateTargetAfter ||
      INDUSTRY_RATE.test(subject) ||
      ENVIRONMENT_RATE.test(subject) ||
      STATE_FIRM_RATE.test(subject) ||
      FARM_PROCESSING_RATE.test(subject))
      ? observedRate(subject, rateTargetAfter)
      : // 首位产业集聚度达到A%: a zone's leading-industry share, stated as a rate is (session 36, fixleft36).
        clause.includes('集聚度') && STATED_CLUSTERING.test(clause) && freeFigureIn('%', true)
        ? observedRate(subject)
        : clause.includes('恩格尔') && STATED_ENGEL.test(clause) && freeFigureIn('%', true)
          ? observedRate(subject)
          : clause.includes('实现程度') && STATED_XIAOKANG.test(clause) && freeFigureIn('%', true)
            ? observedRate(subject)
            : // 草原综合植被盖度为A%: a vegetation cover rate, named 盖度 (F7191).
              statesVegetationCover(clause) && freeFigureIn('%', true)
              ? observedRate(subject)
              : null;
  if (ownRate) {
    subject = ownRate.name;
    join = ownRate;
  } else if (freeFigureIn('%', true) && povertyRateBefore(folded.slice(c.sentenceStart, figure.start))) {
    join = generatedIndicator(POVERTY_RATE);
    subject = join.name;
  }
  // 空气质量优良天数212天，优良天数比率58.1%: the ratio's name leaves out the 空气质量 the day count
  // before it in the sentence said.
  const airLead = AIR_DAYS_BEFORE.exec(folded.slice(c.sentenceStart, clauseStart))?.[1];
  if (!join && airLead && ELIDED_AIR_RATIO.test(subject) && ELIDED_AIR_RATIO.test(clause))
    subject = airLead + subject.replace(/\s+/g, '');
  const airQuality =
    freeFigureIn('%', true) &&
    ((AIR_QUALITY_RATIO.test(airLead ? airLead + clause : clause) && AIR_QUALITY_RATIO.test(subject)) ||
      (clause.includes('水质') && WATER_QUALITY_RATIO.test(clause) && WATER_QUALITY_RATIO.test(subject)));
  if (airQuality) {
    const air = generatedIndicator(subject.replace(/\s+/g, ''));
    subject = air.name;
    join = air;
  }
  const pollutant = freeFigureIn('微克/立方米') ? pollutantConcentration(subject) : null;
  if (pollutant) {
    subject = pollutant.name;
    join = pollutant;
  }
  // 经营性用地供应完成年初计划的61.4%: a work the catalogue lacks, with its share of the year's plan
  // and no level, kept under its name as written (projects, investment and funds stay facts).
  const planWork = freeFigureIn('%', true) ? PLAN_SHARE_OF_WORK.exec(subject.replace(/\s+/g, '')) : null;
  if (planWork?.[1] && !NOT_A_WORK.test(planWork[1])) {
    const work = generatedIndicator(planWork[1]);
    subject = work.name;
    join = work;
  }
  // 全年原煤产量1862万吨，完成年计划的103.4%: a product's output, its share of the year's plan in a
  // clause of its own after the level (the plan the share implies is derived from both).
  const outputShare =
    freeFigureIn('%', true) &&
    PRODUCT_OUTPUT.test(subject.replace(/\s+/g, '')) &&
    OUTPUT_PLAN_SHARE.test(clause.replace(/\s+/g, ''));
  if (outputShare) {
    const output = generatedIndicator(subject.replace(/\s+/g, ''));
    subject = output.name;
    join = output;
  }
  // 第一产业稳中有增，增加值6.82亿元: 增加值 named bare is of the industry the clause before opens with.
  if (
    !join &&
    !c.distributive &&
    (c.clauseSubject ?? cleanSubject(clause)).replace(/\s+/g, '') === '增加值'
  ) {
    const before = clauseStart - 1;
    const prior = folded.slice(clauseStartBefore(folded, before, c.sentenceStart), before);
    const industry = /\d/.test(prior) ? null : leadingIndicator(prior);
    const valueAdded = industry
      ? (joinIndicator(`${industry.name}增加值`) ?? industry)
      : (causedIndustryValueAdded(folded, before, c.sentenceStart) ??
        (/\d/.test(prior) ? null : industryLeadValueAdded(prior)));
    if (valueAdded) {
      subject = valueAdded.name;
      join = valueAdded;
    }
  }
  return { subject, join, ownRate, rateTargetAfter, changeAfterName };
}

/**
 * 制糖业受糖价回升带动, 橡胶加工业因胶价低迷、企业惜售: a clause opening with an industry the catalogue lacks and
 * what moved it, no figure in it (fix485, F10310).
 */
const INDUSTRY_CAUSE = /^(?:其中)?([\u4e00-\u9fa5]{1,10}?业)(?:受|因|由于|得益于)[^\d,;:。]{1,30}$/;
/** How far back the industry's clause is looked for. */
const CAUSE_REACH = 40;

/**
 * 制糖业受糖价回升带动，增加值增长9.6%: the bare 增加值 is the value added of the industry the clause before names
 * with its cause, named as written when the catalogue lacks it. The clause runs back to the last comma, past a 、.
 */
function causedIndustryValueAdded(
  folded: string,
  before: number,
  sentenceStart: number,
): NamedIndicator | null {
  const from = Math.max(sentenceStart, before - CAUSE_REACH);
  const text = folded.slice(from, before);
  const clause = text.slice(
    Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1,
  );
  const industry = INDUSTRY_CAUSE.exec(clause.replace(/\s+/g, ''))?.[1];
  if (!industry) return null;
  return joinIndicator(`${industry}增加值`) ?? generatedIndicator(`${industry}增加值`);
}

/** 非烟非电工业增长乏力, 装备制造产业稳步回升: an industry the catalogue lacks opening a clause of words. */
const INDUSTRY_LEAD =
  /^([\u4e00-\u9fa5]{1,10}?(?:工业|产业|行业))(?![\u4e00-\u9fa5]{0,3}(?:增加值|产值|收入|投资))/;

/**
 * 非烟非电工业增长乏力，1—7月增加值仅增长3.1%: the bare 增加值 after a clause of words that opens with an industry
 * the catalogue lacks is that industry's, named as written (非烟非电工业增加值), when it reads as a named aggregate
 * (F10244).
 */
function industryLeadValueAdded(prior: string): NamedIndicator | null {
  const head = prior.includes('业')
    ? INDUSTRY_LEAD.exec(cleanSubject(prior).replace(/\s+/g, ''))?.[1]
    : undefined;
  return head ? aggregateIndicator(`${head}增加值`) : null;
}

/** A key-project programme counted earlier in the sentence: 158个县重点项目, 安排县重点项目N个. */
const COUNTED_PROGRAMME = /\d+个[\u4e00-\u9fa5]{0,6}?重点(?:建设)?项目|重点(?:建设)?项目\d+个/;
/**
 * 全县N个亿元以上项目完成投资X亿元，仅占年度计划的A%: a size class counted before its investment and measured
 * against the year's plan is a programme (its projects listed and planned), a tally (facts only), as a key-project
 * programme's is; the class of all investment gives no plan of its own (session 35, fix208).
 */
const COUNTED_CLASS_PLAN =
  /\d+个(?:\d+(?:\.\d+)?)?[亿万]元及?以上(?:建设|在建)?项目(?:完成)?投资[^。;]{0,16}?(?:占|完成)(?:年度|全年|年)计划/;
/** A size class of projects' investment: 亿元以上项目完成投资, 5000万元以上项目投资. */
const CLASS_INVESTMENT = /^(?:\d+(?:\.\d+)?)?[亿万]元(?:及)?以上(?:建设|在建)?项目(?:完成)?投资$/;

/**
 * …，其中亿元以上项目完成投资X亿元，增长A%: the class's investment with its change against the year before, a
 * statistic of the class even inside a key-project sentence (a programme's tally gives no growth; as fix174's
 * rule for a counted class). Session 34, fixleft34c.
 */
const CLASS_WITH_GROWTH =
  /[亿万]元及?以上(?:建设|在建)?项目(?:完成)?投资\d+(?:\.\d+)?[亿万]元[,;](?:同比|比上年(?:同期)?)?(?:增长|下降)\d/;
/** How far around a figure's clause start the class's level and growth are looked for. */
const CLASS_REACH = 40;
/** How far before a funder's part its project's total is looked for (总投资X亿元，其中). */
const FUNDING_REACH = 24;

/**
 * N个县重点项目完成投资X亿元，…，其中亿元以上项目完成投资Y亿元; 安排县重点项目M个…，力争亿元以上
 * 项目完成投资Z亿元: the size class of a key-project programme counted in the same sentence is the
 * programme's part, a project total (facts only), not the aggregate of all investment it is in a paragraph
 * on fixed-asset investment. Session 26, fix79.
 */
function programmeClass(subject: string, before: string, around: string): boolean {
  return (
    CLASS_INVESTMENT.test(subject.replace(/^其中[,，]?/, '')) &&
    (COUNTED_PROGRAMME.test(before) || (around.includes('计划') && COUNTED_CLASS_PLAN.test(around))) &&
    !(around.includes('以上') && CLASS_WITH_GROWTH.test(around))
  );
}

/** 营业收入利润率比全市平均低: an industry rate's name, then the average it is held against (fix219). */
const COMPARED_RATE =
  /^([\u4e00-\u9fa5]{2,16}?率)(?:比|较|低于|高于)[\u4e00-\u9fa5]{1,10}?平均(?:水平|值)?(?:高|低)?$/;

/**
 * 二是…，营业收入利润率比全市平均低N个百分点: an industry rate the catalogue lacks, held against an average in a
 * clause of its own (a problems paragraph), is the rate's comparison, not the chain's subject's (fix219).
 */
export function comparedIndustryRate(key: string): NamedIndicator | null {
  if (!key.includes('平均')) return null;
  const name = COMPARED_RATE.exec(key)?.[1];
  return name && INDUSTRY_RATE.test(name) ? observedRate(name, false) : null;
}
