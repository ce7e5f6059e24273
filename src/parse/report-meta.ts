// A report's meta from everything that can say it: the title, the source line, the page's hints,
// the first sentences and the user's --region/--period. Refuses, with the flag to use, when none can.

import type { DocumentHints } from '../ingest/types.js';
import { AUDIT_REPORT, PROJECTS_AUDIT_REPORT } from './audit-report.js';
import { bodyPeriod, bodyRegion, fullAutonomousName } from './body-meta.js';
import { arabicDates } from './chinese-date.js';
import { readClosingByline } from './closing-byline.js';
import { readClosingSignature } from './closing-signature.js';
import { evaluationPeriod } from './evaluation-period.js';
import { eventRoundPeriod } from './event-round-period.js';
import { fileNameTitle } from './file-name-hint.js';
import { genreOf, hasHeadlineFigures, type OpeningInfo, openingLines, readOpening } from './genre.js';
import { openingMonthEnd } from './inspection-period.js';
import type { Line } from './lines.js';
import { meetingPlace, underTitleTexts } from './meeting-line.js';
import { midYearSpeechYear, PARTY_PLENARY_REPORT, speakerRegion, speechYear } from './meeting-speech.js';
import { meetingYearAhead } from './meeting-year-ahead.js';
import {
  isGenericRegion,
  periodCode,
  readInfoText,
  readLetterhead,
  readSignature,
  readSourceLine,
  readTitle,
  readTitleText,
  sameRegion,
  type TitleInfo,
} from './meta.js';
import { cumulativeMonthPeriod } from './monthly-cumulative-period.js';
import { repeatedHeadline } from './news-headline-line.js';
import { handledPeriod, openingOpinionSubject } from './opinion-handled-period.js';
import { readPageDate } from './page-date.js';
import {
  fullZoneName,
  furniturePlace,
  furniturePublished,
  furnitureWritten,
  newsAccount,
  statisticsAccount,
} from './page-furniture.js';
import { projectTableMonths } from './project-table-period.js';
import { officeRegion } from './publisher-place.js';
import { rankedHeadlinePlace } from './ranked-headline.js';
import { openingPlace, ownSuffix, pagePlace, sitePlace } from './region-fallbacks.js';
import { rules } from './rules.js';
import { SPECIAL_WORK_REPORT } from './special-work-report.js';
import { SUGGESTION_REPLY } from './suggestion-reply.js';
import type { Problem, ReportMeta } from './types.js';
import { townshipOfTitle } from './work-summary-title.js';

/** What the caller knows about a text besides the text: the page's hints and the user's flags. */
export interface MetaOptions {
  hints?: Pick<DocumentHints, 'title' | 'infoLine' | 'fileName' | 'site' | 'furniture'>;
  /** The region the text is about (--region), winning over what the text says. */
  region?: string;
  /** The period as 2022-H1, 2022-Q1, 2022-Q3, 2022-FY or 2022-M1-5 (--period), winning likewise. */
  period?: string;
}

export interface ResolvedMeta {
  meta: Omit<ReportMeta, 'sha256'>;
  /** The line the title starts on, when the text has one. */
  titleLine: number | null;
  /** Lines that are meta, not content: the source line(s) and a wrapped title's further lines. */
  skip: Set<number>;
  /** A plan outline's mid-term evaluation (规划纲要实施中期评估): the goals it reads are the plan's, not a year's. */
  evaluation?: boolean;
}

const OPTION_PERIOD = /^((?:19|20)\d{2})-(H1|Q1|Q3|FY|M1-(?:[1-9]|1[0-2]))$/;
const LABELS: Record<string, string> = { H1: '上半年', Q1: '一季度', Q3: '前三季度', FY: '全年' };
/** The last month a period covers: a report on it is published after that month. */
const END_MONTH: Record<string, number> = { Q1: 3, H1: 6, Q3: 9, FY: 12 };

interface Period {
  year: number;
  code: string;
  label: string;
}

/** 2022-H1 → 2022, H1, 上半年; 2022-M1-6 is the same as 2022-H1. */
export function parsePeriodOption(written: string): Period | null {
  const match = OPTION_PERIOD.exec(written.trim());
  if (!match?.[1] || !match[2]) return null;
  const months = /^M1-(\d+)$/.exec(match[2])?.[1];
  const code = months ? (periodCode(`1-${months}月`) ?? match[2]) : match[2];
  return { year: Number(match[1]), code, label: LABELS[code] ?? `1-${months}月` };
}

/**
 * A text that says its period but not its year: the year it was published in, or the one before. A part of the
 * year published in its own last month (1—4月 in a page of 28 April: 据…初步统计 at an event late in the month) is
 * this year's, early figures; no page tells last year's part a year late (session 49, fix460, F9713). A full year
 * published in December keeps the year before, as before.
 */
function yearFromPublication(publishedAt: string | null, code: string): number | null {
  const date = publishedAt ? /^(\d{4})-(\d{2})/.exec(publishedAt) : null;
  if (!date) return null;
  const endMonth = END_MONTH[code] ?? Number(/^M1-(\d+)$/.exec(code)?.[1] ?? 12);
  const month = Number(date[2]);
  const earlier = month < endMonth || (month === endMonth && endMonth === 12);
  return earlier ? Number(date[1]) - 1 : Number(date[1]);
}

/** The year of a date in its last month (2023-12-26 → 2023), or null. */
function decemberYear(date: string | null): number | null {
  const match = date ? /^(\d{4})-12/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

const place = (name: string | null | undefined) => (name && !isGenericRegion(name) ? name : null);
// 中共某县委, 政协某县委员会视察组 (F6463): the party's or the CPPCC's name before the place is no part of it.
const publisherRegion = (publisher: string | null) =>
  publisher ? place(officeRegion(publisher.replace(/^(?:中共|政协|中国人民政治协商会议)/, ''))) : null;

/**
 * The place a news page's publisher names, unless it is a paper of the place above the text's:
 * 苇州日报 (a 州, a city) running a story about 我县 says nothing of which county.
 */
function paperRegion(publisher: string | null, lines: readonly Line[]): string | null {
  const region = publisherRegion(publisher);
  if (!region || !publisher || !MEDIUM.test(publisher.trim())) return region;
  const own = ownSuffix(lines);
  return own === null || region.endsWith(own) ? region : null;
}

/**
 * 砚溪日报, 砚溪新闻网, 砚溪融媒: the place a local medium is named after, without its suffix. 砚溪统计 as a
 * WeChat byline's account, a word of its own: a statistics office's account named after its place. 砚溪人大网,
 * 砚溪政协网: a congress's or a conference's site, its body no part of the place's name (F7733). 砚溪政府网 over a
 * page on 我市: the government's site, its 政府 no part of the place's name either (session 50, fix471, F9951).
 */
const MEDIUM =
  /^([\u4e00-\u9fa5]{2,4}?)(?:(?:人大|政协|人民政府|政府)(?=网|在线))?(?:日报|晚报|新闻网|新闻|融媒体中心|融媒|电视台|发布|在线|网|统计(?=\s|$))/;
/** 原创 before a WeChat article's author: the platform's badge for an original piece, no part of the name. */
const ORIGINAL_BADGE = /^原创\s*/;
/**
 * 县政府新闻办, 市委宣传部: an office of the writer's own place named without the place, the stem no place's name
 * (session 34, fix174).
 */
const UNNAMED_OFFICE = /^[县市区旗](?:人民政府|政府|委|人大|政协)/;
/** 我区, 全区, 我县 …: the writer's own place, whose suffix the medium's name lacks. */
const OWN_SCOPE = /[我全本](县|区|市|旗|盟)/g;

/**
 * 前三季度全市经济运行稳中有进: the scope a headline gives its story, as the subject of its economy or
 * figures (not 多项指标全市领跑, 居全市, 高于全市: the place compared with).
 */
const HEADLINE_SCOPE =
  /(?:^|[^于居列比较在])[全我本](县|区|市|旗|盟)(?=经济|实现|完成|规模|地区|生产|上下|主要|工业|投资|消费|财政)/;

/**
 * A local news page that calls its place only 我区 and is published by 砚溪日报 or 砚溪新闻网: the
 * place is 砚溪区. The suffix is the one the headline gives its story (全市经济运行…: a city paper's page
 * on the city and its counties says 该县, 全县 in each county's paragraph), else the one the text uses
 * most for its own place.
 */
function mediaRegion(
  names: ReadonlyArray<string | null>,
  lines: readonly Line[],
  headline: string | null,
): string | null {
  const stem = names
    .map((name) => (name ? MEDIUM.exec(name.trim().replace(ORIGINAL_BADGE, ''))?.[1] : undefined))
    .find((found) => found && !UNNAMED_OFFICE.test(found));
  if (!stem) return null;
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, 60))
    for (const m of line.text.matchAll(OWN_SCOPE)) counts.set(m[1] ?? '', (counts.get(m[1] ?? '') ?? 0) + 1);
  // 全市平均水平, 居全市第二位: the parent's scope is not the writer's own place (ownSuffix passes it over).
  const suffix =
    (headline ? HEADLINE_SCOPE.exec(headline)?.[1] : undefined) ??
    ownSuffix(lines) ??
    [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // 苇州日报 on a page about 我县: the paper is the city's; the county is not 苇州县.
  if (/[州市]$/.test(stem) && suffix !== '市') return null;
  // 某县融媒体中心: a medium named with its place's suffix already gives the whole name.
  if (suffix && stem.endsWith(suffix)) return place(stem);
  return suffix ? place(`${stem}${suffix}`) : null;
}

/** 上半年我县经济运行稳中向好_青川县人民政府: the site a page title names after the headline. */
function siteOf(pageTitle: string | null): string | null {
  return pageTitle
    ? (/[_|｜]\s*([^_|｜]{2,30})$|\s[-—–]\s*([^-—–]{2,30})$/.exec(pageTitle)?.slice(1).find(Boolean) ?? null)
    : null;
}

/**
 * 榆岭市发展和改革委员会 / 金禾区人民政府 on a line of its own above the title: the site's banner.
 * A notice titled only 全市 (上半年全市重点项目建设进展情况) is about the place its site is named after.
 */
function bannerRegion(lines: readonly Line[], titleLine: number | null): string | null {
  const head = lines.filter((line) => line.text !== '' && (titleLine === null || line.number < titleLine));
  for (const line of head.slice(0, 6)) {
    const banner = line.text.replace(/(?:门户网站|网站|官网)$/, '');
    if (rules.signatory.test(banner)) return publisherRegion(banner);
  }
  return null;
}

const refuse = (code: string, message: string, line: number | null = null): Problem => ({
  code,
  severity: 'error',
  message,
  line,
});

export function resolveMeta(
  lines: readonly Line[],
  options: MetaOptions,
): { resolved: ResolvedMeta | null; problems: Problem[] } {
  const optionPeriod = options.period === undefined ? null : parsePeriodOption(options.period);
  if (options.period !== undefined && !optionPeriod) {
    const message = `--period ${options.period} is not a period: write it like 2022-H1, 2022-Q1, 2022-Q3, 2022-FY or 2022-M1-5`;
    return { resolved: null, problems: [refuse('bad-period', message)] };
  }

  const title = readTitle(lines);
  const hintTitle = options.hints?.title ? readTitleText(options.hints.title) : null;
  const heading = title ?? hintTitle;
  const sourceLine = readSourceLine(lines);
  const info = options.hints?.infoLine ? readInfoText(options.hints.infoLine) : null;
  // Read under a source line too: a bureau's name signed under the title names the place when the
  // source line names none (来源：本网).
  const signature =
    readSignature(lines, title?.lines.at(-1)?.number ?? 0) ??
    readLetterhead(lines, title?.lines[0]?.number ?? null);
  // 某某县统计局 and the day at the end of the text: read only for what the head does not say.
  const closing = readClosingSignature(
    lines,
    Math.max(title?.lines.at(-1)?.number ?? 0, ...(signature?.lines.map((line) => line.number) ?? [])),
  );
  // （记者 某某 2021年7月20日） closing a news story: its day, when nothing else dates the page.
  const byline = readClosingByline(lines, title?.lines.at(-1)?.number ?? 0);
  const publisher =
    sourceLine?.publisher ?? info?.publisher ?? signature?.publisher ?? closing?.publisher ?? null;
  // An e-paper's date-and-page line or a template's bare date: the date the page shows when no
  // label gives one.
  const pageDate = readPageDate(lines);
  const textPublishedAt =
    sourceLine?.publishedAt ??
    info?.publishedAt ??
    signature?.publishedAt ??
    pageDate?.publishedAt ??
    closing?.publishedAt ??
    byline?.publishedAt ??
    null;
  // The page's 公开 table or PubDate tag: when the text shows no date of its own.
  const publishedAt = textPublishedAt ?? furniturePublished(options.hints?.furniture)?.value ?? null;

  const skip = new Set<number>(
    [
      ...(sourceLine?.lines ?? []),
      ...(signature?.lines ?? []),
      ...(pageDate ? [pageDate.line] : []),
      ...(closing?.lines ?? []),
      ...(byline?.alone ? [byline.line] : []),
    ].map((l) => l.number),
  );
  for (const line of title?.lines.slice(1) ?? []) skip.add(line.number);
  // 甲县招商引资成绩单出炉：全年签约项目86个 over a news page's 来源 line, its figures the body's: read once.
  const headline = title || heading ? null : repeatedHeadline(lines, sourceLine?.lines[0]);
  if (headline) skip.add(headline.number);
  const titleLine = title?.lines[0]?.number ?? null;

  const refusal = refusalOf(lines, heading, skip, titleLine, options.hints?.title ?? null);
  if (refusal) return { resolved: null, problems: [refusal] };

  const opening = readOpening(
    openingLines(lines, new Set([...skip, ...(title?.lines.map((line) => line.number) ?? [])])),
  );
  const opened = openingLines(lines, skip);
  // 在中共某县委N届M次全体会议上的工作报告 (2024年7月26日) reporting 上半年工作: the half the opening names, in the
  // date's year; a part-year plan report, not the year-turn one (fix191).
  // Only a title with no year of its own: a speech titled with its year and half (在全县YYYY年上半年…调度会上的讲话)
  // keeps the genre and period its title gives.
  const midYear =
    opening.code && opening.code !== 'FY' && !/(?:19|20)\d{2}\s*年/.test(title?.title ?? '')
      ? midYearSpeechYear(title?.title, lines, title?.lines.at(-1)?.number ?? null)
      : null;
  const midYearPeriod = midYear
    ? { year: midYear, code: opening.code, periodLabel: opening.periodLabel }
    : null;
  // A 解读 page read past its refusal (its title quotes the report): news of the report.
  const explainer = heading ? null : otherTitleLine(opened);
  const genre = midYearPeriod
    ? 'plan-execution'
    : explainer && explainsReport(explainer.text)
      ? 'news-summary'
      : // A congress's or its standing committee's 决议 on the plan report, with its members' 审议意见 attached
        // or not, is the congress's verdict on the report: a review (the lead's decision in session 35; every
        // answered 决议 fixture says so). One without figures is refused above.
        heading && RESOLUTION.test(heading.title)
        ? 'review-opinion'
        : genreOf(
            heading,
            publisher,
            opened,
            newsAccount(options.hints?.furniture),
            options.hints?.title ?? null,
            statisticsAccount(options.hints?.furniture),
          );
  const quoted = heading?.region && heading.code ? null : quotedReportTitle(opened);
  const problems: Problem[] = [];
  const overridden = (said: string, flag: string) =>
    problems.push({
      code: 'option-overrides',
      severity: 'warning',
      message: `the text is about ${said}; ${flag} was used instead`,
      line: titleLine,
    });

  // 今年以来，苇西县全面…, 苇江县讯（通讯员…）, 记者从苇山县统计局获悉: the place as the first
  // sentence's subject, a dateline or a quoted office (looked for only when the title names none).
  const openingRegion = () =>
    opening.region ??
    openingPlace(
      openingLines(lines, new Set([...skip, ...(titleLine === null ? [] : [titleLine])])),
      ownSuffix(lines),
    )?.region ??
    null;
  const saidRegion =
    place(title?.region) ??
    place(hintTitle?.region) ??
    place(quoted?.region) ??
    // ——…在某某县第十七届人民代表大会常务委员会…会议上 under a title without the place.
    meetingPlace(lines, title?.lines.at(-1)?.number ?? null, ownSuffix(lines)) ??
    // 在全县经济工作会议上的讲话 over 中共某某县委书记 某某: the speaker's place.
    place(speakerRegion(title?.title, lines, title?.lines.at(-1)?.number ?? null)) ??
    // A news page's own sentence names the place better than the paper (a city's) that ran it.
    (genre === 'news-summary'
      ? (openingRegion() ??
        // 苇川市位列全国百强县第7位: the place the headline ranks, before the paper that ran it (F5991).
        place(rankedHeadlinePlace(options.hints?.title, lines)) ??
        paperRegion(publisher, lines))
      : (publisherRegion(publisher) ??
        publisherRegion(signature?.publisher ?? null) ??
        openingRegion() ??
        place(rankedHeadlinePlace(options.hints?.title, lines)))) ??
    publisherRegion(closing?.publisher ?? null) ??
    publisherRegion(siteOf(options.hints?.title ?? null)) ??
    mediaRegion(
      [publisher, siteOf(options.hints?.title ?? null), ...lines.slice(0, 3).map((l) => l.text)],
      lines,
      title?.title ?? null,
    ) ??
    bannerRegion(lines, titleLine);
  // An info label, the breadcrumb, a byline, the footer or the <title>'s site name: taken, with a note, rather than refuse.
  // The page's own publisher in its <meta> tags or 公开 table, then its site (SiteName, 主办单位):
  // after the furniture the text shows, before the <title>'s site name.
  const own = ownSuffix(lines);
  const hinted = saidRegion ? null : furniturePlace(options.hints?.furniture, own);
  const furniture = saidRegion
    ? null
    : (pagePlace(lines) ?? (hinted ? null : sitePlace(options.hints?.site, lines)));
  const optionRegion = options.region?.trim() || null;
  if (furniture && !optionRegion)
    problems.push({
      code: 'region-from-page',
      severity: 'warning',
      message: `no title, source line or sentence names the region; ${furniture.region} is read from the page's ${furniture.where}: check it, or give --region`,
      line: furniture.line,
    });
  if (hinted && !furniture && !optionRegion)
    problems.push({
      code: 'region-from-page',
      severity: 'warning',
      message: `no title, source line or sentence names the region; ${hinted.value} is read from the page's ${hinted.where}: check it, or give --region`,
      line: null,
    });
  // 农皋县2021年上半年…的报告.docx: the name an attachment was saved under, when nothing else names
  // the place; of the kind the text calls its own (a county's 我县 is not the city's file).
  const fileTitle = fileNameTitle(options.hints?.fileName);
  const fileRegion =
    saidRegion || furniture || hinted
      ? null
      : place(
          fileTitle?.region && (own === null || fileTitle.region.endsWith(own)) ? fileTitle.region : null,
        );
  if (fileRegion && !optionRegion)
    problems.push({
      code: 'region-from-file-name',
      severity: 'warning',
      message: `no title, source line or sentence names the region; ${fileRegion} is read from the file's name: check it, or give --region`,
      line: null,
    });
  // A township's summary (某镇2023年上半年工作总结) reports the township's figures: the region model holds
  // counties and above, so it is refused rather than read as its county's (a product decision, session 15).
  const township = optionRegion ? null : townshipOfTitle(title?.title ?? hintTitle?.title);
  // Last of all, with no --region: the place the body names most often as itself (a clear winner or nothing).
  const body =
    township || saidRegion || furniture || hinted || fileRegion || optionRegion
      ? null
      : bodyRegion(lines, own);
  if (body)
    problems.push({
      code: 'region-from-text',
      severity: 'warning',
      message: `no title, source line, first sentence, page or file name names the region; ${body.region} is the place the text names most often as its own (${body.count} times, first on line ${body.line}): check it, or give --region`,
      line: body.line,
    });
  // 榕泽县 in the headline, 榕泽彝族自治县 in the body: the full autonomous name is the place's.
  const pageRegion = fullAutonomousName(
    lines,
    saidRegion ?? furniture?.region ?? hinted?.value ?? fileRegion ?? body?.region ?? null,
  );
  // 甲经开区 in the headline, 乙省甲经济开发区管理委员会 the site's owner: the zone's full name (fix213).
  const zoneRegion = fullZoneName(pageRegion, [options.hints?.site, options.hints?.furniture?.siteOwner]);
  const region = township ? null : (optionRegion ?? zoneRegion);
  if (optionRegion && pageRegion && !sameRegion(optionRegion, pageRegion))
    overridden(pageRegion, `--region ${optionRegion}`);
  if (!region)
    problems.push(
      refuse(
        'no-region',
        township
          ? `the title names a township (${township}): regions below a county are not held, and its figures are not its county's; not read`
          : 'neither the title, the source line nor the text names the region the report is about; give it with --region 某某县',
        titleLine,
      ),
    );

  // 关于全县重点项目建设情况的视察报告: an inspection's undated title, dated by its body's 截至N月底; one titled
  // by its year alone (关于全县2015年重点项目建设情况的视察报告) the same (F8072).
  const session = sessionDate(lines, title?.lines.at(-1)?.number ?? null);
  // 2016年，全县列入…重点项目共42个 before 审计数据截至2016年9月30日: the title's own year said again in the opening dates
  // nothing more than the title does (fix425, F8802).
  const inspected =
    title?.genre === 'review-opinion' &&
    (title.code === null || title.yearOnly) &&
    (opening.code === null || (title.yearOnly && opening.code === 'FY' && opening.year === title.year))
      ? openingMonthEnd(opened, session)
      : null;
  // …2024年重点项目建设进展情况通报 over a table headed 1-8月完成投资: the notice's months are the table's.
  const tableMonths = projectTableMonths(title, lines);
  // 我县召开2012年经济工作会议 on a page of 2012年1月: the meeting sets 2012's work and sums up 2011 (F9212).
  const summedYear =
    title?.code === 'FY' ? meetingYearAhead(title.title, title.year, publishedAt, opened) : null;
  const titlePeriod =
    title && tableMonths
      ? { ...title, code: periodCode(tableMonths), periodLabel: tableMonths }
      : title?.yearOnly && inspected && (inspected.year ?? title.year) === title.year
        ? { ...title, code: inspected.code, periodLabel: inspected.periodLabel }
        : title && summedYear
          ? { ...title, year: summedYear }
          : title;
  // 我县举行2026年第三季度…集中签约仪式 on a page of 7月: the round's quarter is the batch's name, the figures the
  // body's 上半年 (fixleft43b, F7172).
  const roundPeriod = eventRoundPeriod(
    [heading?.title ?? '', ...opened.slice(0, 2).map((line) => line.text)],
    publishedAt,
    lines,
  );
  // 规划纲要实施中期评估: the last year the evaluation reads, before any opening sentence's period.
  const evaluated = title?.evaluation ? evaluationPeriod(opened, session) : null;
  // 在全县经济工作会议上的讲话 (2024年12月27日): the year the meeting sums up, before the opening's years.
  const spoken = speechYear(title?.title, lines, title?.lines.at(-1)?.number ?? null);
  const speechPeriod = spoken ? { year: spoken, code: 'FY', periodLabel: '全年' } : null;
  // The title's, or the quoted one's of a news page on the sitting that heard the handling report.
  const opinionSubject = title?.opinionSubject ?? quoted?.opinionSubject ?? openingOpinionSubject(opened);
  const handledCode = opinionSubject ? handledPeriod(lines, opinionSubject) : null;
  const handled = handledCode
    ? {
        year: title?.year ?? quoted?.year ?? opening.year ?? null,
        code: handledCode.code,
        periodLabel: handledCode.label,
      }
    : null;
  // 12月25日…全会…一年来，全县… on a page dated in December: the year the meeting closes, not the one before it
  // (yearFromPublication dates a full year read with no year of its own to the year before; fixleft43, F6982).
  const closingYear =
    opening.lookedBack && opening.year === null ? decemberYear(session ?? textPublishedAt) : null;
  const openingPeriod = closingYear ? { ...opening, year: closingYear } : opening;
  const periodSources = [
    midYearPeriod,
    roundPeriod ?? titlePeriod,
    speechPeriod,
    hintTitle,
    evaluated,
    // …上半年…审议意见研究处理情况的报告 opening on the sitting that heard the 上半年 report: the opinion's
    // subject, not the period of the figures since (F5644), which the clauses they lead with date.
    handled ?? (opinionSubject && opening.code === opinionSubject ? null : openingPeriod),
    // 某县YYYY年N月统计月报 over 本月 | 累计 columns and no sentence: 1—N月 (fix244).
    opening.code ? null : cumulativeMonthPeriod(title?.title, lines),
    inspected,
    quoted,
    fileTitle,
  ];
  const textDate = session ?? textPublishedAt;
  // No year in the text and no date of its own: the page's 成文日期, 发布日期, PubDate or 文号.
  const written = textDate ? null : furnitureWritten(options.hints?.furniture);
  const said = periodSaid(periodSources, textDate ?? written?.value ?? null);
  if (written && said.period && !optionPeriod && !periodSources.some((source) => source?.year))
    problems.push({
      code: 'period-from-page',
      severity: 'warning',
      message: `no title or sentence says the year; ${said.period.year} is read from the page's ${written.where}: check it, or give --period`,
      line: titleLine,
    });
  if (optionPeriod && said.period && periodText(said.period) !== periodText(optionPeriod))
    overridden(periodText(said.period), `--period ${options.period}`);
  // Last of all, with no --period: the year and period the body reports on most often, when it
  // agrees with any period word a source above named without its year.
  const fromBody = said.period || optionPeriod ? null : bodyPeriod(lines);
  const bodyFits = fromBody && (said.named === null || said.named === fromBody.code) ? fromBody : null;
  if (bodyFits)
    problems.push({
      code: 'period-from-text',
      severity: 'warning',
      message: `no title, first sentence, page or file name says the period; ${periodText(bodyFits)} is the one the text reports on most often (${bodyFits.count} times, first on line ${bodyFits.line}): check it, or give --period`,
      line: bodyFits.line,
    });
  const period = optionPeriod ?? said.period ?? bodyFits;
  if (!period)
    problems.push(
      refuse(
        'no-period',
        `neither the title, the page title nor the first sentences say ${said.missing} the report covers; give it with --period 2022-H1`,
        titleLine,
      ),
    );
  if (!region || !period) return { resolved: null, problems };

  return {
    resolved: {
      meta: {
        title: heading?.title ?? options.hints?.title?.trim() ?? '',
        genre,
        region,
        parentRegion: heading?.parentRegion ?? null,
        year: period.year,
        period: periodText(period),
        periodLabel: period.label,
        publisher,
        publishedAt,
      },
      titleLine,
      skip,
      ...(evaluated ? { evaluation: true } : {}),
    },
    problems,
  };
}

const periodText = (period: Period) => `${period.year}-${period.code}`;

/** ——2024年8月26日在某县第十七届人民代表大会常务委员会第二十次会议上, (…会议通过): the day it was heard. */
const SESSION =
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:在[^。]{2,60}(?:会议|大会)|[^。]{2,60}会议通过)/;

/**
 * The date of the session a report was heard at, from the lines under its title: a title that gives
 * no year (关于上半年…的报告) is of that session's year (or the year before, for a full year's).
 */
function sessionDate(lines: readonly Line[], after: number | null): string | null {
  if (after === null) return null;
  for (const text of underTitleTexts(lines, after)) {
    const m = SESSION.exec(arabicDates(text));
    if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}T00:00:00+08:00`;
  }
  return null;
}

const QUOTED = /《([^》]{8,80})》/g;

/**
 * 县发展和改革局将《关于某县2010年国民经济和社会发展计划执行情况与2011年…草案的报告》提交大会审查:
 * a news page of a congress opening names the report it is about in 《》; its place and period are
 * the page's when neither the headline nor the first sentences name them.
 */
function quotedReportTitle(opening: readonly Line[]): Omit<TitleInfo, 'lines'> | null {
  for (const line of opening)
    for (const [, quoted] of line.text.matchAll(QUOTED)) {
      const read = quoted ? readTitleText(quoted) : null;
      if (read?.genre && read.genre !== 'statistics-analysis' && read.code) return read;
    }
  return null;
}

type PeriodSource = Pick<OpeningInfo, 'year' | 'code' | 'periodLabel'> | null;

/**
 * The period the first source that names one says (title, page title, first sentences), with the
 * year from the first that names one, else from the publication date.
 */
function periodSaid(
  sources: readonly PeriodSource[],
  publishedAt: string | null,
): { period: Period | null; missing: string; named: string | null } {
  const named = sources.find((source) => source?.code);
  const code = named?.code ?? null;
  if (!code) return { period: null, missing: 'the period', named: null };
  const year = sources.find((source) => source?.year)?.year ?? yearFromPublication(publishedAt, code);
  if (!year) return { period: null, missing: 'the year', named: code };
  return {
    period: { year, code, label: named?.periodLabel ?? LABELS[code] ?? '' },
    missing: '',
    named: code,
  };
}

/** …的决议, …的决议（草案）: a resolution of a people's congress or its standing committee. */
const RESOLUTION = /决议(?:\s*[(（]草案[)）])?$/;

/** A 解读 titled with the quoted name of a report of the genre (not of a statistics analysis). */
function explainsReport(text: string): boolean {
  const bare = text.replace(/^【[^】]{1,12}】\s*/, '');
  if (!rules.aboutTheReport.test(bare)) return false;
  const quoted = /《([^》]{8,80})》/.exec(bare)?.[1];
  const read = quoted ? readTitleText(quoted) : null;
  return Boolean(read?.genre && read.genre !== 'statistics-analysis' && read.code);
}

/** The first line of the opening's unpunctuated block that titles another kind of document. */
function otherTitleLine(opening: readonly Line[]): Line | null {
  for (const line of opening) {
    if (/[。;；]/.test(line.text)) return null;
    if (rules.deliversReport.test(line.text)) continue;
    if (line.text.length <= 60 && rules.otherTitle.test(line.text)) return line;
  }
  return null;
}

/**
 * A plan report's or a review's title is enough; a headline or no title needs headline figures
 * besides, and a text headed as a notice or a decision is not a report whatever figures it quotes.
 */
function refusalOf(
  lines: readonly Line[],
  heading: Omit<TitleInfo, 'lines'> | null,
  skip: ReadonlySet<number>,
  titleLine: number | null,
  pageTitle: string | null = null,
): Problem | null {
  // Any line of the unpunctuated block above the body may be the title: a forum's menus and
  // breadcrumb can stand first.
  const other = heading ? null : otherTitleLine(openingLines(lines, skip));
  // With no title of the genre, the page's own headline (its <title>) says what the page is about.
  const figures = hasHeadlineFigures(lines, heading?.title ?? pageTitle);
  // 【政策解读】《某县2024年…计划执行情况与2025年计划草案》解读: a department's 问/答 page retelling
  // the plan report is news of it (as an 一图读懂 of a work report) when it quotes the report's figures;
  // a 解读 without them only explains the policy.
  if (other && !(figures && explainsReport(other.text)))
    return refuse(
      'not-a-report',
      `"${other.text}" is the title of another kind of document, not a report of the genre`,
      other.number,
    );
  // 关于批准…计划执行情况报告的决议: a congress's resolution names the plan report in its title but
  // usually only approves it; read only when it quotes the report's figures.
  if (heading && RESOLUTION.test(heading.title) && !figures)
    return refuse(
      'not-a-report',
      `"${heading.title}" is a resolution without figures (it approves the report but quotes none of its figures): not a report of the genre`,
      titleLine,
    );
  // A reply to a deputy's suggestion or an audit report is read only when it gives the economy's figures
  // (suggestion-reply.ts, audit-report.ts).
  if (
    heading &&
    (SUGGESTION_REPLY.test(heading.title) ||
      AUDIT_REPORT.test(heading.title) ||
      PROJECTS_AUDIT_REPORT.test(heading.title) ||
      SPECIAL_WORK_REPORT.test(heading.title) ||
      PARTY_PLENARY_REPORT.test(heading.title)) &&
    !figures
  )
    return refuse(
      'not-a-report',
      `"${heading.title}" is a reply to a suggestion, an audit report or a report on one field of work or to a party plenary without headline figures: not a report of the genre`,
      titleLine,
    );
  const named = heading?.genre && heading.genre !== 'statistics-analysis';
  if (named || figures) return null;
  const message = heading
    ? `"${heading.title}" names the economy but the text gives no headline figures (地区生产总值, 固定资产投资 …): not a report of the genre`
    : 'no title of the genre (计划执行情况的报告, 经济运行情况, 统计公报, 审查意见 …) and no headline economic figures: not a report';
  return refuse('not-a-report', message, titleLine);
}
