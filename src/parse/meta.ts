// Report metadata: the title (region, year, period) and the source line (publisher, publication time).

import type { Line } from './lines.js';
import { rules } from './rules.js';

export interface TitleInfo {
  line: Line;
  title: string;
  region: string;
  /** The region the title names before the report's own (北京市海淀区 → 北京市); null when none. */
  parentRegion: string | null;
  year: number;
  period: string;
  periodLabel: string;
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
// Not followed by another suffix: 郑州市, 杭州市 are cities, not 郑州, 杭州.
const REGION =
  /([\u4e00-\u9fa5]{1,12}?(?:自治县|自治州|自治旗|特区|林区|新区|市|县|区|旗|州|盟))(?![市县区旗州盟省])/;
const REGION_TAIL = /([\u4e00-\u9fa5]{1,12}?(?:自治县|自治州|自治旗|市|县|区|旗|州|盟))$/;
const REGION_AT_START = new RegExp(`^${REGION.source}`);
/** A publisher signed after the title: …的报告——某某县发展和改革局. */
const SIGNED = /(?:——|--|－－|—)\s*([^—-]+)$/;
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

const PERIOD_LABEL =
  /^(上半年|前半年|第?一季度|首季度|前三季度|第?三季度|1\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?|全年|年度)?/;

/** Finds the title among the first lines and reads region, year and period from it. */
export function readTitle(lines: readonly Line[]): TitleInfo | null {
  let seen = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    if (++seen > 40) break;
    if (!rules.title.test(line.text) || line.text.length > 80) continue;
    const title = line.text;
    const year = TITLE_YEAR.exec(title);
    if (!year?.[1]) continue;
    const beforeYear = title.slice(0, year.index).replace(/^关于/, '').trim();
    const afterYear = title.slice(year.index + year[0].length);
    const labelMatch = PERIOD_LABEL.exec(afterYear);
    const periodLabel = labelMatch?.[1] ?? (year[0].includes('度') ? '年度' : '');
    const code = periodCode(periodLabel) ?? 'FY';
    const after = afterYear.slice(labelMatch?.[0].length ?? 0);
    const named = regionChain(beforeYear);
    let region = named.at(-1) ?? REGION_TAIL.exec(beforeYear)?.[1] ?? '';
    if (!region) region = REGION.exec(after.split('国民经济')[0] ?? '')?.[1] ?? '';
    if (!region) region = regionIn(SIGNED.exec(title)?.[1] ?? '') ?? '';
    return {
      line,
      title,
      region,
      parentRegion: named.length > 1 ? (named.at(-2) ?? null) : null,
      year: yearOf(year[1]),
      period: `${yearOf(year[1])}-${code}`,
      periodLabel: periodLabel || '全年',
    };
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
    if (!rules.sourceLine.test(line.text)) continue;
    let publisher = rules.publisher.exec(line.text)?.[1] ?? null;
    let time = rules.publishedAt.exec(line.text);
    const used = [line];
    for (const next of lines.slice(k + 1, k + 4)) {
      if (publisher && time) break;
      if (!rules.sourceLine.test(next.text)) continue;
      used.push(next);
      publisher ??= rules.publisher.exec(next.text)?.[1] ?? null;
      time ??= rules.publishedAt.exec(next.text);
    }
    const publishedAt = time
      ? `${time[1]}-${pad(time[2])}-${pad(time[3])}T${pad(time[4])}:${pad(time[5])}:${pad(time[6])}+08:00`
      : null;
    return { line, lines: used, publisher, publishedAt };
  }
  return null;
}

/** The region a header or phrase names before a verb: 2020年某某市下达… → 某某市. */
export function regionIn(text: string): string | null {
  const stripped = text.replace(/^(?:19|20)\d{2}\s*年(?:度)?/, '');
  return REGION.exec(stripped)?.[1] ?? null;
}

/** 全市, 本县, 我区…: a scope relative to the writer, not a place's name. */
export function isGenericRegion(name: string): boolean {
  return /^(?:全|本|我|该|各)(?:省|市|县|区|州|盟|旗)$/.test(name);
}

/** Whether a region name, possibly abbreviated (某某), refers to the report's region (某某市). */
export function sameRegion(short: string, region: string): boolean {
  const stem = region.replace(/(?:自治县|自治州|市|县|区|旗|州|盟)$/, '');
  return short === region || (stem.length > 0 && short.startsWith(stem));
}
