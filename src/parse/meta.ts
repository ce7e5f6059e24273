// Report metadata: the title (genre, region, year, period) and the source line (publisher, publication time).

import { undrivenPeriodWord } from './drive-to-goal.js';
import { isJunkLine, isNotContentLine, isSourceLine } from './line-tests.js';
import type { Line } from './lines.js';
import { isListedDocumentTitle } from './listed-document-title.js';
import {
  CPPCC_ECONOMY_SPEECH,
  cppccSpeechPlace,
  ECONOMIC_MEETING_SPEECH,
  PARTY_PLENARY_REPORT,
  plenaryPlace,
} from './meeting-speech.js';
import { planGoalYearBase, planOutlineBaseYear } from './plan-outline.js';
import { rules } from './rules.js';
import { endsOpen } from './title-open-end.js';
import type { Genre } from './types.js';
import { TASKS_PERIOD } from './work-report-tasks-title.js';
import { periodBeforeYearWork, yearBeforeWorkSet } from './work-set-year.js';
import { withoutDepartment } from './work-summary-title.js';

export interface TitleInfo {
  /** The lines the title was read from (several when it wraps); empty for a page-title hint. */
  lines: Line[];
  title: string;
  /** The genre the title names; null for a headline that names none (上半年我县经济稳中向好). */
  genre: Genre | null;
  /** The region the title is about, '' when it names none (or only 全县, 我县). */
  region: string;
  /** The region the title names before the report's own (北京市海淀区 → 北京市); null when none. */
  parentRegion: string | null;
  year: number | null;
  /** The period code without the year (H1, FY, M1-5); null when the title says no period. */
  code: string | null;
  periodLabel: string | null;
  /** A plan outline's evaluation (规划纲要实施中期评估): no period in the title, the body's last year read. */
  evaluation?: boolean;
  /**
   * …上半年…审议意见研究处理情况的报告: the period the handled opinion was about (H1), which the title and the
   * opening sentence (…听取和审议了…上半年…的报告) name but the report's figures are not of.
   */
  opinionSubject?: string;
  /**
   * 关于全县2015年重点项目建设情况的视察报告: an inspection titled by its year alone, whose body dates the months
   * its figures run to (截至11月底) as a yearless one's does (fix402, F8072).
   */
  yearOnly?: boolean;
}
const TITLE_YEAR = /((?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年(?:度)?/;
const YEAR_DIGITS = '〇一二三四五六七八九';

/** 2021 or 二〇二一 → 2021. */
function yearOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  return Number([...written].map((ch) => (ch === '零' ? 0 : YEAR_DIGITS.indexOf(ch))).join(''));
}

/** The regions a phrase names in a row, outermost first: 北京市海淀区 → [北京市, 海淀区]. */
function regionChain(text: string): string[] {
  const chain: string[] = [];
  let rest = text;
  for (let m = REGION_AT_START.exec(rest); m?.[1]; m = REGION_AT_START.exec(rest)) {
    chain.push(m[1]);
    rest = rest.slice(m[1].length);
  }
  return rest === '' ? chain : [];
}
// Not followed by another suffix: 郑州市, 杭州市 are cities, not 郑州, 杭州. A suffix that opens 域 is no
// place's: 某旗旗域经济, 某县县域经济, 某市区域 are the place's area (F6393).
const REGION =
  /([\u4e00-\u9fa5]{1,12}?(?:自治县|自治州|自治旗|特区|林区|新区|市|县|区|旗|州|盟))(?![市县区旗州盟省](?!域))/;
const REGION_TAIL = /([\u4e00-\u9fa5]{1,12}?(?:自治县|自治州|自治旗|市|县|区|旗|州|盟))$/;
const REGION_AT_START = new RegExp(`^${REGION.source}`);
/** A publisher signed after the title: …的报告——某某县发展和改革局; not the dash of a range (1—9月). */
const SIGNED = /(?<!\d\s*)(?:——|--|－－|—)\s*([^—\-\d][^—-]*)$/;
const MONTH_RANGE = /^1\s*[-—–~至到]\s*(\d{1,2})\s*月(?:份)?/;

/** 上半年 → H1, 一季度 → Q1, 前三季度/1-9月 → Q3, 全年 → FY, 1-N月 → M1-N. */
export function periodCode(label: string): string | null {
  const text = label.trim();
  if (text === '' || /^(?:全年|年度|年)$/.test(text)) return 'FY';
  if (/^(?:上半年|前半年|半年)$/.test(text)) return 'H1';
  if (/^(?:第?一季度|首季度)$/.test(text)) return 'Q1';
  if (/^(?:前三季度|第?三季度)$/.test(text)) return 'Q3';
  const range = MONTH_RANGE.exec(text);
  if (range?.[1]) {
    const n = Number(range[1]);
    if (n === 3) return 'Q1';
    if (n === 6) return 'H1';
    if (n === 9) return 'Q3';
    if (n === 12) return 'FY';
    if (n >= 1 && n <= 12) return `M1-${n}`;
  }
  return null;
}

const PERIOD_WORDS =
  '上半年|前半年|第?一季度|首季度|前三季度|第?三季度|1\\s*[-—–~至到]\\s*\\d{1,2}\\s*月(?:份)?|全年|年度';
const PERIOD_LABEL = new RegExp(`^(${PERIOD_WORDS})?`);
/** A period named anywhere in a headline without a year: 上半年我县… , 某某县前三季度… */
export const PERIOD_ANYWHERE = new RegExp(`(${PERIOD_WORDS})`);
/** 计划上半年执行情况: a period written between the plan's name and 执行情况. */
const PLAN_PERIOD = new RegExp(`计划(${PERIOD_WORDS})执行情况`);
/**
 * 2024年重点项目1-8月建设进展情况表: a period written after the projects the title reports on;
 * 2024年重点项目1-N月调度情况表: or before the 调度 (a schedule's word, fix172); 2024年重点项目建设1-N月进展情况:
 * or after the projects' 建设 (fix221). 2021年十件民生实事1—8月完成情况: or after the 民生实事 the projects are
 * (session 47, fix421, F8613).
 */
const PROJECTS_PERIOD = new RegExp(
  `^[\\u4e00-\\u9fa5]{0,6}?(?:项目|民生实事)(?:建设)?(${PERIOD_WORDS})(?:建设|推进|进展|完成|实施|调度)`,
);
/** 2023年县级重点项目建设月度调度表（1—8月）: a schedule's months in brackets after its title's words. */
const BRACKETED_PERIOD = new RegExp(`[(（]\\s*(${PERIOD_WORDS})\\s*[)）]$`);
/**
 * Where the region stops in the words after the period: 2022年上半年某某县经济运行情况. A zone's own
 * name (某某经济开发区, 某某经济技术开发区) keeps its 经济: its 管委会 reports on the zone, not a place
 * named before it (session 28, fix88); so does a border or cross-border zone's (某某边境经济合作区, 某某跨境经济合作区:
 * fix275).
 */
const AFTER_REGION = /国民经济|经济(?!(?:技术)?开发区|合作区)|地区生产总值|生产总值|统计|主要|GDP/;
/** How a title of the genre ends (its own words, before a signature). */
const YEARLESS_END = /(?:的报告|审查意见|审查报告|审议意见|审查结果报告)$/;
/**
 * The first line of a title printed over two (关于某县2022年国民经济和社会 / 发展计划执行情况和2023年…):
 * it starts with 关于 or stops inside the title's words.
 */
const TITLE_HEAD = /^关于|(?:国民经济|和社会|社会发展|(?:19|20)\d{2}\s*年(?:度)?)$/;
/** The words of a yearless title's kind, after its place: 某某县人民政府工作报告. */
const YEARLESS_KIND = /(?:人民)?政府工作报告/;
/** Titles are short; a longer line is a sentence that quotes one. */
/** 一、 (一) （一）: the number a part of a report is headed by. */
const PART_HEADING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])/;
const TITLE_MAX = 80;
/** …公示如下：, …报告如下: a sentence leading into the text or table under it. */
const LEADS_IN = /如下\s*[:：]?$/;
const HEADLINE_MAX = 50;
/** A title wrapped over lines ends on its genre's word (决议: a congress's resolution on the plan, fix355 F7193). */
const TITLE_END = /(?:报告|意见|公报|情况|简析|分析|月报|快报|草案|决议)$/;
/** The rest of a title cut inside its last words (…的审 / 查结果报告) is a few characters. */
const CUT_REST_MAX = 12;

/** A news headline's lead-in before the place: 一组数据看某县上半年经济, 图表带你读懂某市…. */
const HEADLINE_LEAD = /^.*?(?:数据|图表|数字|图解|关键词)(?:带你)?(?:看|读懂?|解读)/;

/**
 * 在全县YYYY年三季度经济形势分析会上的讲话: any speech titled by its meeting opens with the 在 of the
 * meeting, no part of a place (在全县 is 全县, the writer's own scope, not a county named 在全县).
 */
const AT_MEETING = /^在(?=[^。;；]{2,40}(?:会议?|座谈会|大会)(?:开幕式)?上的(?:讲话|总结讲话|发言|报告)$)/;

/** 县人大常委会听取和审议, 听取审议 (no 和, F7771), 听取、审议并通过了, 市人大常委会审议: a standing committee hearing a report. */
const MEETING_HEARS =
  /^[\u4e00-\u9fa5]{0,12}?人大常委会(?:[^，。]{0,12}?会议)?(?:听取(?:[、和并]?审议(?:并?通过)?)?|审议(?:并?通过)?)了?/;

/** Whether a name is a scope relative to the writer (全县, 我市) rather than a place. */
const placeOrEmpty = (name: string | undefined | null) => (name && !isGenericRegion(name) ? name : '');

/**
 * Reads genre, region, year and period from a title or headline; null when the text is neither a
 * title of the genre nor a headline about a period's economy.
 */
export function readTitleText(written: string): Omit<TitleInfo, 'lines'> | null {
  const title = written.trim();
  // 【权威发布】… is a page's label, and a notice that publishes a report names it in 《》 (a 解读
  // of one is not the report).
  const bare = title.replace(/^【[^】]{1,12}】\s*/, '');
  if (rules.aboutTheReport.test(bare)) return null;
  const quoted = /(?:印发|转发|发布)《([^》]{8,80})》/.exec(bare)?.[1];
  const read = quoted ?? bare;
  const rule = rules.genreTitles.find((g) => g.pattern.test(read));
  // 在全县经济工作会议上的讲话: the place, if any, stands after 在 (在某县2024年经济工作会议上).
  // A CPPCC member's speech: the place is the session's, in the subtitle (政协某市某区第七届委员会).
  const text =
    rule?.pattern === ECONOMIC_MEETING_SPEECH
      ? read.replace(/^[^在]*在/, '')
      : rule?.pattern === CPPCC_ECONOMY_SPEECH
        ? cppccSpeechPlace(read)
        : rule?.pattern === PARTY_PLENARY_REPORT
          ? plenaryPlace(read)
          : read.replace(AT_MEETING, '');
  const genre = rule?.genre ?? null;
  // A title that needs no year or period (政府工作报告) says which period it is by its kind.
  const yearless = rule && 'yearless' in rule ? rule.yearless : null;
  // 关于全县重点项目建设情况的视察报告: a title its body dates (the meeting line, 截至N月底).
  const datedByBody = rule !== undefined && 'datedByBody' in rule && rule.datedByBody;
  // A plan outline's evaluation: its title's years are the plan's horizons, the body dates the report.
  const horizonYears = rule !== undefined && 'horizonYears' in rule && rule.horizonYears;
  // 第十四个五年规划…纲要: a plan outline of its base year (plan-outline.ts).
  const outlineBase =
    rule !== undefined && 'planOutline' in rule && rule.planOutline ? planOutlineBaseYear(text) : null;
  const year = horizonYears ? null : TITLE_YEAR.exec(text);
  // 甲县“十五五”规划纲要获批 到2030年…: a headline's plan end is no period; the plan's base year is (fix262).
  const goalYearBase =
    year?.[1] && /^\d{4}$/.test(year[1]) ? planGoalYearBase(text, year.index, Number(year[1])) : null;
  // 部署2013年经济工作: the year the meeting sets work for; it reports the year before (F7661).
  const workSetBase =
    year?.[1] && /^\d{4}$/.test(year[1])
      ? yearBeforeWorkSet(text, year.index, year.index + year[0].length, Number(year[1]))
      : null;
  const base = outlineBase ?? goalYearBase ?? workSetBase;
  // 听取全市1—11月份经济运行情况和2020年经济工作思路: the months before the next year's work are the year before's (F9844).
  const partBefore =
    year?.[1] && base === null && /^\d{4}$/.test(year[1])
      ? periodBeforeYearWork(text, year.index, year.index + year[0].length)
      : null;
  // 我县召开四季度经济工作会议 动员全县上下确保完成全年目标任务: the year's goal a headline drives toward dates nothing.
  const anywhere = year || horizonYears ? null : undrivenPeriodWord(text, PERIOD_ANYWHERE);
  if (!genre && !(rules.headline.test(text) && (year || anywhere))) return null;
  // 关于上半年国民经济和社会发展计划执行情况的报告 with the year only in the session line under it: a
  // title of the genre without a year is one only when it names a period and ends as a title does
  // (一、上半年国民经济和社会发展计划执行情况 is a part's heading).
  if (
    genre &&
    genre !== 'statistics-analysis' &&
    !year &&
    !yearless &&
    !datedByBody &&
    !horizonYears &&
    !(anywhere && YEARLESS_END.test(text.replace(SIGNED, '')))
  )
    return null;

  let before: string;
  let label: string | null;
  let after: string;
  if (year) {
    before = text.slice(0, year.index);
    const afterYear = text.slice(year.index + year[0].length);
    const labelMatch = PERIOD_LABEL.exec(afterYear);
    // 2014年国民经济和社会发展计划上半年执行情况: the period after the plan's name, not the year.
    const planPeriod = labelMatch?.[1]
      ? null
      : (PLAN_PERIOD.exec(afterYear)?.[1] ??
        PROJECTS_PERIOD.exec(afterYear)?.[1] ??
        BRACKETED_PERIOD.exec(afterYear)?.[1] ??
        TASKS_PERIOD.exec(afterYear)?.[1]);
    label = partBefore ?? labelMatch?.[1] ?? planPeriod ?? (year[0].includes('度') ? '年度' : null);
    after = afterYear.slice(labelMatch?.[0].length ?? 0);
  } else {
    before = text.slice(0, anywhere?.index ?? (yearless ? Math.max(0, text.search(YEARLESS_KIND)) : 0));
    label = anywhere?.[1] ?? null;
    after = text.slice((anywhere?.index ?? 0) + (anywhere?.[0].length ?? 0));
    // 关于全县重点项目…的视察报告: with no year nor period, the place stands after 关于.
    if ((datedByBody || horizonYears) && !anywhere) {
      before = text;
      after = '';
    }
  }
  // 某某县人民代表大会常务委员会关于某某县…: the region reviewed is the one after the last 关于
  // (关于印发某某市…的通知, 关于批准某某县…的决议: after what the text does).
  before =
    before
      .replace(/^.*关于(?:印发|转发|发布|批准)?/, '')
      // 县人大常委会听取和审议全县…: a news headline's subject is the meeting that hears the report, the
      // place after its verb (全县, the writer's own scope: the body names it).
      .replace(MEETING_HEARS, '')
      .replace(/[\s:：,，、]+$/, '')
      .trim()
      .replace(HEADLINE_LEAD, '')
      // 某区人民政府工作报告（2024年）: the session year in brackets after the kind's words.
      .replace(/(?:人民)?政府工作报告\s*[(（]$/, '')
      // 关于某县人民政府2019年…报告的审查意见: the government the report is of, named by its place.
      .replace(/人民政府$/, '')
      // 甘泷县发展和改革局2023年上半年工作总结: the place whose department writes.
      .replace(/^.+$/, (text) => withoutDepartment(text))
      // 关于某区国民经济和社会发展计划上半年执行情况: a period after the plan's name leaves its words here.
      .split(AFTER_REGION)[0] ?? '';
  let named = regionChain(before);
  let region = placeOrEmpty(named.at(-1) ?? REGION_TAIL.exec(before)?.[1]);
  if (!region) {
    // 2018年某某市某某区国民经济…: after the year, the places in a row name the innermost last.
    const afterPlace = (after.split(AFTER_REGION)[0] ?? '').trim();
    const chain = regionChain(afterPlace);
    if (chain.length > 1) named = chain;
    region = placeOrEmpty(chain.at(-1) ?? REGION.exec(afterPlace)?.[1]);
  }
  if (!region) region = placeOrEmpty(regionIn(SIGNED.exec(text)?.[1] ?? ''));
  // 榴塘县人大常委会关于县人民政府…的审议意见: the issuer's region, when the one reviewed is only 县.
  // 政协某旗委员会常务委员会关于…的协商意见: the party's or the CPPCC's name before the place is no part of it (fix391, F8010).
  const issuer = /^(.{2,30}?)关于/.exec(bare)?.[1]?.replace(/^(?:中共|政协|中国人民政治协商会议)/, '');
  // 甲市乙区发展和改革局关于…: the issuer's places in a row name the innermost last (fix244).
  if (!region && issuer) {
    const chain = regionChain(withoutDepartment(issuer));
    if (chain.length > 1) named = chain;
    region = placeOrEmpty(chain.length > 1 ? chain.at(-1) : regionIn(issuer));
  }
  // A monthly without its months says no period, nor does 2024年3月经济运行情况, titled by the month
  // its figures run to (the first sentence says from when); any other dated title is the whole year's.
  // …上半年…审议意见研究处理情况的报告: the half-year is the opinion's subject; the body dates the figures.
  const opinionHandled = rule !== undefined && 'opinionHandled' in rule && rule.opinionHandled;
  const code = opinionHandled
    ? null
    : label
      ? periodCode(label)
      : year && !/月报|快报/.test(text) && !/^\s*\d{1,2}\s*月/.test(after)
        ? 'FY'
        : yearless;
  return {
    title,
    genre,
    region,
    parentRegion: named.length > 1 ? (named.at(-2) ?? null) : null,
    year:
      base ??
      (year?.[1]
        ? yearOf(year[1]) - (partBefore !== null || (rule && 'reportsYearBefore' in rule) ? 1 : 0)
        : null),
    code: base !== null ? 'FY' : code,
    periodLabel: base !== null ? '全年' : code === null ? null : label || '全年',
    ...(horizonYears && outlineBase === null ? { evaluation: true } : {}),
    ...(opinionHandled && label ? { opinionSubject: periodCode(label) ?? undefined } : {}),
    ...(datedByBody && genre === 'review-opinion' && year && !label && base === null
      ? { yearOnly: true }
      : {}),
  };
}

/**
 * Finds the title among the first lines. A title of the genre may stand anywhere in the page's
 * head (after menus and breadcrumbs) and may wrap over two or three lines; a bare headline
 * (统计局 and news pages) only counts before the first sentence of the text, so a sentence in
 * the body is never read as one.
 */
export function readTitle(lines: readonly Line[]): TitleInfo | null {
  const heads = lines.filter((line) => line.text !== '').slice(0, 40);
  let inBody = false;
  // A bureau's or a desk's headline gives way to a plan report's or a review's title further down
  // the head, as the search for those always reached 40 lines.
  let headline: TitleInfo | null = null;
  // 往期推荐 / 相关新闻: the titles under it are other pages' (a WeChat post's earlier 统计公报), up to
  // the next sentence, as the structure stage drops them.
  let relatedLinks = false;
  for (const [k, line] of heads.entries()) {
    const text = line.text;
    if (rules.relatedLinks.test(text)) relatedLinks = true;
    else if (relatedLinks && /[。;；]/.test(text)) relatedLinks = false;
    if (relatedLinks) continue;
    // 推动区域经济提质增效 / ——在政协某区…会议上的大会发言: a speech's heading and the session under it
    // (a line the furniture tests below take for a meeting line).
    const previous = heads[k - 1];
    const joined = previous ? `${previous.text}${text}` : '';
    const speech =
      !inBody && SUBTITLE.test(text) && CPPCC_ECONOMY_SPEECH.test(joined) ? readTitleText(joined) : null;
    if (previous && speech?.genre) return { ...speech, lines: [previous, line] };
    // A breadcrumb ending in a column's name (首页 > 数据发布 > 统计月报) names no document.
    if (isNotContentLine(line) || isSourceLine(line) || isJunkLine(line)) continue;
    // 某某会议定下今年目标 [复制链接]: a forum thread's title, a headline whatever it names.
    const thread: string | null = inBody || headline ? null : (THREAD_TITLE.exec(text)?.[1] ?? null);
    if (thread) headline = { ...threadHeadline(thread), lines: [line] };
    // A listed resolution under 会议通过了： (2.《关于…计划的决议》；) names another document.
    if (inBody && isListedDocumentTitle(text)) continue;
    // A sentence that quotes a title (会议听取和审议了《关于…的报告》。) is not one.
    const read = text.length <= TITLE_MAX && !text.includes('。') ? readTitleText(text) : null;
    // 一、2013年国民经济和社会发展计划执行情况: a part's heading names the part, not the document
    // (a 政府信息公开 page whose title the ingest stage took into its hints).
    if (read?.genre && read.genre !== 'statistics-analysis' && !PART_HEADING.test(text)) {
      const head = inBody ? null : continuedTitle(heads[k - 1], line, read.genre);
      if (head) return head;
      const below = inBody ? null : continuedBelow(line, heads[k + 1]);
      if (below) return below;
      return read.region ? { ...read, lines: [line] } : withPlace(read, line, heads.slice(k + 1, k + 7));
    }
    const wrapped = inBody ? null : wrappedTitle(heads.slice(k, k + 3));
    if (wrapped && wrapped.genre !== 'statistics-analysis') return wrapped;
    if (!headline && wrapped) headline = wrapped;
    // 现将我县2022年1-9月…进展情况公示如下：: the sentence that introduces what follows, not a headline.
    const sentence = /[。;；]/.test(text) || LEADS_IN.test(text);
    if (!headline && read && !inBody && text.length <= HEADLINE_MAX && !sentence)
      headline = underMainTitle(read, line, heads[k - 1]);
    if (sentence) inBody = true;
  }
  return headline;
}

/** ——2018年某县经济社会发展综述: a subtitle, which says the period the headline above it does not. */
const SUBTITLE = /^(?:——|--|－－|—)\s*\S/;

/**
 * 补短板 强产业 惠民生 / ——2018年某县经济社会发展综述: a paper's review headed by slogans, with the
 * year and place in the subtitle under them; both lines are the title, so neither is read as content.
 */
function underMainTitle(read: Omit<TitleInfo, 'lines'>, line: Line, previous: Line | undefined): TitleInfo {
  const main = previous?.text ?? '';
  if (
    !previous ||
    !SUBTITLE.test(line.text) ||
    main.length > HEADLINE_MAX ||
    /[。;；:：,，]/.test(main) ||
    isJunkLine(previous) ||
    isNotContentLine(previous) ||
    isSourceLine(previous)
  )
    return { ...read, lines: [line] };
  return { ...read, title: `${main}${line.text}`, lines: [previous, line] };
}

/** A forum thread's title, marked by the link the forum offers to copy (…[复制链接]). */
const THREAD_TITLE = /^(.{4,60}?)\s*\[复制链接\]$/;

/** A thread's title read as a headline: what it says of the period and place, if anything. */
function threadHeadline(title: string): Omit<TitleInfo, 'lines'> {
  return (
    readTitleText(title) ?? {
      title,
      genre: null,
      region: '',
      parentRegion: null,
      year: null,
      code: null,
      periodLabel: null,
    }
  );
}

/**
 * A page's heading often drops the place (关于2019年上半年…的报告) and the article repeats the title
 * with it a few lines down, under the info line: that one names the region. Both lines are the
 * title's, so the repeat is not read as content.
 */
function withPlace(read: Omit<TitleInfo, 'lines'>, line: Line, next: readonly Line[]): TitleInfo {
  for (const other of next) {
    if (other.text.length > TITLE_MAX || /[。;；]/.test(other.text)) break;
    const fuller = readTitleText(other.text);
    if (
      fuller?.region &&
      fuller.genre === read.genre &&
      fuller.year === read.year &&
      fuller.code === read.code
    )
      return { ...fuller, lines: [line, other] };
  }
  return { ...read, lines: [line] };
}

/**
 * 关于某县2022年国民经济和社会 / 发展计划执行情况和2023年计划草案的报告: the second line reads as a title
 * on its own (of the next year), but the line above starts the title and gives its place and year.
 */
function continuedTitle(previous: Line | undefined, line: Line, genre: Genre): TitleInfo | null {
  if (!previous || line.text.startsWith('关于')) return null;
  const text = previous.text;
  if (
    text.length > 30 ||
    /[。;；:：|]/.test(text) ||
    !TITLE_HEAD.test(text) ||
    isJunkLine(previous) ||
    isNotContentLine(previous) ||
    isSourceLine(previous) ||
    readTitleText(text)?.genre
  )
    return null;
  const read = readTitleText(`${text}${line.text}`);
  return read?.genre === genre ? { ...read, lines: [previous, line] } : null;
}

/**
 * 关于某县2016年国民经济和社会发展计划执行情况 / 与2017年国民经济和社会发展计划草案的报告: the first line
 * reads as a title of its own, but the next one, opening on 与/和/及/暨 and ending the title, joins it
 * (the report and its draft).
 */
function continuedBelow(line: Line, next: Line | undefined): TitleInfo | null {
  if (!next || next.text.length > 40) return null;
  // …计划草案的审 / 查结果报告: a line cut inside the genre's word (a PDF's centred title wrapped at
  // the page's width) reads as the report's own title; the short rest ending the title joins it.
  const cut = !TITLE_END.test(line.text) && next.text.length <= CUT_REST_MAX;
  // …发展计划 / 执行情况与2017年计划草案的报告: a line broken before 执行情况, the rest naming the draft.
  if (!cut && !/^(?:与|和|及|暨)/.test(next.text) && !/^执行情况[与和及暨]/.test(next.text)) return null;
  if (/[。;；:：|]/.test(next.text) || isJunkLine(next) || isNotContentLine(next) || isSourceLine(next))
    return null;
  const joined = `${line.text}${next.text}`;
  if (!TITLE_END.test(joined)) return null;
  const read = readTitleText(joined);
  return read?.genre ? { ...read, lines: [line, next] } : null;
}

/** 某某区2020年国民经济和社会发展 / 计划执行情况与2021年…: a title printed over short lines. */
function wrappedTitle(run: readonly Line[]): TitleInfo | null {
  for (let n = run.length; n >= 2; n--) {
    const parts = run.slice(0, n);
    const headed = (p: Line) =>
      rules.part.test(p.text) || rules.section.test(p.text) || rules.item.test(p.text);
    if (
      parts.some((p) => p.text.length > 30 || /[。;；:：]/.test(p.text) || isNotContentLine(p)) ||
      parts.slice(1).some(headed)
    )
      continue;
    // 头部 / 某某县…的报告: a title that stands on a line of its own is not wrapped.
    // 某县2018年一季度经济运行和 / 计划执行情况: a line ending on 和 reads as no title of its own (F6812).
    const ownTitle = (p: Line, i: number) =>
      readTitleText(p.text)?.genre && !(i < parts.length - 1 && endsOpen(p.text));
    if (parts.some((p, i) => isJunkLine(p) || ownTitle(p, i))) continue;
    const joined = parts.map((p) => p.text).join('');
    if (!TITLE_END.test(joined)) continue;
    const read = readTitleText(joined);
    if (read?.genre) return { ...read, lines: parts };
  }
  return null;
}

export interface SourceInfo {
  line: Line;
  /** Every line the source information was read from (the first is `line`). */
  lines: Line[];
  publisher: string | null;
  publishedAt: string | null;
}

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/**
 * The page's source line (来源: … 发布时间: …) among the first lines. Pages that put the publisher
 * and the date on lines of their own are read too: the first source line found is the one kept
 * out of the text, and the other is looked for on the next few lines.
 */
export function readSourceLine(lines: readonly Line[]): SourceInfo | null {
  let seen = 0;
  for (const [k, line] of lines.entries()) {
    if (line.text === '') continue;
    if (++seen > 40) break;
    if (!isSourceLine(line)) continue;
    let publisher = publisherIn(line.text);
    let time = publishedTime(line.text);
    const used = [line];
    for (const next of lines.slice(k + 1, k + 4)) {
      if (publisher && time) break;
      if (!isSourceLine(next)) continue;
      used.push(next);
      publisher ??= publisherIn(next.text);
      time ??= rules.publishedAt.exec(next.text);
    }
    return { line, lines: used, publisher, publishedAt: timeOf(time) };
  }
  return null;
}

/**
 * 来源：县政协研究室作者：某某: a CMS that prints its labels without a space glues the next label to the
 * publisher; the publisher stops before it.
 */
const GLUED_LABEL = /(?:作者|责任编辑|编辑|记者|通讯员|发布时间|发布日期|浏览次数|点击数|字号)$/;

function publisherIn(text: string): string | null {
  const read = rules.publisher.exec(text)?.[1];
  if (!read) return null;
  // Only a label its colon follows: 本报记者 alone is a publisher.
  const after = text.charAt(text.indexOf(read) + read.length);
  if (after !== ':' && after !== '：') return read;
  const bare = read.replace(GLUED_LABEL, '');
  return bare.length >= 2 ? bare : read;
}

/** The labelled time, else a template's date and clock time (after a channel's name or none), else a date leading the line. */
const publishedTime = (text: string) =>
  rules.publishedAt.exec(text) ?? rules.publishedAtChannel.exec(text) ?? rules.publishedAtBare.exec(text);

const timeOf = (time: RegExpExecArray | null) =>
  time
    ? `${time[1]}-${pad(time[2])}-${pad(time[3])}T${pad(time[4])}:${pad(time[5])}:${pad(time[6])}+08:00`
    : null;

/** Publisher and time from an info line the page shows outside the text (the ingest stage's hint). */
export function readInfoText(text: string): Pick<SourceInfo, 'publisher' | 'publishedAt'> {
  return {
    publisher: publisherIn(text),
    publishedAt: timeOf(publishedTime(text)),
  };
}

/**
 * A publisher signing under the title on a line of its own, and the date on the line after it:
 * communiqués and committee reports carry no 来源: line.
 */
export function readSignature(lines: readonly Line[], after: number): SourceInfo | null {
  const head = lines.filter((line) => line.text !== '' && line.number > after).slice(0, 6);
  for (const [k, line] of head.entries()) {
    if (/[。;；]/.test(line.text)) return null;
    const dated = datedSignature(line);
    if (dated) return dated;
    if (!rules.signatory.test(line.text)) continue;
    const next = head[k + 1];
    const date = next ? rules.dateLine.exec(next.text) : null;
    const publishedAt = date ? `${date[1]}-${pad(date[2])}-${pad(date[3])}T00:00:00+08:00` : null;
    return { line, lines: date && next ? [line, next] : [line], publisher: line.text, publishedAt };
  }
  return null;
}

/** 2019年7月22日 or 2019-07-22: year, then month and day in groups 2-3 (年月日) or 4-5 (a template's). */
const SIGNED_DATE = String.raw`((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))`;
/** 某某县统计局　2019年7月22日, 2019-07-22 某某县统计局: the bureau and the day it signed, on one line. */
const DATED_SIGNATURES = [
  { form: new RegExp(`^(\\S.*?)\\s+${SIGNED_DATE}$`), name: 1, date: 2 },
  { form: new RegExp(`^${SIGNED_DATE}\\s+(\\S.*)$`), name: 6, date: 1 },
];

/** A bureau's analysis signed under its headline with the date beside the name, not under it. */
function datedSignature(line: Line): SourceInfo | null {
  for (const { form, name, date } of DATED_SIGNATURES) {
    const signed = form.exec(line.text);
    const publisher = signed?.[name]?.trim() ?? '';
    if (!signed || !rules.signatory.test(publisher)) continue;
    const month = Number(signed[date + 1] ?? signed[date + 3]);
    const day = Number(signed[date + 2] ?? signed[date + 4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const publishedAt = `${signed[date]}-${pad(String(month))}-${pad(String(day))}T00:00:00+08:00`;
    return { line, lines: [line], publisher, publishedAt };
  }
  return null;
}

/** A notice's letterhead: the issuing office on the line right above the title (某某县发展和改革局). */
export function readLetterhead(lines: readonly Line[], titleLine: number | null): SourceInfo | null {
  if (titleLine === null) return null;
  const line = lines.filter((l) => l.text !== '' && l.number < titleLine).at(-1);
  if (!line || !rules.signatory.test(line.text)) return null;
  return { line, lines: [line], publisher: line.text, publishedAt: null };
}

/** The region a header or phrase names before a verb: 2020年某某市下达… → 某某市. */
export function regionIn(text: string): string | null {
  const stripped = text.replace(/^(?:19|20)\d{2}\s*年(?:度)?/, '');
  return REGION.exec(stripped)?.[1] ?? null;
}

/** 全市, 本县, 我区…: a scope relative to the writer, not a place's name. */
export function isGenericRegion(name: string): boolean {
  // 经开区, 高新区 without a name before them: a kind of zone, as 全区 is a scope, not a place.
  return (
    /^(?:全|本|我|该|各)(?:省|市|县|区|州|盟|旗)$|^(?:经开区|高新区|开发区|新区|园区|林区|特区)$/.test(
      name,
    ) ||
    SCOPE_AFTER_WORDS.test(name) ||
    EVERY_PLACE.test(name)
  );
}

/**
 * 月份我县, 今年全市, 上半年本区: a scope after other words (a headline's 7月份我县… whose 1— was cut off)
 * ends no place's name; no place is called …我县 or …本市, and …全县 only after a time word.
 */
/**
 * 各县市区, 各区县, 各县（市、区）: every place under the writer, the subject of a city bureau's page
 * tabling its counties (YYYY年上半年各县市区主要经济指标), never a place; the site names the city
 * (session 29, fix98).
 */
const EVERY_PLACE = /^各(?:[县市区旗]{2,4}|县[(（][市区、]+[)）])$/;
// 某某主持召开全县…会: a news headline's 全县 after the verb of a meeting (fix219).
const SCOPE_AFTER_WORDS =
  /(?:我|本|该|(?:月份?|年|季度|以来|召开|举行|主持|部署)全)(?:省|市|县|区|州|盟|旗)$/;

/** Whether a region name, possibly abbreviated (某某), refers to the report's region (某某市). */
export function sameRegion(short: string, region: string): boolean {
  const stem = region.replace(/(?:自治县|自治州|市|县|区|旗|州|盟)$/, '');
  return (
    short === region ||
    (stem.length > 0 && short.startsWith(stem)) ||
    // 甲经开区 for 乙省甲经济开发区: a zone's short form (fix213).
    (short.endsWith('经开区') && region.includes(`${short.slice(0, -3)}经济`) && region.endsWith('开发区'))
  );
}
