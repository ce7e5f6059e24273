// Indicators the catalogue lacks, kept from prose under the name as written: branches of industry,
// fields of investment and kinds of retail that prose names with a growth
// (电气机械和器材制造业增长18.4%, 制造业投资增长6.5%, 限上批发零售业零售额下降1.6%): indicators the
// catalogue lacks, kept under the name as written. Only names that end like a branch are read, so
// a project's 投资 or a count's subject never becomes an indicator.

import { budgetAccountName, transferFundsName } from './budget-accounts.js';
import { type CatalogueEntry, generatedCode, lookupIndicator } from './catalogue.js';
import { isForeignFundsReceived } from './foreign-funds-received.js';
import { isSurveyScopeInvestment } from './investment-survey-scopes.js';
import type { NamedIndicator } from './prose-clauses.js';
import { isNamedClusterFigure } from './prose-cluster-names.js';
import { isMergedLevelRevenue } from './prose-level-revenue.js';
import { isScopedClassOutput } from './prose-scoped-output.js';
import { isReconstructionInvestment } from './reconstruction-investment.js';
import { isScopedRestOfIndustry } from './scoped-rest-industry.js';
import { isVegetationCover } from './vegetation-cover.js';

/** 总消费, 服务消费, 商品消费 (a district's consumption by kind), 采矿业, 电子信息产业, 煤炭行业增加值, 食品加工产业增加值, 新材料产业产值, 计算机通信和其他电子设备制造业产值 (a branch's output, its name holding a 和), 燃料加工业增加值, 汽车类商品零售额, 城镇消费品零售额, 产业链工业增加值, 制造业投资, 批发零售业零售额, 电力生产 (the power branch named by
 * its work: 其中，烟草制品业增加值增长8.2%，电力生产增长36.5%), 建安投资, 设备购置投资 (investment by
 * its composition: 其中，建安投资增长4.6%，设备工器具购置投资增长31.2%), 租赁和商务服务业营业收入 (a
 * services branch's turnover). 有色金属冶炼, 钢铁冶炼 (a smelting branch named by its work, without 业:
 * 其中，…制造业增长A%，有色金属冶炼下降B%; session 38, fix269, F5492). */
const BRANCH_NAME =
  /^[\u4e00-\u9fa5]{1,16}?(?:业|产业|业增加值|业营业(?:收入|额)|业产值|产业链工业增加值|业投资|设施投资|业零售额|类(?:商品)?零售额|消费品零售额)$|^(?:总|[\u4e00-\u9fa5]{0,4}?(?:服务|商品))消费$|^(?:电力|热力|燃气|电力热力)生产$|^[\u4e00-\u9fa5]{2,8}?冶炼$|^(?:建安|建筑安装(?:工程)?|设备(?:工器具)?购置|其他费用)投资$/;
/**
 * Retail of a kind or a place (城镇消费品零售额142.17亿元, and the older communiqués' 县及县以下消费品零售额
 * beside 城市消费品零售额, its 城市 written whole: session 38, fix265), or of the two trade branches of the
 * classification (批发和零售业零售额X亿元, 住宿和餐饮业零售额: their 和 joins no two names; session 33,
 * fixleft33b): read with its level as well as its growth.
 */
export const RETAIL_PART =
  /(?:(?:类(?:商品)?|(?:[城乡镇村]|城市|农村|牧区|县及县以下|县以下)消费品)零售额|^(?:批发和零售|住宿和餐饮)业零售额)$/;
/**
 * 批发和零售业商品销售额X亿元, 批发业销售额: the whole sales (wholesale and retail together, not retail alone) of
 * the trade branches of the classification, as a district's statistics release names them beside retail; read
 * with its level as well as its growth (session 35, fix198).
 */
/**
 * 县以下零售额, 县及县以下零售额: the retail below the county town written without 消费品 (a 山东 county bureau's 其中
 * after 社会消费品零售总额, the older national releases beside 城市消费品零售额), named as written: its 县 is the
 * scope's own, never the county as a bare 县 before a name is (AGGREGATE_LEAD; session 44, fix362, F7314).
 */
const BELOW_COUNTY_RETAIL = /^(?:县及县以下|县以下)零售额$/;
/**
 * 城市零售额X亿元 beside 县及县以下零售额: the retail of the towns, the other half of the older releases' split by
 * place, written without 消费品 (a 福建 county's 2007 公报 under 其中; the national releases of 2005 pair 城市消费品零售额
 * and 县及县以下零售额): named as written, its 市 no place's (held-out-371 yanpu; session 45, fix371, F7531). 城镇零售额
 * beside 乡村零售额: the later releases' split by town and country, written without 消费品 as well (session 46, fix391,
 * F8008). 城镇市场零售额 beside 农村市场零售额: the same split by the market's place, as the early 2000s analyses write
 * it (session 50, fix471, F9954).
 */
const TOWN_RETAIL = /^(?:城市|城镇|乡村|农村)(?:市场)?零售额$/;
export const TRADE_BRANCH_SALES = /^(?:批发和零售|批发零售|批零|批发|零售)业(?:商品)?销售额$/;
/**
 * A services branch's turnover (租赁和商务服务业营业收入38.6亿元, 信息传输、软件和信息技术服务业营业收入…):
 * read with its level as well as its growth, as a statistics release lists it.
 */
export const BRANCH_TURNOVER = /业营业(?:收入|额)$/;
/**
 * 煤炭开采和洗选业产值X亿元, 非金属矿物制品业产值, 电力、热力生产和供应业产值: a branch of the national
 * classification of industries with its output, read with its level as well as its growth (a county brief's
 * 分行业看 list; its 和, 、 and 矿 keep it from the named aggregates). Session 29, fix95.
 */
export const CLASSIFIED_BRANCH_OUTPUT =
  /(?:制造|制品|开采|洗选|采选|加工|冶炼|压延|供应)[\u4e00-\u9fa5]{0,4}业产值$/;
/** Words that make a clause something else than a branch's name: pulls, shares, firms, counts. */
const NOT_A_BRANCH =
  /拉动|贡献|占|比重|企业|行业增长面|项目|实现|完成|[县市区]$|^(?:全部|全市|全县|全区)?(?:工业|农业|服务业|产业|行业|商业)$|^第[一二三]产业$|^(?:当月|单月)/;
/**
 * 汽车类零售额, 汽车类商品零售额增长A%，: a goods class's retail sales earlier in the sentence; 限额以上单位商品零售额中，
 * : the retail whose classes follow, said once before the first (session 30, fix102). 限额以上单位消费品零售额增长A%，
 * 其中: that retail's own growth, then its classes by 类 alone (session 31, fix106).
 */
const RETAIL_CLASS_BEFORE =
  /(?:类(?:商品)?零售额[^。;]*|(?:商品|消费品)零售额中[^。;]*|(?:商品|消费品)零售额(?:同比)?(?:增长|下降)[^。;]*)[,，]\s*$/;
/** 电力、热力、燃气及水生产和供应业: the items of one name listed before the clause with the figure. */
const LISTED_PART = /([\u4e00-\u9fa5]{1,6})、$/;

/** 人口自然增长率, 森林覆盖率: a rate a goal list names (人口自然增长率控制在6‰以内). */
const RATE_NAME = /^[\u4e00-\u9fa5]{2,10}率$/;
/** Rates that are some other figure's share or growth, or a count of projects' (开复工率), not a rate of their own. */
const NOT_A_RATE = /(?<!自然)增长率$|贡献率|完成率|(?:开|复|竣)(?:、?(?:复|竣))?工率|[占比]/;
/**
 * 牲畜出栏率达到A%, 仔畜成活率: a herd's rate, a figure of livestock, which prose gives as facts only (a goal of it
 * too: the answers' README, item 8), no indicator (session 35, fix198).
 */
const LIVESTOCK_RATE = /(?:出栏|存栏|仔畜成活|繁殖成活)率$/;

/** Whether a generated entry stands for a name the catalogue lacks. */
export const isBranchEntry = (entry: CatalogueEntry) => entry.code.startsWith('x-');

/**
 * The branch a clause names, as written, or null: `subject` is the clause's subject, `before` the
 * text of its sentence up to the clause (for a name whose first items stand before a 、).
 */
export function branchIndicator(subject: string, before: string): NamedIndicator | null {
  // 一是项目投资增长12.4%；二是…: the ordinal that opens an item of a list of parts is no part of the name.
  let name = subject.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]是(?=[\u4e00-\u9fa5]{2})/, '');
  // 项目投资增长12.1%: the investment in projects (beside 房地产开发投资), a field named bare.
  // 项目投资（不含房地产开发）增长5.7%: the same field with what it leaves out written beside it.
  if (/^项目投资(?:[(（]不含[\u4e00-\u9fa5]{2,10}[)）])?$/.test(name)) return generated(name);
  // 甲加工业（不含乙）增加值下降A%: a branch with a part left out in a bracket inside its name, another
  // indicator than the branch's whole, named as written (fixtail37).
  if (name.includes('不含') || name.includes('剔除') || name.includes('扣除')) {
    if (
      /^[\u4e00-\u9fa5]{1,16}?业[(（](?:不含|剔除|扣除)[\u4e00-\u9fa5]{1,10}[)）](?:总?产值|增加值)$/.test(
        name,
      )
    )
      return generated(name);
  }
  // 单位工业增加值能耗下降6.3%, 规上工业单位增加值能耗下降4.3%: an intensity the catalogue lacks (its
  // GDP one it knows), the industry it is of before it or inside it. 万元规模工业增加值能耗, 万元工业增加值能耗: the
  // same intensity per 万元 of the industry's value added (fixleft42c, F6892).
  if (
    /^(?:(?:规模以上工业|规上工业|工业)?单位[\u4e00-\u9fa5]{2,12}?|万元(?:规模以上|规上|规模)?工业增加值)能耗$/.test(
      name,
    )
  )
    return generated(name);
  // 批发和零售业商品销售额增长A%: the trade branches' whole sales (TRADE_BRANCH_SALES).
  if (name.includes('销售额') && TRADE_BRANCH_SALES.test(name)) return generated(name);
  // 分类别看，汽车类零售额增长18.4%，石油及制品类增长3.7%: the later goods classes of a retail list, named
  // by 类 alone once the sentence has said whose sales they are.
  if (/^[\u4e00-\u9fa5]{2,10}类$/.test(name) && !NOT_A_BRANCH.test(name) && RETAIL_CLASS_BEFORE.test(before))
    return generated(name);
  // 信息传输、软件和信息技术服务业: a branch whose own name holds a 、 (the clause reads it whole).
  const unlisted = name.replace(/、/g, '');
  if (!BRANCH_NAME.test(unlisted) || NOT_A_BRANCH.test(unlisted)) return null;
  // Only when the items open their clause: 甲增长5%、乙… lists figures, not the parts of one name.
  let listed = name;
  let rest = before;
  for (let part = LISTED_PART.exec(rest); part?.[1]; part = LISTED_PART.exec(rest)) {
    listed = `${part[1]}、${listed}`;
    rest = rest.slice(0, rest.length - part[1].length - 1);
  }
  if (listed !== name && /(?:^|[,;:。])\s*$/.test(rest)) name = listed;
  return generated(name);
}

/**
 * 汽车零部件、电子元器件、医药制造业增加值分别增长…: an item of a list whose other items name branches
 * is a branch too, though its own name (汽车零部件增加值) does not end like one.
 */
export function listedBranch(item: string, list: readonly string[]): NamedIndicator | null {
  const name = item.replace(/\s+/g, '');
  if (!/^[\u4e00-\u9fa5]{2,12}增加值$/.test(name) || NOT_A_BRANCH.test(name)) return null;
  return list.some((other) => other !== item && branchIndicator(other, '') !== null) ? generated(name) : null;
}

/**
 * 规模以上工业产品销售率: a rate an observation names, scope and all (longer than a goal list's); “一网通办”率:
 * a reform's quoted name before 率 (session 29, fix95).
 */
const OBSERVED_RATE_NAME =
  /^(?:[\u4e00-\u9fa5]{2,14}|[\u4e00-\u9fa5]{0,8}“[\u4e00-\u9fa5]{2,8}”[\u4e00-\u9fa5]{0,8})率$/;
/**
 * 首位产业集聚度: the share of a zone's output its leading industry makes, a rate the development zones of some
 * provinces are appraised by, named with 度 (session 36, fixleft36).
 */
const INDUSTRY_CLUSTERING = /^[\u4e00-\u9fa5]{0,6}产业集聚度$/;
/**
 * 城镇居民家庭恩格尔系数为35.2%, 农村居民恩格尔系数: the share of a household's spending that goes on food, a
 * rate the older communiqués give for town and country, named 系数 not 率 (session 38, fix265).
 */
const ENGEL_COEFFICIENT = /^[\u4e00-\u9fa5]{0,10}恩格尔系数$/;
/**
 * 全面小康实现程度达到68.2%, 全面建设小康社会实现程度: the monitoring index of the 小康 years (a weighted share of
 * the goals reached) that 贵州/云南 counties and 州 reports gave with its move in points; a rate named 程度
 * (held-out-315, F6426).
 */
const XIAOKANG_PROGRESS = /^[\u4e00-\u9fa5]{0,6}小康(?:社会)?(?:总体)?实现程度$/;
/** Rates that belong to projects, plans or funds (开复工率, 资金到位率, 投资完成率) are facts of those. */
const NOT_AN_OBSERVED_RATE = /[开竣]工率|到位率|项目|投资|计划|目标|任务/;

/**
 * The rate a prose observation names, as written (规模以上工业产品销售率为98.6%), or null; `withTarget`
 * when the text gives the rate's own target beside it.
 */
export function observedRate(subject: string, withTarget = false): NamedIndicator | null {
  const name = subject.replace(/\s+/g, '');
  if (name.endsWith('集聚度') && INDUSTRY_CLUSTERING.test(name)) return generated(name);
  if (ENGEL_COEFFICIENT.test(name) || XIAOKANG_PROGRESS.test(name) || isVegetationCover(name))
    return generated(name);
  if (!OBSERVED_RATE_NAME.test(name) || NOT_A_RATE.test(name) || LIVESTOCK_RATE.test(name)) return null;
  // 储备项目转化率达42%，超额完成年度转化35%的目标任务: a rate of works the report holds to a year's
  // target of its own is tracked like any indicator.
  if (!withTarget && NOT_AN_OBSERVED_RATE.test(name)) return null;
  return generated(name);
}

/**
 * 民生支出, 民生类支出, 教育支出, 新兴产业增加值, 文化产业营业收入, 外贸进出口总额, 邮电业务总量, 电子商务交易额:
 * a named aggregate (a kind of spending, revenue, output, value added, sales, trade or a services' business
 * volume; 技术合同成交额, a market's turnover, fix67; 旅游消费总额, what visitors spent, fix74b) the catalogue lacks. 出口交货值 (industry's output delivered for export, in 亿元 beside the sales
 * rate in a bureau's industry paragraph) is industry's sales abroad, an output value like 产值. 旅游总花费:
 * Yunnan's statistics name what visitors spent so (session 28, fix91). 商品销售总额: all goods sold by a place's
 * traders (wholesale and retail), a plan report's trade figure beside retail sales (fix133). 进口货运量, 出口货运量: a
 * port's cargo one way, under its 进出口货运量; 口岸过货量: a border port's cargo (fix308); 边民互市进口商品落地加工额: the border trade's goods processed where they
 * came in (fix275).
 */
const AGGREGATE_NAME =
  /^[\u4e00-\u9fa5]{2,12}?(?:支出|收入|增加值|产值|交货值|销售额|销售总额|零售额|消费(?:总)?额|交易(?:总)?额|成交(?:总)?额|业务总量|进出口(?:总额)?|出口(?:额|总额)?|进口(?:额|总额)?|贸易(?:总)?额|总花费|(?<=(?:进|出)口)货运量|(?<=口岸)过货量|落地加工额)$/;
/** 旅游消费, 乡村旅游消费: what visitors spent, written without 总额 (fix124; 旅游总消费 is catalogued). */
const TOURISM_SPENDING = /^[\u4e00-\u9fa5]{0,4}旅游消费$/;
/**
 * 乙类旅游接待人次 (a kind of tourism's visits, 乡村旅游接待人次): counted in 人次 beside the catalogue's 接待游客, which is
 * all arrivals; its growth or goal named as written (its 村 no place's; session 32, fix141).
 */
const TOURISM_VISITS = /^[\u4e00-\u9fa5]{2,4}旅游接待人次$/;
export const isTourismVisits = (name: string) => TOURISM_VISITS.test(name);
/**
 * A级旅游景区接待游客, 4A级以上景区接待游客人次: the visitors of the graded sights, a part of all arrivals, named as
 * written (session 39, fixleft39c, F5901).
 */
const GRADED_SIGHT_VISITS =
  /^(?:[1-5]?[Aa]级(?:以上)?|[1-5][Aa](?:以上)?)(?:旅游)?景区(?:共)?接待(?:游客|旅游者)(?:人次|人数)?$/;
export const isGradedSightVisits = (name: string) => GRADED_SIGHT_VISITS.test(name);
/**
 * 红色旅游接待游客, 红色旅游景区接待游客, 红色旅游收入: the visitors and takings of one kind of tourism (a 苏区
 * county's red tourism, 乡村旅游), a part of all arrivals and revenue told after them, named as written, not the
 * catalogue's whole (session 40, fix306, F6211). The kinds are listed: a cue before the whole (力争旅游收入, 确保旅游
 * 综合收入) or its halves by origin (国内, 入境) or 文化旅游 (the whole under the 文旅 bureau's name) are no kind.
 */
const TOURISM_KIND =
  /^(?:其中)?(?:红色|乡村|农村|工业|研学|生态|康养|冰雪|农业|体育|民俗|森林|温泉|夜间)旅游(?:景区|景点)?(?:共)?(?:接待(?:游客|旅游者)(?:人次|人数)?|(?:综合|总)?收入)$/;
export const isTourismKind = (name: string) => TOURISM_KIND.test(name.replace(/[\s,，]+/g, ''));
/**
 * 全年工业税收收入2.16亿元，下降5.2%: the taxes one sector pays, a part of the tax revenue named as written (as
 * 煤炭相关税收 in budget-accounts.ts), not the catalogue's whole (session 40, fix306, F6212). 民营经济上缴税金X亿元: the
 * taxes the private economy paid, told beside its value added (held-out-388 lanjing; session 46, fix388, F7873).
 * 乡镇企业实现营业收入X亿元，上缴税金Y亿元: the taxes the firms just named paid, named as written (F10018); 上交税金 the
 * same (F10405). 工商税收1426万元 beside 农业税: the industrial and commercial taxes of the years before 2004, a part of
 * the revenue named as written, not the catalogue's whole 税收 (F10405).
 */
const SECTOR_TAX =
  /^(?:其中|全年)?(?:(?:工商|工业|制造业|建筑业|房地产业?|服务业|第[二三]产业|规模以上工业)(?:企业)?(?:税收|入库税收)(?:收入)?|民营经济(?:上缴|实缴|入库)(?:税金|税收)|(?:乡镇企业)?(?:上缴|上交|实缴)税金)$/;
export const isSectorTax = (name: string) => SECTOR_TAX.test(name.replace(/[\s,，]+/g, ''));
/**
 * 游客人均花费, 国内游客人均消费: what a visitor spent on average, a per-head figure in 元 as residents' per-head
 * names are, not the whole takings (session 39, fixleft39c, F5902). One group's (其中过夜游客人均花费, a part told
 * inside the takings) is left a fact, as xiaopu's answers give it: an open point the lead decides.
 */
const VISITOR_PER_HEAD = /^(?:国内|国内外|海内外)?游客人均(?:花费|消费|消费支出|支出)$/;
/**
 * Investment is an aggregate only by a size class of projects, a field or what it is not (亿元以上项目完成投资, 亿元以上在建项目完成投资, 亿元以上施工项目完成投资 (fixleft36),
 * 新兴产业投资, 产业投资 (其中，产业投资X亿元: the field beside infrastructure, named bare), 非房地产投资, 交通投资, 水利投资, 清洁能源投资 — a sector's, beside 工业投资 the catalogue knows; 数字经济投资, “甲新”经济投资 — a kind of economy's, its quoted short name kept (fix248)): a project's, a programme's or a deal's investment (重点项目完成投资, 协议总投资) is
 * a project total, a fact. 煤炭工业投资X亿元: the coal branch's, as 能源工业投资 (session 51, fix486_487, F10368).
 */
const AGGREGATE_INVESTMENT =
  /^(?:(?:\d+(?:\.\d+)?)?[亿万]元(?:及)?以上(?:建设|在建|施工)?项目(?:完成)?|(?:[\u4e00-\u9fa5]{2,8})?产业|[\u4e00-\u9fa5]{2,8}领域|非[\u4e00-\u9fa5]{2,6}|(?:交通|水利|(?:清洁|新|可再生)?能源(?:工业)?|煤炭工业|城建|市政)(?:基础设施)?|(?:“[\u4e00-\u9fa5]{1,6}”|[\u4e00-\u9fa5]{1,6})经济)投资$/;
/**
 * 其中工业性投资X亿元: 浙江's plan reports' name for the investment in industry and the works that serve it, told
 * under 全社会固定资产投资; not the catalogue's 工业投资 as written, so named so (held-out-371 shuting; session 45,
 * fix371, F7532). Its 工业 opening is what NOT_AN_AGGREGATE turns away. 其中工业投入X亿元: Jiangsu's plan reports' name
 * for the same investment, named as written too (held-out-388 lanjing; session 46, fix388, F7872).
 */
const INDUSTRIAL_INVESTMENT = /^工业(?:性投资|投入)$/;
/**
 * 从投资主体看：国有投资X亿元，增长A%；民间投资Y亿元: the investment of an ownership class beside the catalogue's
 * 民间投资, named as written (fix485, F10311).
 */
const OWNERSHIP_INVESTMENT = /^(?:国有(?:及国有控股)?|国有控股|集体)投资$/;

/**
 * 国有控股企业增加值, 股份制企业产值: the firms of an ownership class, a statistical breakdown of
 * industry, are an aggregate though a single firm's figure (企业, 公司) is none; 分经济类型看，国有控股企业
 * 增长5.2%: the class named bare, the measure left to the sentence before (session 15, fixhetuan);
 * 外商及港澳台投资企业, as Jiangsu's releases write it without the 商, is the same class. 全县乡镇企业增加值完成X亿元: the
 * township and village firms of a 2002 county's analysis, a class of the same kind, named with its measure (a bare
 * 乡镇企业 counts firms; F9545); its 利润总额 and 利税总额 too (实现利润总额X万元 in the chain after 营业收入; F10404).
 */
const OWNERSHIP_AGGREGATE =
  /^(?:国有控股|国有|集体|股份制|私营|民营|外商及港澳台商?投资|外商投资|港澳台商?投资)企业(?:增加值|产值|营业收入)?$|^乡镇企业(?:增加值|总产值|产值|营业收入|利润总额|利税总额)$/;

/**
 * 规模以上民营工业产值X亿元, 规上国有工业增加值: the industry of an ownership class above the size line, an aggregate
 * named as written with its level as with its growth and share (as 规模以上非煤工业增加值; fix459, F9605).
 */
const SCOPED_OWNERSHIP_INDUSTRY =
  /^(?:规模以上|规上)(?:国有控股|国有|集体|股份制|私营|民营|个体私营|非公有制)(?:经济)?工业(?:增加值|总产值|产值)$/;

/**
 * 私营企业2140家，…增长18.5%: an ownership class named bare whose firms the sentence counted before the growth;
 * the growth is the count's (a fact, as the firms' count of any other kind), not the class's output (fix459, F9604).
 */
export function countedOwnershipClass(name: string, before: string): boolean {
  if (!name.endsWith('企业') || !before.includes(name) || !OWNERSHIP_AGGREGATE.test(name)) return false;
  return new RegExp(`${name}(?:达到?|发展到|增至|为|有)?\\d+(?:\\.\\d+)?万?[家户个]`).test(before);
}

/**
 * 区属工业完成产值X亿元, 镇属工业产值, 区属地方工业完成增加值: the industry a district's (county's, town's) own
 * government holds, the split a 上海 郊区's or a city district's 公报 gives under 其中 after 工业总产值; the 区/镇
 * before 属 names the level that owns it, no place (session 43, fix344, F7002). 其中乡及乡以上工业总产值: the firms of
 * township level and above, the older split by level under all industry (a 2001 county's; F9554).
 */
const LEVEL_OWNED_INDUSTRY = /^(?:[市县区镇乡]属(?:地方)?|乡及乡以上)工业(?:总产值|产值|增加值)$/;
/**
 * 乡镇工业总产值X亿元, 乡镇工业销售收入, 乡镇工业利润总额: the industry of the township and village firms, the older
 * analyses' second account of industry beside 规模以上工业 (a 2002 county's), a part of industry named as written with
 * its accounts (held-out-462 xihuai; session 50, fix462, F9871).
 */
const TOWNSHIP_INDUSTRY = /^乡镇工业(?:总产值|产值|增加值|销售收入|营业收入|利润总额|利税总额)$/;
/**
 * 全部工业总产值X亿元 before 其中规模以上工业…: the output of industry of every size, named as written; the catalogue's
 * bare 工业总产值 is the 规模以上 alias (prose-clauses.ts narrows it after 全部; F10012).
 */
const ALL_INDUSTRY_OUTPUT = /^全部工业(?:总产值|产值)$/;
/**
 * 侨资企业出口额, 外资企业进出口额: the trade of the firms of an origin class (a 侨乡's overseas-Chinese firms), their
 * part of the place's trade, named as written (session 40, fix300, F6124).
 */
const ORIGIN_FIRMS_TRADE = /^(?:侨资|外资|台资|港资|港澳台资)企业(?:出口|进口|进出口)(?:额|总额|总值)?$/;
export const isOriginFirmsTrade = (name: string) => ORIGIN_FIRMS_TRADE.test(name);
/**
 * 规模以上工业企业实现利税9.64亿元: the profits and taxes of a size class of industrial firms, an
 * aggregate the catalogue lacks (it has their profits alone), named without the verb; so is their
 * 新产品产值 (the output of new products, beside its 新产品产值率; session 27, fix86).
 */
// 规模以上工业企业实现销售收入X亿元: the firms' sales, the name older reports (to 2006) give their revenue, likewise
// (held-out-414 gutan; session 47, fix414, F8505).
const FIRM_ACCOUNT_AGGREGATE =
  /^((?:规模以上|规上)(?:工业)?企业)(?:实现|完成)?(利税总额|利税|新产品产值|(?:产品)?销售收入)$/;
/**
 * 规上能源工业企业营业收入X亿元, 规模以上非能源工业企业利润总额…: the accounts of the firms of one kind of industry within
 * 规模以上 industry (an energy county's 统计局 tells its energy and other firms apart), named as written; the catalogue's
 * 规上工业企业营业收入 is all industry's (session 39, fix276, F5771).
 */
const KIND_INDUSTRY_FIRM_ACCOUNT =
  /^(?:规模以上|规上)(?:非)?(?:能源|煤炭|电力|高技术|高耗能|装备制造)工业企业(?:实现|完成)?(?:营业收入|利润总额|利润|利税总额)$/;
/**
 * 规模以上工业企业实现销售产值512.6亿元: the sales output of a size class of industrial firms, the
 * industry's sales output (规模以上工业销售产值) named by its firms and without 工业 before 销售产值.
 */
const FIRM_SALES_OUTPUT = /^((?:规模以上|规上)(?:工业)?)企业(?:实现|完成)?(?:工业)?销售产值$/;
/** 工业销售产值X亿元 after the 规上工业总产值: industry's sales output named bare, as written (fix219). */
const INDUSTRY_SALES_OUTPUT = /^(?:规模以上|规上)?工业(?:实现|完成)?销售产值$/;
/**
 * 规模以上工业出口交货值X亿元, 工业企业实现出口交货值: the output industry delivered for export,
 * told with the scope it is counted in (a communique's industry paragraph beside the sales rate; NBS and
 * provincial releases write it so): named as written, the verb dropped (session 29, fix98).
 */
const SCOPED_EXPORT_DELIVERY = /^((?:规模以上|规上)?工业(?:企业)?)(?:实现|完成)?(出口交货值)$/;
/**
 * 工业开票销售收入, 工业应税销售收入: industry's sales as the tax invoices count them (Jiangsu and Zhejiang
 * counties report it beside 规上工业总产值), an aggregate the catalogue lacks; named by 工业 first, which
 * names no aggregate elsewhere.
 */
const INVOICED_SALES = /^(?:(?:规模以上|规上|全部)?工业(?:企业)?)?(?:开票|应税)销售(?:收入|额)$/;
/**
 * 规模以上工业企业实现开票销售收入241.36亿元: the invoiced sales with the firms' verb between their name and
 * the account (a 江苏 county 统计局's monthly analysis), named without the verb (session 44, fix364, F7342).
 */
const INVOICED_SALES_VERB =
  /^((?:规模以上|规上|全部)?工业(?:企业)?)(?:实现|完成)((?:开票|应税)销售(?:收入|额))$/;
/**
 * 实际到位内资, 实际到位市外内资: the domestic funds a county's investment drive brought in, as Hunan's and
 * Sichuan's speeches and work reports name them beside 实际使用外资 (the catalogue knows 实际利用内资 and the
 * 市外资金 names, not these); named as written, with their growth and next year's goal. 其中省外到位资金: the part
 * of a zone's 到位资金 from outside the province, named as written likewise (session 28, fix88). 引进到位资金:
 * the funds a county's drive brought in, said with 引进 and no origin (a county's 两会 news page), named
 * as written likewise (session 29, fix94). 外资实际到位金额, 实际到位外资: the foreign funds received as Shanghai's
 * districts word them beside 合同外资 (the catalogue has 实到外资 and 实际使用外资), named as written with their
 * level in 美元, growth and share of the year's goal (fix224). 实际利用省外项目资金: the catalogue's 实际利用省外资金 with
 * 项目 inside, named as written (held-out-374 ruifeng; session 46, fix388, F7874).
 */
const DOMESTIC_FUNDS =
  /^(?:实际)?到位(?:[省市县]外|境内)?内资$|^(?:实际)?(?:利用|到位)[省市县]外项目资金$|^(?:[省市县]外|境外)(?:实际)?到位资金$|^引进(?:实际)?到位资金$|^外资(?:实际)?到位(?:金额|资金)$|^(?:实际)?到位外资(?:金额)?$/;
/**
 * 其中入境游客X万人次，增长A%: the visitors from abroad, the part of all arrivals a tourist county's release
 * gives after its totals (two provinces' bureaus), named as written (session 30, fix102).
 */
const INBOUND_VISITORS = /^(?:接待)?(?:入境|境外|海外)(?:过夜)?(?:游客|旅游者)(?:人次|人数)?$/;
export const isInboundVisitors = (name: string) => INBOUND_VISITORS.test(name);
/**
 * 接待旅游过夜人数18.62万人次: the visitors who stayed the night counted under a name the catalogue's 接待过夜游客 lacks,
 * named as written (fix485, F10313); its aliases (接待过夜游客人数) stay the catalogue's.
 */
const OVERNIGHT_VISITS = /^接待(?:旅游)?过夜(?:游客|旅游者|旅客)?(?:人次|人数)$/;
export const isOvernightVisits = (name: string) => OVERNIGHT_VISITS.test(name) && !lookupIndicator(name);
/**
 * 金融机构存贷款余额748.5亿元，较年初增加52.3亿元: deposits and loans told as one balance with one figure (a
 * work report's 图解 cell, a speech's chain), an aggregate the catalogue lacks (it has each half); the month-end
 * or year-end before it is no part of the name.
 */
const DEPOSITS_AND_LOANS = /^(?:年末|\d{1,2}月末)?((?:(?:银行业)?金融机构)?(?:本外币)?存贷款(?:总)?余额)$/;
/**
 * 对共建“一带一路”国家出口, 一般贸易出口, 机电产品出口, 制造业贷款余额: exports to some partners, of one
 * trade mode or one kind of goods, and one sector's loans, named parts of the whole the catalogue knows
 * (the narrowing words of prose-clauses keep them from it). Session 27, fix86. 按贸易方式分：一般贸易进出口,
 * 边境小额贸易进出口, 边民互市贸易进出口 (a border county's modes, Guangxi's and Yunnan's 商务局 summaries):
 * one mode's whole trade, a part as well. 农村网络零售额, 农产品网络零售额: the online sales of the
 * countryside or of farm goods, the parts a 商务局 gives under all online sales. Session 28, fix92.
 * 普惠小微贷款余额, 涉农贷款余额, 绿色贷款余额: the loans of a policy class, a named part of all loans too
 * (a business-environment report's, session 29, fix95). 对甲进出口额, 对乙出口额: the trade with one partner
 * named by its short name (a border county's plan report), a part as well (fix239). 茶叶出口额, 水果出口额: one
 * commodity's exports (a tea or fruit county's communique), named as written (fixtail37).
 */
const TRADE_OR_LOAN_PART =
  /^(?:对(?:(?:共建)?“一带一路”(?:共建|沿线)?国家(?:和地区)?|[\u4e00-\u9fa5]{1,8}?(?:国家|地区|市场)|(?:俄|日|美|韩|欧|非|蒙|东盟|港|澳|台)[\u4e00-\u9fa5]{0,4}?)|(?:一般|加工|边境(?:小额)?|边民互市)贸易|[\u4e00-\u9fa5]{2,8}?产品|(?:茶叶|水果|蔬菜|食用菌|中药材|花卉|蔗糖|食糖|石材|陶瓷|钢材|服装|鞋类?|家具|纺织品|机电|光伏|锂电池|汽车|船舶))(?:出口|进口|进出口)(?:额|总额)?$|^(?:[\u4e00-\u9fa5]{1,6}?业|普惠(?:型)?小微(?:企业)?|涉农|绿色)贷款余额$|^(?:农村|农产品)网络零售额$/;
/**
 * 其中边境小额贸易X亿元, 一般贸易X亿元: a trade mode named bare, without 进出口 or 额, a part of foreign trade as
 * written (session 40, fix304, F6174: a Guangxi border county's 前三季度 page). Not 边民互市贸易: the catalogue's.
 */
const BARE_TRADE_MODE = /^(?:一般|加工|边境小额)贸易$/;
/** 荔枝、对虾等特色农产品出口: the goods listed before 等 are examples of the kind named after it. */
const LISTED_BEFORE = /^[\u4e00-\u9fa5、]{1,12}等(?=[\u4e00-\u9fa5]{2})/;
/**
 * 限额以上批发零售和住宿餐饮企业销售额（营业额）, 限上住宿餐饮业营业额: the sales or turnover of the trade and
 * catering firms above the quota, the size class of trade as 规模以上 is of industry (the catalogue knows
 * their retail sales, 限额以上单位消费品零售额, not their whole sales). 限额以上企业商品零售额: the goods half of
 * their retail sales (catering left out), which the catalogue lacks too. 限上甲类企业零售额: the retail sales of
 * one kind of firms above the quota (商贸企业), named as written (session 34, fix166).
 */
const QUOTA_FIRM_SALES =
  /^(?:限额以上|限上)(?:[\u4e00-\u9fa5]{2,16}?(?:企业|单位|业)(?:商品)?(?:销售额|营业额)(?:[(（](?:营业额|销售额)[)）])?|(?:企业|单位)商品零售额|[\u4e00-\u9fa5]{2,8}?企业零售额)$/;

/**
 * 城镇固定资产投资, 农村（农户）固定资产投资: the two halves older reports (to 2010) split all investment
 * into, each an aggregate of its own though 镇 and 村 name places elsewhere. 其中城镇投资X亿元: the same half named
 * short, as 统计 releases of the time and their tables write it (held-out-354, F7184). 农村牧区固定资产投资: a pastoral
 * banner's rural half, its countryside named with the pastures (session 46, fix391, F8007). 城镇项目投资, 农村项目投资:
 * the halves named by the projects each counts (a 2008 county 简析's 其中，城镇项目投资X亿元；农村项目投资Y亿元; F10243).
 * 国有及其他经济投资X万元, 城乡集体和个人投资: the ownership halves a 2001 county's brief splits investment into, named as
 * written (F10403).
 */
const INVESTMENT_HALF =
  /^(?:城镇|农村|农户|乡村|农村牧区|牧区)(?:固定资产|项目)?投资$|^(?:国有及其他经济|国有经济|集体经济|城乡集体(?:和|及)个人|城乡个人)投资$/;
/**
 * 城镇居民人均消费性支出, 农牧民人均生活消费支出: a group of residents' spending or income per head, an
 * aggregate the catalogue may lack, though 城镇 and 人均 stop other names.
 */
const RESIDENT_PER_CAPITA =
  /^(?:城镇|农村|城乡|农牧|农村牧区|牧区)?(?:常住)?(?:居民|农民|农牧民|牧民)人均[\u4e00-\u9fa5]{2,8}(?:支出|收入)$/;
/**
 * 城镇居民人均住房使用面积, 农民人均住房面积: a group of residents' housing space per head, a 公报's year-end figure
 * named as written (session 46, fix391, F8009).
 */
const HOUSING_PER_CAPITA =
  /^(?:城镇|农村|城乡|农牧|农村牧区|牧区)?(?:常住)?(?:居民|农民|农牧民|牧民)人均住房(?:使用|建筑|居住)?面积$/;
/** Whether a name is a group of residents' housing space per head (HOUSING_PER_CAPITA). */
export const isHousingPerCapita = (name: string) => HOUSING_PER_CAPITA.test(name);
/**
 * 产业项目投资, 基础设施项目投资, 民间项目投资 (who pays for them): the investment of a kind of projects, an aggregate though 项目 alone (重点项目投资)
 * names a programme's total; 产业项目完成投资, a class of a key-project programme, stays a fact. 其中，项目投资
 * 19.2亿元: bare, the half of all investment beside 房地产开发投资, an aggregate too (its growth is read so);
 * 非房地产项目投资 names the same half by what it leaves out (a Beijing-style district's investment paragraph;
 * session 30, fix104). 转型项目投资: a coal province's projects of its economy's turn from coal (session 33, fix146).
 * 其中，建设项目投资增长A%: the statistics' own name of that half (建设项目 beside 房地产开发; fix239).
 * 其中文旅项目投资增长A%: the investment in culture and tourism projects, a branch of all investment (Zhejiang's
 * 文旅项目投资 quarterly figures; session 39, fixtail39b, F5931).
 */
const PROJECT_KIND_INVESTMENT =
  /^(?:产业|工业|基础设施|民生|社会事业|服务业|民间|政府|非房地产(?:开发)?|转型|建设|文旅|文化旅游)?项目投资$/;
/**
 * 中央投资, 地方投资, 援藏资金完成投资: all investment split by who pays for it (a Tibetan or Xinjiang county's
 * summary gives the centre's share and the paired-aid funds' part), an aggregate though 资金 alone is
 * funds obtained (争取中央预算内投资…, 到位援疆资金: facts). 从投资来源看，国家投资…，援藏投资…，社会投资…: a Tibetan
 * county's sources of its investment, the state's, the paired aid's and society's (中央政府投资 a region's; fix258).
 */
/** 汽车及零部件产业产值: the 及 between an industry and its parts, inside one 产业's name. */
const CHAIN_AND_PARTS = /(?<=^[\u4e00-\u9fa5]{2,4})及(?=[\u4e00-\u9fa5]{2,4}产业(?:产值|增加值|营业收入)$)/;
const FUNDING_SOURCE_INVESTMENT = /^(?:中央(?:政府)?|地方|国家|社会|援[藏疆青](?:资金(?:完成)?)?)投资$/;
/**
 * 按资金来源分，国家投资…；援藏投资…；其他投资X万元，增长A%: the rest of investment by who pays, named 其他 after the
 * sources listed before it in the line (a bare 其他投资 elsewhere says of what nothing; session 46, fix400, F8137).
 */
const OTHER_SOURCE_INVESTMENT = '其他投资';
const FUNDING_SOURCE_BEFORE = /(?:中央(?:政府)?|地方|国家|援[藏疆青])投资[^。]*$/;
/**
 * 其中，城镇固定资产投资X亿元；农村投资Y亿元: the halves the 十一五 years' reports split all investment into,
 * 农村投资 (农户投资) named bare, each a named aggregate of its own (its 村 is no place; session 38, fix265).
 */
const RURAL_INVESTMENT = /^(?:农村|农户|农村农户)投资$/;
/**
 * 其中，基本建设投资X亿元，…；更新改造投资Y亿元: fixed-asset investment by its management channels, the split the
 * statistics gave until 2011 (基本建设, 更新改造, 房地产开发, 其他), named as written (session 47, fix416, F8532;
 * a 公报's 其中，基本建设投资X亿元，增长A%, fix414, F8506).
 */
const CHANNEL_INVESTMENT = /^(?:基本建设|更新改造|技术更新改造)投资$/;
/**
 * 全年完成城镇建设投资X亿元: the money a county puts into its towns' streets, water, heating and green (城建投资), a
 * plan report's named aggregate of its own beside fixed-asset investment, named as written (session 48, fix431, F9001).
 */
const TOWN_BUILDING_INVESTMENT = /^(?:城镇|城市|县城|城乡)建设投资$/;
/**
 * 规模以上工业企业亩均税收, 亩均工业增加值: a figure per mu of land the firms use (the yardstick of a
 * 亩均论英雄 appraisal), an aggregate of its own though 企业 and 规模以上 stop other names; 工业用地亩均税收, the land
 * the figure is per (session 36, fixleft36); 规上工业亩均增加值 names the size class without 企业 (fix219).
 */
const PER_MU =
  /^(?:(?:规模以上|规上)?(?:工业)?企业|(?:规模以上|规上)?工业|工业用地)?亩均[\u4e00-\u9fa5]{2,8}$/;
/**
 * 限额以上单位通过公共网络实现的商品零售额: the retail sales made through a channel (online), named by a
 * relative clause (…实现(的)) the other aggregates' names never hold; the size class before it is the name's.
 */
const CHANNEL_RETAIL =
  /^(?:(?:限额以上|限上)(?:单位|企业)?)?通过[\u4e00-\u9fa5]{2,8}?实现的?(?:商品|消费品)?零售额$/;
/**
 * 战略性新兴产业（制造业部分）产值: a short bracketed scope inside the name, before its head word, is no
 * part of the aggregate's name (as clauseKey drops a gloss).
 */
const INNER_SCOPE = /[(（][\u4e00-\u9fa5]{2,8}[)）](?=(?:产值|增加值|营业收入)$)/;
/**
 * Scopes and connectives that open a clause but are no part of the name; 一是, 二是 number a list's items
 * (二是压减一般性支出A%以上: the cut after it is read as such, session 29, fix94); N月末: a balance's date (fix95).
 * 经甲口岸的一般贸易进出口额: the port the trade went through, a border county's way of scoping it (fix275).
 * 县离岛免税店销售额: a bare 县 is the county itself, as 全县 is (session 40, fix304, F6175); not 县域, 县级, 县城, 县直,
 * 县委, 县财政 … (names or bodies of their own), nor 县以下, 县及县以下 (a scope: F7314), nor before a name under four
 * characters.
 */
const AGGREGATE_LEAD =
  /^(?:经[\u4e00-\u9fa5]{1,8}?口岸的?|[一二三四五六七八九十]是|全年|全县|县(?![域级本城乡镇直属内外委政财区以及])(?=[\u4e00-\u9fa5]{4})|全市|全区|全旗|全镇|其中|今年|当年|同期|[一二三四]季度|[上下]半年|前三季度|(?:年|\d{1,2}月)末)+/;
/**
 * Not an aggregate: places, periods, firms, farms (农场, 牧场), a project's or a works' figure (a size class of projects
 * aside), plans, words that point back or forward (前者, 预计, 确保), names the catalogue reads by
 * scope (规模以上…) and fragments that hold a verb or a link; the bonds a budget report's transfers split
 * into (新增一般债券收入, 再融资一般债券收入: funds raised, facts only as 新增债券 in bolan's and buxi's answers;
 * their 转贷 total is a budget account) and a cut made (压减一般性支出X万元: a saving, not a spending's
 * level) (fix77b). 其 points back (其增加值), but 其他服务业增加值 after the named service branches of a GDP
 * release is the rest of them, named as written, its level as its growth is (fix87b). 刚性支出增长A%: the spending a budget cannot cut,
 * a pressure the problems name (as “三保”支出), no account of the budget's own (fixleft28). 实现劳务收入X亿元: what the
 * farmers sent out to work earned, a poverty-work tally beside 转移就业 (facts only in two counties'
 * answers), no account of the economy's (fix99). 以旧换新带动相关商品销售额X亿元: the sales a policy drove, its effect, and
 * 新投产N个，当年新增产值X亿元: the output new projects added, the projects' figure: facts of those (session 30, fix102).
 * 边民互市 is no city (互市, border residents' trade: fix275). 影响规模工业产值约X亿元: the output a shortage cost, a
 * loss estimated, no aggregate (fix459, F9608).
 */
const NOT_AN_AGGREGATE =
  /[县区旗镇乡村省]|(?<!互)市|街道|[园厂矿场]|(?<!以上|以上建设|以上在建|以上施工)项目|工程|[年月季]|企业|公司|计划|目标|任务|预算|实现|累计|达到|债券|带动|影响(?!力)|[占比为较的和与及至、]|^(?:前者|后者|其(?![他它])|共|开累|预计|确保|推动|超额|上拉|拉动|财政|总|人均|一般|公共|地方|固定资产|工业|全部|规模以上|规上|压减|压缩|削减|节约|节省|刚性|劳务|新增)/;

/**
 * 规模以上先进制造业增加值, 规上高技术制造业增加值: a class of manufacturing (or of industries) within
 * 规模以上 industry, whose scope the catalogue reads only for its own names; the class is the name.
 */
const SCOPED_MANUFACTURING = /^(?:规模以上|规上)(?:工业)?([\u4e00-\u9fa5]{2,8}?(?:制造业|产业))增加值$/;

/**
 * 新能源企业完成产值X亿元 (fixtanling): the output of the firms of one new kind of industry, a named aggregate;
 * not a size class or a place's firms (规上工业企业, 重点企业, 县属企业), nor one firm's.
 */
const KIND_FIRMS_OUTPUT =
  /^(?:新能源|新材料|高新技术|高技术|战略性新兴产业|数字经济|清洁能源)企业(?:产值|增加值)$/;

/**
 * 城乡居民生活用电量 after 其中 under 全社会用电量: the electricity residents used, a named part (the
 * catalogue's 用电量 is all of it, and 工业用电量 its own entry); 城镇 holds a 镇 that NOT_AN_AGGREGATE would
 * take for a place. Only residents' use: a branch's (服务业用电量) stays dropped, as the catalogue tests keep it.
 */
const USE_ELECTRICITY = /^(?:城乡|城镇|乡村|农村)?居民(?:生活)?用电量$/;
export const isUseElectricity = (name: string) => USE_ELECTRICITY.test(name);

/**
 * 轻工业完成增加值12.84亿元, 农副食品加工业实现增加值…: the verb between whose and what is no part of
 * the name (轻工业增加值); 乡镇企业完成总产值 too (乡镇企业总产值; session 50, fix471, F9955). 甲乙丙丁加工四大主导产业完成增加值: a counted group's last member, count and class
 * may run to fourteen characters before the verb, its members listed with 、 before it (fix402, F8073); so may
 * the verb before the group's 主营业务收入 (session 47, fix407, F8419).
 */
const INNER_VERB =
  /(?<=^[\u4e00-\u9fa5]{2,14}?|^[\u4e00-\u9fa5、]{2,36}?(?:[两二三四五六七八九]|[2-9])[大个](?:主导|支柱|重点|优势|特色|新兴)?(?:产业|行业))(?:完成|实现)(?=(?:增加值|总产值|产值|营业收入|主营业务收入|销售额|零售额)$)/;

/**
 * 烟草、电力、冶金三大支柱行业完成增加值: the verb after a counted group leaves the clause to its last member (cut at the
 * 、), no name of the group's; the group is named by its count and class (三大支柱行业增加值), as its share restated
 * alone (三大支柱行业增加值占规模以上工业的比重达A%) names it (F10242). Only a group with its kind (主导, 支柱):
 * 甲、乙、丙三大产业完成产值 says no more than 三大产业, which names the three sectors too, and stays as it read.
 */
const NO_MATCH = /(?!)/;
const MEMBER_BEFORE_COUNTED_VERB =
  /^[\u4e00-\u9fa5、]{1,36}?(?=(?:[两二三四五六七八九]|[2-9])[大个](?:主导|支柱|重点|优势|特色|新兴)(?:产业|行业)(?:完成|实现)(?:增加值|总产值|产值|营业收入|主营业务收入|销售额|零售额)$)/;

/**
 * 用于民生的财政支出, 用于教育方面的支出: the spending on one purpose, named by it (民生支出, 教育支出) as
 * a budget's own accounts name it. 县级财政用于民生的支出, 县财政用于民生支出: the level that pays named
 * before it, 的 left out (fix85).
 */
const SPENDING_FOR =
  /^(?:[县市区省州旗镇]级?)?(?:财政|公共财政)?用于([\u4e00-\u9fa5]{2,8}?)(?:方面|领域)?的?(?:财政|公共财政|地方财政|一般公共预算|公共财政预算)?支出$/;

/**
 * 全年用于教育、农业和社会保障等民生方面的支出: the spending on the purpose the listed items are of, named by the purpose
 * after 等 (民生支出); the list is split off at its 、 before the clause, its last item left before 等 (session 46,
 * fix406, F8256).
 */
const SPENDING_PURPOSE_LISTED =
  /^[\u4e00-\u9fa5]{2,16}?等([\u4e00-\u9fa5]{2,4}?)(?:方面|领域)的?(?:财政)?支出$/;

/** 国有企业, 国资, 行政事业单位: a paragraph about the state's firms or offices. */
const STATE_ASSETS_CONTEXT = /国有|国资|行政事业/;
/** 文化旅游、 at a clause's start: the first of the holders a state-assets account lists before 等. */
const HOLDER_LISTED_BEFORE = /(?:^|[,，;；:：。])\s*([\u4e00-\u9fa5]{2,8})、$/;
/**
 * 国有企业资产总额, 行政单位资产总额, 城市建设和交通运输类企业资产总额, 负债总额, 国有资本权益, 净资产, 利润总额,
 * 应交税费: the accounts a government's yearly report on state assets gives for its firms, its financial firm and
 * its offices, each with its growth (those reports name whose accounts they are before the account, and the
 * same account recurs for each holder); 国有企业累计实现营业收入 drops the verb as 轻工业完成增加值 does.
 * Session 28, fix90.
 */
const STATE_ASSET_ACCOUNT =
  /^((?:[\u4e00-\u9fa5]{0,6}、)?[\u4e00-\u9fa5]{0,14}?(?:国有企业|类企业|金融企业|行政单位|事业单位|行政事业单位))?(?:累计)?(?:实现|完成)?(资产总额|负债总额|国有资本权益|国有资本及权益总额|所有者权益|净资产|利润总额|应交税费|营业(?:总)?收入)$/;

/** The holder (国有企业, '' when bare) and the account a state-assets name is of, or null. */
export function stateAssetAccount(name: string): { holder: string; account: string } | null {
  const held = STATE_ASSET_ACCOUNT.exec(name.replace(/\s+/g, ''));
  return held?.[2] ? { holder: held[1] ?? '', account: held[2] } : null;
}

/**
 * The named aggregate a clause's subject is, as written, or null: `民生支出完成22.4亿元` and the share
 * that opens a clause (`民生支出占一般公共预算支出的比重达78.6%`: the part before 占).
 */
/**
 * “3+2”产业集群, “1+N”产业体系: a label in quotes that numbers a class of industries, written before its
 * name; the name after it is read as any other and keeps the label as written.
 */
const QUOTED_LABEL = /^“[^“”]{1,8}”(?=[\u4e00-\u9fa5]{2})/;

/**
 * `before` gives the paragraph's text up to the clause (for a state-assets account's holder listed before it); it is
 * asked only when the name is such an account, not for every figure.
 */
export function aggregateIndicator(subject: string, before: () => string = () => ''): NamedIndicator | null {
  // ——政府性基金预算收入完成X亿元: the dash that opens an audit report's lead paragraph is no part of the name, as
  // in a goal line (rateIndicator; session 44, fix359, F7281).
  const written = subject.replace(/\s+/g, '').replace(/^[—–]+/, '');
  // “三保”支出, “三公”经费支出: a quoted word that is a budget account's own name, no label before a name.
  const label = budgetAccountName(written) ? '' : (QUOTED_LABEL.exec(written)?.[0] ?? '');
  // “甲新”经济投资: a label before 经济 names the kind of economy, read with it (fix248).
  const economy = label !== '' && written.startsWith('经济', label.length);
  const named = unlabelledAggregate(economy ? written : written.slice(label.length), before);
  return named && label && !economy ? generated(label + named.name) : named;
}

/**
 * 一般公共预算收入中非税收入占比达A%: the whole a share is of, named before the part with 中, is no part of the
 * part's name (session 46, fix400, F8133).
 */
const WHOLE_BEFORE_SHARE =
  /^[\u4e00-\u9fa5]{2,12}?(?:收入|支出|投资|总值|总额|增加值|产值|零售额)中(?=[\u4e00-\u9fa5]{2,12}?(?:所?占|比重))/;

/**
 * 以甲、乙、丙为主的三大主导产业实现增加值: the members a counted group is described by (为主的, 为代表的) are no part
 * of its name; the group is named by its count and class, as written bare (session 48, fix438, F9183).
 */
const GROUP_DESCRIBED =
  /^以?[\u4e00-\u9fa5]{1,14}?为(?:主|主导|重点|代表|龙头|核心)的(?=(?:[两二三四五六七八九]|[2-9])[大个](?:主导|支柱|重点|优势|特色|新兴)?(?:产业|行业))/;

/** 甲和乙两大行业增加值合计, 甲、乙两个产业产值共计: a group named by its members, then its sum's word. */
const MEMBERS_SUMMED = /^(?=.*(?:合计|共计)$)([^合共]{2,}[和、][^合共]{2,})(?:合计|共计)$/;

/**
 * 乡及乡以上工业总产值（现价）, …（1990年不变价，下同）：: the price basis glossed in brackets after a name named as
 * written (a colon after it introducing the figure) is no part of it, as clauseKey drops a short gloss before a
 * catalogue name's link (session 51, fix481, F10258); 乡及乡以上工业完成总产值（现价）3.46亿元 too, as catalogue.ts drops
 * it after a sheet row's (fix488, F10395).
 */
const PRICE_BASIS_GLOSS =
  /\(按?(?:(?:19|20)\d{2}年)?(?:现价|不变价|可比价|当年价|现行价)格?(?:计算)?(?:,下同)?\):?$/;

/** 上交税金（含农业特产税）, 农业税（含附加）: what the sum includes, in brackets after the name, is no part of it (F10396). */
const INCLUDED_GLOSS = /\(含[\u4e00-\u9fa5、]{1,12}\)$/;

/** 农业税（含附加）入库186万元: a tax's 入库 (paid into the treasury) after its name is the verb, no part of it (F10397). */
const TAX_PAID_IN = /(?<=税(?:\(含[\u4e00-\u9fa5、]{1,12}\))?)入库$/;

/**
 * 农民负担总额控制在1860万元以内, 共收取农民负担总额412万元: the fees and levies a county collects from its farmers (the
 * 提留统筹 of the years before the 2003 tax reform), capped for the year and reported against the cap, named as written;
 * the collecting verb before it is no part of the name (F10398).
 */
const FARMER_BURDEN = /^(?:共)?(?:收取|征收|提取)?(农民(?:人均)?负担(?:总额)?)$/;

function unlabelledAggregate(subject: string, before: () => string): NamedIndicator | null {
  const name = (/[):]$/.test(subject) ? subject.replace(PRICE_BASIS_GLOSS, '') : subject)
    .replace(GROUP_DESCRIBED, '')
    // …占一般公共预算支出的A%: the share's base is no part of the name; the 占 of 耕地占用税 is. Nor is the
    // judging adverb before a share of a named base (非能源工业增加值仅占规模以上工业的A%; session 41, fixleft41c,
    // F6562); 经营性收入仅占A%, no base named, stays unread.
    .replace(/(?:仅|只)占(?=[\u4e00-\u9fa5]{2,})/, '占')
    .replace(WHOLE_BEFORE_SHARE, '')
    .replace(/占(?!用税).*$/, '')
    // 甲和乙两大行业增加值合计占…的A%: the sum of a group named by its members, said before its share, is no part
    // of the name (F9468); a bare 两大产业产值合计 (the two named in the clauses before) stays unread.
    .replace(MEMBERS_SUMMED, '$1')
    .replace(INNER_SCOPE, '')
    .replace(AGGREGATE_LEAD, '')
    .replace(/^(?:实现|完成)/, '')
    // A cheap includes() spares every other clause the look-ahead at each of 36 starts.
    .replace(subject.includes('业') && /[大个]/.test(subject) ? MEMBER_BEFORE_COUNTED_VERB : NO_MATCH, '')
    .replace(INCLUDED_GLOSS, '')
    .replace(TAX_PAID_IN, '')
    .replace(INCLUDED_GLOSS, '')
    .replace(INNER_VERB, '')
    .replace(SPENDING_FOR, '$1支出')
    .replace(SPENDING_PURPOSE_LISTED, '$1支出');
  // A name the catalogue knows (第二产业增加值) is its entry's, or no one's where the clause unjoined it.
  // 亿元及以上项目: the 及 of a size class (and above) joins no two names.
  if (
    OWNERSHIP_AGGREGATE.test(name) ||
    OWNERSHIP_INVESTMENT.test(name) ||
    SCOPED_OWNERSHIP_INDUSTRY.test(name) ||
    LEVEL_OWNED_INDUSTRY.test(name) ||
    TOWNSHIP_INDUSTRY.test(name) ||
    ALL_INDUSTRY_OUTPUT.test(name) ||
    ORIGIN_FIRMS_TRADE.test(name) ||
    INVESTMENT_HALF.test(name) ||
    isSurveyScopeInvestment(name) ||
    CHANNEL_RETAIL.test(name) ||
    isMergedLevelRevenue(name) ||
    BELOW_COUNTY_RETAIL.test(name) ||
    TOWN_RETAIL.test(name) ||
    INDUSTRIAL_INVESTMENT.test(name)
  )
    return generated(name);
  const burden = FARMER_BURDEN.exec(name)?.[1];
  if (burden) return generated(burden);
  const held = STATE_ASSET_ACCOUNT.exec(name);
  // A bare account (利润总额下降6.8% among a plan report's problems) is industry's unless the paragraph is of state assets.
  const paragraph = held?.[2] && !lookupIndicator(name) ? before() : null;
  if (held?.[2] && paragraph !== null && (held[1] || STATE_ASSETS_CONTEXT.test(paragraph))) {
    // 文化旅游、商贸服务等其他类企业资产总额: the holders listed before 等 open the clause, split off at the 、.
    const first = held[1]?.includes('等') ? HOLDER_LISTED_BEFORE.exec(paragraph)?.[1] : undefined;
    return generated(`${first ? `${first}、` : ''}${held[1] ?? ''}${held[2]}`);
  }
  const firms = FIRM_ACCOUNT_AGGREGATE.exec(name);
  if (firms?.[1] && firms[2]) return generated(firms[1] + firms[2]);
  if (KIND_INDUSTRY_FIRM_ACCOUNT.test(name)) return generated(name.replace(/(?<=企业)(?:实现|完成)/, ''));
  const delivered = SCOPED_EXPORT_DELIVERY.exec(name);
  if (delivered?.[1] && delivered[2]) return generated(delivered[1] + delivered[2]);
  const sales = FIRM_SALES_OUTPUT.exec(name)?.[1];
  if (sales) {
    const output = `${sales.endsWith('工业') ? sales : `${sales}工业`}销售产值`;
    return lookupIndicator(output) ? null : generated(output);
  }
  if (INDUSTRY_SALES_OUTPUT.test(name))
    return lookupIndicator(name) ? null : generated(name.replace(/实现|完成/, ''));
  const invoiced = INVOICED_SALES_VERB.exec(name);
  if (invoiced?.[1] && invoiced[2] && !lookupIndicator(invoiced[1] + invoiced[2]))
    return generated(invoiced[1] + invoiced[2]);
  if (
    (QUOTA_FIRM_SALES.test(name) ||
      INVOICED_SALES.test(name) ||
      DOMESTIC_FUNDS.test(name) ||
      isForeignFundsReceived(name) ||
      INBOUND_VISITORS.test(name) ||
      OVERNIGHT_VISITS.test(name)) &&
    !lookupIndicator(name)
  )
    return generated(name);
  const balance = DEPOSITS_AND_LOANS.exec(name)?.[1];
  if (balance) return generated(balance);
  const part =
    TRADE_OR_LOAN_PART.exec(name.replace(LISTED_BEFORE, ''))?.[0] ?? BARE_TRADE_MODE.exec(name)?.[0];
  if (part && !lookupIndicator(part)) return generated(part);
  const account = budgetAccountName(name);
  if (account && !lookupIndicator(account)) return generated(account);
  // 共争取上级各项补助资金X万元: the transfers won from above, named by their funds (F7903).
  const transfers = name.endsWith('资金') ? transferFundsName(name) : null;
  if (transfers) return generated(transfers);
  if (
    (RESIDENT_PER_CAPITA.test(name) ||
      HOUSING_PER_CAPITA.test(name) ||
      PER_MU.test(name) ||
      PROJECT_KIND_INVESTMENT.test(name) ||
      FUNDING_SOURCE_INVESTMENT.test(name) ||
      (name === OTHER_SOURCE_INVESTMENT && FUNDING_SOURCE_BEFORE.test(before())) ||
      isReconstructionInvestment(name) ||
      RURAL_INVESTMENT.test(name) ||
      CHANNEL_INVESTMENT.test(name) ||
      TOWN_BUILDING_INVESTMENT.test(name)) &&
    !lookupIndicator(name)
  )
    return generated(name);
  // 规模以上先进制造业增加值: a class of manufacturing the catalogue lacks, told within 规模以上 industry.
  const scoped = SCOPED_MANUFACTURING.exec(name)?.[1];
  if (scoped && !lookupIndicator(name) && !lookupIndicator(`${scoped}增加值`))
    return generated(`${scoped}增加值`);
  if (KIND_FIRMS_OUTPUT.test(name) && !lookupIndicator(name)) return generated(name);
  // 规模以上非煤工业增加值X亿元: industry above the size line less one branch, its level too (F7273).
  if (isScopedRestOfIndustry(name) && !lookupIndicator(name)) return generated(name);
  if (USE_ELECTRICITY.test(name)) return generated(name);
  if (RESEARCH_SPENDING.test(name) && !lookupIndicator(name)) return generated(name);
  if (COUNTED_BRANCHES.test(name)) return generated(name);
  // 甲、乙、丙三大主导产业实现主营业务收入X亿元: a counted group's revenue, its name longer than AGGREGATE_NAME's reach.
  if (name.includes('大') && COUNTED_GROUP_REVENUE.test(name)) return generated(name);
  // 甲、乙两个县域特色产业集群实现营业收入: a counted group of clusters, named by the group.
  const clusters = name.includes('集群') ? COUNTED_CLUSTERS.exec(name) : null;
  if (clusters?.[1] && clusters[2]) return generated(clusters[1] + clusters[2]);
  // 智能装备及智能制造产业集群产值: one named cluster's figure, its 及 joining no two names (F7195).
  if (isNamedClusterFigure(name) && !lookupIndicator(name)) return generated(name);
  // 规模以上工业战略性新兴产业产值X亿元: a scoped class of industries' output, named as written (F7196).
  if (isScopedClassOutput(name) && !lookupIndicator(name)) return generated(name);
  if (TOURISM_VISITS.test(name) && !lookupIndicator(name)) return generated(name);
  if (
    (GRADED_SIGHT_VISITS.test(name) ||
      VISITOR_PER_HEAD.test(name) ||
      TOURISM_KIND.test(name) ||
      SECTOR_TAX.test(name)) &&
    !lookupIndicator(name)
  )
    return generated(name);
  // 煤炭开采和洗选业产值占规模以上工业总产值的比重达A%: a classified branch's output, its share of industry's.
  if (CLASSIFIED_BRANCH_OUTPUT.test(name) && !lookupIndicator(name)) return generated(name);
  // 农林牧渔专业及辅助性活动产值, 开采专业及辅助性活动: the 及 inside the name of one branch of the
  // national classification of industries joins no two names either; nor does the 及 of an industry chain
  // named with its parts (汽车及零部件产业产值, 电子信息及软件产业增加值: one 产业 a district's bureau reports).
  // Nor is the 的 of the classification's 酒的制造(业) a possessive (its share of industry: session 33, fixleft33b).
  if (
    NOT_AN_AGGREGATE.test(
      name
        .replace(/及以上/g, '以上')
        .replace(/专业及辅助性活动/g, '专业辅助性活动')
        .replace(/^酒的制造业/, '酒制造业')
        .replace(CHAIN_AND_PARTS, ''),
    ) ||
    lookupIndicator(name)
  )
    return null;
  if (
    ASSET_PROCEEDS.test(name) ||
    ACTUAL_ONLY.test(name) ||
    LABOUR_INCOME.test(name) ||
    FARMERS_SALES_INCOME.test(name) ||
    DRIVEN_BY.test(name) ||
    DEBT_SERVICE.test(name) ||
    UNPAID_FINDING.test(name) ||
    GUARANTEE_PART.test(name)
  )
    return null;
  return AGGREGATE_NAME.test(name) || AGGREGATE_INVESTMENT.test(name) || TOURISM_SPENDING.test(name)
    ? generated(name)
    : null;
}

/**
 * “三保”支出X万元，包括保基本民生支出…、保工资支出…、保运转支出…: the three parts of the guaranteed spending, facts
 * only (mingtuo, guosu; no answer names one), the whole a budget account of its own. Session 38, fixleft38.
 */
const GUARANTEE_PART = /^(?:包括|其中)?保(?:基本民生|工资|运转)支出$/;

/**
 * 盘活闲置房产…实现出租收入X万元, 处置收入上缴国库X万元: what idle or scrapped assets brought in, the result of
 * one piece of asset work (a fact, as a project's figures are), not an aggregate of the economy. Session 28, fix90.
 */
const ASSET_PROCEEDS = /^(?:出租|处置|拍卖|变卖)收入$/;

/**
 * 年初预算安排预备费X万元，实际支出Y万元: what was actually spent of the item just named (a reserve fund, a
 * grant), no account of the budget: 实际 names no spending of its own. Session 29, fix94.
 */
const ACTUAL_ONLY = /^实际(?:支出|收入)$/;

/**
 * 输转城乡富余劳动力X万人次，实现劳务收入Y亿元: what the workers a county sends out earn, the result of its
 * labour-export work told beside the count of workers (a fact, as that count is: three counties'
 * answers), not an aggregate of the county's economy. Session 29, fix95. 输出劳务N万人次，创劳务收入X亿元: the same
 * income after the verb 创 (创造) a county's news page writes for it (session 44, fix358, F7271).
 */
const LABOUR_INCOME = /^(?:创造?)?(?:劳务|务工)(?:输出|输转)?收入$/;

/**
 * 蔗农售蔗收入X亿元, 烟农售烟收入, 蚕农售茧收入: what a crop's growers were paid for it, the money side of the crop's
 * purchase told beside its output (facts only, as the 收购量 and the outputs are: fumeng, funong, sangba, yacen, yarong
 * and taihan answer it so, none as an observation), not an aggregate of the economy. Session 46, fix390, F7931.
 */
const FARMERS_SALES_INCOME = /^[\u4e00-\u9fa5]{1,2}农(?:出)?售[\u4e00-\u9fa5]{1,2}(?:总)?收入$/;

/**
 * 举办消费季活动46场，带动销售额约5.3亿元: what an event or a policy drove (带动, 拉动, 撬动), its effect told after
 * the count of events, a fact, not an aggregate of the economy (session 30, fix104).
 */
const DRIVEN_BY = /^(?:带动|拉动|撬动|促成|实现带动)/;

/**
 * 上半年全县政府债务还本付息支出X万元: the debt service paid, told with the bonds and the balance (facts, as yingban's
 * 还本付息X万元 and mingtuo's answers give it), no kind of budget spending (session 30, fix104).
 */
const DEBT_SERVICE = /还本付息/;

/**
 * 应缴未缴国库非税收入X万元, 欠缴税款…: an audit's finding of revenue owed and not paid in, an amount of one
 * finding (a fact), no kind of budget revenue (fix215).
 */
const UNPAID_FINDING = /^(?:应缴未缴|应缴未|应收未收|应征未征|未缴|欠缴|少缴)/;

/**
 * 研究与试验发展（R&D）经费支出, R&D经费投入: the spending on research a communique gives with its share of
 * GDP, a named spending whose full name holds a 与 and a Latin gloss the plain reading refuses; that share
 * itself, 全社会研究与试验发展（R&D）经费投入强度 (R&D经费投入强度 in a goal), named as written; so is the same share
 * written out, 全社会研发经费支出相当于地区生产总值的比例 (fix133); and 全社会研发投入强度, 经费 left out (fix289, F5995).
 */
const RESEARCH_SPENDING =
  /^(?:全社会)?(?:研究与(?:试验|实验)发展(?:\((?:r&d|R&D)\))?|r&d|R&D)经费(?:支出|投入(?:强度)?)$|^(?:全社会)?研发(?:经费)?投入强度$|^(?:全社会)?研发经费(?:支出|投入)相当于(?:地区生产总值|GDP)的比例$/;

/**
 * 煤炭和电力两个行业增加值, 白酒、食品两大产业产值: branches joined by 和 or 、 and closed by their count are
 * one group named as a whole (its share of industry follows), not a list whose figures are distributed
 * (which has no count before 行业/产业); the 和 the plain reading refuses is inside the name. 甲、乙和丙三大主导产业产值:
 * the group's kind (主导, 支柱) between its count and 产业 (session 28, fix90).
 * 甲、乙两个行业占规上工业的比重: the group named bare before its share (the 占 and its base cut off; session 34,
 * fix169). The members after the first may run to eight characters (session 34, fix178).
 */
/**
 * 甲、乙、丙三大主导产业实现主营业务收入X亿元: a counted group's revenue (its verb taken off by INNER_VERB), named
 * as written like its value added (session 47, fix407, F8419).
 */
const COUNTED_GROUP_REVENUE =
  /^[\u4e00-\u9fa5、]{0,36}?(?:[两二三四五六七八九]|[2-9])大(?:主导|支柱|重点|优势|特色|新兴)?(?:产业|行业)(?:主营业务收入|营业收入)$/;

const COUNTED_BRANCHES =
  /^[\u4e00-\u9fa5]{2,6}(?:(?:和|、)[\u4e00-\u9fa5]{2,8}){1,3}(?:两|二|三|四|[2-4])(?:个|大)(?:主导|支柱|重点|优势|特色)?(?:行业|产业)(?:增加值|产值)?$/;

/**
 * 甲、乙两个县域特色产业集群实现营业收入X亿元: the province's named clusters of a county's firms (河北's 县域特色产业集群),
 * counted after their members, the group's revenue or output named by the group, as a counted group of 产业 is; the
 * members (cut at the 、) and the count are no part of the name (session 35, fix208).
 */
const COUNTED_CLUSTERS =
  /^[\u4e00-\u9fa5]{2,8}?(?:两|二|三|四|五|六|[2-9])(?:个|大)((?:县域)?(?:主导|支柱|重点|优势|特色|新兴)?(?:产业)?集群)(?:实现|完成)?(营业收入|主营业务收入|产值|增加值)$/;

/** 产业投资增长8%左右: a kind of investment a goal list names bare. */
const INVESTMENT_KIND = /^[\u4e00-\u9fa5]{2,4}投资$/;

/**
 * The rate a goal names, as written, or null; with `growth` (the figure is a growth), a kind of
 * investment named bare (产业投资增长8%左右) too.
 */
export function rateIndicator(subject: string, growth = false): NamedIndicator | null {
  // ——人口自然增长率控制在6‰以内: the dash that opens a goal line is no part of the name.
  const name = subject.replace(/\s+/g, '').replace(/^[—–-]+/, '');
  if (growth && INVESTMENT_KIND.test(name)) return generated(name);
  // R&D经费投入强度达到2.2%: the research spending's share of GDP, a rate by another name.
  if (/强度$/.test(name) && RESEARCH_SPENDING.test(name) && !lookupIndicator(name)) return generated(name);
  // 草原综合植被盖度稳定在57%以上: a vegetation cover rate, named 盖度 (F7191).
  if (isVegetationCover(name)) return generated(name);
  if (!RATE_NAME.test(name) || NOT_A_RATE.test(name) || LIVESTOCK_RATE.test(name)) return null;
  return generated(name);
}

/** An indicator the catalogue lacks, under the name as written. */
export function generatedIndicator(name: string): NamedIndicator {
  return generated(name);
}

function generated(name: string): NamedIndicator {
  const entry: CatalogueEntry = {
    code: generatedCode(name),
    name,
    nameEn: '',
    aliases: [],
    category: 'other',
    unit: null,
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  };
  return { entry, name };
}
