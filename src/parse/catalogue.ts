// The curated catalogue of indicators the genre reports on: metadata only, never values.
// Names from tables and prose are joined to it through `lookupIndicator` after normalisation.

import { hash } from 'node:crypto';
import { BORDER_ENTRIES } from './catalogue-border.js';
import { DETAIL_ENTRIES } from './catalogue-detail.js';
import { scopedNames } from './catalogue-scopes.js';
import { normaliseName } from './normalise.js';
import type { Measure } from './types.js';

export type Direction = 'higher-is-better' | 'lower-is-better' | 'at-most';

export type Category =
  | 'economy'
  | 'industry'
  | 'agriculture'
  | 'investment'
  | 'consumption'
  | 'fiscal'
  | 'prices'
  | 'employment'
  | 'income'
  | 'trade'
  | 'finance'
  | 'property'
  | 'environment'
  | 'other';

export interface CatalogueEntry {
  code: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  category: Category;
  /** The unit a level of this indicator is usually reported in. */
  unit: string | null;
  direction: Direction;
  /** What a percentage in an indicator table means for this indicator. */
  tableMeasure: Extract<Measure, 'growth' | 'rate' | 'level'>;
  /**
   * A price index that tables may give as an index number against the previous year = 100
   * (101.2 for a 1.2% rise) instead of a percentage change.
   */
  indexBase?: number;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    code: 'gdp',
    name: '地区生产总值',
    nameEn: 'Gross regional product',
    aliases: ['GDP', '生产总值', '国内生产总值', '地区生产总值(GDP)', '经济增长', '地方生产总值', '经济总量'],
    category: 'economy',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'fixed-asset-investment',
    name: '固定资产投资',
    nameEn: 'Fixed-asset investment',
    aliases: [
      '固定资产投资额',
      '全社会固定资产投资',
      '全社会固定资产',
      '固定资产投资总额',
      '500万元以上固定资产投资',
      '500万元以上项目固定资产投资',
    ],
    category: 'investment',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'industrial-value-added',
    name: '规模以上工业增加值',
    nameEn: 'Value added of industry above designated size',
    aliases: ['规上工业增加值', '规模以上工业企业增加值', '工业增加值', '规模工业增加值'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'agriculture-value-added',
    name: '农林牧渔业增加值',
    nameEn: 'Value added of agriculture, forestry, animal husbandry and fishery',
    aliases: ['农业增加值', '农林牧渔业总增加值', '第一产业增加值', '一产增加值', '第一产业'],
    category: 'agriculture',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'grain-output',
    name: '粮食总产量',
    nameEn: 'Grain output',
    aliases: ['粮食产量', '粮食生产总量', '粮食总产'],
    category: 'agriculture',
    unit: '万吨',
    direction: 'higher-is-better',
    tableMeasure: 'level',
  },
  {
    code: 'agriculture-output',
    name: '农林牧渔业总产值',
    nameEn: 'Gross output of agriculture, forestry, animal husbandry and fishery',
    aliases: ['农业总产值'],
    category: 'agriculture',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'retail-sales',
    name: '社会消费品零售总额',
    nameEn: 'Total retail sales of consumer goods',
    aliases: ['社零总额', '社零额', '社会消费品零售额'],
    category: 'consumption',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'general-budget-revenue',
    name: '地方一般公共预算收入',
    nameEn: 'Local general public budget revenue',
    aliases: [
      '地方一般财政收入',
      '一般公共预算收入',
      '地方财政一般预算收入',
      '地方公共财政预算收入',
      '一般预算收入',
      '地方一般预算收入',
      '公共财政预算收入',
      '地方财政收入',
      '地方公共财政收入',
      '公共财政收入',
      '地方级财政收入',
      // 地方收入完成9.84亿元，…完成预算的101.8%: Hunan's short name for the local fiscal revenue (地方财政收入).
      '地方收入',
      // 财政收入完成X亿元，其中区级财政收入完成Y亿元: the revenue the county's or district's own budget
      // keeps, its local revenue (区级一般公共预算收入), not the whole revenue collected in it.
      '县级财政收入',
      '区级财政收入',
      '旗级财政收入',
    ],
    category: 'fiscal',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'cpi',
    name: '居民消费价格指数',
    nameEn: 'Consumer price index',
    aliases: [
      'CPI',
      '居民消费价格涨幅',
      '居民消费价格总水平涨幅',
      '居民消费价格总水平',
      '居民消费价格总指数',
      '居民消费价格',
      '消费价格指数',
    ],
    category: 'prices',
    unit: '%',
    direction: 'at-most',
    tableMeasure: 'growth',
    indexBase: 100,
  },
  {
    code: 'urban-unemployment-rate',
    name: '城镇登记失业率',
    nameEn: 'Registered urban unemployment rate',
    aliases: ['城镇调查失业率', '失业率', '城镇失业率'],
    category: 'employment',
    unit: '%',
    direction: 'at-most',
    tableMeasure: 'rate',
  },
  {
    code: 'disposable-income-per-capita',
    name: '全体居民人均可支配收入',
    nameEn: 'Per-capita disposable income of all residents',
    aliases: ['居民人均可支配收入', '人均可支配收入', '城乡居民人均可支配收入', '居民收入'],
    category: 'income',
    unit: '元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'urban-disposable-income-per-capita',
    name: '城镇居民人均可支配收入',
    nameEn: 'Per-capita disposable income of urban residents',
    aliases: ['城镇常住居民人均可支配收入', '城镇居民可支配收入', '城镇居民收入'],
    category: 'income',
    unit: '元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'rural-disposable-income-per-capita',
    name: '农村居民人均可支配收入',
    nameEn: 'Per-capita disposable income of rural residents',
    aliases: [
      '农村常住居民人均可支配收入',
      // 农村牧区 (and 农牧民) in pastoral regions: the same rural survey measure.
      '农村牧区常住居民人均可支配收入',
      '农村牧区居民人均可支配收入',
      '农牧民人均可支配收入',
      '农牧区常住居民人均可支配收入',
      // 牧区常住居民 in a banner's report: the rural half of its 城镇/牧区 pair.
      '牧区常住居民人均可支配收入',
      '牧区居民人均可支配收入',
      '牧民人均可支配收入',
      '农民人均可支配收入',
      '农村居民可支配收入',
      '农村居民收入',
      '农民收入',
    ],
    category: 'income',
    unit: '元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    // The measure of rural income before the 2013 reform of the household survey: older reports use it.
    code: 'rural-net-income-per-capita',
    name: '农民人均纯收入',
    nameEn: 'Per-capita net income of rural residents',
    aliases: [
      '农村居民人均纯收入',
      '农民纯收入',
      // 农牧民 (and 农村牧区居民) in the pastoral regions (新疆, 西藏, 内蒙古, 青海): the same measure.
      '农牧民人均纯收入',
      '农村牧区居民人均纯收入',
      '牧民人均纯收入',
    ],
    category: 'income',
    unit: '元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    // Not 农村居民人均可支配收入: the cash a farmer received (older reports, and some reviews), a
    // different survey measure, so its own entry rather than an alias.
    code: 'rural-cash-income-per-capita',
    name: '农民人均现金收入',
    nameEn: 'Per-capita cash income of rural residents',
    aliases: ['农村居民人均现金收入', '农牧民人均现金收入'],
    category: 'income',
    unit: '元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'foreign-trade',
    name: '外贸进出口总额',
    nameEn: 'Total value of imports and exports',
    aliases: [
      '进出口总额',
      '外贸进出口',
      '外贸进出口总值',
      '进出口总值',
      '外贸进出口额',
      '进出口贸易额',
      '进出口',
      '进出口值',
      // 货物进出口总额: a district bureau's name for the same trade in goods (beside 服务贸易, which it is not).
      '货物进出口总额',
      '货物进出口',
    ],
    category: 'trade',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'foreign-investment',
    name: '实际利用外资',
    nameEn: 'Foreign direct investment actually used',
    // 实到外资12.6亿美元: the foreign funds actually received, as Shanghai's districts and Jiangsu's
    // commerce bureaus write it (实到外资 beside 合同外资).
    aliases: ['实际使用外资', '实际利用外商直接投资', '实到外资', '实到外资金额'],
    category: 'trade',
    unit: '万美元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'deposits',
    name: '存款余额',
    nameEn: 'Deposit balance of financial institutions',
    aliases: [
      '金融机构本外币存款余额',
      '金融机构存款余额',
      '本外币存款余额',
      '金融机构各项存款余额',
      '金融机构本外币各项存款余额',
      '本外币各项存款余额',
      '各项存款余额',
      // 金融机构人民币存款余额: the 人民币 part a county's report gives, read as the balance (answer files' convention).
      '金融机构人民币存款余额',
      '金融机构人民币各项存款余额',
      '人民币存款余额',
      '人民币各项存款余额',
      '存款',
    ],
    category: 'finance',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'loans',
    name: '贷款余额',
    nameEn: 'Loan balance of financial institutions',
    aliases: [
      '金融机构本外币贷款余额',
      '金融机构贷款余额',
      '本外币贷款余额',
      '金融机构各项贷款余额',
      '金融机构本外币各项贷款余额',
      '本外币各项贷款余额',
      '各项贷款余额',
      // 金融机构人民币贷款余额: the 人民币 part a county's report gives, read as the balance (answer files' convention).
      '金融机构人民币贷款余额',
      '金融机构人民币各项贷款余额',
      '人民币贷款余额',
      '人民币各项贷款余额',
      '贷款',
    ],
    category: 'finance',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'housing-sales-area',
    name: '商品房销售面积',
    nameEn: 'Floor space of commercial housing sold',
    // 新建商品房销售面积: a Shanghai-style bureau's name, the new-build market (not 二手房) the indicator counts.
    aliases: ['商品房销售', '房地产销售面积', '商品房销售面积(万平方米)', '新建商品房销售面积'],
    category: 'property',
    unit: '万平方米',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'energy-emission-targets',
    name: '节能减排降碳约束性指标',
    nameEn: 'Binding energy-saving and emission-reduction targets',
    aliases: [
      '节能减排约束性指标',
      '节能减排',
      '单位GDP能耗',
      '单位地区生产总值能耗',
      '单位生产总值能耗',
      // 单位生产总值综合能耗: the same energy per unit of output, named with 综合 as a plan's table names it (fix133).
      '单位生产总值综合能耗',
      '单位地区生产总值综合能耗',
      '单位GDP综合能耗',
      // 单位地区生产总值能源消耗降低 | % | 完成市下达任务: a 十四五规划纲要's table writes 能耗 out in full (F6163, fix302).
      '单位地区生产总值能源消耗',
      '单位生产总值能源消耗',
      '单位GDP能源消耗',
      // Older reports: the energy used per 10,000 yuan of output.
      '万元生产总值能耗',
      '万元GDP能耗',
      // 万元地区生产总值能耗下降2.5%左右: the older name with 地区生产总值 written out, as district plans and the statistics 公报 on it do (F6372).
      '万元地区生产总值能耗',
      '万元国内生产总值能耗',
      '节能减排降碳',
      // 完成市下达的节能降碳目标任务: the goal as recent reports name it, without 减排 (fix191).
      '节能降碳',
      // 确保完成市下达的能耗双控任务: the dual control of energy use and intensity, the same binding goal (fix229).
      '能耗双控',
    ],
    category: 'environment',
    unit: null,
    direction: 'higher-is-better',
    tableMeasure: 'level',
  },
  {
    code: 'tourism-revenue',
    name: '旅游收入',
    nameEn: 'Tourism revenue',
    // 旅游总消费: Guangxi's statistics name the visitors' spending, its tourism revenue, so.
    aliases: ['旅游总收入', '旅游综合收入', '旅游总消费'],
    category: 'consumption',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'tourist-arrivals',
    name: '接待游客',
    nameEn: 'Tourist arrivals',
    aliases: [
      '接待游客人次',
      '游客接待量',
      '接待国内外游客',
      '接待海内外游客',
      '接待中外游客',
      // older communiqués: 接待国内外旅游者42.6万人次
      '接待国内外旅游者',
      '接待海内外旅游者',
      '接待旅游者',
      // the whole count written as a total (接待游客总人数356.8万人次); 过夜 visitors stay their own indicator
      '接待游客总人数',
      // 接待游客总人次: the same total counted in 人次 (session 33, fix144)
      '接待游客总人次',
      // 接待游客人数412.6万人次，下降18.5%: the count named with 人数
      '接待游客人数',
      '游客接待总人数',
      '接待国内外游客总人数',
      // 接待国内游客X万人次: a county's count as the provinces' tourism offices give it, domestic only (the
      // visitors from abroad a county sees are no series of its own); the county's arrivals all the same
      '接待国内游客',
    ],
    category: 'consumption',
    unit: '万人次',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    // 海南's counties report the visitors who stay the night (the province's own series), a part of
    // all arrivals and not the same figure.
    code: 'overnight-visitors',
    name: '接待过夜游客',
    nameEn: 'Overnight visitors received',
    aliases: ['过夜游客', '接待过夜游客人次', '过夜游客人数', '接待过夜游客人数', '接待国内外过夜游客'],
    category: 'consumption',
    unit: '万人次',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'industrial-output',
    name: '规模以上工业总产值',
    nameEn: 'Gross output of industry above designated size',
    aliases: [
      '规上工业总产值',
      '规模工业总产值',
      '规模以上工业产值',
      '规上工业产值',
      '规模工业产值',
      '工业总产值',
    ],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'secondary-industry-value-added',
    name: '第二产业增加值',
    nameEn: 'Value added of the secondary sector',
    aliases: ['二产增加值', '第二产业'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'construction-output',
    name: '建筑业总产值',
    nameEn: 'Gross output of construction',
    aliases: ['建筑业产值', '资质以上建筑业总产值', '有资质的建筑业企业总产值'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'services-revenue',
    name: '规模以上服务业营业收入',
    nameEn: 'Operating revenue of services above designated size',
    aliases: ['规上服务业营业收入', '规模以上服务业企业营业收入', '规上服务业企业营业收入'],
    category: 'economy',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'primary-industry-share',
    name: '第一产业占比',
    nameEn: 'Share of the primary sector in GDP',
    aliases: ['第一产业比重', '第一产业所占比重', '一产占比'],
    category: 'economy',
    unit: '%',
    direction: 'higher-is-better',
    tableMeasure: 'rate',
  },
  {
    code: 'secondary-industry-share',
    name: '第二产业占比',
    nameEn: 'Share of the secondary sector in GDP',
    aliases: ['第二产业比重', '第二产业所占比重', '二产占比'],
    category: 'economy',
    unit: '%',
    direction: 'higher-is-better',
    tableMeasure: 'rate',
  },
  {
    code: 'tertiary-industry-share',
    name: '第三产业占比',
    nameEn: 'Share of the tertiary sector in GDP',
    aliases: ['第三产业比重', '第三产业所占比重', '三产占比'],
    category: 'economy',
    unit: '%',
    direction: 'higher-is-better',
    tableMeasure: 'rate',
  },
  {
    code: 'tertiary-industry-value-added',
    name: '第三产业增加值',
    nameEn: 'Value added of the tertiary sector',
    aliases: ['服务业增加值', '三产增加值', '第三产业'],
    category: 'economy',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'general-budget-expenditure',
    name: '一般公共预算支出',
    nameEn: 'General public budget expenditure',
    aliases: [
      '地方一般公共预算支出',
      '一般公共财政预算支出',
      '公共财政预算支出',
      '一般预算支出',
      // 地方财政一般预算支出 | 万元 | …: the name before 2007's reform, as a sheet's row writes it whole (the
      // revenue's 地方财政一般预算收入 is listed above; session 43, fix347).
      '地方财政一般预算支出',
      '地方一般预算支出',
      '财政支出',
      // 地方财政支出 | 万元 | …: a sheet's row naming the spending as the revenue's 地方财政收入 names the revenue
      // (prose reads the 地方 as a qualifier already: lanyu, xiluan, yanpu; session 47, fix416, F8534).
      '地方财政支出',
    ],
    category: 'fiscal',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'tax-revenue',
    name: '税收收入',
    nameEn: 'Tax revenue',
    aliases: ['地方税收收入', '税收'],
    category: 'fiscal',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'electricity-consumption',
    name: '全社会用电量',
    nameEn: 'Electricity consumption',
    aliases: ['用电量'],
    category: 'industry',
    unit: '亿千瓦时',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'industrial-electricity-consumption',
    name: '工业用电量',
    nameEn: 'Industrial electricity consumption',
    aliases: ['规上工业用电量', '规模以上工业用电量'],
    category: 'industry',
    unit: '亿千瓦时',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'industrial-investment',
    name: '工业投资',
    nameEn: 'Industrial investment',
    aliases: ['工业固定资产投资'],
    category: 'investment',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'real-estate-investment',
    name: '房地产开发投资',
    nameEn: 'Real-estate development investment',
    aliases: ['房地产投资', '房地产开发投资额'],
    category: 'property',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'private-investment',
    name: '民间投资',
    nameEn: 'Private investment',
    aliases: ['民间固定资产投资'],
    category: 'investment',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'exports',
    name: '出口总额',
    nameEn: 'Exports',
    // 外贸出口总额: a sheet's row names the exports with 外贸 before the catalogue's name. 外贸自营出口: an
    // older report's row for the exports, the firms' own-account trade prose already reads as them (F10443).
    aliases: [
      '出口',
      '外贸出口',
      '外贸出口总额',
      '外贸出口额',
      '出口额',
      '出口值',
      '外贸自营出口',
      '自营出口',
    ],
    category: 'trade',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'imports',
    name: '进口总额',
    nameEn: 'Imports',
    // 外贸进口总额: the imports' row beside 外贸出口总额 in a 浙江 county's 7月 | 1-7月 sheet (session 44, fix364, F7344).
    aliases: ['进口', '外贸进口', '外贸进口总额', '进口额', '进口值'],
    category: 'trade',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'manufacturing-value-added',
    name: '制造业增加值',
    nameEn: 'Value added of manufacturing',
    // 规上工业…分三大门类看…制造业同比增长A%: the division named bare, among the three of industry.
    aliases: ['规上制造业增加值', '规模以上制造业增加值', '规上制造业', '制造业'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'equipment-manufacturing-value-added',
    name: '装备制造业增加值',
    nameEn: 'Value added of equipment manufacturing',
    aliases: ['规上装备制造业增加值', '规模以上装备制造业增加值', '装备制造产业增加值'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'high-tech-manufacturing-value-added',
    name: '高技术制造业增加值',
    nameEn: 'Value added of high-technology manufacturing',
    aliases: ['规上高技术制造业增加值', '规模以上高技术制造业增加值'],
    category: 'industry',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'fiscal-total-revenue',
    name: '财政总收入',
    nameEn: 'Total fiscal revenue (including revenue passed to higher levels)',
    aliases: [
      '地方财政总收入',
      '一般公共预算总收入',
      '公共财政总收入',
      '全部财政收入',
      '全口径财政收入',
      '大口径财政收入',
      '财政收入',
    ],
    category: 'fiscal',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'investment-attracted',
    name: '招商引资实际到位资金',
    nameEn: 'Investment attracted (funds actually received)',
    // 引进市外资金15亿元以上: funds brought in from outside the city (county, province), the older
    // reports' and Anhui's and Hebei's name for the investment attracted.
    aliases: [
      '招商引资',
      '招商引资到位资金',
      '招商引资实际到位',
      '引进市外资金',
      '引进县外资金',
      '引进省外资金',
      // 引进旗外资金18.6亿元: Inner Mongolia's banners say 旗 for the county (session 51, fix486_487, F10363).
      '引进旗外资金',
      // 引进市外资金到位X亿元: the funds' name with 到位 after it instead of before (session 47, fix423, F8741).
      '引进市外资金到位',
      '引进县外资金到位',
      '引进省外资金到位',
      // 实际到位省外资金X亿元: Henan's and Anhui's name for the funds brought in (a table row as well as prose).
      '实际到位省外资金',
      '实际到位市外资金',
      '实际到位县外资金',
      // 招商引资到位县外资金45亿元以上: the funds received without 实际 (Shandong's plan parts).
      '到位省外资金',
      '到位市外资金',
      '到位县外资金',
      // 实际利用省外资金X亿元: Anhui's and Jiangxi's name for the funds brought in from other provinces.
      '实际利用省外资金',
      '利用省外资金',
      // 实际利用外资X亿美元；实际利用内资Y亿元: the domestic funds brought in beside the foreign ones
      // (Tianjin's and older reports' name for the investment attracted).
      '实际利用内资',
      '利用内资',
    ],
    category: 'investment',
    unit: '亿元',
    direction: 'higher-is-better',
    tableMeasure: 'growth',
  },
  {
    code: 'new-urban-jobs',
    name: '城镇新增就业',
    nameEn: 'New urban jobs',
    // 城镇新增就业岗位X万个: the same result counted in posts (a Shanghai-style district's word); the bare
    // 新增就业岗位 stays a result under its own name (prose-written-names.ts JOBS_CREATED).
    aliases: [
      '城镇新增就业人数',
      '新增城镇就业',
      '城镇新增就业人员',
      '新增城镇就业人员',
      '新增就业',
      '城镇新增就业岗位',
    ],
    category: 'employment',
    unit: '人',
    direction: 'higher-is-better',
    tableMeasure: 'level',
  },
  // Branches of industry, fields of investment, kinds of retail sales and the like: catalogue-detail.ts.
  ...DETAIL_ENTRIES,
  // Border trade and ports: catalogue-border.ts.
  ...BORDER_ENTRIES,
];

const byCode = new Map(CATALOGUE.map((entry) => [entry.code, entry]));
const byName = new Map<string, CatalogueEntry>();
for (const entry of CATALOGUE) {
  for (const name of [entry.code, entry.name, entry.nameEn, ...entry.aliases]) {
    byName.set(normaliseName(name), entry);
  }
}

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return byCode.get(code);
}

/** The catalogue entry a name (Chinese, alias, English or code) refers to, after width/space/unit normalisation. */
/** Words a row name may add after the indicator to say it gives the change: 居民消费价格指数涨幅, 地区生产总值增速. */
const CHANGE_SUFFIX = /(?:同比)?(?:涨幅|增幅|增速|增长率|增长)$/;
/** Words a row name may add after an indicator that should fall: 单位地区生产总值能耗降低, …下降率. */
const DECLINE_SUFFIX = /(?:同比)?(?:降低率|下降率|降幅|降低|下降)$/;

export function lookupIndicator(name: string): CatalogueEntry | undefined {
  const key = normaliseName(name);
  const exact = byName.get(key);
  if (exact) return exact;
  if (CHANGE_SUFFIX.test(key)) return byName.get(key.replace(CHANGE_SUFFIX, ''));
  // 单位地区生产总值能耗降低 | % | 完成市下达任务: a goal table's row names the fall it sets.
  if (DECLINE_SUFFIX.test(key)) return byName.get(key.replace(DECLINE_SUFFIX, ''));
  // 固定资产投资（不含农户）, 社会消费品零售总额（限额以上）: a scope in brackets (catalogue-scopes.ts).
  for (const scoped of scopedNames(key)) {
    const entry = byName.get(scoped);
    if (entry) return entry;
  }
  // 限额以上企业（单位）消费品零售额 as a sheet's row: the bracket offers the other word for the same firms
  // (企业 or 单位), a gloss no part of the name (README item 19; session 46, fix403, F8321).
  if (key.includes(')')) {
    const unglossed = key.replace(FIRMS_GLOSS, '');
    if (unglossed !== key) {
      const entry = byName.get(unglossed);
      if (entry) return entry;
    }
  }
  // 招商引资实际到位省外资金 as a table row: the field's name heading the funds' own name (the funds are
  // the investment attracted whatever the field's word before them). Session 30, fix101.
  const field = FIELD_HEAD.exec(key);
  if (field) {
    const entry = byName.get(key.slice(field[0].length));
    if (entry?.code === 'investment-attracted') return entry;
  }
  // 现价工业总产值, 按可比价格增加值 in a table row: the price basis written inside the name is not part
  // of it (as prose-clauses.ts reads it in prose).
  const unpriced = key.replace(PRICE_BASIS, '');
  if (unpriced !== key) return byName.get(unpriced);
  // 规模以上工业总产值(现价), 地区生产总值（按可比价计算）: a sheet's row gives the basis in brackets after the
  // name instead (session 38, fix257).
  const bracketed = key.replace(BRACKETED_PRICE_BASIS, '');
  return bracketed !== key ? byName.get(bracketed) : undefined;
}

/** (现价), (按现价计算), (当年价), (可比价), (不变价格): a price basis in brackets closing a row's name. */
const BRACKETED_PRICE_BASIS = /\((?:按)?(?:现价|现行价格?|当年价格?|(?:可比|不变)价格?)(?:计算)?\)$/;

/** 企业(单位), 单位(企业): the other word for the same firms in brackets after the first. */
const FIRMS_GLOSS = /(?<=企业)\(单位\)|(?<=单位)\(企业\)/;

/** 招商引资, 招商引资项目: the field a table row names before the funds received (实际到位省外资金). */
const FIELD_HEAD = /^招商引资(?:项目)?(?=.{4})/;

/**
 * 现价, 可比价, 按不变价格 in front of a name ending in 总产值 / 产值 / 增加值 (现价工业总产值), or
 * inside it just before that word (农林牧渔业现价总产值): the price basis a figure is given at.
 */
const PRICE_BASIS =
  /^(?:现价|(?:按)?(?:可比|不变)价格?)(?=.{0,10}(?:总产值|产值|增加值|生产总值)$)|(?:现价|(?:按)?(?:可比|不变)价格?)(?=(?:总产值|产值|增加值|生产总值)$)/;

/**
 * The code of an indicator the catalogue does not know: `x-` and the first 10 hex digits of the
 * sha256 of its normalised name (normaliseName: width folded, spaces and a bracketed unit removed,
 * Latin lower-cased). It depends on nothing but the name, so the same name gets the same code in
 * every report and every run; tests pin one value so a change to the scheme cannot go unnoticed.
 */
export function generatedCode(name: string): string {
  // Kept by name: the catalogue lacks the same names report after report (session 34: 1,830 calls a
  // pass over the fixtures, 601 names). Bounded, the server's process being long-lived.
  let code = generatedCodes.get(name);
  if (code === undefined) {
    // The one-shot hash: a Hash object a name cost four times as much (session 31).
    code = `x-${hash('sha256', normaliseName(name), 'hex').slice(0, 10)}`;
    if (generatedCodes.size >= 10_000) generatedCodes.clear();
    generatedCodes.set(name, code);
  }
  return code;
}
const generatedCodes = new Map<string, string>();
