// A report's meta from everything that can say it: the title, the source line, the page's hints,
// the first sentences and the user's --region/--period. Refuses, with the flag to use, when none can.

import type { DocumentHints } from '../ingest/types.js';
import { genreOf, hasHeadlineFigures, openingLines, readOpening } from './genre.js';
import type { Line } from './lines.js';
import {
  isGenericRegion,
  periodCode,
  readInfoText,
  readSignature,
  readSourceLine,
  readTitle,
  readTitleText,
  regionIn,
  sameRegion,
} from './meta.js';
import { rules } from './rules.js';
import type { Problem, ReportMeta } from './types.js';

/** What the caller knows about a text besides the text: the page's hints and the user's flags. */
export interface MetaOptions {
  hints?: Pick<DocumentHints, 'title' | 'infoLine'>;
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

/** A text that says its period but not its year: the year it was published in, or the one before. */
function yearFromPublication(publishedAt: string | null, code: string): number | null {
  const date = publishedAt ? /^(\d{4})-(\d{2})/.exec(publishedAt) : null;
  if (!date) return null;
  const endMonth = END_MONTH[code] ?? Number(/^M1-(\d+)$/.exec(code)?.[1] ?? 12);
  return Number(date[2]) <= endMonth ? Number(date[1]) - 1 : Number(date[1]);
}

const place = (name: string | null | undefined) => (name && !isGenericRegion(name) ? name : null);
const publisherRegion = (publisher: string | null) =>
  publisher ? place(regionIn(publisher.replace(/^中共/, ''))) : null;

/** 上半年我县经济运行稳中向好_青川县人民政府: the site a page title names after the headline. */
function siteOf(pageTitle: string | null): string | null {
  return pageTitle
    ? (/[_|｜]\s*([^_|｜]{2,30})$|\s[-—–]\s*([^-—–]{2,30})$/.exec(pageTitle)?.slice(1).find(Boolean) ?? null)
    : null;
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
  const problems: Problem[] = [];
  const optionPeriod = options.period === undefined ? null : parsePeriodOption(options.period);
  if (options.period !== undefined && !optionPeriod) {
    const message = `--period ${options.period} is not a period: write it like 2022-H1, 2022-Q1, 2022-Q3, 2022-FY or 2022-M1-5`;
    return { resolved: null, problems: [refuse('bad-period', message)] };
  }
  const optionRegion = options.region?.trim() || null;

  const title = readTitle(lines);
  const hintTitle = options.hints?.title ? readTitleText(options.hints.title) : null;
  const heading = title ?? hintTitle;
  const sourceLine = readSourceLine(lines);
  const info = options.hints?.infoLine ? readInfoText(options.hints.infoLine) : null;
  const signature = sourceLine ? null : readSignature(lines, title?.lines.at(-1)?.number ?? 0);
  const publisher = sourceLine?.publisher ?? info?.publisher ?? signature?.publisher ?? null;
  const publishedAt = sourceLine?.publishedAt ?? info?.publishedAt ?? signature?.publishedAt ?? null;

  const skip = new Set<number>(
    [...(sourceLine?.lines ?? []), ...(signature?.lines ?? [])].map((l) => l.number),
  );
  for (const line of title?.lines.slice(1) ?? []) skip.add(line.number);
  const titleLine = title?.lines[0]?.number ?? null;

  // A plan report's or a review's title is enough; a headline or no title needs figures besides,
  // and a text headed as a notice or a decision is not a report whatever figures it quotes.
  const named = heading?.genre && heading.genre !== 'statistics-analysis';
  const other = heading ? null : openingLines(lines, skip).find((line) => !/[。;；]/.test(line.text));
  if (other && other.text.length <= 60 && rules.otherTitle.test(other.text)) {
    const message = `"${other.text}" is the title of another kind of document, not a report of the genre`;
    return { resolved: null, problems: [refuse('not-a-report', message, other.number)] };
  }
  if (!named && !hasHeadlineFigures(lines)) {
    const message = heading
      ? `"${heading.title}" names the economy but the text gives no headline figures (地区生产总值, 固定资产投资 …): not a report of the genre`
      : 'no title of the genre (计划执行情况的报告, 经济运行情况, 统计公报, 审查意见 …) and no headline economic figures: not a report';
    return { resolved: null, problems: [refuse('not-a-report', message, titleLine)] };
  }

  const opening = readOpening(
    openingLines(lines, new Set([...skip, ...(title?.lines.map((line) => line.number) ?? [])])),
  );
  const genre = genreOf(heading, publisher, openingLines(lines, skip));

  const fromText =
    place(title?.region) ??
    place(hintTitle?.region) ??
    (genre === 'news-summary'
      ? (opening.region ?? publisherRegion(publisher))
      : (publisherRegion(publisher) ?? opening.region)) ??
    publisherRegion(siteOf(options.hints?.title ?? null));
  const region = optionRegion ?? fromText;
  if (optionRegion && fromText && !sameRegion(optionRegion, fromText))
    problems.push({
      code: 'option-overrides',
      severity: 'warning',
      message: `the text is about ${fromText}; --region ${optionRegion} was used instead`,
      line: titleLine,
    });
  if (!region)
    problems.push(
      refuse(
        'no-region',
        'neither the title, the source line nor the text names the region the report is about; give it with --region 某某县',
        titleLine,
      ),
    );

  const code = title?.code ?? hintTitle?.code ?? opening.code;
  const label = title?.code
    ? title.periodLabel
    : hintTitle?.code
      ? hintTitle.periodLabel
      : opening.periodLabel;
  const year =
    title?.year ?? hintTitle?.year ?? opening.year ?? (code ? yearFromPublication(publishedAt, code) : null);
  const fromTextPeriod = code && year ? `${year}-${code}` : null;
  if (optionPeriod && fromTextPeriod && fromTextPeriod !== `${optionPeriod.year}-${optionPeriod.code}`)
    problems.push({
      code: 'option-overrides',
      severity: 'warning',
      message: `the text is about ${fromTextPeriod}; --period ${options.period} was used instead`,
      line: titleLine,
    });
  const period: Period | null =
    optionPeriod ?? (code && year ? { year, code, label: label ?? LABELS[code] ?? '' } : null);
  if (!period) {
    const missing = code ? 'the year' : 'the period';
    problems.push(
      refuse(
        'no-period',
        `neither the title, the page title nor the first sentences say ${missing} the report covers; give it with --period 2022-H1`,
        titleLine,
      ),
    );
  }
  if (!region || !period) return { resolved: null, problems };

  return {
    resolved: {
      meta: {
        title: heading?.title ?? options.hints?.title?.trim() ?? '',
        genre,
        region,
        parentRegion: heading?.parentRegion ?? null,
        year: period.year,
        period: `${period.year}-${period.code}`,
        periodLabel: period.label,
        publisher,
        publishedAt,
      },
      titleLine,
      skip,
    },
    problems,
  };
}
