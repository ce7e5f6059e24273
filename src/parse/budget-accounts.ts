// The accounts a budget execution report names (session 14, gbudget): the four budgets' revenue and
// spending, spending by the budget's functional class, the balance sentence's transfers and totals,
// and the government's debt balances. Each is a named aggregate the catalogue lacks, read as written.

/**
 * 教育支出, 社会保障和就业支出, 城乡社区支出: the functional classes of the budget's spending. 城乡社区事务支出,
 * 农林水事务支出, 国土资源气象等事务支出: the same classes as the 2007–2013 classification named them, with 事务
 * (a 2011 county budget report; session 46, fix389, F7901).
 */
const SPENDING_CLASS =
  '(?:一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|文化体育与传媒|社会保障和就业|卫生健康|医疗卫生与计划生育|医疗卫生|节能环保|环境保护|城乡社区|农林水|交通运输|资源勘探工业信息等|资源勘探电力信息等|资源勘探信息等|商业服务业等|金融监管等|金融|国土资源气象等|自然资源海洋气象等|住房保障|粮油物资储备(?:管理)?|灾害防治及应急管理|债务付息)(?:事务)?支出';

/**
 * 行政管理费, 抚恤和社会福利救济费, 城市维护费, 卫生经费: the spending classes before 2007 named as fees (费, 经费)
 * rather than 支出 (a 2005 county budget report; session 46, fix406, F8254).
 */
const FEE_CLASS = '(?:行政管理费|抚恤和社会福利救济费|城市维护费|文体广播事业费|卫生经费|科技三项费用)';

/**
 * 其中：增值税完成X万元，企业所得税X万元: the taxes a revenue report breaks its tax revenue into (the
 * names of the tax law), each its own account; 营业税, the business tax 营改增 folded into 增值税 in 2016, in
 * the reports of its last years (session 37, fix246). 农业税, 农业特产税 (农林特产税), 牧业税 and 屠宰税: the farm taxes
 * abolished in 2006, which the reports before then give as revenue of their own (烟叶生产为县财政提供农业特产税X万元; session
 * 50, fix464, F9842).
 */
const TAX =
  '(?:国内)?(?:增值税|营业税|消费税|企业所得税|个人所得税|资源税|城市维护建设税|房产税|城镇土地使用税|土地增值税|车船税|印花税|契税|耕地占用税|环境保护税|烟叶税|农业税|农业特产税|农林特产税|牧业税|屠宰税)';

/**
 * 税务部门组织收入, 财政部门组织的收入, 其中：税务部门完成X万元: revenue by the department that collects it
 * (the department alone names it after 按部门分 or under the revenue it splits).
 */
const BY_COLLECTOR = '(?:税务|财政|国税|地税)部门(?:(?:组织|征收|征管)的?(?:税收)?收入)?';

/**
 * 非税收入…，主要是国有资源（资产）有偿使用收入一次性入库X万元, 其中行政事业性收费收入X万元: the items of
 * non-tax revenue in the budget's classification, each its own account (session 28, fix92b).
 */
const NON_TAX_ITEM =
  '(?:国有资源\\(资产\\)有偿使用收入|国有资源有偿使用收入|国有资产有偿使用收入|行政事业性收费收入|罚没收入)';

/**
 * “三公”经费财政拨款支出X万元，比上年减少Y万元: the year's spending on travel abroad, official cars and
 * receptions, which a final-accounts report (决算) gives with its fall as a line of its own (its parts, 公务接待费
 * and the rest, stay facts). Session 29, fix94.
 */
const THREE_OFFICIAL = '[“"]?三公[”"]?经费(?:财政拨款)?(?:决算)?支出';

/**
 * “三保”支出X亿元: the spending that keeps the basic livelihood, wages and offices running, which budget reports and
 * reviews give as a line of its own (its three parts, 保工资支出 and the rest, stay facts). Session 38, fixleft38.
 */
const THREE_GUARANTEES = '[“"]?三保[”"]?支出';

/**
 * 上划中央和省级收入, 上划中省市收入, 上划中央收入: the revenue collected in the county and passed up to the higher
 * levels' treasuries, which a budget report gives beside its own 公共财政预算收入 (the two make the 全部财政收入) with
 * its growth; the levels it goes to are written in many ways (session 46, fix389, F7902). 上划中央“两税”收入, 上划中央
 * 所得税收入: the taxes passed up named between (the 2002–2007 reports' 两税, VAT and consumption tax, in quotes or
 * not; session 46, fix406, F8253). 上划中央税收: the 2001-era name of the same account, 税收 for 收入 (a county
 * bureau's 一季度 page beside its 地方财政收入; session 51, fix481, F10256).
 */
const UPWARD_REVENUE = '上划(?:中央|中|省|市|级|和|及|、){1,8}(?:(?:[“"]?两税[”"]?|所得税)?收入|税收)';

/**
 * 政府性基金预算收入, 国有资本经营预算支出, 社会保险基金收入: the other three budgets' own accounts;
 * 上级补助收入, 债务转贷收入, 上解支出, 债务还本支出, 收入总计: the balance sentence's; 政府债务余额,
 * 一般债务余额, 专项债务余额: the debt the year ends with; 土地出让收入: a named part.
 * (“三保”支出占可用财力的比重 stays a fact, as huangyu-2024-h1-review's answers have it.)
 * 上级转移支付收入，其中：返还性收入…，一般性转移支付收入…，专项转移支付收入…: the transfers by the kinds of
 * the budget's classification (the 一般 of 一般性 is no scope word); 地方政府债务转贷收入, 地方政府一般债券转贷
 * 收入: the bonds the province lends on, named with their issuer (地方政府一般债务转贷收入, the debt's kind before it: session 43,
 * fix350, F7104); 一般公共预算总支出: the balance sentence's
 * total beside 总收入 (fix77b: Ningxia's and Xinjiang's county budget reports). 煤炭相关税收, 房地产行业税收: the
 * tax revenue a branch yields, told with its share of the tax revenue (fix84b: a Shanxi coal county's 提案).
 * 统筹整合财政涉农资金X万元投入…，比上年增加Y万元: the farm funds a budget report pools, named as written, the
 * pooling verb no part of the name (session 36, fix236). 财政总支出X万元，增长A%: a county 公报's spending beside
 * its 财政总收入 (which the catalogue lists), named as written (session 44, fix359, F7284).
 */
const BUDGET_ACCOUNT = new RegExp(
  `^(?:${SPENDING_CLASS}|${FEE_CLASS}|${TAX}|${BY_COLLECTOR}|(?:政府性基金|国有资本经营|社会保险基金)(?:预算)?(?:收入|支出)|非税收入|上级补助收入|(?:上级|转移性)?(?:返还性|一般性|专项)?转移支付(?:补助)?收入|返还性收入|(?:地方政府)?(?:(?:一般|专项)?债务|(?:再融资)?(?:一般|专项)?债券)?转贷收入|(?:一般公共预算|政府性基金(?:预算)?)总(?:收入|支出)|财政总支出|上解(?:上级)?支出|${UPWARD_REVENUE}|债务还本支出|(?:一般公共预算)?(?:收入|支出)总计|${TAX}(?:和|及|、)${TAX}|${THREE_OFFICIAL}|${THREE_GUARANTEES}|(?:政府|一般|专项)债务余额|[\u4e00-\u9fa5]{2,6}(?:相关|行业|产业)税收|(?:国有)?土地(?:使用权)?出让收入|${NON_TAX_ITEM}|财政涉农资金)$`,
);

/**
 * 加上级补助收入…、债务转贷收入…，收入总计…: the balance sentence's plus (加上上划中省市收入 too), 减上解上级支出: its
 * minus (F7902); 年末全县政府债务余额: the
 * balance's date and scope (2024年末 too: fix84b, a banner's budget 图解 page); 落实“三保”支出: the spending met
 * (fixleft38). None is part of the name. 县本级一般公共预算收入总计: an audit report's 决算草案 total of the county's
 * own level (session 47, fixbudget, F8891: the balance sentence's totals are observations).
 */
const PLUS =
  /^(?:加上?(?=上级|上解|上划|债务|调入|地方政府)|减(?=上解)|(?:20\d\d年末|年末|年底|期末)(?:全[县市区旗])?|[县市区旗]?本级(?=[“"]?三公|一般公共预算(?:收入|支出)总计)|(?:统筹)?整合(?=财政涉农资金)|落实(?=[“"]?三保))/;

/** 主要是…一次性入库: a non-tax item named as the cause of its revenue's growth, then collected. */
const CAUSE_ITEM = new RegExp(`^主要是(${NON_TAX_ITEM})(?:一次性)?(?:缴库|入库)?$`);

/**
 * 烟叶生产为县财政提供农业特产税X万元, 甲产业向财政缴纳增值税: the trade a tax comes from and the treasury it goes to, said
 * before the tax's name; no part of the name (session 50, fix464, F9842).
 */
const TAX_SOURCE = new RegExp(
  `^[\\u4e00-\\u9fa5]{2,10}?(?:为|向)(?:[县市区州旗]级?|地方)?财政(?:提供|贡献|上缴|缴纳|缴入)(?=${TAX}$)`,
);

/** （地方分享部分）, (县级留成部分): the share of a tax the county keeps, in brackets after the tax's name. */
const SHARED_PART = /[(（](?:地方|县级?|本级|市县)?(?:分享|留成|留用)(?:部分)?[)）]$/;

/** The budget account a clause's subject names, without the balance sentence's 加, or null. */
export function budgetAccountName(subject: string): string | null {
  // 加上级补助收入预计186000万元: a draft's verb after the name; 政府性基金预算收入决算数为X万元: a 决算
  // report's outcome word (session 38, fix271).
  // 非税收入增长9.5%，主要是国有资源（资产）有偿使用收入一次性入库X万元: the item the growth is owed to,
  // named in the cause with the verb of its collection (入库) after it (fix92b).
  const name = subject
    .replace(PLUS, '')
    .replace(/(?:预计|预算)?安排$|预计$|决算数?$/, '')
    // 增值税（地方分享部分）完成X万元: the county's share of a shared tax, said in brackets after its name (F8255).
    .replace(SHARED_PART, '')
    .replace(CAUSE_ITEM, '$1');
  // 烟叶生产为县财政提供农业特产税: the trade and the treasury before a tax's name (F9842).
  const bare = subject.includes('财政') ? name.replace(TAX_SOURCE, '') : name;
  return BUDGET_ACCOUNT.test(bare) ? bare : null;
}

/**
 * 共争取上级各项补助资金X万元，同比增长A%, 争取上级转移支付资金, 收到上级转移支付补助资金, 到位中央和省补助资金: the
 * transfers a budget report (or a plan report's finance paragraph) says were won from the higher levels, the balance
 * sentence's 上级补助收入 told by the funds' name; named as written without the verb that won them and without the
 * 各项/各类 that says they are of all kinds (上级补助资金), as modai, fuju, mingtuo and chaoxun's answers name them.
 * Only transfers (补助, 转移支付) from the levels above: other funds won (上级各类资金, 扩大内需资金, 援藏资金) stay
 * facts, an open point of the answers (session 46, fix389, F7903).
 */
const TRANSFER_FUNDS =
  /^(?:共|累计|已)?(?:争取到?|收到|到位|获得|落实)?(?:(上级|中央(?:和|及|、)省级?|中省)(?:各项|各类)?((?:一般性|专项)?转移支付(?:补助)?|补助)|(上级))资金$/;

/**
 * The transfers from above a clause's subject names (上级补助资金), or null. A 发改局's 共争取上级资金X万元 names
 * all it won from above with no kind (its 国债资金, 省预算内资金 parts told after): 上级资金, as henggang's answer
 * (F8472); 上级各类资金 stays a fact (an open point: deping and duoyuan name it with its verb).
 */
export function transferFundsName(subject: string): string | null {
  const won = TRANSFER_FUNDS.exec(subject);
  if (!won) return null;
  return won[3] ? `${won[3]}资金` : `${won[1]}${won[2]}资金`;
}
