// Clauses of a prose sentence and the catalogue indicator each one names: where a clause starts,
// what its subject is once scope words (全县, 累计) are stripped, and which name stands before a figure.

import { CATALOGUE, type CatalogueEntry } from './catalogue.js';
import { normaliseName } from './normalise.js';
import { readOrdinal } from './numbers.js';
import { withoutCauseLead } from './prose-cause-lead.js';
import { AMOUNT_CHANGE, earlierPeriodGap, FOLLOW_ON, PULL_VERB } from './prose-clause-kinds.js';
import type { FigureClause } from './prose-figure-clause.js';
import { fromTheEnd, strippedEnd } from './suffix-patterns.js';

/** A catalogue indicator as a clause names it. */
export type NamedIndicator = { entry: CatalogueEntry; name: string };

/** joinIndicator's answers by key and clause, emptied when full. */
const JOINS_READ = new Map<string, { read: NamedIndicator; shared: boolean } | null>();
const JOINS_KEPT = 8192;

/** Catalogue names and aliases, longest first, for finding an indicator inside a clause. */
export const NAMES: ReadonlyArray<{ name: string; entry: CatalogueEntry }> = CATALOGUE.flatMap((entry) =>
  [entry.name, ...entry.aliases]
    // Chinese names, and Latin abbreviations of three letters or more (GDP, CPI).
    .filter((name) => /[\u4e00-\u9fa5]/.test(name) || /^[A-Za-z]{3,}$/.test(name))
    .map((name) => ({ name: normaliseName(name), entry })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * What ends a clause, by character code: `clauseStartBefore` walks back a character at a time, and a
 * pattern's test of each character (`/[,;:、。!?()]/`) was 0.6% of the parser's time (session 32).
 */
const CLAUSE_BREAKS = new Set([...',;:、。!?()'].map((ch) => ch.charCodeAt(0)));
// 对 before a clause's subject is a link, but 对俄贸易额, 对东盟出口, 对共建“一带一路”国家出口 name trade with a
// partner: 对 is the name's.
// 1—5月新增就业岗位…: a span of months opens a clause with any dash a bureau types (-, —, –), as CONNECTOR reads it.
// 将债务率控制在A%以内: the 将 that sets a rate's name before the verb of its ceiling or floor.
// 开发区实现营业收入…: a zone's report names itself by its kind before the verb, as a county's says 全县 (whose
// figure it is namedOtherPlace decides; session 38, fix257).
const LEADING_SCOPE =
  /^(?:将(?=[\u4e00-\u9fa5]{1,10}(?:率|比重|占比)$)|其中|截至?(?:目前|\d+月(?:底|末)?)|截止\d+月|今年以来|上半年|一季度|前三季度|全年|\d+[-—–]\d+月|[和、](?=上半年|一季度|前三季度|\d+[-—–]\d+月)|全市|全县|全区|全镇|全旗|我市|我县|我区|该市|该县|该区(?!域)|该旗|(?:开发区|高新区|经开区|园区)(?=实现|完成|累计)|累计|已|对(?!(?:(?:俄|日|美|韩|欧|非|蒙|东盟|港|澳|台)[\u4e00-\u9fa5]{0,4}?|(?:共建)?“一带一路”(?:共建|沿线)?国家(?:和地区)?)(?:贸易|出口|进口))|在|实现|完成|为)+/;
// 甲收入年初预算X万元，实际完成Y万元: the budget named after the revenue is no part of its name; nor is a draft's
// 预期 (乙收入预期X万元, the revenue the catalogue may lack; fix225).
// 甲收入预算安排X万元: a draft budget's 预算 before its verb 安排 is no part of the name either (fix246).
// 预计全年…；甲预计可完成X万元: a forecast's 可完成 (可实现) as its 可达到 (session 51, fix482_483, F10278;
// fix486_487's F10365 the same form).
const TRAILING_LINK =
  /(?:仅|只|在[\u4e00-\u9fa5]{2,12}?(?:带动|拉动|推动|刺激|影响)下|受[\u4e00-\u9fa5]{2,12}?影响|已|同口径|按?(?:自然|可比)口径(?:计算)?|名义|按?(?:可比价?格?|不变价格?|现价|现行价格?|当年价格?)(?:计算)?|由(?:\d+-\d+月|第?[一二三]季度|上半年|1-\d+月)|同比|比上年同期|比上年|比去年同期|较上年|分别|累计|共计|合计|共|实现|完成|可达到?|可(?:完成|实现)|有望达到?|达到|达|为|(?:预计|(?<=收入|支出)预算)?安排|控制在|稳定在|保持在|约|超过|近|了|有|是|至|的|增长|下降|(?<=率)降(?=至|到)|(?<=占比|比重)(?:下降|降低|回落)(?:到|至)|(?:提高|提升|恢复|回升)(?:到|至)|(?<!收入|支出)总计|(?:首次)?突破|(?<=[\u4e00-\u9fa5]{4})[降跌]幅(?=$|要|力争|争取)|(?<=[\u4e00-\u9fa5]{4}(?:完成|达到))(?:年初|年度|全年|调整)预算(?:数)?|(?<=收入|支出)(?:年初|年度|全年)预算数?(?:为|是)?|(?<=收入|支出)预期)+$/;
const TRAILING_LINK_END = fromTheEnd(TRAILING_LINK);
/**
 * What may stand between an indicator name and its figure (a share's fall to its figure too: 税收占比下降到A%,
 * the share it reached, session 26, fix79): 同比, 实现, 控制在, an adverb (能耗仅下降) …,
 * 全年 before a goal's verb or figure (确保固定资产投资全年增长10%以上, 城镇新增就业全年7000人以上, 工业总产值全年突破N亿元),
 * the growth rate's move to the figure (增速回落到A%: the rate it fell to, not a fall; 增速年底回升至B%以上, the
 * year's end a goal's growth is to reach by, session 29, fix96), and a level
 * brought to a goal's figure (城镇化率提高到67.5%, 旅游总收入恢复到100亿元以上: the figure it reaches); a fall
 * held to a bound (外贸进出口总额力争降幅收窄到10%以内: the fall's ceiling, a goal); a level brought back to a
 * share of last year's (固定资产投资恢复到上年的A%以上: a recovery goal after a fall, its figure the share); a cause
 * the figure came under (零售额在以旧换新政策带动下增长A%: what drove it, no part of the name; session 27, fix86;
 * 冶金行业受重点企业检修影响下降A%: what held it back, session 28, fix90);
 * a share judged as it is given (占规上工业的比重仍高达A%: 仍高达 the degree, no part of the name; fix84b;
 * 税收占比只有A%, a speaker's regret at a low share, session 30, fix105; 全年甲要实现增长A%的目标, a speaker's
 * modal before the verb of a goal, session 31, fix119); a level back above a mark it fell below (社会消费品零售总额
 * 重回X亿元以上, a goal's figure; fix224).
 */
// 甲收入实际完成, 甲收入年初预算X万元: 实际 before the verb and the year's budget join the name to the figure (fix225).
// 甲支出预算安排X万元: a draft's 预算安排 joins them too (fix246); 甲收入决算数为X万元: a 决算 report's outcome
// (session 38, fix271). 甲投资计划为X亿元: the year's plan for it, told by 计划为 (F10399). 出口降幅仍达X%: an adverb between a fall's size and its verb (session 46, fix395, F8343).
// 全县财政收入的奋斗目标为X亿元: the goal named after the indicator and its 的, before 为 (session 51, fix484, F10294).
const CONNECTOR =
  /^(?:要(?=实现|完成|达到|力争|确保|争取)|在[\u4e00-\u9fa5]{2,12}?(?:带动|拉动|推动|刺激|影响)下|受[\u4e00-\u9fa5]{2,12}?影响|由?(?:19|20)\d{2}年(?:的$|(?=$|为|同比|增长|下降|达到?|实现|完成))|当月(?=同比|增长|下降|$)|(?<=增速|增幅)(?:到|至)?(?:年底|年末)前?(?=回升|回到|提高|提升|恢复|达到?|$)|(?:增速|增幅|涨幅)(?:回落|放缓|下降|下滑|回升|提高|上升|加快|提升)(?:到|至)|仅|只|已|同口径|按?(?:自然|可比)口径(?:计算)?|名义|按?(?:可比价?格?|不变价格?|现价|现行价格?|当年价格?)(?:计算)?|由(?:\d+[-—–]\d+月|第?[一二三]季度|上半年)的?|(?:比重|占比)(?:为|达到?)?|(?<=比重|占比)(?:仍然?|依然|依旧)?(?:高达|低至)|(?<=[降跌]幅)(?:仍然?|依然|依旧)(?=达|为)|(?<=比重|占比)(?:仅|只)有|(?<=增长)(?:仅|只)有|(?:占|完成|为)了?(?:年度?|全年|年初)(?:预算|计划目标|计划|目标任务|任务|预期目标|预计目标|目标)的|(?:占|完成|为)了?预算的|(?:占|完成|为)了?(?:年度|年初)?调整后?的?预算的?|实际(?=完成|实现)|(?:年初|年度|全年)预算数?(?:为|是)?|决算数?(?=为|是)|(?:全年|年度|年)?计划(?=为|是)|同比|比上年同期|比上年|比去年同期|比去年|较上年同期|较去年同期|较上年|较去年|与上年同期|与去年同期|与上年|与去年|比年初|较年初|两年平均|[两二三四五六七八九十]年(?=累计)|累计|共计|共|力争|确保|争取|预计|预期|预算(?=安排)|安排|全年(?=实现|完成|达到?|增长|下降|(?:首次)?突破|$)|实现|完成额|完成投资|完成|可达到?|可(?:完成|实现)|有望达到?|达到|达|为|控制在|稳定在|保持在|(?:提高|提升|恢复|回升)(?:到|至)|重回|重返|(?<=(?:恢复|回升)(?:到|至))(?:上年|去年)(?:同期)?(?:水平)?的|(?<=占比|比重)(?:下降|降低|回落)(?:到|至)|(?:首次)?突破|不低于|不少于|不高于|不超过|增长|(?:确保|奋斗|预期|年度|全年|指导性?)?目标(?:为|是)?|的(?:奋斗|预期|年度|全年)?目标(?:任务)?(?=为|是)|(?:回到|回升到|回归到?)(?:年初|全年|年度)?(?:确定的?)?(?:预期|奋斗|计划)?目标|占[\u4e00-\u9fa5a-z]{1,10}?的?(?:比重|份额)(?:为|达到?)?|占[\u4e00-\u9fa5a-z]{2,12}?的|增长率|增速|增幅|降幅|(?<=[降跌]幅(?:要|力争|争取)?)(?:收窄|缩小|压缩)(?:到|至|在)|涨幅|总额|总量为?|分别|了|约|虽然?(?=比|较)|(?:比|较|与|和|同)(?:第?[一二三四]季度|上半年|前三季度|上季度|上月|\d+[-—–]\d+月|\d+月份?|(?:上|去)年全年)(?:加快|回落|提高|放缓|收窄|扩大|上升|下降|提升|回升)?)*$/;
/**
 * 汽车零部件产业受整车订单回落影响，实现产值X亿元: the cause the subject came under, between it and its verb (a
 * comma after it only pauses the clause), is no part of the name (session 30, fix104).
 */
const CAUSE_INSIDE =
  /(?<=[\u4e00-\u9fa5]{2})受[\u4e00-\u9fa5]{2,12}?影响,?(?=(?:同比)?(?:实现|完成|增长|下降))/;

/**
 * 确保全年一般公共预算收入完成年初预算X万元: the budget the subject's figure is held to, named between the verb and
 * the figure, is no part of the subject (session 30, fix104). So is the year's plan in 确保全年固定资产投资完成年度
 *计划X亿元、增长A%以上: the plan the amount is held to, the subject the investment (F8643).
 */
const BUDGET_AFTER_VERB =
  /(?<=[\u4e00-\u9fa5]{4}(?:完成|达到))(?:(?:年初|年度|全年|调整)预算数?|(?:年初|年度|全年)计划(?:目标)?)$/;

export function cleanSubject(clause: string): string {
  // 人口 年末全县常住人口…, 财政收入 全年财政收入…: a communiqué's run-in topic word before its paragraph.
  let subject = clause.trim().replace(/^[\u4e00-\u9fa5]{2,6}[ \t\u3000]+(?=[\u4e00-\u9fa5])/, '');
  // 汽车零部件产业受整车订单回落影响，实现产值: the cause between the subject and its verb is no part of it.
  if (subject.includes('受')) subject = subject.replace(CAUSE_INSIDE, '');
  for (let k = 0; k < 3; k++) {
    const stripped = strippedEnd(subject.replace(LEADING_SCOPE, ''), TRAILING_LINK, TRAILING_LINK_END).trim();
    // A pass that changes nothing leaves the next ones nothing to change either: most subjects are clean
    // after one (cleanSubject, three passes on every clause, was 2.2% of the parser's time; session 29).
    if (stripped === subject) break;
    subject = stripped;
  }
  return subject;
}

const JOIN_WINDOW = 40;
/** Words before a name that make it another, narrower indicator than the catalogue's. */
const NARROWING: ReadonlyArray<{ before: RegExp; applies: (name: string) => boolean }> = [
  // 非房地产投资, 非公经济: what is not the indicator, the rest of a whole, not the indicator itself; so is
  // 非煤工业增加值 (industry less coal), 非农产业增加值: 非 and a narrowing word before the name.
  { before: /(?:^|[^并是])非[\u4e00-\u9fa5]{0,4}$/, applies: () => true },
  // 其中区县级财政收入完成X亿元 (天津's counties and districts): 区县级 is one level word, the district-or-county
  // level, not a qualifier before 县级; the name stays as written (held-out-354, F7183).
  { before: /区$/, applies: (name) => name.startsWith('县级') },
  { before: /区县级$/, applies: () => true },
  // 人均地区生产总值 is another indicator than 地区生产总值.
  { before: /人均[\u4e00-\u9fa5]{0,4}$/, applies: (name) => !name.includes('人均') },
  // 低收入农户人均可支配收入, 脱贫人口人均可支配收入: one named group's income, not the place's residents'
  // (session 33, fix157). So is 移民人均可支配收入, 搬迁群众人均可支配收入: the resettled households' (F6053, fix294).
  {
    before:
      /(?:低收入(?:农户|人口|群体|家庭)|脱贫(?:户|人口|群众|劳动力)|监测(?:对象|户)|农民工|(?:生态)?移民(?:群众|户)?|(?:易地)?搬迁(?:群众|人口|户))$/,
    applies: (name) => name.includes('收入'),
  },
  // 规上工业企业亩均税收, 亩均工业增加值: a figure per mu of land used, not the whole revenue or output.
  { before: /(?:亩均|地均)$/, applies: () => true },
  // 限电影响规模工业产值约1.2亿元: the output a shortage cost, an estimate of a loss, not the output (fix459, F9608);
  // 受限电影响工业增加值仅增长3% is the output itself, the cause said before it.
  { before: /^[^受]*影响$/, applies: () => true },
  // 重点税源企业入库税收, 重点企业缴纳税收: the taxes of the firms a bureau follows one by one, a part of the
  // tax revenue, not all of it (session 35, fix190).
  { before: /重点(?:税源)?(?:企业|户)(?:入库|缴纳|实现|完成)?$/, applies: (name) => name.includes('税') },
  // 上划中央税收: the taxes passed up to the centre, the 2001-era name of the 上划中央收入 account beside the county's own
  // 地方财政收入, not the tax revenue (named as written by budget-accounts.ts; session 51, fix481, F10256).
  { before: /上划(?:中央|中|省|市|级|和|及|、){1,8}$/, applies: (name) => name.startsWith('税收') },
  // 限上社会消费品零售总额 is the retail sales of firms above the quota, not all retail sales; so is
  // 限额以上单位网上零售额 the online sales of the units above it, not all online sales.
  { before: /(?:限上|限额以上)(?:单位|企业)?$/, applies: () => true },
  // 国有控股工业增加值, 民营经济增加值, 园区规上工业增加值: one ownership's or one area's part of the
  // indicator, not the whole of it.
  {
    before:
      /(?:国有(?:控股)?|民营|私营|非公有制|外商(?:及港澳台商?)?投资|股份制|集体|县域|城区|园区|开发区|高新区)(?:企业|经济)?(?:规上|规模以上|规模)?$/,
    applies: () => true,
  },
  // 先进制造业增加值, 消费品制造业增加值: one branch of manufacturing, not all of it (the branches
  // the catalogue knows, 装备制造业 and 高技术制造业, are found as their own longer names first).
  {
    before: /(?:装备|高技术|高端|先进|传统|消费品|原材料|新兴|战略性新兴产业)$/,
    applies: (name) => name.startsWith('制造业') || name.startsWith('规上制造业'),
  },
  // 电气机械和器材制造业增长18.4%, 计算机、通信和其他电子设备制造业增加值增长A%: a branch; 制造业
  // is all of it only after a scope, a period or nothing.
  {
    before: /^(?!.*(?:全[市县区省州旗]|规上|规模以上|其中|看|中|[年度月])$).*[\u4e00-\u9fa5]$/,
    applies: (name) => name.startsWith('制造业') || name.startsWith('规上制造业'),
  },
  // 轻工业增加值, 石油加工业增加值, 八大重点产业工业增加值, 园区规模工业增加值, 数字经济规上工业增加值,
  // 县域规上工业增加值, 城区规上工业增加值 (one area's industry), 高加工度工业增加值, 高耗能工业增加值 (one
  // class of industries a bureau groups), 区属地方工业增加值 (the industry a level of government holds; fix344,
  // F7002), 乡及乡以上工业总产值 (the firms of township level and above, a 2001 county's 其中 under all industry;
  // F9554), 乡镇工业总产值 (the township and village firms' industry; session 50, fix462, F9871): a part of industry,
  // not all of it.
  {
    before:
      /(?:[轻重]|加|加工度|高耗能|产业|行业|民营|国有|园区|高新技术|高技术|数字经济|县域|城区|市区|镇域|[市县区镇乡]属(?:地方)?|乡及乡以上|乡镇)(?:规模|规上|规模以上)?(?:共|合计|累计)?(?:实现|完成)?$/,
    applies: (name) => /^(?:工业|规模工业|规上工业|规模以上工业)/.test(name),
  },
  // 全部工业总产值, 全部工业产值: the output of firms of every size, which a county gives before its 规模以上 part;
  // the catalogue's bare 工业总产值 is the 规模以上 alias, so the whole is named as written (F10012). 全部工业增加值
  // is the catalogue's own longer name, found first.
  { before: /全部$/, applies: (name) => /^工业(?:总)?产值/.test(name) },
  // 钢铁工业增加值, 食品工业增长A%, 纺织工业: the industry of one product, a branch, not all industry.
  // 甲化工业增加值 (磷化工业, 煤化工业, 精细化工业): the 甲化工 branch, its 化 before 工业 (fix115).
  // 焦化工业增加值, 焦炭工业, 炼焦工业, 陶瓷工业, 铸造工业: the coking and materials branches the coal and
  // ceramics counties' 公报 name beside 煤炭工业 (session 38, fix265).
  // 煤炭工业投资X亿元: the coal branch's own investment, not all industry's (session 51, fix486_487, F10368).
  {
    before:
      /(?:钢铁|食品|纺织|服装|化学|化工|石化|建材|医药|冶金|机械|电子|有色|电力|能源|煤炭|汽车|轻纺|烟草|造纸|家具|森林|船舶|航空|[磷煤盐氟硅氯焦]化|精细化|焦炭|炼焦|煤焦|陶瓷|铸造|水泥|玻璃|皮革)$/,
    applies: (name) => name.startsWith('工业'),
  },
  // 棉纺织业增加值, 毛纺织业, 麻纺织业, 丝绢纺织业: the classification's classes under 纺织业 (GB/T 4754's 棉纺织及
  // 印染精加工, 毛纺织…), one fibre's mills, not all textiles (held-out-375 shayuan; session 45, fixmisc, F7734).
  { before: /(?:棉|毛|麻|丝绢?|化纤)$/, applies: (name) => name.startsWith('纺织业') },
  // 农村牧区居民人均可支配收入, 城镇居民…: one group's income; a catalogue alias the longer name lacks
  // must not make it all residents' income.
  {
    before: /(?:农村|城镇|城市|牧区|农牧区|农牧民|职工)(?:常住)?$/,
    applies: (name) => name.startsWith('居民') || name.startsWith('人均可支配收入'),
  },
  // 城镇固定资产投资, 农村（农户）固定资产投资: the two halves older reports split investment into, each
  // a named aggregate of its own, not all investment.
  { before: /(?:城镇|农村|农户|乡村|牧区)$/, applies: (name) => name.startsWith('固定资产投资') },
  // 冬季接待游客, 夏季旅游收入: one season's visitors or takings (a tourist county's winter drive), not the
  // period's or the year's tourism (fix239).
  {
    before: /(?:冬季|夏季|春季|秋季|冬春季?|暑期|旅游旺季)$/,
    applies: (name) => /^(?:接待)?(?:游客|旅游)/.test(name),
  },
  // A级旅游景区接待游客, 4A级景区接待游客: the visitors of the graded sights, a part of the place's visitors,
  // not all of them (session 39, fixleft39c, F5901).
  {
    before: /(?:[1-5]?[Aa]级|[1-5][Aa])(?:旅游)?景区$/,
    applies: (name) => /^(?:接待)?(?:游客|旅游)/.test(name),
  },
  // 小春粮食产量, 春收粮食产量, 夏粮食产量: one season's harvest, not the year's grain.
  { before: /(?:小春|大春|[春夏秋冬早晚]收?)$/, applies: (name) => name.startsWith('粮食') },
  // 营利性服务业增加值, 其他营利性服务业: one kind of services, not the whole tertiary sector; nor is
  // 现代服务业增加值 (modern services, a named part a district reports beside its tertiary sector).
  // 租赁和商务服务业增加值, 科学研究和技术服务业: a branch of services the national classification names (session 30, fix102).
  {
    before: /(?:营利性|非营利性|其他|生产性|生活性|现代|商务|技术)$/,
    applies: (name) => name.startsWith('服务业'),
  },
  // 协调金融机构向园区企业新增贷款, 向小微企业发放贷款: the loans lent to one group of borrowers (a park's
  // firms, small firms), not the banks' loans in the place (session 30, fixleft30).
  { before: /向[\u4e00-\u9fa5]{2,12}$/, applies: (name) => name.includes('贷款') },
  // 协调金融机构新增贷款X亿元, 协调银行投放贷款: the loans a bureau got the banks to lend, a measure it took (a
  // fact), not the change of the place's loans (session 39, fixleft39c, F5903).
  {
    before: /(?:协调|争取|对接|引导|推动)(?:各?[\u4e00-\u9fa5]{0,4}(?:金融机构|银行))[\u4e00-\u9fa5]{0,4}$/,
    applies: (name) => name.includes('贷款'),
  },
  // 用于民生的财政支出, 用于教育方面的支出: the spending on one purpose, a named part of spending, not all of it.
  { before: /用于[\u4e00-\u9fa5]{1,8}的$/, applies: (name) => name.endsWith('支出') },
  // 服务业用电量, 居民生活用电量: one kind of use, not all electricity consumed.
  {
    before: /^(?!.*(?:全[市县区省州旗]|全社会|其中|看)$).*[\u4e00-\u9fa5]$/,
    applies: (name) => name === '用电量',
  },
  // 其中，当月规模以上工业增加值同比增长9.9%: the month alone, not the report's period.
  // 9月份当月规模以上工业增加值…: the month is named, so the figure is the month's own (figure-period), read.
  { before: /(?<!\d\s*月份?\s*)(?:当月|单月)(?:全[县市区])?(?:规模以上|规上|规模)?$/, applies: () => true },
  // 金融机构存贷款余额748.5亿元 with one figure: deposits and loans together, not the loans (a pair of
  // figures, 存贷款余额分别…, is split into both before this).
  { before: /存$/, applies: (name) => name.startsWith('贷款') },
  // 到位资金X亿元，其中银行贷款a亿元，企业自筹b亿元: a source of projects' funds, not the banks' loan
  // balance (银行贷款余额 holds the balance's own longer name).
  { before: /银行$/, applies: (name) => name === '贷款' },
  // 网上商品零售额, 网络零售额: sales online, not all retail sales; so is 通过公共网络实现的商品零售额 (the sales
  // a relative clause qualifies, a longer name than the catalogue's).
  {
    before: /(?:网上|网络|线上|通过[\u4e00-\u9fa5]{1,8}实现的?)$/,
    applies: (name) => name.endsWith('零售额'),
  },
  // 通讯器材类商品零售额: the retail sales of one kind of goods, not of all goods.
  { before: /类$/, applies: (name) => name.endsWith('零售额') },
  // 八大重点产业链工业增加值: the industry of some chains of firms, not all industry.
  { before: /(?:产业链|产业集群)$/, applies: (name) => name.startsWith('工业') },
  // 帮助企业获得银行贷款7.35亿元, 争取贷款: loans a department obtained for firms, its own work, not the
  // balance of all loans.
  {
    before: /(?:获得|争取到?|协调|撬动|促成|对接|发放)(?:银行|金融机构)?$/,
    applies: (name) => name.length <= 2,
  },
  // 创业担保贷款, 个人住房贷款: a kind of loan (or deposit), not all of them; so are 落实林果业贷款,
  // 畜牧业贷款 (the loans one sector was lent, a programme's figure beside its 贴息) and 房地产业税收
  // (one sector's tax, not all tax revenue).
  // 制造业贷款余额 after 其中 under all loans: one sector's balance, a named part (session 27, fix86); so are
  // 普惠小微贷款余额 and 绿色贷款余额 (the small firms' and the green loans, session 29, fix95); so are
  // 发放项目贷款 (the loans lent to the key projects, a programme's figure among its funds and land; session 30, fix100).
  {
    before:
      /(?:担保|助学|扶贫|小额|住房|消费|经营性|普惠|小微|小微企业|涉农|绿色|贴息|惠企|信用|项目|[\u4e00-\u9fa5]业)$/,
    applies: (name) => name.length <= 2 || name === '贷款余额',
  },
  // 对共建“一带一路”国家出口, 一般贸易出口, 特色农产品出口: the exports to some partners, of one trade
  // mode or of one kind of goods, a named part of exports (as 对东盟出口 keeps its 对), not all of them;
  // so is 边境小额贸易进出口 one mode's whole trade (session 28, fix92). 对甲进出口额, 对乙出口: the trade with one
  // partner named by its short name (as LEADING_SCOPE keeps its 对), a part of all trade too (fix239).
  // 甲茶叶出口额, 水果出口额: one commodity's exports named before them, a part too (fixtail37). 跨境电商出口,
  // 跨境电子商务进出口: one channel's trade, a part named as written (session 49, fix460, F9714).
  {
    before:
      /(?:国家|地区|贸易|产品|商品|市场|(?:跨境)?电商|(?:跨境)?电子商务|对(?:俄|日|美|韩|欧|非|蒙|东盟|港|澳|台)[\u4e00-\u9fa5]{0,4}?|(?:茶叶|水果|蔬菜|食用菌|中药材|花卉|蔗糖|食糖|石材|陶瓷|钢材|服装|鞋类?|家具|纺织品|机电|光伏|锂电池|汽车|船舶))进?$/,
    applies: (name) => /^(?:出口|进口|进出口)(?:总?额)?$/.test(name),
  },
  // 外贸出口X万美元，其中甲果汁出口Y万美元: the goods named right after 其中 are one commodity's part of the exports
  // before them, never all of them, whatever the goods (session 48, fix431, F9010). 其中自营出口 after the whole
  // trade: the firms' own-account exports, the exports of older reports (外贸自营出口 unchanged; fix459, F9603).
  {
    before: /(?:^|[,，;；])其中(?!实现|完成|累计|全年|当年|外贸|对|自营)[\u4e00-\u9fa5]{2,6}$/,
    applies: (name) => /^(?:出口|进口)(?:总?额)?$/.test(name),
  },
  // 农村网络零售额, 农产品网络零售额: the countryside's or the farm goods' online sales, a part of them.
  { before: /(?:农村|农产品)$/, applies: (name) => name.startsWith('网络零售额') },
  // 其中进口货运量X万吨, 出口货运量Y万吨 under a port's 进出口货运量: one way's cargo, a part named as written, not
  // all freight (the two ways together, 进出口货运量, stay the catalogue's; fix275).
  { before: /(?:^|[^进])出口$|进口$/, applies: (name) => name === '货运量' || name === '货物运输量' },
];

/** The key clauses are compared by: the text is already width-folded, so only spaces and case remain. */
/** 在…的不利条件下仍, 在疫情冲击下, 依然: a circumstance and a concession opening a clause. */
// 在大旱之年比上年增长A%: the hard year a result came in is such a circumstance too, and the base year may follow it
// (session 48, fix431, F9003).
const CONCESSIVE_LEAD =
  /^(?:在(?:[^,;:。]{1,20}?(?:条件|情况|形势|背景|压力|冲击|影响)下|[^,;:。]{1,10}?之年))?(?:仍然?|依然|依旧)?(?=$|实现|保持|增|降|比(?:上年|去年))/;

/** 国有及年销售收入500万元以上非国有工业企业, 全部国有和年产品销售收入500万元以上的非国有工业: 规模以上工业 spelled out. */
const SPELLED_SIZE_CLASS =
  /(?:全部)?国有(?:工业)?(?:企业)?(?:及|和|与)(?:年(?:产品)?销售收入)?(?:在)?500万元(?:及)?以上的?非国有工业(?:企业)?(?=(?:实现|完成|共|累计)?(?:工业)?(?:总产值|产值|增加值))/;

export function clauseKey(clause: string): string {
  let key = clause.slice(-JOIN_WINDOW).replace(/\s+/g, '');
  // Each rewrite below runs only on a key holding a word its pattern cannot match without: most
  // keys hold none of them, and a plain search is cheaper than a pattern that finds nothing.
  // 地区生产总值(GDP)45.2亿元: a short bracketed gloss after the name is not part of the link.
  // 甲加工业(不含乙)增加值: a bracket that leaves a part out, inside the name, narrows it to another
  // indicator named as written (fixtail37); it stays.
  if (key.includes('('))
    key = key.replace(
      /\((?!(?:不含|剔除|扣除)[^()]{1,10}\)(?:总?产值|增加值))[^()]{1,12}\)(?=[^()]{0,8}$)/g,
      '',
    );
  // 汽车零部件产业受…影响，实现产值 (CAUSE_INSIDE): the cause is no part of the key either.
  if (key.includes('受')) key = withoutCauseLead(key).replace(CAUSE_INSIDE, '');
  // 国有及年销售收入500万元以上非国有工业企业完成总产值: the size class of the 1998–2006 returns spelled out is 规模以上
  // industry (its short name, given after it in an aside, is blanked), not one ownership's part (session 51, fix481, F10260).
  if (key.includes('非国有')) key = key.replace(SPELLED_SIZE_CLASS, '规模以上工业');
  if (key.includes('预算') || key.includes('计划')) key = key.replace(BUDGET_AFTER_VERB, '');
  if (key.includes('实现') || key.includes('完成') || key.includes('工业企业')) {
    key = key
      // 规模工业企业实现产值 names 规模工业产值: the firms that produced it stand between; so does the
      // verb in 规模以上工业实现增加值, 一产完成增加值 and 建筑业(企业)完成总产值; and in 煤炭行业完成增加值, a branch
      // the catalogue knows (煤炭行业增加值) named by its 行业 (session 40, fix297b, F6202).
      .replace(
        /(工业)企业(?:实现|完成)?(总?产值|增加值)|(工业|建筑业|[一二三]产|第[一二三]产业|行业)(?:(?<=建筑业)企业)?(?:实现|完成)(总?产值|增加值)/,
        '$1$3$2$4',
      )
      // 规上工业企业实现营业收入, 规模以上工业企业完成利润总额, 规上服务业企业实现营业收入, 规模以上工业实现主营业务收入: the
      // firms' own results, named without the verb; so is a running total's 累计实现 (1—4月…累计实现营业收入).
      .replace(
        /((?:工业|服务业)(?:企业)?)(?:累计|合计|共计)?(?:实现|完成)(主营业务收入|营业收入|利润总额)/,
        '$1$2',
      )
      // 限额以上企业（单位）实现零售额, 限额以上单位完成消费品零售额: the firms above the quota, their verb,
      // then their retail sales (the bracketed 单位 is dropped above).
      .replace(/(限(?:额以上|上)(?:企业|单位))(?:实现|完成)((?:消费品)?零售额)/, '$1$2')
      // 纺织业完成增加值: a branch the catalogue knows, its verb before its value added no part of the name
      // (held-out-388 weizhuang; session 46, fix388, F7876); an unlisted branch's stays the written-name stage's.
      .replace(/(?<=[\u4e00-\u9fa5]业)(?:实现|完成)(?=增加值$)/, '');
  }
  // 总产量28.36万吨，在持续干旱的不利条件下仍增长0.8%: the circumstance a result came about in (and the
  // 仍 that concedes it) names nothing; the clause is read as the bare growth it ends with.
  if (key.startsWith('在') || key.startsWith('仍') || key.startsWith('依'))
    key = key.replace(CONCESSIVE_LEAD, '');
  // 社会消费品零售总额增速仍低于全市平均水平: the 仍 (依然, 还) conceding a gap that persists is no part of
  // the comparison.
  // 接待游客18.6万人次，同比仍下降12.4%: the 仍 conceding a fall that persists is no part of the growth's key
  // either (F9544).
  if (key.includes('仍') || key.includes('依') || key.includes('还'))
    key = key
      .replace(/(增速|增幅)(?:仍然?|依然|依旧|还)(?=高于|低于|快于|慢于|高出|低出)/, '$1')
      .replace(/^(同比|比上年(?:同期)?|比去年(?:同期)?|较上年(?:同期)?)(?:仍然?|依然|依旧|还)$/, '$1');
  // 工业增速比一季度回落, 规上工业增幅…: industry's growth said short is its value added's (not 轻工业,
  // 新兴工业 or another part of it).
  if (key.includes('工业增'))
    key = key.replace(/(?<!轻|重|新兴|技术|传统|主导|支柱)工业(?=增速|增幅)/, '工业增加值');
  // 农林牧渔业现价总产值, 第一产业现价增加值: the price basis written inside the name is not part of it.
  if (key.includes('价'))
    key = key.replace(/(?:现价|(?:按)?(?:可比|不变)价格?)(?=(?:总产值|产值|增加值|生产总值))/, '');
  // 税收占比为74.3%, 税占比80.9%: the share of tax revenue in the budget revenue, named by its short form
  // (税占比 only opening the clause: 所得税占比 is another tax's).
  if (key.includes('占比')) key = key.replace('税收占比', '税收收入占比').replace(/^税占比/, '税收收入占比');
  return lowerCased(key);
}

/**
 * `text.toLowerCase()`, without the call for a text of no character that has a lower case: a key of Chinese
 * words and figures has none, and lowering a two-byte string (every clause key) was 0.3% of the parser's
 * time (session 36). Any character in a range where some character has one (Latin, Greek, Cyrillic,
 * Roman numerals, circled and full-width letters, surrogate pairs) sends the text to `toLowerCase`.
 */
export function lowerCased(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0xc0 && code < 0x3000) ||
      (code >= 0xa640 && code < 0xac00) ||
      (code >= 0xd800 && code < 0xe000) ||
      (code >= 0xff21 && code <= 0xff3a)
    )
      return text.toLowerCase();
  }
  return text;
}

/**
 * Catalogue names by their first two characters (every name has two or more), each with its place in
 * NAMES (longest first): a key's positions are looked up without trying every name that shares a
 * common first character (规, 农, 限).
 */
const NAMES_BY_PAIR = new Map<number, Array<{ order: number; named: NamedIndicator }>>();
/** The first (longest-first) catalogue indicator of each name. */
const NAMED = new Map<string, NamedIndicator>();
const pairAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
NAMES.forEach((named, order) => {
  if (named.name.length < 2)
    throw new Error(`catalogue name ${named.name} is shorter than the pair index reads`);
  const pair = pairAt(named.name, 0);
  NAMES_BY_PAIR.set(pair, [...(NAMES_BY_PAIR.get(pair) ?? []), { order, named }]);
  if (!NAMED.has(named.name)) NAMED.set(named.name, named);
});

/** The catalogue names that occur in a key, found in one pass over it, in NAMES's order. */
function namesIn(key: string): NamedIndicator[] {
  const found = new Map<number, NamedIndicator>();
  for (let i = 0; i + 1 < key.length; i++) {
    const candidates = NAMES_BY_PAIR.get(pairAt(key, i));
    if (candidates === undefined) continue;
    for (const { order, named } of candidates) if (key.startsWith(named.name, i)) found.set(order, named);
  }
  if (found.size < 2) return [...found.values()];
  return [...found].sort(([x], [y]) => x - y).map(([, named]) => named);
}

/** 收入增速低于经济增速0.8个百分点: the name's growth compared with another's (增速 goes with the figure). */
// Not a plan (增速低于年度目标2.1个百分点): that gap is read where the name stands alone. 两年平均增速低于全市
// 平均水平: the two-year average's gap is the name's too (a comparison, whatever growth it compares).
const OTHER_GROWTH =
  /^(?:两年平均)?(?:增速|增幅)(?:高于|低于|快于|慢于)(?!.*(?:目标|计划|预期|进度|任务|预算)$)[\u4e00-\u9fa5]{1,12}$/;

/** 增速低于: a growth compared with what follows (a 仍 conceding the gap may stand between). */
const COMPARED_WITH = /(?:增速|增幅)(?:仍然?|依然|依旧|还)?(?:高于|低于|快于|慢于)$/;

/**
 * 税收占比低于全市平均水平4.7个百分点: the name's share (of the budget revenue) against a place's average,
 * a comparison of the name as 税收占比比上年同期提高 is its change.
 */
const SHARE_COMPARED =
  /^(?:占比|比重)(?:高于|低于|快于|慢于)(?:全国|全省|全市|全州|全区|全盟|全县|[\u4e00-\u9fa5]{1,8}?(?:省|市|州))(?:的)?(?:平均水平|平均|水平)$/;

/**
 * 甲收入降幅高于全市平均水平A个百分点, 降幅小于全省平均: the name's fall against a place's average (a larger
 * fall the worse figure), the name's comparison as its 增速高于 is (fix129).
 */
const DECLINE_COMPARED =
  /^降幅(?:小于|低于|少于|大于|高于|多于)(?:全国|全省|全市|全州|全区|全盟|全县|[\u4e00-\u9fa5]{1,8}?(?:省|市|州))(?:的)?(?:平均水平|平均降幅|平均|水平)$/;

/**
 * 规模以上工业增加值降幅比全市平均水平高A个百分点: the same said with 比 before the place, the verb after its average
 * (session 40, fix297b, F6204).
 */
const DECLINE_COMPARED_AFTER =
  /^降幅(?:仍然?|依然|还)?(?:比|较)(?:全国|全省|全市|全州|全区|全盟|全县|[\u4e00-\u9fa5]{1,8}?(?:省|市|州))(?:的)?(?:平均水平|平均降幅|平均|水平)(?:高出?|低|小|大|多|少)$/;

/**
 * 社会消费品零售总额增速比全市平均水平低A个百分点: the same comparison said with 比 before the place and
 * the verb after its average (a place's name ends in 省, 市 or 州; a period or a plan is no place).
 */
const GROWTH_COMPARED_AFTER =
  /^(?:增速|增幅)(?:仍然?|依然|依旧|还)?(?:比|较)(?:全国|全省|全市|全州|全区|全盟|全县|[\u4e00-\u9fa5]{1,8}?(?:省|市|州))(?:的)?(?:平均水平|平均增速|平均|水平)(?:高出?|低|快|慢)$/;

/**
 * 甲收入增速与全市持平: the same comparison said as no gap (a word-only zero over 持平), the name before
 * its 增速 in the clause (fix244).
 */
const GROWTH_COMPARED_FLAT =
  /^(?:增速|增幅)(?:仍然?|依然|依旧|还)?(?:与|和|同|跟)(?:全国|全省|全市|全州|全区|全盟|全县|[\u4e00-\u9fa5]{1,8}?(?:省|市|州))(?:的)?(?:平均水平|平均增速|平均|水平)?$/;

/**
 * 地区生产总值增速低于年度目标0.7个百分点, 一般公共预算收入低于年度目标10.6个百分点: the name's own
 * growth against the year's plan (or the higher level's guidance), the growth left unsaid.
 */
// 社会消费品零售总额比预期目标低9.8个百分点: 比 before the plan, the verb after it. 外贸进出口总额距年
// 计划还差4.24亿元: the amount the name is short of the year's plan. 甲完成进度落后时序进度A个百分点 (a
// review's problems): the name's progress against the time gone by, 进度 said before the link (fix160).
// 经济增长速度低于年度计划N个百分点, 地区生产总值增长速度低于…: 增长速度 as 增速, said in full (session 40, fix290).
// 甲到位资金占年计划的比重低于时序进度N个百分点: the share of the year's plan done against the time gone by, the
// share named before the link (session 42, fix329, F6773).
// 生产总值完成全年目标的进度低于时间进度N个百分点: the progress named with what it is of, the year's goal (session
// 44, fix362, F7315). 投资完成年计划的进度滞后于时间进度N个百分点: behind it, said with 滞后(于) (F9547).
// 甲收入增幅低于年计划N个百分点: the year's plan written short, as half-year reviews do (session 49, fix460, F9712).
// 地方财政一般预算收入比序时进度落后N个百分点: 比 before the schedule, the verb after it (fix485, F10314).
const OWN_PLAN_GAP =
  /^(?:增速|增幅|(?:增长)?速度|(?:完成(?:年度|全年|年)?(?:计划|目标|任务)的|完成|投资|收入)?进度(?=[高低快慢超落滞])|占(?:年度|全年|年)?(?:计划|目标|任务)的?(?:比重|比例)(?=[高低快慢]于(?:时序|序时|时间)进度))?(?:(?:高于|低于|快于|慢于|超过|超出)(?:(?:年度|全年|年初|年)?(?:计划|预期目标|预期|目标)(?:目标|任务)?|(?:上级|[县市区州省盟])?定?指导目标|(?:时序|序时|时间)进度)|(?:比|较)(?:年度|全年|年初)?(?:计划|预期目标|预期|目标)(?:目标|任务)?(?:高出?|低|快|慢)|(?:比|较)(?:时序|序时|时间|均衡)进度(?:高出?|低|快|慢|落后|超前|领先)|(?:距离?|离)(?:年度|全年|年初|年)?(?:计划|预期目标|预期|目标)(?:目标|任务)?(?:还|尚|仍)?相?差|(?<=进度)(?:落后|滞后)于?(?:时序|序时|时间)进度)$/;

/** 拉动…, 下拉全县规上…: what stands between a pull and the name pulled (a scope, 规上, 规模以上). */
const PULLED = new RegExp(`${PULL_VERB}(?:全[县市区省州旗])?(?:规模以上|规上)?$`);

/** 占常住人口的比重(常住人口城镇化率)为50.2%: a name in brackets right before the link words. */
const GLOSS_BEFORE_LINK = /\(([^()]{2,12})\)([^()]{0,8})$/;

/** 增幅比上年同期高: the growth's word before its gap to an earlier period's (readJoin). */
const GROWTH_WORD = /^(?:增速|增幅)(?=比|较)/;

/** The catalogue indicator a clause names right before its figure (longest name first), as written. */
export function joinIndicator(
  clause: string,
  key = clauseKey(clause),
  record?: FigureClause,
): NamedIndicator | null {
  // The answer depends on the clause and its key alone (a record, when handed, is that clause's), and readProse asks
  // again for the same pair: 83.6k calls over the 1411 accuracy fixtures name 14.3k pairs, and the reading was a
  // seventh of the parser's time (session 47, speed47). A catalogue name comes back as the same object, any other
  // join as a fresh one, as the reading itself returns them.
  if (record && record.text !== clause) return readJoin(clause, key, record);
  const memoKey = `${key}\u0000${clause}`;
  let known = JOINS_READ.get(memoKey);
  if (known === undefined) {
    if (JOINS_READ.size >= JOINS_KEPT) JOINS_READ.clear();
    const read = readJoin(clause, key, record);
    known = read === null ? null : { read, shared: NAMED.get(read.name) === read };
    JOINS_READ.set(memoKey, known);
  }
  if (known === null) return null;
  return known.shared ? known.read : { entry: known.read.entry, name: known.read.name };
}

function readJoin(clause: string, key: string, record?: FigureClause): NamedIndicator | null {
  // clauseKey drops a short gloss; when the gloss is itself a catalogue name, it is what the figure is of.
  // (Only a clause holding a bracket can hold one: most hold none, and stripping and lowering every clause
  // was 0.3% of the parser's time; the clause's record, when readProse hands it, has it stripped once.)
  const gloss = clause.includes('(')
    ? GLOSS_BEFORE_LINK.exec((record ? record.compact : clause.replace(/\s+/g, '')).toLowerCase())
    : null;
  if (gloss?.[1] !== undefined && CONNECTOR.test(gloss[2] ?? '')) {
    const named = NAMED.get(gloss[1]);
    if (named) return named;
  }
  // The catalogue's names in the key, longest first: the first one standing right before the figure.
  const pulled: [number, number][] = [];
  for (const { name, entry } of namesIn(key)) {
    const at = key.lastIndexOf(name);
    // 拉动地区生产总值增长2.4个百分点: a shorter name inside the name pulled (生产总值) is pulled too.
    if (pulled.some(([from, to]) => at >= from && at + name.length <= to)) continue;
    // A Latin abbreviation must stand on its own: gdp, not the end of another word.
    if (at > 0 && /[a-z]/.test(name.charAt(0)) && /[a-z]/.test(key.charAt(at - 1))) continue;
    if (at >= 1 && NARROWING.some((rule) => rule.applies(name) && rule.before.test(key.slice(0, at))))
      continue;
    // 高新技术产品产值占规上工业产值比重: the name after 占 is the whole, not what the share is of;
    // so is the tail of one (占规模以上工业增加值比重 holds 工业增加值 four characters after 占).
    if (at >= 1 && /占[\u4e00-\u9fa5]{0,6}$/.test(key.slice(0, at))) continue;
    // 税收收入增速低于一般公共预算收入2.2个百分点: the name after a growth's 低于 is what the growth is
    // compared with; the figure is the name before it (read by OTHER_GROWTH), never the other's change.
    if (at >= 4 && COMPARED_WITH.test(key.slice(0, at))) continue;
    // 拉动生产总值增长0.8个百分点, 拉动全县规上工业增加值增速2.4个百分点, 下拉…: the name after the
    // pull (and its scope) is what a part pulled, not the figure's subject.
    if (at >= 2 && PULLED.test(key.slice(0, at))) {
      pulled.push([at, at + name.length]);
      continue;
    }
    // 农村居民人均纯收入比上年增加452元: the name's own amount of change.
    const rest = key.slice(at + name.length);
    if (
      at >= 0 &&
      (CONNECTOR.test(rest) ||
        AMOUNT_CHANGE.test(rest) ||
        OTHER_GROWTH.test(rest) ||
        OWN_PLAN_GAP.test(rest) ||
        SHARE_COMPARED.test(rest) ||
        GROWTH_COMPARED_AFTER.test(rest) ||
        (rest.startsWith('增') && GROWTH_COMPARED_FLAT.test(rest)) ||
        // 地方财政收入增幅比上年同期高8.6个百分点: the name's growth against an earlier period's, told with a
        // comparative (高/低) after the name, not a sign word (session 51, fix486_487, F10366).
        (GROWTH_WORD.test(rest) && earlierPeriodGap(rest.slice(2)) !== 0) ||
        (rest.startsWith('降幅') && (DECLINE_COMPARED.test(rest) || DECLINE_COMPARED_AFTER.test(rest))))
    )
      return { entry, name };
  }
  return null;
}

/** The catalogue indicator a clause starts with (after a scope such as 全县). */
export function leadingIndicator(clause: string): NamedIndicator | null {
  const key = cleanSubject(clause).replace(/\s+/g, '').toLowerCase();
  for (const { named } of NAMES_BY_PAIR.get(pairAt(key, 0)) ?? [])
    if (key.startsWith(named.name)) return { entry: named.entry, name: named.name };
  return null;
}

/**
 * The branches of the national industry classification (GB/T 4754) whose own names hold a 、: 信息传输、
 * 软件和信息技术服务业营业收入 is one branch's turnover, not a list of two. Classification metadata, as the
 * catalogue is.
 */
export const LISTED_BRANCH_NAMES = [
  '信息传输、软件和信息技术服务业',
  '交通运输、仓储和邮政业',
  '电力、热力、燃气及水生产和供应业',
  '电力、热力生产和供应业',
  '水利、环境和公共设施管理业',
  '居民服务、修理和其他服务业',
  '文化、体育和娱乐业',
  '公共管理、社会保障和社会组织',
  '计算机、通信和其他电子设备制造业',
  '铁路、船舶、航空航天和其他运输设备制造业',
  '石油、煤炭及其他燃料加工业',
  '酒、饮料和精制茶制造业',
  '皮革、毛皮、羽毛及其制品和制鞋业',
  '文教、工美、体育和娱乐用品制造业',
];

/** Where a branch name holding a 、 starts, when the 、 before `start` is one of its own; else -1. */
function listedBranchStart(folded: string, start: number): number {
  if (folded.charAt(start - 1) !== '、') return -1;
  for (const name of LISTED_BRANCH_NAMES)
    for (let at = name.indexOf('、'); at >= 0; at = name.indexOf('、', at + 1))
      if (folded.startsWith(name, start - 1 - at)) return start - 1 - at;
  return -1;
}

/**
 * 甲、乙两大产业产值, 甲、乙和丙三大主导产业产值: the last member of a counted group, its count and class (产业,
 * 行业) and the output or value added said of the group right after it; the group is one subject named whole (as
 * 甲和乙两个行业增加值 is: prose-branches COUNTED_BRANCHES), not a list. A verb between the class and the figure's
 * name (甲、乙两大主导产业实现增加值) leaves the clause to its last member, the group's head named as before.
 * Session 31, fix112. 甲、乙两个行业占规上工业的比重: the group's share said with 占 right after its class (session
 * 34, fix169). A last member of up to eight characters (甲乙丙丁特色食品加工: session 34, fix178).
 */
const COUNTED_GROUP_TAIL =
  /^[\u4e00-\u9fa5]{2,8}?(?:和[\u4e00-\u9fa5]{2,6}?)?([两二三四]|[2-4])(?:个|大)(?:主导|支柱|重点|优势|特色)?(?:产业|行业)(?:增加值|产值|占)/;
/** A member of a counted group before its 、: a short name, no figure or mark. */
const GROUP_MEMBER = /^[\u4e00-\u9fa5]{2,6}$/;

/**
 * Where the 、 before the first member of a counted group ends the look back, when the 、 before `start` is one of
 * the group's own (as many members as its count says, each a short name); else -1. Looks back no further than
 * seven characters a member, over no more members than the count.
 */
function countedGroupMark(folded: string, start: number, floor: number): number {
  if (folded.charAt(start - 1) !== '、') return -1;
  const tail = COUNTED_GROUP_TAIL.exec(folded.slice(start, start + 24));
  const count = readOrdinal(tail?.[1] ?? '');
  if (!tail || !count) return -1;
  // The members after the 、: the last, and the one 和 joins to it.
  const after = tail[0].includes('和') ? 2 : 1;
  let mark = start - 1;
  for (let members = after + 1; members < count; members++) {
    const from = Math.max(floor, mark - 7);
    const k = folded.slice(from, mark).lastIndexOf('、');
    if (k < 0 || !GROUP_MEMBER.test(folded.slice(from + k + 1, mark))) return -1;
    mark = from + k;
  }
  return after < count ? mark : -1;
}

/** Where the clause that ends at `end` begins, looking no further back than `floor`. */
/** 受整车订单回落影响, before the comma a clause may pause at: the cause the subject's figures came under. */
const CAUSE_BEFORE_PAUSE = /受[\u4e00-\u9fa5]{2,12}影响$/;
/** 主要是受…影响, 这主要是受…影响: a reason given for the figure before, a clause with no subject to pause (fix297). */
const REASON_CLAUSE = /(?:^|[,;:。])(?:这|其中)?主要(?:是|原因是)?受[^,;:。]*$/;
/** 实现产值, 完成, 同比下降: the verb the paused clause goes on with, no subject of its own. */
const VERB_AFTER_PAUSE = /^(?:同比)?(?:实现|完成|增长|下降)/;

/**
 * 汽车零部件产业受整车订单回落影响，实现产值X亿元: a comma after the cause its subject came under (受…影响) only
 * pauses the clause; the figures after it are the subject's (as 受…影响下降A% without the comma; session 30, fix104).
 */
function causePause(folded: string, at: number): boolean {
  if (folded.charAt(at - 1) !== ',') return false;
  if (REASON_CLAUSE.test(folded.slice(Math.max(0, at - 24), at - 1))) return false;
  return (
    VERB_AFTER_PAUSE.test(folded.slice(at, at + 6)) &&
    CAUSE_BEFORE_PAUSE.test(folded.slice(Math.max(0, at - 17), at - 1))
  );
}

export function clauseStartBefore(folded: string, end: number, floor: number): number {
  const back = (from: number): number => {
    let at = from;
    while (at > floor && !CLAUSE_BREAKS.has(folded.charCodeAt(at - 1))) at--;
    const branch = at > floor ? listedBranchStart(folded, at) : -1;
    if (branch >= floor) return back(branch);
    // 甲、乙两大产业产值: the group's own 、 joins its members; the clause starts before the first.
    const group = at > floor ? countedGroupMark(folded, at, floor) : -1;
    if (group > floor) return back(group);
    return at > floor && causePause(folded, at) ? back(at - 1) : at;
  };
  const start = back(end);
  // 乡及乡以上工业总产值(1990年不变价,下同):5.62亿元: a colon right after the gloss only introduces the figure; the
  // gloss and its colon are stepped over together (session 51, fix481, F10258).
  const close = folded.charAt(start - 1) === ':' && folded.charAt(start - 2) === ')' ? start - 1 : start;
  if (folded.charAt(close - 1) !== ')') return start;
  // 地区生产总值(GDP)45.2亿元: step over a short bracketed gloss between the name and the figure
  // (a bounded look back, so a long line of brackets stays linear).
  const from = Math.max(floor, close - 14);
  const open = folded.slice(from, close - 1).lastIndexOf('(');
  return open < 0 ? start : back(from + open);
}

/**
 * 甲X亿元，乙Y亿元，分别增长…; 降幅较一季度分别收窄…: whether the clause ending the text names
 * nothing of its own (no subject, or only an earlier period compared with).
 */
export function namesNothing(text: string): boolean {
  const clause = text.slice(Math.max(...[...',;:。'].map((mark) => text.lastIndexOf(mark))) + 1);
  return cleanSubject(clause) === '' || FOLLOW_ON.test(clauseKey(clause));
}
