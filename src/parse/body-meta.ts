// The last resort for a report's place and period: what its body names most often as itself, read
// only when no title, source line, first sentence, signature, page furniture or file name says them.
// A clear winner or nothing: a wrong guess is worse than a refusal.

import { arabicDates } from './chinese-date.js';
import type { Line } from './lines.js';
import { periodCode } from './meta.js';
import { stemBackedRegion } from './stem-backed-region.js';

export interface BodyPlace {
  region: string;
  /** The first line that names it. */
  line: number;
  /** How many times the body names it as itself. */
  count: number;
}

export interface BodyPeriod {
  year: number;
  code: string;
  label: string;
  line: number;
  count: number;
}

/** The peoples an autonomous county or banner is named after: 澜皋土家族苗族自治县. */
const PEOPLE =
  '满|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|独龙|鄂伦春';
const AUTONOMOUS = new RegExp(`([\\u4e00-\\u9fa5]{2}(?:(?:${PEOPLE})族){1,3})自治(县|旗)`, 'g');

/**
 * AUTONOMOUS's matches in a line. Its opening [\u4e00-\u9fa5]{2} is tried at every character of every
 * line (0.6% of the parser's time over the fixtures, session 31); only a line holding 自治 can match.
 */
function autonomousNames(text: string): Iterable<RegExpMatchArray> {
  return text.includes('自治') ? text.matchAll(AUTONOMOUS) : [];
}

/**
 * Characters a place's two-character stem never holds: scopes (全县, 各县), kinds (市县), numerals,
 * particles. A stem with one of them is a phrase (该县, 两县, 的县), not a name.
 */
const NOT_STEM = /[我全本该各此每两多跨省市县区乡镇州旗的和与及、在比较一二三四五六七八九十百千万其等个]/;

/**
 * The last character of the word before a kind of place that makes it a common noun, not a name:
 * 地区, 园区, 景区, 社区; 贫困县, 示范县, 强县; 城市, 上市, 超市; 红旗.
 */
const NOT_LAST: Record<string, RegExp> = {
  区: /[院地园景社城辖片矿库牧老灾校小新街山厂湖林垦能护范验发作聚心济业住务集困边郊分城商]$/,
  县: /[困范强大点进境郡边业]$/,
  市: /[城上超夜股楼车菜集都开门房开]$/,
  旗: /[红国党彩锦面]$/,
};

/** 记者从市统计局获悉, 据县统计局: a bare office after a preposition, not a name ending in it. */
const PREPOSITION_LAST = /[从据由经对向给被将把为到]$/;

/** Two-character words before 县/区/市/旗 that are no name: 周边县, 兄弟县, 对口县. */
const GENERIC =
  /^(?:周边|兄弟|对口|帮扶|毗邻|相邻|所属|所辖|下辖|其他|其余|同类|同级|地级|县级|市级|区级|省级|沿海|城乡|全域|县域)$/;

/**
 * 县域, 县城, 县级; 区域; 市域, 市场: the kind begins a word of its own, so the two characters before it
 * are the end of another phrase (推动县域经济, 推动县城…提档升级), not a name (某某县城乡居民 is one).
 */
const KIND_WORD_AFTER: Record<string, RegExp> = {
  县: /^(?:域|级|城(?![乡市镇]))/,
  区: /^(?:域|级)/,
  市: /^(?:域|级|场)/,
};

/**
 * 某某经济开发区, 某某高新区: a county's or a city's zone carries the place's own stem. A speech that
 * never writes its place's full name (在全县经济工作会议上的讲话 by 县长 某某) names it so.
 */
const ZONE = /([\u4e00-\u9fa5]{2})(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区)/g;

/** The zone's stem said at least this often (the zone itself and one more name) to be the place's. */
const ZONE_STEM_LEAST = 2;

/**
 * 。某某新材料产业园项目…; 乙丙至某某快速路: a park a clause opens with a stem that is also an end of a
 * road named 甲至乙, the two ways a speech names its own place without its suffix.
 */
const PARK_STEM = /(?:^|[。；;：:])([\u4e00-\u9fa5]{2})[\u4e00-\u9fa5]{2,10}?(?:产业园|工业园)/g;

/**
 * 比某某县, 较某某县, 与某某县, 向/赴/在/同/和/及/对/于/至/到 某某县: another place the text compares with or goes to.
 * 关于某某县2004年…计划的决议 is no such 于: the resolutions a congress page lists name its own place (session 49, F9771).
 */
const ANOTHER_BEFORE = /(?:[比较与向赴在同和及跟对至到、]|(?<!关)于)$/;

/** The few characters before `at`: what a mention's context needs (a 1 MB line must not be re-read per mention). */
const before = (text: string, at: number) => text.slice(Math.max(0, at - 8), at);

interface Tally {
  count: number;
  line: number;
}

interface PlaceTally extends Tally {
  /** Whether it once starts a clause (，某某县…, 上半年某某县…): a name, not the end of a verb (批准市…). */
  starts: boolean;
}

/** Where a name starts a clause: the line's start, a mark, or a time word (今年以来, 上半年). */
const CLAUSE_START = /(?:^|[，。；：、,;:（(“"《\s]|年|以来|季度|月)$/;

function add(tally: Map<string, PlaceTally>, key: string, line: number, starts: boolean): void {
  const seen = tally.get(key);
  if (seen) {
    seen.count++;
    seen.starts ||= starts;
  } else tally.set(key, { count: 1, line, starts });
}

/** The one key counted at least `least` times and more often than any other, else null. */
function clearWinner<T extends Tally>(tally: ReadonlyMap<string, T>, least = 2): [string, T] | null {
  const ranked = [...tally].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line);
  const [first, second] = ranked;
  if (!first || first[1].count < least) return null;
  return second && second[1].count >= first[1].count ? null : first;
}

/** 澜皋县 and 澜皋土家族苗族自治县 in one text are one place: the short name's mentions go to the full one. */
function foldShortNames(tally: Map<string, PlaceTally>, own: string): void {
  for (const [name, full] of tally) {
    if (!name.endsWith(`自治${own}`)) continue;
    const short = tally.get(`${name.slice(0, 2)}${own}`);
    if (!short) continue;
    full.count += short.count;
    full.line = Math.min(full.line, short.line);
    full.starts ||= short.starts;
    tally.delete(`${name.slice(0, 2)}${own}`);
  }
}

/**
 * 榕泽县 in a headline over a body that names 榕泽彝族自治县: the place's full autonomous name wins over
 * its short form (the same stem and kind), as foldShortNames counts them one place.
 */
export function fullAutonomousName(lines: readonly Line[], region: string | null): string | null {
  const short = region ? /^([\u4e00-\u9fa5]{2})(县|旗)$/.exec(region) : null;
  if (!region || !short) return region;
  for (const line of lines)
    for (const m of autonomousNames(line.text))
      if (m[1]?.startsWith(short[1] ?? '') && m[2] === short[2]) return `${m[1]}自治${m[2]}`;
  return region;
}

/**
 * The place of the kind `own` (县 for a text saying 全县/我县) the body names most often as itself,
 * wherever it stands (某某县委、县政府, 某某县人民政府 and 某某县统计局 count as one mention each: one
 * office alone at the end may be the site's footer); never after 比/较/与/向/赴/在 (another county
 * compared with or visited), and only a name that once starts a clause.
 */
export function bodyRegion(lines: readonly Line[], own: string | null): BodyPlace | null {
  if (own === null) return null;
  const tally = new Map<string, PlaceTally>();
  // 某某县城…: a name only when the text names 某某县 elsewhere too (推动县城… never is one); counted after.
  const kindWords: Array<[string, number, boolean]> = [];
  for (const line of lines) {
    const text = line.text;
    for (const m of autonomousNames(text)) {
      if (m[2] !== own || ANOTHER_BEFORE.test(before(text, m.index ?? 0))) continue;
      const starts = CLAUSE_START.test(before(text, m.index ?? 0));
      add(tally, `${m[1]}自治${own}`, line.number, starts);
    }
    for (let at = text.indexOf(own, 2); at >= 0; at = text.indexOf(own, at + 1)) {
      const stem = text.slice(at - 2, at);
      if (!/^[\u4e00-\u9fa5]{2}$/.test(stem) || NOT_STEM.test(stem) || GENERIC.test(stem)) continue;
      if (NOT_LAST[own]?.test(stem) || PREPOSITION_LAST.test(stem)) continue;
      if (stem.endsWith('自治') || text.slice(at + 1, at + 2) === own) continue;
      if (ANOTHER_BEFORE.test(before(text, at - 2))) continue;
      const starts = CLAUSE_START.test(before(text, at - 2));
      if (KIND_WORD_AFTER[own]?.test(text.slice(at + 1, at + 3)))
        kindWords.push([`${stem}${own}`, line.number, starts]);
      else add(tally, `${stem}${own}`, line.number, starts);
    }
  }
  for (const [name, line, starts] of kindWords) if (tally.has(name)) add(tally, name, line, starts);
  foldShortNames(tally, own);
  const winner = clearWinner(tally);
  if (winner?.[1].starts) return { region: winner[0], line: winner[1].line, count: winner[1].count };
  // Stray pairs once each (代表县政府, 进步明显县) are no name; a name said twice that lost is a tie.
  if (![...tally.values()].every((t) => t.count < 2)) return null;
  // 某某县人民医院 once, 新时代某某 and 某某港区 beside it: the one full name its bare stem backs (F7161).
  const once = [...tally].map(([name, t]) => ({ name, line: t.line, starts: t.starts }));
  return zoneRegion(lines, own) ?? stemBackedRegion(lines, once);
}

/**
 * No name of the kind said twice: the stem of the place's development zone, when the text heads other
 * names with it too (某某经济开发区 beside 某某…项目, “某某好品”): one such stem, else nothing.
 */
function zoneRegion(lines: readonly Line[], own: string): BodyPlace | null {
  const zones = new Map<string, number>();
  for (const line of lines)
    for (const m of line.text.matchAll(ZONE)) {
      const stem = m[1] ?? '';
      if (NOT_STEM.test(stem) || GENERIC.test(stem) || ANOTHER_BEFORE.test(before(line.text, m.index ?? 0)))
        continue;
      if (!zones.has(stem)) zones.set(stem, line.number);
    }
  const [only, ...more] = [...zones];
  if (!only) return parkRegion(lines, own);
  if (more.length > 0) return null;
  const [stem, line] = only;
  let count = 0;
  for (const { text } of lines)
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 2)) count++;
  // 索岭经济开发区 and one 索岭抽水蓄能电站项目 beside it: the zone and one more name headed so (F6461). A
  // town's zone (合隆经济开发区 in a county's speech) heads no other name, so the zone alone stays nothing.
  return count >= ZONE_STEM_LEAST ? { region: `${stem}${own}`, line, count } : null;
}

/**
 * No zone either: the stem that opens a park's name and is an end of a road named 甲至乙 (某某至乙丙
 * 快速路, 乙丙至某某公路), one such stem, else nothing.
 */
function parkRegion(lines: readonly Line[], own: string): BodyPlace | null {
  const stems = new Map<string, number>();
  for (const { text, number } of lines) {
    if (!text.includes('产业园') && !text.includes('工业园')) continue;
    for (const m of text.matchAll(PARK_STEM)) {
      const stem = m[1] ?? '';
      if (!NOT_STEM.test(stem) && !GENERIC.test(stem) && !stems.has(stem)) stems.set(stem, number);
    }
  }
  const ends = [...stems].filter(([stem]) =>
    lines.some(
      ({ text }) =>
        text.includes('至') &&
        (text.includes(`至${stem}`) || new RegExp(`${stem}至[\u4e00-\u9fa5]{2}`).test(text)),
    ),
  );
  const [only, ...more] = ends;
  if (!only || more.length > 0) return null;
  const [stem, line] = only;
  let count = 0;
  for (const { text } of lines)
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 2)) count++;
  return { region: `${stem}${own}`, line, count };
}

const PERIOD_WORD = '上半年|前半年|第?一季度|前三季度|1\\s*[-—–~至到]\\s*\\d{1,2}\\s*月(?:份)?|全年';
/** 2023年上半年, 2023年1-6月份, 2023年前三季度: a year with the part of it a report covers. */
const YEAR_PERIOD = new RegExp(`((?:19|20)\\d{2})\\s*年\\s*(?:度\\s*)?(${PERIOD_WORD})`, 'g');
/** 截至2023年6月底, 截止到2023年9月末: the months from January to that month's end. */
const MONTH_END = /截[至止](?:到)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:底|末|份)/g;
/**
 * 截至2023年11月30日, 截至时间：2026年9月30日: a cut-off on a month's last day, as 截至…月底 (a 通报's date line
 * under its title; session 41, fix318, F6471). A day inside a month (截至11月15日) stays no period.
 */
const MONTH_LAST_DAY =
  /截[至止](?:到)?(?:时间|日期)?[:：]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** The last day of a month of a year (February's in a leap year too). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 2023年，全县…; 2023年全县实现…: a whole year the sentence reports on. */
const YEAR_REPORTED =
  /(?:^|[。；;，,】]\s*)((?:19|20)\d{2})\s*年\s*(?:[，,]|(?:全|我|本)[县区市旗](?:实现|完成|累计|共))/g;

/** 比2019年, 较2019年同期, 与2019年, 到2025年, 自2019年: a year compared with or a goal's horizon. */
const YEAR_BEFORE_NOT_REPORTED = /(?:比|较|与|同|到|至|自|从|于|和|及|、|力争|确保|计划|预计|争取)\s*$/;
/** 2019年以来, 2025年目标, 2024年底前建成, 2023年计划草案: a year that is not the one reported on. */
const YEAR_AFTER_NOT_REPORTED =
  /^[^。；;，,]{0,12}?(?:以来|目标|末|底前|前建成|前完成|相比|同期|水平|草案|预期|安排|打算|任务|规划)/;

/**
 * 现将2019年国民经济和社会发展计划执行情况…, 关于某县2019年财政预算执行情况和2020年…草案的报告: the plan or budget
 * year whose execution the text reports (the budget's: session 46, fix406, F8251).
 */
const PLAN_EXECUTED =
  /((?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:全[县区市旗])?(?:(?:国民经济和社会发展|经济社会发展|经济和社会发展)?计划|(?:地方)?财政(?:收支)?预算)(?:的)?执行情况/g;
/**
 * 2020年，全县财政总收入预算安排X亿元, 2020年，全县…的主要预期目标是: a year's clause that gives its budget or goals,
 * not its results (a congress-opening news page on the year before; session 46, fix406, F8251).
 */
const YEAR_PLANNED = /^[，,]\s*[^。；;，,]{0,16}?(?:预算安排|安排(?=\d)|预期目标|目标(?:是|为))/;
/** 上半年, 1-6月, 前三季度: a period word without its year (今年上半年, 上半年全县…). */
const PERIOD_ALONE = /(?:上半年|第?一季度|前三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?)/g;
/** 截至9月底, 截止6月末: the months a figure runs to, said without a year (a news page's 截至9月底，全县…). */
const MONTH_END_ALONE = /截[至止](?:到)?\s*(\d{1,2})\s*月(?:底|末)/g;
/**
 * Before a period word that is not the one reported on: its year (2023年上半年 is counted with it),
 * a comparison (比一季度, 较上半年, 比今年1-3月、1-4月) or the start of a move (位次由上半年的第6位
 * 跃升至第3位, 由一季度的下降转为增长).
 */
const NOT_REPORTED_WORD = /(?:19|20)\d{2}\s*年\s*$|[比较与同于和及至到、由](?:今年|去年|上年)?\s*$/;
/** 2023年7月20日, 2023-07-20: a day the text is dated by, unless a deadline or a start (2024年6月30日前, …起). */
const DAY =
  /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日|[-/.](\d{1,2})[-/.]\d{1,2}(?!\d))(?!\s*(?:前|之前|以前|起|开始|至|到|[-—–~]))/g;

const LABELS: Record<string, string> = { H1: '上半年', Q1: '一季度', Q3: '前三季度', FY: '全年' };
/** The last month a period covers: a text dated after it is of that year, one dated before of the year before. */
const END_MONTH: Record<string, number> = { Q1: 3, H1: 6, Q3: 9, FY: 12 };

type PeriodTally = Map<string, Tally & { label: string }>;

/** The year-bearing mentions: 2023年上半年, 2023年1-6月, 截至2023年6月底, 2023年，全县…, 2019年…计划执行情况. */
function yearPeriods(lines: readonly Line[]): PeriodTally {
  const tally: PeriodTally = new Map();
  const count = (year: string, label: string, text: string, at: number, end: number, line: number) => {
    const code = periodCode(label.replace(/\s+/g, ''));
    if (!code) return;
    if (YEAR_BEFORE_NOT_REPORTED.test(text.slice(Math.max(0, at - 4), at))) return;
    if (YEAR_AFTER_NOT_REPORTED.test(text.slice(end, end + 24))) return;
    const key = `${year}-${code}`;
    const seen = tally.get(key);
    if (seen) seen.count++;
    else tally.set(key, { count: 1, line, label: LABELS[code] ?? label.replace(/\s+/g, '') });
  };
  for (const line of lines) {
    const text = arabicDates(line.text);
    const yearAt = (m: RegExpMatchArray) => (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    for (const m of text.matchAll(YEAR_PERIOD))
      count(m[1] ?? '', m[2] ?? '', text, yearAt(m), (m.index ?? 0) + m[0].length, line.number);
    // From 截至 itself, as MONTH_LAST_DAY: the check before the year would read its 至 as a horizon's (到2025年)
    // and drop every 截至2023年6月底 (session 41, fixleft41d, F6622).
    for (const m of text.matchAll(MONTH_END))
      count(m[1] ?? '', `1-${m[2]}月`, text, m.index ?? 0, (m.index ?? 0) + m[0].length, line.number);
    for (const m of text.matchAll(MONTH_LAST_DAY)) {
      const [year, month] = [Number(m[1]), Number(m[2])];
      if (month >= 1 && month <= 12 && Number(m[3]) === lastDay(year, month))
        // From 截至 itself: its 至 is no 至 of a horizon (到2025年) to the check before the year.
        count(m[1] ?? '', `1-${month}月`, text, m.index ?? 0, (m.index ?? 0) + m[0].length, line.number);
    }
    for (const m of text.matchAll(YEAR_REPORTED)) {
      const end = yearAt(m) + (m[1]?.length ?? 0) + 1;
      if (YEAR_PLANNED.test(text.slice(end, end + 32))) continue;
      count(m[1] ?? '', '全年', text, yearAt(m), end, line.number);
    }
    for (const m of text.matchAll(PLAN_EXECUTED))
      count(m[1] ?? '', '全年', text, yearAt(m), yearAt(m) + (m[1]?.length ?? 0) + 1, line.number);
  }
  return tally;
}

/**
 * 上半年 said many times without a year, and the text dated 2023年7月20日: the period of the year its
 * latest day falls in (or the year before, for a day within the period).
 */
function periodByDay(lines: readonly Line[]): BodyPeriod | null {
  const tally: PeriodTally = new Map();
  let latest: { year: number; month: number } | null = null;
  for (const line of lines) {
    const text = arabicDates(line.text);
    const tallied = (label: string) => {
      const code = periodCode(label);
      if (!code) return;
      const seen = tally.get(code);
      if (seen) seen.count++;
      else tally.set(code, { count: 1, line: line.number, label: LABELS[code] ?? label });
    };
    for (const m of text.matchAll(PERIOD_ALONE))
      if (!NOT_REPORTED_WORD.test(before(text, m.index ?? 0))) tallied(m[0].replace(/\s+/g, ''));
    for (const m of text.matchAll(MONTH_END_ALONE)) tallied(`1-${m[1]}月`);
    for (const m of text.matchAll(DAY)) {
      const day = { year: Number(m[1]), month: Number(m[2] ?? m[3]) };
      if (day.month < 1 || day.month > 12) continue;
      if (!latest || day.year * 12 + day.month > latest.year * 12 + latest.month) latest = day;
    }
  }
  const winner = clearWinner(tally);
  if (!winner || !latest) return null;
  const [code, found] = winner;
  const endMonth = END_MONTH[code] ?? Number(/^M1-(\d+)$/.exec(code)?.[1] ?? 12);
  const year = latest.month <= endMonth ? latest.year - 1 : latest.year;
  return { year, code, label: found.label, line: found.line, count: found.count };
}

/**
 * The year and period the body reports on, from its period-bearing mentions (2023年上半年,
 * 2023年1-6月, 截至2023年6月底, 2023年，全县…), never a goal's horizon, a year compared with, a
 * project's finishing year or a plan-and-draft's next year; else its period words (上半年 …) with
 * the year of the latest day it is dated by.
 */
export function bodyPeriod(lines: readonly Line[]): BodyPeriod | null {
  const winner = clearWinner(yearPeriods(lines), 1);
  if (!winner) return periodByDay(lines);
  const [key, found] = winner;
  const [year, ...code] = key.split('-');
  const yearly = {
    year: Number(year),
    code: code.join('-'),
    label: found.label,
    line: found.line,
    count: found.count,
  };
  return laterPartYear(yearly, periodByDay(lines)) ?? yearly;
}

/**
 * A 视察报告 dated 2024年6月20日 whose body reports 1—5月 twice and quotes 2023年，全县… once as the base: the
 * later part-year its undated period words name, said more often, is the page's, not the year before it quotes
 * (session 44, fix361, F7261).
 */
function laterPartYear(yearly: BodyPeriod, byDay: BodyPeriod | null): BodyPeriod | null {
  if (yearly.code !== 'FY' || !byDay || byDay.code === 'FY') return null;
  return byDay.year > yearly.year && byDay.count > yearly.count ? byDay : null;
}
