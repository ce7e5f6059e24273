// Number and unit reading: finds figures in width-folded text and turns them into Quantities.
// Works on folded text (foldWidth) so full-width digits and punctuation read like half-width ones.

import type { Qualifier, Quantity } from './types.js';
import { BASE_UNITS, MAGNITUDES, SCALED_UNITS, unitInfo } from './units.js';

export { isCountUnit, unitInfo } from './units.js';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Chinese numeral below 10000 (三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105); null if not one. */
export function chineseNumeral(text: string): number | null {
  if (text.length === 0 || text.length > 8) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch];
    const p = CHINESE_POWERS[ch];
    if (d !== undefined) digit = d;
    else if (p !== undefined) {
      total += (digit ?? 1) * p;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Reads a rank or count written in Arabic or Chinese numerals (3, 第三, 第二名, 三位); null otherwise. */
export function readOrdinal(text: string): number | null {
  const match = /^第?\s*(\d+|[零〇一二两三四五六七八九十百]+)\s*(?:名|位)?$/.exec(text.trim());
  if (!match?.[1]) return null;
  const n = /^\d+$/.test(match[1]) ? Number(match[1]) : chineseNumeral(match[1]);
  return n !== null && n > 0 ? n : null;
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Units read only where the character is no word's head nor a time's part: 分 is a score's point
 * (91.36分) but not 分钟, 分别, 三分之一, 分局, 分公司 nor the minute of 8时30分 (fix280).
 */
const UNIT_GUARDS: Readonly<Record<string, string>> = {
  分: '分(?![钟别之类局行公区站析部院队厂批期项])(?<![时点:]\\d{1,2}分)',
};
const BASE_ALT = [...Object.keys(BASE_UNITS), ...Object.keys(SCALED_UNITS)]
  .sort(byLengthDesc)
  .map((unit) => UNIT_GUARDS[unit] ?? escapeRegExp(unit))
  .join('|');
const MAG_ALT = Object.keys(MAGNITUDES).sort(byLengthDesc).join('|');

/**
 * What must follow a number whose thousands are parted by spaces (185 326万元, 2 368公里, as yearbooks and
 * older communiques set them): a unit, so that two cells of a table laid out with spaces (12 345) stay two.
 */
const THOUSANDS_SPACED_UNIT = `(?:${MAG_ALT}|${BASE_ALT})`;

/**
 * A number with its unit and trailing qualifiers, anchored (sticky) at a position.
 * Groups: 1 minus, 2 integer, 3 fraction, 4 余/多, 5 base, 6 magnitude, 7 余/多, 8 base after magnitude, 9 trailing qualifier
 * (after one space at most, as news pages space figures: 增长 5% 以上).
 */
const FIGURE = new RegExp(
  `()(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?=${THOUSANDS_SPACED_UNIT})|\\d+)(?:\\.(\\d+))?\\s?(余|多)?(?:(${BASE_ALT})|(${MAG_ALT})(余|多)?(${BASE_ALT})?)?(?:\\s(?=及以上|以上|以下|以内|之内|左右))?(及以上|以上|以下|以内|之内|左右)?`,
  'y',
);

const PREFIX_QUALIFIERS: ReadonlyArray<[RegExp, Qualifier]> = [
  // 新签约5000万元以上项目, 节约资金1.2亿元: the 约 of a word (签约 signed, 节约 saved) says no figure is about.
  [/(?:大约|(?<![签节制集条契合违履预特邀公])约|近|将近)$/, 'about'],
  // 不超过4%: a bound from above, read with the goal's words, not an amount over the figure.
  [/(?<!不)(?:超过|超|逾)$/, 'over'],
  [/(?:不到|不足)$/, 'under'],
];

const SUFFIX_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  余: 'over',
  多: 'more-than',
  以上: 'at-least',
  及以上: 'at-least',
  以下: 'at-most',
  以内: 'within',
  之内: 'within',
  左右: 'about',
};

/**
 * Sign words written just before a growth or change figure: 下降2.0% → −2. 增长率 opening its clause
 * (零售总额X万元，增长率达A%) is the growth said as its rate (F9982), and so is one after a name (增长率达到A%, F10044)
 * but 自然增长率 (人口自然增长率为5‰), which is the name's.
 * 增长幅度为A% is 增幅为A% written in full (F9986). 比上年递增A%: an older report's word for the year's growth
 * (session 51, fix482_483, F10274).
 */
const SIGN_WORD =
  /((?<!自然)增长率|增长幅度|增长|比增|递增|增加|提高|上升|上涨|回升|收窄|加快|提升|扩大|增速|增幅|增产|激增|猛增|大增|剧增|下降|比降|减少|降低|下滑|回落|放缓|减收|减支|减产|负增长)(?:了|为|达到?|至)?(?:约|近|超)?$/;
/**
 * A growth rate's move to the figure: 增速回落至15.2%, 增幅提高到9.1% (the rate, not a change of it); so is a
 * share's (占全部投资比重回落至28.9%: the share it fell to).
 */
const RATE_MOVED_TO =
  /(?:增速|增幅|涨幅|比重|占比|发生率)(?:回落|放缓|下降|下滑|降低|回升|提高|上升|加快|提升)[至到]$/;
/**
 * The same move with the rate it moved from between: 贫困发生率由上年末的9.3%下降至5.1% (the rate it fell to, not a
 * fall of 5.1%; F6882, fix341). 下降到 never took the sign; 下降至 did.
 */
const RATE_MOVED_FROM_TO =
  /(?:增速|增幅|涨幅|比重|占比|发生率)[由从][^,;，；。%]{0,12}?\d+(?:\.\d+)?%(?:回落|放缓|下降|下滑|降低|回升|提高|上升|加快|提升)[至到]$/;
const NEGATIVE_WORDS = new Set([
  '下降',
  '比降',
  '减少',
  '降低',
  '下滑',
  '回落',
  '放缓',
  '减收',
  '减支',
  '减产',
  '负增长',
]);

/** 降幅较上月扩大: 扩大 after a fall's words widens the fall, a negative change. */
function widensFall(signWord: string, text: string, from: number, signStart: number): boolean {
  return signWord === '扩大' && /降/.test(text.slice(from, signStart));
}

/**
 * 降幅收窄至8.4%: the fall narrowed to that size, still a fall (−8.4%), not a rise; 降幅收窄3个百分点 (no
 * 至) is the change of the fall and keeps its sign.
 */
function narrowedFallTo(sign: string, text: string, from: number, signStart: number): boolean {
  return (
    /^收窄(?:了)?至/.test(sign) &&
    /[降跌]幅(?:继续|进一步|持续|再|明显|大幅)?$/.test(text.slice(from, signStart))
  );
}

export type FigureKind = 'number' | 'ratio' | 'fraction';

/** A figure found in text: offsets into the scanned string, its quantity and the sign word read with it. */
export interface Figure {
  start: number;
  end: number;
  kind: FigureKind;
  quantity: Quantity;
  /** The sign word before the number (增长, 下降, 收窄 …), '' when none. */
  signWord: string;
}

function makeQuantity(value: number, unit: string, qualifier: Qualifier | null, raw: string): Quantity {
  const info = unitInfo(unit) ?? { factor: 1, baseUnit: unit };
  return { value, unit, valueBase: value * info.factor, baseUnit: info.baseUnit, qualifier, raw };
}

const DIGIT = /\d/;
const LETTER = /[A-Za-z]/;
const RANGE_BEFORE = /\d\s?[-—–~至到]\s?$/;
/** 时间过去, 时间已过, 时间过了: what a fraction of the year gone by follows. */
const TIME_ELAPSED = /时间(?:已经?)?过(?:去|了)?(?:了)?$/;
/** How far after the year gone by (时间过三分之一) the tasks' same fraction may echo it. */
const ECHO_REACH = 40;
const FRACTION = /([零〇一二两三四五六七八九十百]+|\d+)分之([零〇一二两三四五六七八九十百]+|\d+)/g;
/** 点八, 点零五: the decimals of a number said in words, one digit word each (〇 and 零 both zero). */
const SPOKEN_DECIMALS = /^点([零〇一二三四五六七八九]{1,3})/;
const SPOKEN_DIGITS = '零一二三四五六七八九〇';
const TIME_AFTER_DATE = /\d[-/.]\d{1,2}\s?$|日\s?$/;
const YEAR_HEADING_AFTER = /^(?:年度|全年)?(?:主要)?(?:预期目标|目标任务|工作要点|工作安排)/;
const RATIO = /\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+/y;
/**
 * A ratio typed with a space after each colon (三次产业结构调整为24.3: 30.1: 45.6): three parts or more, so
 * a caption's 表1: 12.5亿元 stays a number.
 */
const SPACED_RATIO = /\d+(?:\.\d+)?(?:: ?\d+(?:\.\d+)?){2,}/y;

/** Reads the number at `at` (sticky); null when there is none. Used by scanFigures and the cell reader. */
function figureAt(text: string, at: number): { match: RegExpExecArray; end: number } | null {
  FIGURE.lastIndex = at;
  const match = FIGURE.exec(text);
  if (!match) return null;
  // The optional space before a unit must not be swallowed when no unit follows.
  return { match, end: at + match[0].trimEnd().length };
}

function numericValue(match: RegExpExecArray): number {
  const integer = (match[2] ?? '0').replace(/[, ]/g, '');
  return Number(match[3] ? `${integer}.${match[3]}` : integer);
}

/** The units a plant's capacity is given in: 5万吨, 3000吨, 2万套, 50万头 (an abattoir's or a farm's head of stock). */
const CAPACITY_UNIT = /(?:万吨|吨|万套|万台|万辆|万件|万头|万只)$/;

/**
 * A clause opening with a short name's head (泠郊, 某某经开区) and no verb before a capacity; or the
 * head right after the verb that pushes the works on (全力推进峨垣县30万吨…项目、…), or after the 的 that
 * closes the amount leading a name (加快总投资12.8亿元的某县10万吨…项目建设).
 */
const NAME_HEAD_BEFORE = /(?:^|[\s、,;:。]|\d[.、]|元的|推进|推动|加快|实施|启动|抓好)[\u4e00-\u9fa5]{2,6}$/;
/**
 * The words a name with a capacity in it ends with: works (项目, 工程, 生产线) and the places built for a
 * capacity (某县10万吨果蔬冷链物流中心, 5万吨粮食仓储基地, 20万吨冷库), as the project reader's names end.
 */
const CAPACITY_NAME_END = '(?:项目|工程|生产线|中心|基地|产业园|物流园|工业园|园区|冷库)';
/**
 * The rest of a project's name after a capacity, closed by 、, its status (after an adverb or a
 * time: 年内开工) or 建设; a phase in brackets may end the name first (…项目（一期）建成投产), or stand before
 * its closing 项目 (…甲基地（二期）项目、, session 30, fixleft30). N万吨/年…项目
 * writes the capacity per year after its unit, …项目二期前期工作 the phase bare before the works' stage (fixleft29).
 */
const CAPACITY_NAME_CLOSED = new RegExp(
  `^(?:\\/[年日天])?[\\u4e00-\\u9fa5]{1,16}?${CAPACITY_NAME_END}(?:(?:[(（][一二三四五六七八九十\\d]期[)）]|[一二三四五六七八九十]期)(?:项目|工程)?)?(?:[、,;。和及与]|(?:相继|先后|均已|均|已|全面|顺利|年内|年底前|年底|上半年|下半年|力争|确保)*(?:建成|开工|投产|竣工|落地|签约)|建设|前期工作|(?:计划)?总投资)`,
);
/** The rest of a name after a capacity opening a clause or an item, the name ending the clause. */
const CAPACITY_NAME_ENDS_CLAUSE = new RegExp(
  `^[\\u4e00-\\u9fa5]{0,16}?${CAPACITY_NAME_END}(?:$|[\\s:,;。、])`,
);

/**
 * Verbs a short clause head may be instead of a name's head: 建成20万吨…项目 reports a capacity built,
 * 主要规划15万吨…冷库 one planned.
 */
const VERB_HEAD = /(?:建成|新建|规划|新增|完成|实现|达到|形成|具备|扩建|改造|开工|投产)$/;

/** The end of a firm's name: 晋苍煤业, 某某矿业, 某某公司, 某某集团. */
const FIRM_BEFORE = /(?:煤业|矿业|能源|化工|钢铁|实业|公司|集团|煤矿|厂)$/;

/** What follows a power in a plant's name: 600MWh共享储能电站项目 after 300MW/. */
const PLANT_AFTER_POWER =
  /^h?(?:\/\d+(?:\.\d+)?(?:MWh|GWh|兆瓦时))?[\u4e00-\u9fa5]{0,16}?(?:项目|工程|电站|电场)/i;

/** A number in volts: 220千伏, 35kV, 500 kV, 10万伏. */
const VOLTAGE = /^[\d.,]+\s?(?:[千万]伏|伏(?!天)|kV)/i;

/**
 * 甲项目总投资X亿元，建设年产8万吨乙生产线: the capacity a project named in the clause before builds, its content
 * and no name (projects.ts reads that clause so), is a figure the report gives (session 43, fix349, F7095).
 */
const CONTENT_CAPACITY_LEAD =
  /(?:项目|工程)[^,，;；。:：]{0,12}?总投资[^,，;；。]{1,16}[,，](?:主要|重点|将|拟|计划)?(?:建设|新建|扩建|建成)[年日月](?:产|处理|加工|生产)$/;

const contentCapacity = (text: string, start: number) =>
  CONTENT_CAPACITY_LEAD.test(text.slice(Math.max(0, start - 40), start));

/** Whether the number at [start, end) is a date, year, range of months, list number or part of a name. */
function isNotAFigure(text: string, start: number, match: RegExpExecArray, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  const written = text.slice(start, end);
  const integer = match[2] ?? '';
  const hasUnit = Boolean(match[5] || match[6] || match[4] || match[7]);
  // A plant's capacity (X万吨, Y万套), which the name tests below look for around it.
  const capacity = hasUnit && CAPACITY_UNIT.test(written);
  // PM2.5, 5G: part of a name; but 完成GDP408.1亿元 is the GDP's level, written against its name.
  const glued = before === 'GDP' && hasUnit;
  if ((LETTER.test(before.slice(-1)) && !glued) || (!hasUnit && LETTER.test(after.charAt(0)))) return true;
  if (integer.length > 1 && integer.startsWith('0') && !match[3]) return true; // 020体验中心
  // 在N日内: 日 is a span only before 内 (or as 以内/之内); elsewhere a date's day (M月N日, N日召开).
  if (match[5] === '日' && !/^(?:之?内)/.test(after) && match[9] !== '以内' && match[9] !== '之内')
    return true;
  // 年产20万吨铝基新材料项目, 日产2500吨熟料生产线: the capacity in a project's name, not a figure
  // the report gives; so is 年加工N万吨甲精深加工项目 (a plant's yearly throughput, session 30, fix100).
  if (
    hasUnit &&
    /[年日月](?:产|处理|加工|屠宰)$/.test(before) &&
    /^[\u4e00-\u9fa5A-Za-z]{0,16}?(?:项目|工程|生产线)/.test(text.slice(end, end + 20)) &&
    !contentCapacity(text, start)
  )
    return true;
  // 追加投资了N个多亿, 两个多亿: a spoken amount in hundreds of millions (个 before 亿, mostly hedged by 多),
  // not a count of anything; the speaker's rough sum gives no figure.
  // N个亿元以上重点项目 is a count of the projects of a size class (fix124), not an amount.
  if (/\d个$/.test(written) && /^多?亿/.test(after) && !/^亿元(?:及)?以上/.test(text.slice(end, end + 5)))
    return true;
  // 产业园总投资X亿元，一期X万吨正极材料项目于N月建成投产: a capacity after the phase that opens a
  // clause, before the rest of the phase's project name, is the name's (the phase of a park named by what
  // it makes), not a figure the report gives.
  if (
    capacity &&
    /(?:^|[\s、,;:。])[一二三四五六七八九十]期$/.test(before) &&
    /^[\u4e00-\u9fa5]{1,16}?(?:项目|工程|生产线)/.test(text.slice(end, end + 20))
  )
    return true;
  // 2.5万吨饲料加工项目：总投资…, …；5万吨冷库项目，总投资…: a capacity opening a clause or an item,
  // with the name ending the clause, is the name's too.
  if (
    capacity &&
    (start === 0 || /(?:[\s、,;:。(]|\d[.、])$/.test(before)) &&
    CAPACITY_NAME_ENDS_CLAUSE.test(text.slice(end, end + 20))
  )
    return true;
  // 泠郊20万吨玉米深加工项目、…建成投产: a capacity after a short name's head (a place's, a park's)
  // and before the rest of a project's name, the name closed by 、 or its status, is the name's too;
  // so with the status after an adverb (…项目相继建成投产) or the works after it (抓好…项目建设).
  if (
    capacity &&
    NAME_HEAD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    !VERB_HEAD.test(before) &&
    !contentCapacity(text, start) &&
    CAPACITY_NAME_CLOSED.test(text.slice(end, end + 26))
  )
    return true;
  // 晋苍煤业90万吨矿井兼并重组整合项目, 某某煤业90万吨/年矿井…, 甲钢铁公司120万吨精品板材项目, 某某公司10万吨PVC项目,
  // 某某水泥厂2500吨/日熟料生产线: a capacity between a firm's name and its works' is the works' name too,
  // not a figure the report gives.
  if (
    capacity &&
    FIRM_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    /^(?:\/[年日天])?[\u4e00-\u9fa5A-Za-z]{0,16}?(?:项目|工程|生产线|矿井|煤矿)/.test(
      text.slice(end, end + 22),
    )
  )
    return true;
  // 300MW/600MWh共享储能电站项目, 50兆瓦光伏电站: a power opening a plant's or a project's name is
  // its size, not a figure the report gives.
  const power = /(?:MW|GW|千瓦|兆瓦)$/i.test(written) ? '' : /^(?:MW|GW|千瓦|兆瓦)/i.exec(after)?.[0];
  if (power !== undefined && PLANT_AFTER_POWER.test(text.slice(end + power.length, end + 30))) return true;
  // 某某光伏电站二期（20兆瓦）总投资…: a plant's power in brackets after its name is its size too.
  if (
    power !== undefined &&
    /[(（]\s?$/.test(before) &&
    /^\s?[)）]/.test(text.slice(end + power.length, end + power.length + 2)) &&
    /(?:电站|电场|项目|工程|[一二三四五六七八九十\d]期)[(（]\s?$/.test(
      text.slice(Math.max(0, start - 6), start),
    )
  )
    return true;
  // 220千伏输变电工程, 新建110kV线路: a voltage is the class of a grid's lines and substations, a
  // word of their name, never a figure the report gives (千 read as a magnitude leaves 伏 after it).
  if (VOLTAGE.test(text.slice(start, end + 3))) return true;
  // 2×66万千瓦火电项目, 2×35万千瓦机组: the count of units before a unit's capacity is part of the
  // capacity (a name's word, with it), no figure of its own.
  if (!hasUnit && /^\s?[×*]\s?\d/.test(after)) return true;
  if (before.endsWith('第')) return true; // an ordinal: 排全市第2位, 第3批 (rankings are read apart)
  if (before.endsWith('前') && !hasUnit && /^(?:位|名)/.test(after)) return true; // a band: 排名全省前3位
  if (match[5] === '年' && /^(?:19|20)\d\d$/.test(integer)) return true; // 2020年
  // 说明：1.2022年共安排…: an item number run into the year its item opens with, no decimal in 年.
  if (
    match[5] === '年' &&
    /^\d{1,2}$/.test(integer) &&
    /^(?:19|20)\d\d$/.test(match[3] ?? '') &&
    (start === 0 || /[\s:：;；。]$/.test(before))
  )
    return true;
  if (!hasUnit && /^(?:19|20)\d\d$/.test(integer) && !match[3] && !match[9]) {
    if (/^(?:年|\/|-)/.test(after)) return true;
    // 2014—2015年, 2014～2015年, 2014至2015年 (a chart's caption): the first year of a range of years.
    if (/^\s?(?:[—–~～]|至|到)\s?(?:19|20)\d\d年/.test(text.slice(end, end + 9))) return true;
    // 2013预期目标, 2024工作要点: a heading's year written without 年.
    if (YEAR_HEADING_AFTER.test(text.slice(end, end + 8))) return true;
    // 甲县年鉴·2019, 甲市统计年鉴2019: the yearbook's volume in its running title (F8642).
    if (/年鉴[·・•\s(（-]?$/.test(before)) return true;
  }
  if (!hasUnit && /^(?:月|日|号|时|:\d)/.test(after)) return true; // 6月30日
  // 甲县统计局2023年12⏎月18日: a date's month cut from its 月 by a wrapped line (a PDF's date line; F8641).
  if (!hasUnit && !match[3] && /^\s*\n\s*月/.test(text.slice(end, end + 6)) && /\d年$/.test(before))
    return true;
  // 2024-02-26 15:20, 2019/8/12: the parts of a date or a time written with figures.
  const wide = text.slice(Math.max(0, start - 8), start);
  if (!hasUnit && /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]$|(?:19|20)\d{2}[-/.]$|\d:$/.test(wide)) return true;
  if (!hasUnit && /^(?:19|20)\d\d$/.test(integer) && match[3]?.length === 2 && /^[-/.]\d/.test(after))
    return true; // 2019.08.12
  // 1-6月, 1至6月, 1到6月: a range of months.
  if (!hasUnit && /^\s?(?:[-—–~]|至|到)\s?\d+\s?月/.test(text.slice(end, end + 8))) return true;
  if (RANGE_BEFORE.test(before) && !hasUnit && /^月/.test(after)) return true;
  // 安排部署5、6月份工作: months listed before the one 月 they share, each a month and no figure (F9546).
  // The mark after the figure is looked at first: most bare figures stand before none.
  const next = text.charAt(end);
  if (
    !hasUnit &&
    !match[3] &&
    (next === '、' || next === '和') &&
    /^[、和]\d{1,2}(?:[、和]\d{1,2})*月/.test(text.slice(end, end + 12))
  )
    return true;
  if (!hasUnit && !match[3] && /^[、.]/.test(after) && (start === 0 || /[\s(]$/.test(before))) return true;
  return false;
}

/**
 * Finds every figure in `text` between `from` and `to`: numbers with units, ratios (27:26:46),
 * fractions (三分之一). Offsets are into `text`. Never throws; always advances.
 */
export function scanFigures(text: string, from = 0, to = text.length): Figure[] {
  const figures: Figure[] = [];
  let i = from;
  while (i < to) {
    // An ASCII digit, as DIGIT (/\d/) tests, without a one-character string per character.
    const code = text.charCodeAt(i);
    if (!(code >= 48 && code <= 57)) {
      i++;
      continue;
    }
    const prev = i > from ? text.charAt(i - 1) : '';
    if (DIGIT.test(prev) || (prev === '.' && DIGIT.test(text.charAt(i - 2)))) {
      i++;
      continue;
    }
    RATIO.lastIndex = i;
    SPACED_RATIO.lastIndex = i;
    const spaced = SPACED_RATIO.exec(text);
    const ratio = spaced && /: /.test(spaced[0]) ? spaced : RATIO.exec(text);
    // 2024-02-26 15:20: a time after a date, not a ratio.
    if (
      ratio &&
      /^\d{1,2}:\d{2}$/.test(ratio[0]) &&
      TIME_AFTER_DATE.test(text.slice(Math.max(from, i - 8), i))
    ) {
      i += ratio[0].length;
      continue;
    }
    if (ratio && ratio.index === i && i + ratio[0].length <= to) {
      // 城乡居民收入比缩小至1.92:1: a ratio to one is its first term; the 1 it is put against is no figure.
      const toOne = /^[^:]+:1$/.test(ratio[0]) ? ratio[0].length - 2 : ratio[0].length;
      for (const part of ratio[0].slice(0, toOne).matchAll(/\d+(?:\.\d+)?/g)) {
        const offset = i + (part.index ?? 0);
        figures.push({
          start: offset,
          end: offset + part[0].length,
          kind: 'ratio',
          quantity: makeQuantity(Number(part[0]), '', null, part[0]),
          signWord: '',
        });
      }
      i += ratio[0].length;
      continue;
    }
    const found = figureAt(text, i);
    if (!found || found.end > to) {
      i++;
      continue;
    }
    const { match } = found;
    let end = found.end;
    if (isNotAFigure(text, i, match, end)) {
      i = end > i ? end : i + 1;
      continue;
    }
    let start = i;
    let value = numericValue(match);
    // A minus right before the number negates it, unless it is the dash of a range (1-6月, and
    // 增长5%-5.5%, whose lower bound keeps its own unit).
    if (
      (prev === '-' || prev === '−') &&
      i - 1 >= from &&
      !DIGIT.test(text.charAt(i - 2)) &&
      !(text.charAt(i - 2) === '%' && DIGIT.test(text.charAt(i - 3)))
    ) {
      start = i - 1;
      value = -value;
    }
    const magnitude = match[6] ?? '';
    const base = match[8] ?? match[5] ?? '';
    const over = match[7] ?? match[4];
    const unit = magnitude + base || (lostPercent(text, start, end, match) ? '%' : '');
    let qualifier: Qualifier | null = null;
    if (over) qualifier = SUFFIX_QUALIFIERS[over] ?? null;
    if (match[9]) qualifier = SUFFIX_QUALIFIERS[match[9]] ?? qualifier;
    if (match[9] === undefined && match[4] === '多' && !unit) qualifier = 'more-than';
    const before = text.slice(Math.max(from, start - 6), start);
    let signWord = '';
    // 增速回落至15.2%: where the growth rate moved to, a rate of +15.2%, not a fall by 15.2%.
    const sign =
      RATE_MOVED_TO.test(text.slice(Math.max(from, start - 8), start)) ||
      RATE_MOVED_FROM_TO.test(text.slice(Math.max(from, start - 30), start))
        ? null
        : SIGN_WORD.exec(before);
    const info = unitInfo(unit);
    const signed = info && (info.baseUnit === '%' || info.baseUnit === 'pp');
    if (sign?.[1] && signed) {
      signWord = sign[1];
      start -= sign[0].length;
      if (NEGATIVE_WORDS.has(signWord) && value > 0) value = -value;
      if (widensFall(signWord, text, Math.max(from, start - 12), start)) value = -Math.abs(value);
      if (narrowedFallTo(sign[0], text, Math.max(from, start - 8), start)) value = -Math.abs(value);
    } else {
      for (const [pattern, q] of PREFIX_QUALIFIERS) {
        const m = pattern.exec(before);
        if (m) {
          qualifier = q;
          start -= m[0].length;
          break;
        }
      }
    }
    if (end > to) end = to;
    figures.push({
      start,
      end,
      kind: 'number',
      quantity: makeQuantity(value, unit, qualifier, text.slice(start, end)),
      signWord,
    });
    i = end > i ? end : i + 1;
  }
  shareListUnits(text, figures);
  shareListSigns(text, figures);
  roundThresholds(text, from, to, figures);
  spokenPoints(text, from, to, figures);
  // Fractions are rare: search only this span (never the rest of the document) and only when 分之 occurs.
  const span = text.slice(from, to);
  if (!span.includes('分之')) return figures;
  FRACTION.lastIndex = 0;
  // Where each fraction of the year gone by ends in the span (时间过三分之一), for the task's echo of it.
  const elapsed = new Map<string, number>();
  for (let m = FRACTION.exec(span); m !== null; m = FRACTION.exec(span)) {
    const index = from + m.index;
    const num = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : chineseNumeral(m[2] ?? '');
    const den = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : chineseNumeral(m[1] ?? '');
    if (num === null || den === null || den === 0) continue;
    if (figures.some((f) => f.start < index + m[0].length && f.end > index)) continue;
    // 时间过去六分之五, 时间已过三分之二: the part of the year gone by, no figure of the report (session 32, fix131).
    if (TIME_ELAPSED.test(span.slice(Math.max(0, m.index - 6), m.index))) {
      elapsed.set(m[0], m.index + m[0].length);
      continue;
    }
    // 时间过三分之一，主要指标完成任务均接近或超过三分之一: the same fraction soon after, in the sentence, is the
    // schedule the tasks are held to (时间过半、任务过半 said in thirds), no figure either (session 45, fix372, F7543).
    const echoed = elapsed.get(m[0]);
    if (
      echoed !== undefined &&
      m.index - echoed <= ECHO_REACH &&
      !/[。;；!！?？]/.test(span.slice(echoed, m.index))
    )
      continue;
    // 百分之五点八: a percentage said in words with its decimals, 5.8%, not the fraction 5/100 before 点.
    const decimals = den === 100 ? SPOKEN_DECIMALS.exec(span.slice(m.index + m[0].length)) : null;
    if (decimals?.[1]) {
      const value = Number(`${num}.${[...decimals[1]].map((d) => SPOKEN_DIGITS.indexOf(d) % 10).join('')}`);
      const end = index + m[0].length + decimals[0].length;
      figures.push({
        start: index,
        end,
        kind: 'number',
        quantity: makeQuantity(value, '%', null, text.slice(index, end)),
        signWord: '',
      });
      continue;
    }
    figures.push({
      start: index,
      end: index + m[0].length,
      kind: 'fraction',
      quantity: makeQuantity(num / den, '', null, m[0]),
      signWord: '',
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/**
 * 比全市平均水平高两个百分点, 低于全市两个百分点: a gap in whole points said in a numeral word, as 2个百分点 is
 * (a county bureau's analysis). Not after 点 (零点五个百分点 is no whole number) nor after another numeral.
 */
const SPOKEN_POINTS = /(?<![点\d零〇一二两三四五六七八九十百几])([一二两三四五六七八九十]{1,3})个百分点/g;

/** Adds the gaps in points said in numeral words between from and to (searched only where 个百分点 occurs). */
function spokenPoints(text: string, from: number, to: number, figures: Figure[]): void {
  const span = text.slice(from, to);
  if (!span.includes('个百分点')) return;
  SPOKEN_POINTS.lastIndex = 0;
  let added = false;
  for (let m = SPOKEN_POINTS.exec(span); m !== null; m = SPOKEN_POINTS.exec(span)) {
    const value = chineseNumeral(m[1] ?? '');
    if (value === null || value === 0) continue;
    const start = from + m.index;
    const end = start + m[0].length;
    if (figures.some((f) => f.start < end && f.end > start)) continue;
    figures.push({
      start,
      end,
      kind: 'number',
      quantity: makeQuantity(value, '个百分点', null, text.slice(start, end)),
      signWord: '',
    });
    added = true;
  }
  if (added) figures.sort((a, b) => a.start - b.start);
}

/**
 * 首次突破百亿元, 迈上千亿元台阶: a round threshold said in a numeral word (百亿 is 100亿), after the verb
 * of passing it; a figure as 突破100亿元 is. Only after such a verb: 百亿级产业集群 names a class.
 */
const ROUND_THRESHOLD = /(?:突破|首破|迈上|跨上|跨越|跃上|超过|站上)(?:了)?([百千])亿元/g;

/** Adds the round thresholds said in words between from and to (rare: searched only where 百亿/千亿 occurs). */
function roundThresholds(text: string, from: number, to: number, figures: Figure[]): void {
  const span = text.slice(from, to);
  if (!span.includes('百亿元') && !span.includes('千亿元')) return;
  ROUND_THRESHOLD.lastIndex = 0;
  for (let m = ROUND_THRESHOLD.exec(span); m !== null; m = ROUND_THRESHOLD.exec(span)) {
    const end = from + m.index + m[0].length;
    const start = end - 3;
    if (figures.some((f) => f.start < end && f.end > start)) continue;
    const value = m[1] === '百' ? 100 : 1000;
    figures.push({
      start,
      end,
      kind: 'number',
      quantity: makeQuantity(value, '亿元', null, text.slice(start, end)),
      signWord: '',
    });
    figures.sort((a, b) => a.start - b.start);
  }
}

/** A growth verb right before a figure: 同比增长16.8, 下降2.5. */
const GROWTH_BEFORE = /(?:增长|下降|增速为?|增幅为?|回落|上涨|负增长)$/;
/** Where a clause ends: a comma, a semicolon, a full stop or the end of the text. */
const CLAUSE_END = /^(?:[,，;；。]|$)/;

/**
 * 规模以上工业增加值完成19.35亿元，增长16.8;: a page that lost the % sign. A growth verb, a bare
 * decimal and the clause's end leave nothing but a percentage: a count or an amount has its unit
 * written, and a list (增长5.6、7.1和8.3%) shares the unit written at its end instead.
 */
function lostPercent(text: string, start: number, end: number, match: RegExpExecArray): boolean {
  if (!match[3] || match[4] || match[9]) return false;
  return (
    GROWTH_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && CLAUSE_END.test(text.slice(end, end + 1))
  );
}

/**
 * 0.2和0.6个百分点, 5.6、7.1和8.3%: bare numbers listed before a number with a unit take that unit,
 * and 6.5%和7.5%左右 the closing qualifier (the list is read from its end, so every member gets
 * what is written once at the end).
 */
function shareListUnits(text: string, figures: Figure[]): void {
  for (let k = figures.length - 2; k >= 0; k--) {
    const figure = figures[k];
    const next = figures[k + 1];
    if (!figure || !next || figure.kind !== 'number' || next.kind !== 'number') continue;
    if (!/^\s?[、和及与]\s?$/.test(text.slice(figure.end, next.start))) continue;
    const { value, qualifier, raw, unit } = figure.quantity;
    const closing = qualifier ?? next.quantity.qualifier;
    // 提升0.9个、3.2个百分点: 个 is the start of the unit written in full at the end.
    const partOfUnit = unit === '' || (unit === '个' && next.quantity.unit.startsWith('个'));
    if (partOfUnit && next.quantity.unit.length > unit.length) {
      let shared = { ...figure, quantity: makeQuantity(value, next.quantity.unit, closing, raw) };
      const sign = SIGN_WORD.exec(text.slice(Math.max(0, figure.start - 6), figure.start));
      const base = unitInfo(next.quantity.unit)?.baseUnit;
      if (!figure.signWord && sign?.[1] && (base === '%' || base === 'pp')) {
        const start = figure.start - sign[0].length;
        // 降幅分别较上月扩大2.4个和1.9个百分点: the fall widened, as with the unit written whole.
        const negative =
          (NEGATIVE_WORDS.has(sign[1]) && value > 0) ||
          widensFall(sign[1], text, Math.max(0, start - 12), start);
        shared = {
          ...shared,
          start,
          signWord: sign[1],
          quantity: makeQuantity(
            negative ? -Math.abs(value) : value,
            next.quantity.unit,
            closing,
            text.slice(start, figure.end),
          ),
        };
      }
      figures[k] = shared;
    } else if (unit !== '' && unit === next.quantity.unit && qualifier === null && closing !== null)
      figures[k] = { ...figure, quantity: { ...figure.quantity, qualifier: closing } };
  }
}

/**
 * 分别回落0.7个、1.9个百分点, 下降5.6%、7.1%: a sign word before a list's first figure holds for the
 * figures listed after it that have none of their own.
 */
function shareListSigns(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const before = figures[k - 1];
    const figure = figures[k];
    if (!before || !figure || figure.kind !== 'number' || figure.signWord || !before.signWord) continue;
    if (!/^\s?[、和及与]\s?$/.test(text.slice(before.end, figure.start))) continue;
    if (figure.quantity.baseUnit !== before.quantity.baseUnit) continue;
    // 降幅…扩大2.4个和1.9个百分点: the list's first figure is a widened fall, and so is the next.
    const widened = before.signWord === '扩大' && before.quantity.value < 0;
    const negative = (NEGATIVE_WORDS.has(before.signWord) || widened) && figure.quantity.value > 0;
    const { value, unit, qualifier, raw } = figure.quantity;
    figures[k] = {
      ...figure,
      signWord: before.signWord,
      quantity: makeQuantity(negative ? -value : value, unit, qualifier, raw),
    };
  }
}

/**
 * Reads a whole cell or target as one quantity (`-2.0%`, `23.6万平方米`, `约15亿元`, `下降2%`).
 * Returns null when the text holds no figure or more than the figure and its qualifiers.
 */
export function readQuantity(text: string): Quantity | null {
  const trimmed = text.trim();
  // 持平, 与上年持平: no change, a growth of 0%.
  if (FLAT.test(trimmed))
    return { value: 0, unit: '%', valueBase: 0, baseUnit: '%', qualifier: null, raw: trimmed };
  const figures = scanFigures(trimmed).filter((f) => f.kind === 'number');
  if (figures.length !== 1) return null;
  const [figure] = figures;
  if (!figure) return null;
  // Besides the figure: 同比, or a short note in brackets after it (A%(预计)); a plus sign before a
  // change in a column of signed moves (+A beside -B under 较1—N月（百分点）, session 29, fix95).
  const rest = (trimmed.slice(0, figure.start) + trimmed.slice(figure.end)).trim().replace(CELL_NOTE, '');
  const plus =
    /^[+＋]$/.test(trimmed.slice(0, figure.start).trim()) && trimmed.slice(figure.end).trim() === '';
  if (rest !== '' && !plus && !/^(?:同比)?$/.test(rest)) return null;
  return figure.quantity;
}

const FLAT = /^(?:同比|与上年|与去年|较上年)?(?:基本)?持平$/;
/** A short annotation closing a cell: (预计), (快报), (1-5月). */
const CELL_NOTE = /\([^()]{1,8}\)$/;

/** Formats a value with a unit the way reports write it (used by property tests and messages). */
export function formatQuantity(value: number, unit: string): string {
  return `${value}${unit}`;
}

/**
 * 同比持平, 与上年持平, 增速与一季度持平, 增速与全市持平: a word-only zero, as a figure over the word 持平
 * (its clause says what it is of). A rate's (增速…持平) is no change in points; a level's no growth.
 * 基本持平 and 基本与序时进度持平 stay no figure, and so do 保持平稳 and a rank that did not move (位次与上年持平).
 */
const FLAT_WORD = /持平/g;
const FLAT_CLAUSE_START = /[,;。:!?，；：]/;
const RATE_WORDS = /增速|增幅|涨幅|降幅|增长率/;
const AGAINST_OTHER = /^(?:与|和|跟|同(?!比))(?!上年|去年|同期)/;
const APPROXIMATELY_AGAINST = /^(?:基本上?|大体上?|大致|总体上?)(?:与|和|跟|同)/;
/**
 * "+"为前移，"-"为后移，"0"为持平 in a table's note: a legend of the table's marks, what a cell's sign
 * means; its 持平 is no zero of anything (session 31, fix111).
 */
const MARK_LEGEND = /^(?:["“”'‘’「『][^,;。:]{1,3}["“”'‘’」』]|[-+0])(?:为|表示|代表)$/;
/** A rank closing a clause: 居全市第3位, 列第二, 保持首位. */
const RANK_CLOSING = /第[\d一二三四五六七八九十]{1,3}(?:位|名)?$|首位$|末位$/;
/**
 * 增速居全市第N位，与上半年持平: 持平 in the clause right after a rank, against an earlier period, is the
 * rank that did not move (session 27, fix83b), no zero of the growth; 与全省平均水平持平 (a place) stays a figure.
 */
function rankHeldBefore(text: string, from: number, clauseStart: number, clause: string): boolean {
  if (!/^(?:与|和|同)[^,;。:]{0,6}?(?:年|季度|月|期)(?:末|底|同期)?$/.test(clause) || clauseStart - 1 <= from)
    return false;
  const prevEnd = clauseStart - 1;
  let prevStart = prevEnd;
  while (prevStart > from && prevEnd - prevStart < 40 && !FLAT_CLAUSE_START.test(text.charAt(prevStart - 1)))
    prevStart--;
  return RANK_CLOSING.test(text.slice(prevStart, prevEnd));
}

export function scanFlatFigures(text: string, from = 0, to = text.length): Figure[] {
  const figures: Figure[] = [];
  const span = text.slice(from, to);
  if (!span.includes('持平')) return figures;
  FLAT_WORD.lastIndex = 0;
  for (let m = FLAT_WORD.exec(span); m !== null; m = FLAT_WORD.exec(span)) {
    const start = from + m.index;
    let clauseStart = start;
    while (clauseStart > from && !FLAT_CLAUSE_START.test(text.charAt(clauseStart - 1))) clauseStart--;
    const clause = text.slice(clauseStart, start);
    // 基本持平, and 基本与序时进度持平 (the hedge before what it is held against): no exact zero.
    if (
      /(?:基本|大体|基本上|大致|总体)$|保$/.test(clause) ||
      APPROXIMATELY_AGAINST.test(clause) ||
      /位次|排名|排位|名次|位置/.test(clause) ||
      MARK_LEGEND.test(clause) ||
      rankHeldBefore(text, from, clauseStart, clause)
    )
      continue;
    // 与全市持平, 与一季度持平 after a growth: no gap to another place or period, in points.
    const unit = RATE_WORDS.test(clause) || AGAINST_OTHER.test(clause) ? '个百分点' : '%';
    figures.push({
      start,
      end: start + 2,
      kind: 'number',
      quantity: makeQuantity(0, unit, null, '持平'),
      signWord: '持平',
    });
  }
  return figures;
}

/**
 * 收支相抵，年终结转X万元，…，净结余为零: a balance said to be nil in words, a zero in the money unit of the
 * sentence's last amount before it (the balance is of the same accounts); with no amount before it, no figure.
 */
const NIL_BALANCE = /(?:净|累计|年终|当年)?结余(?:资金)?为零/g;

export function scanNilBalanceFigures(
  text: string,
  amountsBefore: readonly Figure[],
  from = 0,
  to = text.length,
): Figure[] {
  const span = text.slice(from, to);
  if (!span.includes('为零')) return [];
  const figures: Figure[] = [];
  NIL_BALANCE.lastIndex = 0;
  for (let m = NIL_BALANCE.exec(span); m !== null; m = NIL_BALANCE.exec(span)) {
    const start = from + m.index + m[0].length - 2;
    const amount = amountsBefore.filter((f) => f.end <= start && f.quantity.baseUnit === '元').at(-1);
    if (!amount) continue;
    figures.push({
      start,
      end: start + 2,
      kind: 'number',
      quantity: makeQuantity(0, amount.quantity.unit, null, '为零'),
      signWord: '',
    });
  }
  return figures;
}
