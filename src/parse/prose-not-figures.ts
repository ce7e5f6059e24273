// Numbers in prose that are not figures: a group of places (八县(市、区)), a threshold inside a name,
// a note's marker, a number inside a short quoted phrase.

import type { Figure } from './numbers.js';
import { ENDS_LIKE_PROJECT } from './project-names.js';
import { leadingIndicator } from './prose-clauses.js';

/**
 * 排名为全市7个县(市、区)排名, 在全市9个县区中排名第三, 列某市6个区县第2位: the size of the group a rank is in, read with
 * the ranking (groupSize), not a figure of its own; so is 在某市8个县(区)中的位次 in a table's note;
 * 覆盖全区111个县: the places of the whole, likewise.
 */
export function isGroupOfPlaces(folded: string, figure: Figure): boolean {
  const before = folded.slice(Math.max(0, figure.start - 8), figure.start);
  // 在16区排名进入前3名: the 3 is a band of ranks, no figure.
  if (
    /^(?:名|位|)$/.test(figure.quantity.unit) &&
    /(?:排名|排位|位居|位列|居|进入)[^,;。]{0,4}前$/.test(before)
  )
    return true;
  // 在16区排名…, 居全州6县第2位: a group written without 个. 注：位次为全州8县市排序: a note sizing a table's rank
  // column, 排序 for 排名 (session 51, fix481, F10261).
  if (
    figure.quantity.unit === '' &&
    /^[旗县区市](?:[^,;。]{0,4}(?:排名|排位|排序|中)|[旗县区市()、]{0,6}第)/.test(
      folded.slice(figure.end, figure.end + 8),
    )
  )
    return true;
  // 以山区N县高质量发展为牵引, 海岛N县: a province's named group of counties (the number part of the
  // group's name, written without 个), no figure of its own (fix114).
  if (
    figure.quantity.unit === '' &&
    folded.startsWith('县', figure.end) &&
    /(?:山区|海岛|老区|边境)$/.test(before) &&
    !/^县(?:级|城|域)/.test(folded.slice(figure.end, figure.end + 2))
  )
    return true;
  if (figure.quantity.unit !== '个') return false;
  const after = folded.slice(figure.end, figure.end + 16);
  // 注：全市共8个区(县、市)；排位按增速…: a note giving the group the ranks are in.
  // 注：全市共9个县（市、区）；存贷款增速为…: a note under a table whose 位次 column it sizes, though the
  // note itself names no rank; so is a numbered note's item (注：1.…；2.全市共N个县（市、区）；3.…), its
  // number before the group (session 30, fixleft30).
  const groupNote =
    (/全[省市区州]共$/.test(before) &&
      (/排名|排位|排序|位次/.test(folded.slice(figure.end, figure.end + 24)) ||
        /(?:注[:：]\s*|(?:^|[;；。\s])\d{1,2}[.．、)）]\s*)全[省市区州]共$/.test(before) ||
        // 2.…，全市位次按1-7月增速排列，全市共N个县（市、区）: a note's item telling the rank column's order
        // first, its group after a comma (session 45, fixleft45, F7772).
        /(?:排名|排位|排序|位次)[^。;；,，]{0,16}[,，]全[省市区州]共$/.test(
          folded.slice(Math.max(0, figure.start - 32), figure.start),
        ))) ||
    // 注：全州排位按增速排列，甲州共N个县（市）: the parent named, the note's ranks told before the group.
    // （位次按增速排列，甲市共N个县（区））: such a note written whole in brackets (session 35, fix194).
    (/[\u4e00-\u9fa5]{1,4}[省市州盟]共$/.test(before) &&
      /(?:注[:：]|[(（])[^。()（）]{0,30}(?:排名|排位|排序|位次)/.test(
        folded.slice(Math.max(0, figure.start - 40), figure.start),
      ));
  // 居全市N个重点园区第M位, 在全省12个省级开发区中排名第3: the parks a zone's rank is among (session 28, fix88);
  // 在全市N个省级以上开发区中排第M位, 注：…甲市共N个省级以上开发区: parks of a level and above, in a rank or
  // in the note that sizes a table's rank column (session 35, fix194); 注：…排名为在甲市N个省级以上开发区中的位次:
  // a note naming the parks a rank column is among (session 36, fix235).
  const parks = /^(?:重点|省级以上|国家级以上|省级|国家级)?(?:工业园区|产业园区|园区|经济开发区|开发区)/.exec(
    after,
  );
  if (
    parks &&
    (groupNote ||
      /^(?:第|中(?:排名|排位|排|居|位列|列)?第|中的?(?:位次|排名|排位|排序))/.test(
        after.slice(parks[0].length),
      ))
  )
    return true;
  // 全区N个市区重点工程项目完成投资: the levels that list the projects (市、区), not places counted, when
  // no rank follows (session 31, fixleft31).
  if (
    /^[旗县区市、]{2,3}(?:重点|重大)(?:建设)?(?:工程)?(?:项目|工程)/.test(after) &&
    !/排名|排位|位次|第/.test(after)
  )
    return false;
  // 全区127个区级重大项目: 区级 is a level of government owning the projects, not places counted; so is
  // the 区 of 全区68个区重点项目中 (区重点项目, 县重大工程: the projects the district lists).
  return (
    // 18个省辖市, 13个设区市: the cities directly under the province, counted as a group likewise;
    // 全区8个街道（镇）中，甲街道…: a district's subdistricts, before the named ones' figures.
    // 锡岚市4个县级市第1位: a city's county-level cities likewise (县级 alone is a level of government);
    // 列全市8个板块第3位: a Jiangsu city's 板块 (its districts and counties, each a block) likewise.
    // 在全区12个盟市中排第5位: an autonomous region's leagues and cities likewise (session 38, fix261).
    // 居全州6个口岸第2位, 居全市4个边境县（市）第1位: a prefecture's ports and a city's border counties (fix275).
    // 居兵团14个师市第4位: the 兵团's division-cities likewise (session 41, fix313, F6396).
    // 全盟9个旗县市区中有8个…: a league's banners, counties, cities and districts likewise (session 43, fix346, F7041).
    /^(?:省辖市|设区市|地级市|县级市|板块|盟市|师市|口岸|边境县|街道|[旗县区市镇乡](?!级|(?:重点|重大)(?:建设)?(?:项目|工程)))/.test(
      after,
    ) &&
    (/排名|排位|排序|全[省市区州盟]$|兵团$/.test(before) ||
      // 全县16个乡镇（街道）中，甲镇…: a county's towns, the group the named ones are picked from.
      (/全[县旗]$/.test(before) && /^[^,;。]{0,10}中,/.test(after)) ||
      // N个县（市、区）中有M个增速高于全市, N个县（市、区）中，甲区…: a clause opening on the group of the
      // city's counties that the next words pick from (session 30, fixleft30).
      (/(?:^|[,;:。\s])$/.test(before) && /^[^,;。]{0,10}中(?:有|,)/.test(after)) ||
      // 在丙州市6个县（市、区）中，甲、乙分列第2位和第3位: the group the next clause's ranks are in; the
      // ranks may follow a long list of indicators (在某市N个县（市、区）中，我县甲、乙、丙、丁增速分别列第a位…,
      // session 32, fix135).
      (/在[^,;。]{0,7}$/.test(before) &&
        /^[^,;。]{0,10}中,[^。]{0,90}(?:第|首位|末位)/.test(folded.slice(figure.end, figure.end + 110))) ||
      // 在某市N个县（市、区）中并列第M位: a rank shared, said with 并列 alone; 在某市N个县（市、区）中按增速排列的
      // 位次 in a table's note: the order the ranks are by between the group and 位次 (session 29, fix95).
      // 总量在某市N个县区中由第M位前移至第K位: the rank's move right after the group (session 37, fixleft37).
      /^[^,;。]{0,12}(?:排名|排位|排序|位次|中排|中居|中位|中并列第|中按[\u4e00-\u9fa5]{1,4}排|中(?:由|从)(?=[^,;。]{0,10}第))/.test(
        after,
      ) ||
      // 列岑江市6个区县第2位: the ordinal right after the group.
      /^(?:省辖市|设区市|地级市|县级市|板块|[旗县区市()、]{1,8})第/.test(after) ||
      groupNote)
  );
}

/**
 * 出席会议的代表分成N个代表团，分组审议…: the groups a session's deputies sit in (代表团, 小组), a group size of
 * the meeting's own apparatus, not a figure (session 32, fixleft32).
 */
export function isSessionGroups(folded: string, figure: Figure): boolean {
  return (
    figure.quantity.unit === '个' &&
    /(?:分成|分为)$/.test(folded.slice(Math.max(0, figure.start - 2), figure.start)) &&
    /^(?:代表团|代表组|讨论组|审议组|小组)/.test(folded.slice(figure.end, figure.end + 3))
  );
}

/** 岚政发〔2024〕3号 inside a sentence: the year and number of a document, not figures. */
export function isDocumentNumber(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '' || figure.kind !== 'number') return false;
  const before = folded.slice(Math.max(0, figure.start - 3), figure.start);
  const after = folded.slice(figure.end, figure.end + 8);
  return (
    (/[〔[【]\s*$/.test(before) && /^\s*[〕\]】]\s*第?\d{1,5}\s*号/.test(after)) ||
    (/[〕\]】]\s*第?$/.test(before) && /^\s*号/.test(after))
  );
}

/**
 * 为65岁以上老年人免费体检, 为65周岁以上老年人免费健康体检, 80岁及以上老人: an age that bounds the group a measure is for, not a
 * figure (人均预期寿命78.5岁 is one: no 以上/以下 and no group after it).
 */
export function isAgeBand(folded: string, figure: Figure): boolean {
  const { unit, qualifier } = figure.quantity;
  if (qualifier !== 'at-least' && qualifier !== 'at-most' && qualifier !== 'under') return false;
  if (unit === '年')
    // 挂账3年以上的往来款, 账龄5年以上的应收款: the age of the accounts a class holds, likewise (session 32,
    // fixleft32); 闲置超过1年 (no 的 and a noun after it) stays a figure. 结存2年以上的项目资金, 沉淀3年以上的资金: the
    // time funds lay unspent, an age of the class too (session 47, fix407, F8416).
    return (
      /(?:挂账|账龄|逾期|拖欠|欠款|结存|沉淀|滞留)$/.test(
        folded.slice(Math.max(0, figure.start - 2), figure.start),
      ) && /^的[\u4e00-\u9fa5]/.test(folded.slice(figure.end, figure.end + 2))
    );
  return (
    (unit === '岁' || unit === '周岁') && /^的?[\u4e00-\u9fa5]/.test(folded.slice(figure.end, figure.end + 2))
  );
}

/**
 * 500万元以上固定资产投资, 500万元以上项目固定资产投资, 500万元以上项目投资: a threshold that is part of an
 * indicator's name (the projects it sizes named or not, their investment named bare), not a figure.
 */
export function isPartOfName(folded: string, figure: Figure): boolean {
  if (figure.quantity.qualifier !== 'at-least') return false;
  const after = folded.slice(figure.end, figure.end + 22);
  // 粮食产量稳定在36万吨以上 / 节能减排…: a list's item ends its line; the next item's name is no class of it.
  if (LINE_END.test(after)) return false;
  return leadingIndicator(after.replace(/^\s*项目/, '')) !== null || SIZED_PROJECT_INVESTMENT.test(after);
}

/**
 * 城南保障性住房项目(1200套), 某某棚户区改造工程(860户): a count alone in brackets right after a project's
 * name is the name's (what the works build), not a figure the report gives; a bracketed amount
 * (某项目(总投资5亿元), 某项目(5亿元)) or a share stays one.
 */
export function isCountInProjectName(folded: string, figure: Figure): boolean {
  if (figure.kind !== 'number' || !BUILT_COUNT.test(figure.quantity.unit)) return false;
  if (folded.charAt(figure.start - 1) !== '(' || folded.charAt(figure.end) !== ')') return false;
  const name = folded.slice(Math.max(0, figure.start - 25), figure.start - 1);
  return ENDS_LIKE_PROJECT.test(name) && /^(?:$|[\s,;:。、])/.test(folded.charAt(figure.end + 1));
}

/** The counters of what a project builds: dwellings, households, rooms, buildings, beds. */
const BUILT_COUNT = /^(?:万?套|户|间|栋|幢|张|床)$/;

/** The figure's 以上 ends its line. */
const LINE_END = /^(?:以上)?[ \t\u3000]*[\r\n]/;

/** 500万元以上项目(完成)投资58.14亿元: the investment of a size class of projects, named bare. */
const SIZED_PROJECT_INVESTMENT = /^\s*(?:以上)?项目(?:完成)?投资/;

/**
 * 产值超10亿元企业3家, 营业收入过亿元的企业达12家, 10亿元以上项目N个: the amount bounds a size class of
 * the enterprises or projects counted after it, a threshold of the class's name, not a figure.
 */
export function isSizeClassThreshold(folded: string, figure: Figure): boolean {
  if (isSizeBandBound(folded, figure)) return true;
  if (!/元$/.test(figure.quantity.unit)) return false;
  const before = folded.slice(Math.max(0, figure.start - 3), figure.start);
  // A blanked short-name aside (…企业（以下简称规模以上工业）完成…) leaves spaces: the class still acts (F10161).
  const after = folded
    .slice(figure.end, figure.end + 40)
    .replace(/\s+/g, '')
    .slice(0, 16);
  const { qualifier } = figure.quantity;
  const bounded = /(?:超过?|过|达)$/.test(before) || qualifier === 'at-least' || qualifier === 'over';
  return (
    bounded &&
    (SIZE_CLASS_COUNTED.test(after) ||
      SIZE_CLASS_LACKING.test(after) ||
      (qualifier === 'at-least' && SIZE_CLASS_ACTING.test(folded.slice(figure.end, figure.end + 36))))
  );
}

/**
 * 国有及年销售收入500万元以上非国有工业企业完成工业总产值X万元: the firms above the bar, the subject of what they did, a
 * class's name (item 14); a note defining the class (…指…500万元以上的非国有工业企业。) keeps its threshold (session 49,
 * fix460, F9717).
 */
// …非国有工业企业（以下简称规模以上工业）完成…: the short name the class is given after it, blanked before this is
// read (short-name-asides.ts), leaves spaces before the verb (F10014).
const SIZE_CLASS_ACTING = /^(?:以上)?的?[\u4e00-\u9fa5]{0,6}?企业\s*(?:共|累计|合计)?(?:完成|实现)/;

/**
 * 旗级500万元至1亿元项目27项, (三)旗级500万元至1亿元重点项目, 旗级500万元-亿元重点项目, 5-10亿元项目61个: both
 * bounds of a band of amounts that names a class of projects or enterprises, not figures.
 */
function isSizeBandBound(folded: string, figure: Figure): boolean {
  // The lower bound may leave its unit to the upper one (2-5亿元); a bound is an amount all the same.
  if (!/元$/.test(figure.quantity.unit) && !(figure.quantity.unit === '' && figure.kind === 'number'))
    return false;
  const after = folded.slice(figure.end, figure.end + 24);
  if (BAND_LOWER.test(after)) return true;
  const before = folded.slice(Math.max(0, figure.start - 8), figure.start);
  return BAND_UPPER_BEFORE.test(before) && BAND_CLASS.test(after);
}

const BAND_CLASS = /^(?:以下)?(?:之间)?的?[\u4e00-\u9fa5]{0,4}?(?:企业|项目)/;
const BAND_LOWER = new RegExp(
  `^(?:以上)?(?:至|到|-|—|~)(?:\\d+(?:\\.\\d+)?[万亿]?|[万亿])元${BAND_CLASS.source.slice(1)}`,
);
const BAND_UPPER_BEFORE = /\d(?:[万亿]?元)?(?:以上)?(?:至|到|-|—|~)$/;

/** The class and its count after a threshold: (以上)(的)(规上工业)企业(有|达)3家, 项目仅有3个, 新开工项目仅入库N个 (fix179). */
const SIZE_CLASS_COUNTED =
  /^(?:以上)?的?[\u4e00-\u9fa5]{0,4}?(?:企业|项目)(?:仅|只)?(?:有|达到?|为|共|入库|纳统)?\d+(?:\.\d+)?(?:家|个|户|项)/;

/**
 * The class said to be lacking, with no count: 50亿元以上项目仍未突破, 10亿元以上项目仍是空白, 百亿元以上企业偏少
 * (a work summary's problems; session 38, fix264, F5403); 投资10亿元以上的大项目储备不足, their stock of
 * planned projects short (session 46, fix403, F8322).
 */
const SIZE_CLASS_LACKING =
  /^(?:以上)?的?[\u4e00-\u9fa5]{0,4}?(?:企业|项目)(?:仍然|仍|尚|还|依然)?(?:储备)?(?:未(?:能|实现)?突破|(?:是|为)?空白|偏少|较少|不多|缺乏|不足)/;

/**
 * 附注：1.地区生产总值…。2.部分数据…, [1]本公报中…: the number of a note or an item inside a line,
 * not a figure.
 */
export function isNoteMarker(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '' || figure.kind !== 'number') return false;
  const before = folded.charAt(figure.start - 1);
  const after = folded.slice(figure.end, figure.end + 2);
  if (before === '[' && after.startsWith(']')) return true;
  // 负数为后移位次，0为持平: a note's legend of a signed move column, the 0 it explains no figure (fix421, F8617).
  if (
    figure.quantity.value === 0 &&
    /^(?:为|表示|代表)(?:持平|不变|位次不变)/.test(folded.slice(figure.end, figure.end + 6))
  )
    return true;
  // 民生实事：（1）新建改造农村公路N公里；（2）…: a bracketed item number run on inside the sentence after its
  // colon or the item before's ；(session 26, fix79).
  if (before === '(' && after.startsWith(')') && /^(?:[:：;；。\n]|)$/.test(folded.charAt(figure.start - 2)))
    return true;
  return /^[.、](?!\d)/.test(after) && (figure.start === 0 || /[:：。;；\n]/.test(before));
}

/** Spans of short quoted phrases (“3个三”, “飓风2020”): numbers inside them are names, not figures. */
export function quotedSpans(folded: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i);
    if (open < 0 && (code === 0x201c || code === 0x300c || code === 0x22)) open = i;
    else if (open >= 0 && (code === 0x201d || code === 0x300d || code === 0x22)) {
      if (i - open <= 16) spans.push([open, i + 1]);
      open = -1;
    }
  }
  return spans;
}

/**
 * 上午H:MM, N日H:MM, 上午H时M分: a time of day (read as the parts of a ratio), not figures; nor is a broadcast's or a
 * video's length in its header (时长：3分42秒, 时长 01:25), which times the clip, not the economy.
 */
export function isClockTime(folded: string, figure: Figure): boolean {
  const written = folded.slice(figure.start, figure.end);
  const before = folded.slice(Math.max(0, figure.start - 8), figure.start);
  if (
    CLIP_LENGTH.test(before) &&
    /^(?:[:：]\d|\s*(?:小时|分钟?|秒))/.test(folded.slice(figure.end, figure.end + 3))
  )
    return true;
  const daytime = /(?:上午|下午|晚上|早上|中午|凌晨|日)\s*$/;
  if (!/^\d{1,2}$/.test(written)) return false;
  return (
    (daytime.test(before) && /^:\d{2}(?!\d)/.test(folded.slice(figure.end, figure.end + 4))) ||
    /(?:上午|下午|晚上|早上|中午|凌晨|日)\s*\d{1,2}:$/.test(before) ||
    // 上午H时M分: the minutes of a time said in words (a meeting's opening on a news page). Session 29, fix94.
    (/(?:上午|下午|晚上|早上|中午|凌晨|日)\s*\d{1,2}\s*[时点]$/.test(before) &&
      folded.charAt(figure.end) === '分')
  );
}

/** 时长：3分, 时长：3分42: the length label, then any hours, minutes or seconds already read. */
const CLIP_LENGTH = /(?:时长|片长|视频长度)\s*[:：]?\s*(?:\d{1,3}\s*(?:小时|分钟?|[:：])\s*){0,2}$/;

/** 分别居全省第19位和37位: a rank listed after another without its 第, not a figure. */
export function isListedOrdinal(folded: string, figure: Figure): boolean {
  const before = folded.slice(Math.max(0, figure.start - 8), figure.start);
  return (
    figure.kind === 'number' &&
    /^[位名]/.test(folded.slice(figure.end, figure.end + 1)) &&
    /第\d{1,3}[位名]?[、和及与]$/.test(before)
  );
}

/** 见表1, 从表1看, 详见附表2, 如图3所示, 附件1: the number of a table, figure or attachment, not a figure. */
export function isTableReference(folded: string, figure: Figure): boolean {
  // 如图3所示: 所 read as a counter (3所学校) until the 示 after it.
  const shown = figure.quantity.unit === '所' && folded.charAt(figure.end) === '示';
  if ((figure.quantity.unit !== '' && !shown) || figure.kind !== 'number') return false;
  const written = folded.slice(figure.start, figure.end).replace(/所$/, '');
  const before = folded.slice(Math.max(0, figure.start - 3), figure.start);
  return /^\d{1,2}$/.test(written) && /(?:附?表|图|附件)\s*$/.test(before);
}

/** The digits a page masks at a telephone number's end (8A××××). */
const MASKED_DIGITS = /^[×*＊]{2,6}/;

/**
 * 联系电话：0395-7721234, 监督电话12345, (0391)2345678: a telephone number (area code and number), not a
 * figure.
 */
export function isTelephoneNumber(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '' || figure.kind !== 'number') return false;
  const written = folded.slice(figure.start, figure.end);
  const before = folded.slice(Math.max(0, figure.start - 12), figure.start);
  const after = folded.slice(figure.end, figure.end + 10);
  if (!/^\d+$/.test(written)) return false;
  const called = /(?:电话|热线|传真|手机|电话号码)\s*(?:为|是)?\s*[:：]?\s*$/;
  // 电话：0X-8A××××: a number whose last digits the page masks (×, *) is a telephone number still (fix166).
  const masked = MASKED_DIGITS.test(after);
  if (/^0\d{2,3}$/.test(written)) return /^\s*[-—–)）]\s*(?:\d{7,8}(?!\d)|\d{2,7}[×*＊]{1,6})/.test(after);
  if (!/^\d{5,8}$|^1\d{10}$/.test(written) && !(masked && /^\d{2,8}$/.test(written))) return false;
  return (
    called.test(before) ||
    new RegExp(`${called.source.slice(0, -1)}[(（]?0\\d{2,3}\\s*[-—–)）]\\s*$`).test(before)
  );
}

/**
 * 全面落实15年公费教育, 推行12年免费教育: the years of schooling a policy pays for, part of the policy's name (as
 * 九年义务教育 is), not a span of time the report gives (session 35, fix198).
 */
export function isSchoolingYears(folded: string, figure: Figure): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.unit === '年' &&
    folded.startsWith('教育', figure.end + 2) &&
    /^(?:公费|免费|义务)$/.test(folded.slice(figure.end, figure.end + 2))
  );
}

/**
 * 2019年是新中国成立70周年, 建党100周年, 建县60周年: the count of an anniversary names the year, not a
 * figure of the economy.
 */
export function isAnniversary(folded: string, figure: Figure): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.unit === '' &&
    folded.startsWith('周年', figure.end) &&
    /^\d{1,3}$/.test(folded.slice(figure.start, figure.end))
  );
}

/**
 * 索引号：11431127MB0C12345X/202311-00031, 编号：AB-2023-017: a number inside a code of letters, digits and
 * slashes (a catalogue index, a unified credit code), or right after such a label (邮编：, a page footer's
 * postcode), not a figure; so is a standard's number and year (《国民经济行业分类》（GB/T 4754—2017）in a
 * communique's glossary), whose space and dash split the code.
 */
export function isCodePart(folded: string, figure: Figure): boolean {
  if (figure.quantity.unit !== '' || figure.kind !== 'number') return false;
  if (STANDARD_BEFORE.test(folded.slice(Math.max(0, figure.start - 16), figure.start))) return true;
  let from = figure.start;
  while (from > 0 && CODE_CHAR.test(folded.charAt(from - 1))) from--;
  let to = figure.end;
  while (to < folded.length && CODE_CHAR.test(folded.charAt(to))) to++;
  const token = folded.slice(from, to);
  if (/[A-Za-z]/.test(token) && /\d/.test(token) && /[/-]|[A-Za-z]\d|\d[A-Za-z]/.test(token)) return true;
  return CODE_LABEL.test(folded.slice(Math.max(0, from - 8), from));
}

const CODE_CHAR = /[0-9A-Za-z/\-_]/;
/** The labels a page's code stands after. */
const CODE_LABEL = /(?:索引号|信息编码|统一社会信用代码|备案编号|项目代码|邮编|邮政编码)\s*[:：]?\s*$/;
/** GB/T 4754—2017, GB 50016-2014, DB33/T 1234-2021: a standard's prefix, then its number and year. */
const STANDARD_BEFORE =
  /(?:^|[^A-Za-z])(?:GB|DB\d{0,2}|[A-Z]{2,4}\/[TZ])(?:\/[TZ])?\s*(?:\d+(?:\.\d+)?\s*[—–-]\s*)?$/;

/**
 * 国道309线, 省道203线, 109国道: a road's number in the trunk network, part of the road's name (a plan report's
 * 国道309线甲县过境段改造工程), not a figure (held-out-414 gutan; session 47, fix414, F8502).
 */
export function isRoadNumber(folded: string, figure: Figure): boolean {
  if (figure.kind !== 'number' || figure.quantity.unit !== '') return false;
  if (!/^\d{1,4}$/.test(folded.slice(figure.start, figure.end))) return false;
  const before = folded.slice(Math.max(0, figure.start - 2), figure.start);
  const after = folded.slice(figure.end, figure.end + 2);
  return (ROAD_CLASS.test(before) && /^线/.test(after)) || ROAD_CLASS.test(after);
}

/** The classes of the trunk road network a number names a road in. */
const ROAD_CLASS = /^(?:国道|省道|县道|乡道)$/;

/** 1#、2#厂房, 3#楼: the number of a building or a line (read with #), not a figure. */
export function isNumberSign(folded: string, figure: Figure): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.unit === '' &&
    /^\d{1,3}$/.test(folded.slice(figure.start, figure.end)) &&
    /^\s*[#＃]/.test(folded.slice(figure.end, figure.end + 2))
  );
}

/**
 * 《甲县统计年鉴—2026》, 《甲市统计年鉴(2026)》: the edition year closing a yearbook's title in a note, part of
 * the book's name, not a figure (session 34, fix188); so of a 统计手册, 资料汇编, 统计提要 (fixtail39a, F5925). 甲县第N届人民代表大会第M次会议文件(4): a session file's
 * number in brackets over the report's title, likewise; and the year opening a report's title (《2026县域经济…报告》,
 * fix289).
 */
export function isBookOrFileNumber(folded: string, figure: Figure): boolean {
  if (figure.kind !== 'number' || figure.quantity.unit !== '') return false;
  // 《2026县域经济与县域发展监测评价报告》: the edition year opening a report's title, part of its name (F5993).
  if (
    /《\s*$/.test(folded.slice(Math.max(0, figure.start - 2), figure.start)) &&
    /^(?:19|20)\d{2}$/.test(folded.slice(figure.start, figure.end)) &&
    /^[^《》\d]{2,40}》/.test(folded.slice(figure.end, figure.end + 41))
  )
    return true;
  const after = folded.slice(figure.end, figure.end + 3);
  if (after.includes('》'))
    return (
      /^\s*[)）]?\s*》/.test(after) &&
      /《[^《》]{0,20}(?:年鉴|公报|年报|手册|汇编|提要|摘要)\s*[—–\-(（]?\s*$/.test(
        folded.slice(Math.max(0, figure.start - 24), figure.start),
      )
    );
  return (
    /^\s*[)）]/.test(after) &&
    /会议文件\s*[(（]\s*$/.test(folded.slice(Math.max(0, figure.start - 6), figure.start))
  );
}

/**
 * 中国—东盟自由贸易区3.0版, 数字政府2.0版本, 营商环境5.0版改革: the version of a scheme or an agreement (a
 * number with a decimal point, then 版), part of its name, not a figure.
 */
export function isVersionNumber(folded: string, figure: Figure): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.unit === '' &&
    /^\d{1,2}\.\d$/.test(folded.slice(figure.start, figure.end)) &&
    /^\s*版/.test(folded.slice(figure.end, figure.end + 2))
  );
}

/**
 * 3个5万吨级泊位, 30万吨级原油码头, 500千伏级变电站: the tonnage or voltage class of the berths, wharves or
 * stations counted or named (a figure, then 级), not a figure of the economy; the count before it stays one.
 */
export function isCapacityClass(folded: string, figure: Figure): boolean {
  return (
    /^(?:万?吨|万?千瓦|兆瓦|千伏|万伏)$/.test(figure.quantity.unit) && folded.charAt(figure.end) === '级'
  );
}

/**
 * 推动甲县N万吨大豆精深加工项目竣工投产: a capacity that opens a project's name (a figure in 吨, 千瓦, 兆瓦 or
 * 千伏 right before the works' words and their 项目 or 工程, no mark between), part of the name and no figure
 * of the economy (README item 14, fixleft34b). 甲纺织公司5万锭纱锭扩建项目: a mill's spindles so too (session 51, fix481,
 * F10262).
 */
export function isCapacityInProjectName(folded: string, figure: Figure): boolean {
  if (!/^(?:万?吨|万?千瓦|兆瓦|千伏|万?锭)$/.test(figure.quantity.unit)) return false;
  const after = folded.slice(figure.end, figure.end + 16);
  if (!after.includes('项目') && !after.includes('工程')) return false;
  return /^[\u4e00-\u9fa5]{2,12}?(?:项目|工程)/.test(after);
}

/**
 * 整合为甲、乙、丙3大集团, 围绕5大主导产业: a group named by how many it holds (N大 before the
 * group's noun, as 三大 is written in words), a name and no figure. Session 28, fix88b.
 */
export function isCountedGroupName(folded: string, figure: Figure): boolean {
  return (
    figure.kind === 'number' &&
    figure.quantity.unit === '' &&
    /^\d{1,2}$/.test(figure.quantity.raw) &&
    /^大[\u4e00-\u9fa5]/.test(folded.slice(figure.end, figure.end + 2))
  );
}

/**
 * 世界500强, 中国企业500强, 民营企业100强: a ranked list named by how many it holds (a number, then 强), a
 * name and no figure; the count of the firms from it stays one.
 */
export function isRankedListName(folded: string, figure: Figure): boolean {
  return figure.kind === 'number' && figure.quantity.unit === '' && folded.charAt(figure.end) === '强';
}

/**
 * 园区前5户企业产值占园区总产值的六成以上, 前10家重点企业: the top N firms, a group named by how far down a ranking
 * it reaches (as 500强 is), no count of the economy (session 47, fix407, F8417); 提前5家 and 之前 are no cut.
 */
export function isLeadingGroupName(folded: string, figure: Figure): boolean {
  if (figure.kind !== 'number' || (figure.quantity.unit !== '户' && figure.quantity.unit !== '家'))
    return false;
  if (folded.charAt(figure.start - 1) !== '前' || /[提之此以超]/.test(folded.charAt(figure.start - 2)))
    return false;
  return /^[\u4e00-\u9fa5]{0,4}企业/.test(folded.slice(figure.end, figure.end + 6));
}

/**
 * 表中仅列主要行业，比重合计不等于100%; 分项之和不等于总计: a note's disclaimer that the parts shown do not add up to
 * the whole, the whole (100%) no figure of the report.
 */
export function isSumDisclaimer(folded: string, figure: Figure): boolean {
  if (figure.quantity.baseUnit !== '%' || figure.quantity.value !== 100) return false;
  return /(?:合计|之和|加总|相加)(?:数)?(?:可能)?(?:不等于|不为|未必等于)$/.test(
    folded.slice(Math.max(0, figure.start - 10), figure.start),
  );
}

/** 等于, =, 相当于 between a unit's one and its value in another unit (1万吨等于0.2亿斤). */
const EQUALS_AFTER_ONE = /^(?:约|大约)?(?:等于|相当于|=|＝)/;
const EQUALS_BEFORE = /(?:^|[^\d.．])1[\u4e00-\u9fa5A-Za-z%]{1,4}(?:约|大约)?(?:等于|相当于|=|＝)$/;

/**
 * 注：粮食产量1万吨等于0.2亿斤: a note converting one unit into another, both numbers the conversion's and no
 * figure of the report (session 33, fix144). Only the one of a unit and the value right after its 等于.
 */
export function isUnitConversion(folded: string, figure: Figure): boolean {
  const after = folded.slice(figure.end, figure.end + 4);
  if (
    (after.includes('等于') || after.includes('相当于') || after.includes('=') || after.includes('＝')) &&
    EQUALS_AFTER_ONE.test(after) &&
    /^1(?![\d.．])/.test(folded.slice(figure.start, figure.end))
  )
    return true;
  const before = folded.slice(Math.max(0, figure.start - 12), figure.start);
  return (
    (before.endsWith('等于') || before.endsWith('相当于') || before.endsWith('=') || before.endsWith('＝')) &&
    EQUALS_BEFORE.test(before)
  );
}

/**
 * 前5个月全县财政收入…, 今年前三个月: the first N months of the year, a period as 1—5月 is, no count of months
 * (session 38, fix261); 提前2个月完成 is a span, a fact.
 */
export function isOpeningMonths(folded: string, figure: Figure): boolean {
  return (
    figure.quantity.unit === '个月' &&
    figure.quantity.value >= 1 &&
    figure.quantity.value <= 12 &&
    folded.slice(Math.max(0, figure.start - 1), figure.start) === '前' &&
    // 提前2个月完成: a span ahead of time, a fact.
    !/[提超]前$/.test(folded.slice(Math.max(0, figure.start - 2), figure.start))
  );
}
