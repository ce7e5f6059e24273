// The catalogue's second tier: the names statistics analyses, communiqués and county reports use in
// prose beneath the headline indicators — branches of industry, fields of investment, kinds of
// retail sales, urbanisation, household finance, transport. Metadata only, never values.
//
// Each branch is its own entry rather than an alias of 制造业增加值 or 工业投资: a guessed parent
// would put a branch's growth on the whole (电气机械和器材制造业增长18% is not manufacturing's).
// Names that hold 、 are listed for tables only: prose splits a clause at 、, so an alias without it
// (电力热力生产和供应业) carries the prose form. A branch is named bare (金属制品业增长9%) as often as
// with 增加值, so both forms are aliases: the written form becomes the observation's name.

import type { CatalogueEntry } from './catalogue.js';

type Detail = Omit<CatalogueEntry, 'direction' | 'tableMeasure'> &
  Partial<Pick<CatalogueEntry, 'direction' | 'tableMeasure'>>;

/** A branch of industry whose value added statistics analyses give a growth for. */
function branch(code: string, name: string, nameEn: string, aliases: readonly string[]): Detail {
  return {
    code,
    name: `${name}增加值`,
    nameEn: `Value added of ${nameEn}`,
    aliases: [name, ...aliases],
    category: 'industry',
    unit: '亿元',
  };
}

/**
 * A sector of the economy whose value added a communiqué gives; only with 增加值, as the bare name
 * (金融业, 建筑业) heads investment, output and revenue figures as often.
 */
function sector(code: string, name: string, nameEn: string, aliases: readonly string[]): Detail {
  return {
    code,
    name: `${name}增加值`,
    nameEn: `Value added of ${nameEn}`,
    aliases,
    category: 'economy',
    unit: '亿元',
  };
}

const DETAIL: readonly Detail[] = [
  // Industry by the three sections of the industrial classification, then the branches that county
  // analyses name most (重点行业中 / 分行业看 lists).
  branch('mining-value-added', '采矿业', 'mining', ['规上采矿业增加值']),
  branch('utilities-value-added', '电力热力燃气及水生产和供应业', 'electricity, heat, gas and water supply', [
    '电力、热力、燃气及水生产和供应业',
    '电力、热力、燃气及水生产和供应业增加值',
    '电力热力燃气及水的生产和供应业',
  ]),
  branch('coal-mining-value-added', '煤炭开采和洗选业', 'coal mining and washing', [
    '煤炭开采及洗选业',
    '煤炭采选业',
    '煤炭采选业增加值',
    '煤炭行业',
    '煤炭行业增加值',
    '煤炭工业',
    '煤炭工业增加值',
  ]),
  branch('power-heat-value-added', '电力热力生产和供应业', 'electricity and heat supply', [
    '电力、热力生产和供应业',
    '电力、热力生产和供应业增加值',
    '电力热力的生产和供应业',
  ]),
  branch(
    'electrical-machinery-value-added',
    '电气机械和器材制造业',
    'electrical machinery and equipment manufacturing',
    ['电气机械及器材制造业', '电气机械及器材制造业增加值'],
  ),
  branch('metal-products-value-added', '金属制品业', 'fabricated metal products', []),
  branch('chemicals-value-added', '化学原料和化学制品制造业', 'chemical raw materials and products', [
    '化学原料及化学制品制造业',
    '化学原料及化学制品制造业增加值',
  ]),
  branch('non-metallic-minerals-value-added', '非金属矿物制品业', 'non-metallic mineral products', []),
  branch(
    'agri-food-processing-value-added',
    '农副食品加工业',
    'agricultural and sideline food processing',
    [],
  ),
  branch('food-manufacturing-value-added', '食品制造业', 'food manufacturing', []),
  branch('ferrous-smelting-value-added', '黑色金属冶炼和压延加工业', 'ferrous metal smelting and rolling', [
    '黑色金属冶炼及压延加工业',
  ]),
  branch(
    'non-ferrous-smelting-value-added',
    '有色金属冶炼和压延加工业',
    'non-ferrous metal smelting and rolling',
    ['有色金属冶炼及压延加工业'],
  ),
  branch(
    'electronics-value-added',
    '计算机通信和其他电子设备制造业',
    'computer, communication and other electronic equipment',
    ['计算机、通信和其他电子设备制造业', '计算机、通信和其他电子设备制造业增加值'],
  ),
  branch('general-equipment-value-added', '通用设备制造业', 'general-purpose equipment manufacturing', []),
  branch('special-equipment-value-added', '专用设备制造业', 'special-purpose equipment manufacturing', []),
  branch('automobile-value-added', '汽车制造业', 'motor vehicle manufacturing', []),
  branch('pharmaceuticals-value-added', '医药制造业', 'pharmaceutical manufacturing', []),
  branch('rubber-plastics-value-added', '橡胶和塑料制品业', 'rubber and plastic products', [
    '橡胶及塑料制品业',
  ]),
  branch('textiles-value-added', '纺织业', 'textiles', []),
  // 轻工业完成增加值X亿元 in the prose, 轻工业 | X | A | — in the appendix table: industry split by what
  // it makes, one indicator however named, so the table's row and the prose figure are one.
  branch('light-industry-value-added', '轻工业', 'light industry', ['规上轻工业', '规模以上轻工业']),
  branch('heavy-industry-value-added', '重工业', 'heavy industry', ['规上重工业', '规模以上重工业']),
  {
    code: 'strategic-emerging-industries-value-added',
    name: '战略性新兴产业增加值',
    nameEn: 'Value added of strategic emerging industries',
    aliases: ['规上战略性新兴产业增加值', '规模以上战略性新兴产业增加值'],
    category: 'industry',
    unit: '亿元',
  },
  {
    code: 'industrial-revenue',
    name: '规模以上工业企业营业收入',
    nameEn: 'Operating revenue of industrial enterprises above designated size',
    // 主营业务收入: the same measure's name before 2019.
    aliases: [
      '规上工业营业收入',
      '规上工业企业营业收入',
      '规模以上工业营业收入',
      '规模以上工业主营业务收入',
      '规上工业主营业务收入',
      '规模以上工业企业主营业务收入',
      '规上工业企业主营业务收入',
      // 规模工业: Hunan's and Jiangxi's word for industry above the designated size.
      '规模工业营业收入',
      '规模工业企业营业收入',
    ],
    category: 'industry',
    unit: '亿元',
  },
  {
    code: 'industrial-profits',
    name: '规模以上工业企业利润总额',
    nameEn: 'Total profits of industrial enterprises above designated size',
    aliases: [
      '规上工业利润总额',
      '规上工业企业利润总额',
      '规模以上工业利润总额',
      '规上工业企业利润',
      // 规模以上工业企业实现主营业务收入…；实现利润…: the bare account after the firms' revenue.
      '规模以上工业企业利润',
      // 规模以上工业企业实现利润1860万元: the total told with its verb.
      '规模以上工业企业实现利润',
      '规上工业企业实现利润',
      '规模工业利润总额',
      '规模工业企业利润总额',
    ],
    category: 'industry',
    unit: '亿元',
  },
  {
    code: 'industrial-energy-consumption',
    name: '规模以上工业综合能源消费量',
    nameEn: 'Energy consumption of industry above designated size',
    aliases: ['规上工业综合能源消费量', '规上工业能耗', '规模以上工业能源消费量'],
    category: 'environment',
    unit: '万吨标准煤',
    direction: 'lower-is-better',
  },

  // The sectors a communiqué gives beside the three industries (其中工业…；建筑业…; 第三产业中，金融业…).
  // 全部工业增加值: industry of firms of every size, which a communiqué gives beside 规模以上工业增加值;
  // its own entry, lest the alias 工业增加值 inside it make it the catalogue's industry above size.
  sector('all-industry-value-added', '全部工业', 'industry (firms of every size)', []),
  sector('construction-value-added', '建筑业', 'construction', []),
  sector('wholesale-retail-value-added', '批发和零售业', 'wholesale and retail trade', ['批发零售业增加值']),
  sector('transport-value-added', '交通运输仓储和邮政业', 'transport, storage and post', [
    '交通运输、仓储和邮政业增加值',
    '交通运输仓储邮政业增加值',
  ]),
  sector('accommodation-catering-value-added', '住宿和餐饮业', 'accommodation and catering', [
    '住宿餐饮业增加值',
  ]),
  sector('finance-value-added', '金融业', 'financial intermediation', []),
  sector('real-estate-value-added', '房地产业', 'real estate', []),

  // Fields of investment (分领域看 / 从投资领域看).
  {
    code: 'manufacturing-investment',
    name: '制造业投资',
    nameEn: 'Manufacturing investment',
    aliases: ['制造业固定资产投资'],
    category: 'investment',
    unit: '亿元',
  },
  {
    code: 'infrastructure-investment',
    name: '基础设施投资',
    nameEn: 'Infrastructure investment',
    aliases: ['基础设施建设投资', '基础设施固定资产投资', '基建投资', '城市基础设施投资'],
    category: 'investment',
    unit: '亿元',
  },
  {
    code: 'technical-renovation-investment',
    name: '工业技改投资',
    nameEn: 'Investment in industrial technical renovation',
    aliases: ['技改投资', '工业技术改造投资', '技术改造投资', '工业技改'],
    category: 'investment',
    unit: '亿元',
  },
  {
    code: 'high-tech-industry-investment',
    name: '高技术产业投资',
    nameEn: 'High-technology industry investment',
    aliases: [],
    category: 'investment',
    unit: '亿元',
  },
  {
    code: 'high-tech-manufacturing-investment',
    name: '高技术制造业投资',
    nameEn: 'High-technology manufacturing investment',
    aliases: [],
    category: 'investment',
    unit: '亿元',
  },

  // Retail sales by the firms above the quota and by kind (限上 is the quota's short form).
  {
    code: 'retail-sales-above-quota',
    name: '限额以上单位消费品零售额',
    nameEn: 'Retail sales of consumer goods by units above designated size',
    aliases: [
      '限上消费品零售额',
      '限上单位消费品零售额',
      '限额以上消费品零售额',
      '限上社会消费品零售总额',
      '限额以上社会消费品零售总额',
      '限上社会消费品零售额',
      '限上社零额',
      '限额以上企业零售额',
      '限额以上企业消费品零售额',
      // 限额以上单位零售额: the units' retail sales, 消费品 left out.
      '限额以上单位零售额',
      '限上单位零售额',
      // 限额以上零售额: a sheet's row with both 单位 and 消费品 left out (session 44, fix367, F7463).
      '限额以上零售额',
      '限上零售额',
    ],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'wholesale-retail-above-quota-retail-sales',
    name: '限额以上批发和零售业零售额',
    nameEn: 'Retail sales of wholesale and retail trade above designated size',
    aliases: [
      '限上批发零售业零售额',
      '限上批发和零售业零售额',
      '限额以上批发零售业零售额',
      '限上批零业零售额',
    ],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'accommodation-catering-above-quota-retail-sales',
    name: '限额以上住宿和餐饮业零售额',
    nameEn: 'Retail sales of accommodation and catering above designated size',
    aliases: ['限上住宿餐饮业零售额', '限上住宿和餐饮业零售额', '限额以上住宿餐饮业零售额'],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'online-retail-sales',
    name: '网上零售额',
    nameEn: 'Online retail sales',
    aliases: ['网络零售额'],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'online-physical-goods-retail-sales',
    name: '实物商品网上零售额',
    nameEn: 'Online retail sales of physical goods',
    aliases: ['实物商品网络零售额'],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'catering-revenue',
    name: '餐饮收入',
    nameEn: 'Catering revenue',
    aliases: ['餐饮收入额'],
    category: 'consumption',
    unit: '亿元',
  },
  {
    // Its own entry: 限额以上单位餐饮收入 is the firms above the quota, not all catering.
    code: 'catering-revenue-above-quota',
    name: '限额以上单位餐饮收入',
    nameEn: 'Catering revenue of units above designated size',
    aliases: ['限上餐饮收入', '限上单位餐饮收入', '限额以上餐饮收入'],
    category: 'consumption',
    unit: '亿元',
  },
  {
    code: 'goods-retail-sales',
    name: '商品零售额',
    nameEn: 'Retail sales of goods',
    // 按消费类型分，商品零售86.14亿元: statistics releases name the goods half of retail without 额.
    aliases: ['商品零售'],
    category: 'consumption',
    unit: '亿元',
  },

  // Population: the urbanisation rate by residence and by household registration.
  {
    code: 'urbanisation-rate',
    name: '常住人口城镇化率',
    nameEn: 'Urbanisation rate of the resident population',
    aliases: ['城镇化率', '人口城镇化率', '城镇化水平'],
    category: 'other',
    unit: '%',
    tableMeasure: 'rate',
  },
  {
    code: 'registered-urbanisation-rate',
    name: '户籍人口城镇化率',
    nameEn: 'Urbanisation rate of the registered population',
    aliases: [],
    category: 'other',
    unit: '%',
    tableMeasure: 'rate',
  },

  // Household finance, transport.
  {
    code: 'household-deposits',
    name: '住户存款余额',
    nameEn: 'Household deposits',
    // 其中：城乡储蓄存款余额 as a monthly sheet's row under the deposits: the older name of the same balance, without
    // 居民 (prose reads the qualifier before 储蓄存款余额 so already; held-out-484 yugu, youlan). Session 51, fix484, F10291.
    aliases: [
      '住户存款',
      '城乡居民储蓄存款余额',
      '居民储蓄存款余额',
      '城乡居民储蓄存款',
      '储蓄存款余额',
      '城乡储蓄存款余额',
      '城乡储蓄存款',
    ],
    category: 'finance',
    unit: '亿元',
  },
  {
    code: 'household-loans',
    name: '住户贷款余额',
    nameEn: 'Household loans',
    aliases: ['住户贷款'],
    category: 'finance',
    unit: '亿元',
  },
  {
    code: 'freight-volume',
    name: '货物运输量',
    nameEn: 'Freight volume',
    // 公路货运量 in a county's monthly sheet: a county's freight is its roads' (held-out-471 deqian; the prose reads
    // the qualifier before 货运量 so already, README item 29: bohu, duyu, yanpu). Session 50, fix471, F9953.
    aliases: ['货运量', '全社会货运量', '全社会货物运输量', '公路货运量', '公路货物运输量'],
    category: 'other',
    unit: '万吨',
  },
  {
    code: 'passenger-volume',
    name: '旅客运输量',
    nameEn: 'Passenger volume',
    aliases: ['客运量', '全社会客运量', '全社会旅客运输量', '公路客运量', '公路旅客运输量'],
    category: 'other',
    unit: '万人',
  },
];

export const DETAIL_ENTRIES: readonly CatalogueEntry[] = DETAIL.map((entry) => ({
  direction: 'higher-is-better',
  tableMeasure: 'growth',
  ...entry,
}));
