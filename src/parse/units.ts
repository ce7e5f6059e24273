// The units of the genre: magnitudes (万, 亿), base units (元, 人次, 千瓦时 …) and which of them count
// things. Data for the figure reader in numbers.ts.

/** Magnitude prefixes of a unit, longest first. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
};

/** Base units a figure can carry; compound spellings map to a canonical base. */
export const BASE_UNITS: Readonly<Record<string, string>> = {
  个百分点: 'pp',
  // 人口出生率比上年低0.37个千分点: the change of a ‰ rate
  个千分点: '‰pt',
  千分点: '‰pt',
  百分点: 'pp',
  // 高0.4个点: news pages shorten 个百分点
  个点: 'pp',
  '%': '%',
  '‰': '‰',
  美元: '美元',
  // 田头平均收购价X元/公斤, 生猪出栏均价Y元/千克: a farm price, money per weight, kept as written
  // (not 元: the price is no amount of money; session 28, fix91).
  '元/公斤': '元/公斤',
  '元/千克': '元/千克',
  '元/斤': '元/斤',
  // 煤炭坑口综合均价716元/吨, 煤价每下降100元/吨: the coal counties' price, money per tonne, kept as written
  // like the farm prices (F6382, fix312).
  '元/吨': '元/吨',
  元: '元',
  人次: '人次',
  // 累计接种新冠病毒疫苗21.7万剂次, 完成疫苗接种8.6万剂: vaccine doses, counted as given (剂次) or as doses (剂).
  剂次: '剂次',
  剂: '剂',
  人: '人',
  平方公里: '平方公里',
  平方米: '平方米',
  立方米: '立方米',
  // air quality: PM2.5 concentration
  '微克/立方米': '微克/立方米',
  km2: '平方公里',
  m2: '平方米',
  // 4.23万㎡: the square-metre sign (U+33A1), and the square kilometre's (U+33A2)
  '㎡': '平方米',
  '㎢': '平方公里',
  km: '公里',
  公里: '公里',
  千米: '公里',
  米: '米',
  公顷: '公顷',
  亩: '亩',
  千瓦时: '千瓦时',
  千瓦: '千瓦',
  // 首批200兆瓦已并网发电, 储能容量400兆瓦时: the power plants of the new-energy counties are sized in 兆瓦
  // (MW) and their storage in 兆瓦时 (MWh), kept as written.
  兆瓦时: '兆瓦时',
  兆瓦: '兆瓦',
  MW: 'MW',
  kW: 'kW',
  // 万元GDP能耗为0.92吨标准煤, 综合能源消费量48.6万吨标准煤 (吨标煤 for short): energy in tonnes of standard
  // coal, its own unit, not 吨 with 标准煤 cut off (session 38, fix265).
  // 单位GDP能耗为1.160吨标准煤/万元: the same intensity with its per-万元 written after it, kept as written.
  '吨标准煤/万元': '吨标准煤/万元',
  吨标准煤: '吨标准煤',
  吨标煤: '吨标准煤',
  吨: '吨',
  千克: '千克',
  公斤: '公斤',
  // 单产达到452公斤/亩, 单位面积产量5515.7公斤/公顷: a crop's yield, a weight over an area, kept as
  // written (not 公斤).
  '公斤/亩': '公斤/亩',
  '千克/亩': '千克/亩',
  '公斤/公顷': '公斤/公顷',
  '千克/公顷': '千克/公顷',
  // 粮食总产量12.6亿斤: the grain regions (黑龙江, 吉林, 内蒙古) weigh their harvest in 斤.
  斤: '斤',
  // 烤烟收购8.6万担: tobacco leaf is bought and weighed in 担 (50 kg) in the tobacco counties.
  担: '担',
  标箱: '标箱',
  // 压减平板玻璃产能250万重量箱, 产量5.75亿重箱: flat glass is measured in weight cases (重量箱, 50 kg of 2 mm
  // glass), 重箱 for short, its own unit and no 万 of nothing (F6531, fix321).
  重量箱: '重量箱',
  重箱: '重量箱',
  批次: '批次',
  个月: '个月',
  // 审批时限压缩至N个工作日: a time limit in working days, not a count of 个 (session 27, fix83b).
  个工作日: '个工作日',
  个: '个',
  家: '家',
  // 检查经营单位218家次: firms inspected counted by the visit, as vehicles in 辆次 (session 39, fix279).
  家次: '家次',
  份: '份',
  件: '件',
  // 鞋6820万双: shoes (and socks, gloves) are counted in pairs, a 公报's product list's unit (held-out-371 yanpu;
  // session 45, fix371, F7534).
  双: '双',
  次: '次',
  户: '户',
  辆: '辆',
  // 出入境车辆9.64万辆次: the vehicles a port clears, counted by the crossing as people are in 人次 (fix275).
  辆次: '辆次',
  // 靠泊各类船舶4268艘次: the ships a port berths, counted by the call as vehicles in 辆次 (session 40, fix300).
  艘次: '艘次',
  所: '所',
  间: '间',
  处: '处',
  项: '项',
  批: '批',
  名: '名',
  台: '台',
  套: '套',
  // 补贴家电3150台（套）: appliances counted by the piece or by the set, one count in either classifier, kept
  // as written (as 头(只) for a herd), not 台 with a stray bracket after it (fix92).
  '台(套)': '台(套)',
  // 汽车摩托车下乡累计销售1.26万台（辆）, 农机具3200台（件）: machines counted by the piece or as vehicles, one
  // count in either classifier, kept as written as 台(套) is (session 44, fix359, F7283).
  '台(辆)': '台(辆)',
  '辆(台)': '辆(台)',
  '台(件)': '台(件)',
  // 集成电路产量X亿块: chips are counted in 块 (session 27, fix86).
  块: '块',
  // 新增担保业务N笔: deals (loans, guarantees) are counted in 笔 (session 28, fix90).
  笔: '笔',
  // 统计的M种主要工业产品中，有N种产品产量增长: kinds of products counted in 种 (session 29, fix98).
  种: '种',
  座: '座',
  宗: '宗',
  条: '条',
  张: '张',
  期: '期',
  // 牲畜存栏62.38万头（只）: a herd of cattle (头) and sheep (只) counted together, the pastoral regions'
  // unit; the brackets are folded to ASCII before figures are read. 骆驼0.86万峰: camels are counted in 峰;
  // 折合245.6万羊单位: a herd in sheep units.
  '头(只)': '头(只)',
  // 各类牲畜存栏48.6万头（只、匹）: cattle, sheep and horses counted together, each in its classifier,
  // kept as written (a herd's one unit, not 头).
  '头(只、匹)': '头(只、匹)',
  头只: '头只',
  羊单位: '羊单位',
  // 折合185.6万个羊单位: 个 counts the sheep units, the same herd's second value and not a count of 个.
  个羊单位: '羊单位',
  峰: '峰',
  // 马存栏N万匹: horses are counted in 匹 (fix229).
  匹: '匹',
  // 生猪1.8万口, 新打机井120口: pigs in the pastoral regions' communiqués, and wells, are counted in 口.
  口: '口',
  // 新打和修复机电井60眼: wells (and springs) are counted in 眼 too (session 46, fix391, F8005).
  眼: '眼',
  羽: '羽',
  头: '头',
  只: '只',
  车: '车',
  床: '床',
  株: '株',
  棵: '棵',
  // 食用菌种植规模达到X万棒: mushrooms are grown on logs of substrate counted in 棒 (菌棒), the unit
  // of the edible-fungus counties' scale (session 29, fix97).
  棒: '棒',
  // 开展集中排查N轮: rounds of a campaign (排查, 督查, 招聘) are counted in 轮.
  轮: '轮',
  支: '支',
  场: '场',
  // 举办促消费活动50场次: events counted as held (场次), as visits are in 人次.
  场次: '场次',
  // 发生各类生产安全事故11起: accidents and cases are counted in 起; 一期3栋厂房, 12幢厂房: buildings in 栋 or 幢.
  起: '起',
  // 累计报告新冠肺炎确诊病例3例, 完成白内障手术860例: cases (of a disease, of an operation) are counted in 例, as
  // accidents are in 起 (held-out-218 yuju; session 45, fixold, F7763).
  例: '例',
  栋: '栋',
  幢: '幢',
  // 研发楼主体施工至12层: how far a building's shell has risen, in floors.
  层: '层',
  // 新增纱锭3万锭, 棉纺规模达到12万锭: a textile county's spinning capacity is counted in spindles (锭).
  锭: '锭',
  // 县级重点项目共安排4大类46个: a programme's projects counted in classes first, then one by one.
  大类: '大类',
  天: '天',
  // 全部在N日内落实帮扶措施: a time limit in days written 日 (a span, kept as a fact); numbers.ts reads
  // 日 as a unit only before 内/之内/以内, so that a date's day (M月N日, N日召开) stays no figure.
  日: '日',
  小时: '小时',
  年: '年',
  岁: '岁',
  // 为全区65周岁以上老年人免费健康体检: an age in full years (周岁) is an age in 岁, so that its band reads
  // is read as one (prose-not-figures.ts: isAgeBand).
  周岁: '岁',
  // 以综合得分91.36分位居全市第2位, 综合得分85分以上的为第一方阵: a score in points (分) of a
  // ranking or an assessment; numbers.ts reads 分 as a unit only where it is no minute of a time (8时30分)
  // and no word's head (分钟, 分别, 分之, 分局 …), fix280.
  分: '分',
};

/**
 * Units read as another base unit times a factor: a growth of 1.5倍 is +150%, so that it compares
 * with growth given in percent (增长1.5倍 is the statistical usage for an increase of 150%).
 */
export const SCALED_UNITS: Readonly<Record<string, { factor: number; baseUnit: string }>> = {
  倍: { factor: 100, baseUnit: '%' },
  // 发电量达到14.86亿度, 用电量3260万度: 度 is the spoken kilowatt-hour, read only after a magnitude (a
  // bare 度 is a degree: 烈度, 气温).
  亿度: { factor: 1e8, baseUnit: '千瓦时' },
  万度: { factor: 1e4, baseUnit: '千瓦时' },
};

/** Units that count things (a classifier), as opposed to amounts of money, area or weight. */
const COUNT_UNITS = new Set([
  '人次',
  '剂次',
  '剂',
  '人',
  '批次',
  '个',
  '家',
  '家次',
  '份',
  '件',
  '次',
  '户',
  '辆',
  '辆次',
  '艘次',
  '所',
  '间',
  '处',
  '例',
  '项',
  '批',
  '名',
  '台',
  '套',
  '块',
  '笔',
  '座',
  '宗',
  '条',
  '张',
  '期',
  '羽',
  '头(只)',
  '头(只、匹)',
  '台(套)',
  '台(辆)',
  '辆(台)',
  '台(件)',
  '头只',
  '羊单位',
  '峰',
  '匹',
  '头',
  '只',
  '车',
  '床',
  '株',
  '棵',
  '棒',
  '轮',
  '支',
  '场',
  '场次',
  '起',
  '栋',
  '幢',
  '层',
  '锭',
  '大类',
  '种',
]);

const byLengthDesc = (a: string, b: string) => b.length - a.length;
/** MAGNITUDES' keys, longest first, sorted once (unitInfo runs for every figure). */
const MAGNITUDES_LONGEST_FIRST = Object.keys(MAGNITUDES).sort(byLengthDesc);

/** The reading of a written unit, as `unitInfo` answers it (the data's rules, unit by unit). */
function readUnit(unit: string): { factor: number; baseUnit: string } | null {
  if (unit === '') return { factor: 1, baseUnit: '' };
  const base = BASE_UNITS[unit];
  if (base !== undefined) return { factor: 1, baseUnit: base };
  const scaled = SCALED_UNITS[unit];
  if (scaled !== undefined) return scaled;
  for (const mag of MAGNITUDES_LONGEST_FIRST) {
    if (!unit.startsWith(mag)) continue;
    const rest = unit.slice(mag.length);
    const factor = MAGNITUDES[mag] ?? 1;
    if (rest === '') return { factor, baseUnit: '' };
    const restBase = BASE_UNITS[rest];
    if (restBase !== undefined) return { factor, baseUnit: restBase };
  }
  return null;
}

/**
 * Every unit `readUnit` knows, read once at load: '', a base or scaled unit, or a magnitude alone or before a
 * base unit (a plain object's inherited names, `toString` …, are looked up there too, so they are here).
 * Any other text reads as null, so one look-up answers `unitInfo` (it ran for every figure and table cell,
 * 1.1% of the parse's self time in session 42's profile, with a loop over the magnitudes for each miss).
 */
const KNOWN_UNITS: ReadonlyMap<string, { factor: number; baseUnit: string }> = (() => {
  const names = ['', ...Object.getOwnPropertyNames(Object.prototype), ...Object.keys(BASE_UNITS)];
  const units = [
    ...names,
    ...Object.keys(SCALED_UNITS),
    ...MAGNITUDES_LONGEST_FIRST.flatMap((mag) => names.map((n) => mag + n)),
  ];
  const known = new Map<string, { factor: number; baseUnit: string }>();
  for (const unit of units) {
    const info = readUnit(unit);
    if (info !== null && !known.has(unit)) known.set(unit, info);
  }
  return known;
})();

/** Resolves a written unit (亿元, 万平方米, %, 个百分点) to its base unit and factor; null if unknown. */
export function unitInfo(unit: string): { factor: number; baseUnit: string } | null {
  return KNOWN_UNITS.get(unit) ?? null;
}

export function isCountUnit(baseUnit: string): boolean {
  return COUNT_UNITS.has(baseUnit);
}
