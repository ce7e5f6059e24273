// The period of a page on a quarter's signing or groundbreaking round (某县举行2026年第三季度…集中签约仪式) held before
// that quarter ended or in its last month: the round names the batch, not the period its figures cover, which the
// body's own words say.

import type { Line } from './lines.js';
import { periodCode } from './meta.js';

/** 第三季度…集中签约仪式, 二季度重大项目集中开工活动: a quarter's round of signings, starts or completions. */
const QUARTER_ROUND =
  /(?:((?:19|20)\d{2})年)?第?([一二三四])季度[^。，,;；]{0,24}?集中(?:签约|开工|开竣工|竣工|投产)(?:仪式|活动|大会)?/;

/** 上半年，全县…, 1—9月，全市…: a period word leading a clause of figures, the period they cover. */
const FIGURES_PERIOD =
  /(?:^|[。；;，,])\s*(?:今年)?(上半年|前三季度|第?一季度|1\s*[-—–至到]\s*\d{1,2}\s*月(?:份)?)[,，]?(?:全[县市区旗州]|我[县市区旗])?[^。；;]{0,40}?\d/;

/**
 * 县委召开一季度重点工作推进会, 2024年一季度经济运行调度会, 一季度全县经济运行分析推进会议: a meeting pushing a quarter's
 * work, held in that quarter (3月19日) while only 1—2月 figures are out; the quarter names its goals, not the period
 * its figures cover (session 44, fix367, F7461). Like a round (F9741), it may be dated in the quarter's last month.
 */
const QUARTER_MEETING =
  /(?:((?:19|20)\d{2})年)?(?:第?([一二三四])季度|([上下])半年)[^。，,;；]{0,16}?(?:(?:推进|调度|分析|部署|观摩|讲评|工作)(?:会议|会)|观摩(?:拉练)?活动)/;

/**
 * 通报1—2月全县经济运行情况, 深入分析1至2月份…完成情况: the period whose figures the meeting heard. A meeting that
 * 通报前三季度项目建设进展 in September hears its own quarter, which stands.
 */
const HEARD_PERIOD =
  /(?:通报|分析|听取|汇报)了?(?:今年)?(上半年|前三季度|第?一季度|1\s*[-—–至到]\s*\d{1,2}\s*月(?:份)?)/;

/** The last month a quarter covers. */
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, 上: 6, 下: 12 };

/** The last month a period code covers (H1 → 6, Q1 → 3, Q3 → 9, M1-N → N). */
function endMonth(code: string): number | null {
  if (code === 'Q1') return 3;
  if (code === 'H1') return 6;
  if (code === 'Q3') return 9;
  const months = /^M1-(\d{1,2})$/.exec(code);
  return months ? Number(months[1]) : null;
}

export interface RoundPeriod {
  year: number;
  code: string;
  periodLabel: string;
}

/**
 * The period the body's figures cover when the page's head (`head`: its title, headline or first sentences) names
 * a quarter's round and the page is dated (`publishedAt`, 2026-07-09) before that quarter's end: the first period
 * word that leads figures and ended before the page's month. Null otherwise: the head's period stands.
 */
export function eventRoundPeriod(
  head: readonly string[],
  publishedAt: string | null,
  lines: readonly Line[],
): RoundPeriod | null {
  const dated = publishedAt ? /^((?:19|20)\d{2})-(\d{1,2})/.exec(publishedAt) : null;
  if (!dated) return null;
  const signing = head.map((text) => QUARTER_ROUND.exec(text)).find((found) => found !== null);
  const round = signing ?? head.map((text) => QUARTER_MEETING.exec(text)).find((found) => found !== null);
  const year = Number(dated[1]);
  const part = round?.[2] ?? round?.[3];
  if (!part || (round?.[1] !== undefined && Number(round[1]) !== year)) return null;
  const month = Number(dated[2]);
  const quarterEnd = QUARTER_END[part] ?? 0;
  // A round held in its quarter's last month (一季度重大项目集中开工 on 3月27日 over 1—2月…) is of the months its
  // figures cover too: 14 answer files against 1 (session 49, decide49 decision 2, F9741).
  if (month > quarterEnd) return null;
  // A meeting that heard a period says it (通报前三季度项目建设进展 in September: its own quarter stands); one that
  // heard none is of its figures' latest months.
  if (!signing) {
    const heard = heardPeriod(lines, year, month);
    return heard === undefined ? latestFiguresPeriod(lines, year, month) : heard;
  }
  for (const line of lines) {
    const said = FIGURES_PERIOD.exec(line.text);
    const label = said?.[1]?.replace(/\s+/g, '');
    const code = label ? periodCode(label) : null;
    const end = code ? endMonth(code) : null;
    if (label && code && end !== null && end < month) return { year, code, periodLabel: label };
  }
  return null;
}

/**
 * The first period a quarter's meeting says it heard, when it ended before the page's month; null when it heard one
 * that did not, undefined when it says it heard none.
 */
function heardPeriod(lines: readonly Line[], year: number, month: number): RoundPeriod | null | undefined {
  for (const line of lines) {
    const label = HEARD_PERIOD.exec(line.text)?.[1]?.replace(/\s+/g, '');
    if (!label) continue;
    const code = periodCode(label);
    const end = code ? endMonth(code) : null;
    return code && end !== null && end < month ? { year, code, periodLabel: label } : null;
  }
  return undefined;
}

/**
 * 我县召开2016年第三季度重点项目观摩会 (9月) over 1—8月，全县固定资产投资…; 2009年下半年经济工作会议 (8月) over 上半年… and
 * 1—7月…: a part-year meeting that says no period it heard reports its figures' months; the period is the latest the
 * body's figures cover that ended before the page's month (the head's quarter only when the body gives none;
 * session 47, fix417, F8674).
 */
const EVERY_FIGURES_PERIOD = new RegExp(FIGURES_PERIOD.source, 'g');

function latestFiguresPeriod(lines: readonly Line[], year: number, month: number): RoundPeriod | null {
  let latest: RoundPeriod | null = null;
  let latestEnd = 0;
  for (const line of lines) {
    if (!line.text.includes('月') && !line.text.includes('半年') && !line.text.includes('季度')) continue;
    for (const said of line.text.matchAll(EVERY_FIGURES_PERIOD)) {
      const label = said[1]?.replace(/\s+/g, '');
      const code = label ? periodCode(label) : null;
      const end = code ? endMonth(code) : null;
      if (label && code && end !== null && end < month && end > latestEnd) {
        latest = { year, code, periodLabel: label };
        latestEnd = end;
      }
    }
  }
  return latest;
}
