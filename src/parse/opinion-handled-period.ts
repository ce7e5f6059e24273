// The period of a government's report on how it handled the committee's opinion (关于县人大常委会对2026年
// 上半年…计划执行情况审议意见研究处理情况的报告, or news of the sitting that heard it): the title and the opening
// name the period the opinion was about (上半年), but the figures the report gives are of the months since
// (1—9月，全县…; 前三季度全县实现…). The period words the body leads its figures with, other than the opinion's,
// say which (session 39, fix274; F5644).

import type { Line } from './lines.js';
import { periodCode } from './meta.js';

/**
 * 1—9月，全县…, 前三季度全县实现…: a period word leading a clause, not one compared with (比上半年加快), nor
 * one inside a report's name (关于2026年上半年…的报告: 年 before it).
 */
const LEADING_PERIOD =
  /(?<=^|[。；;，,：:])(?:今年|全年)?(1\s*[-—–~至到]\s*\d{1,2}\s*月份?|前三季度|上半年|一季度|第一季度)(?=[，,]|全[县市区旗]|[我本]?[县市区旗])/g;

/**
 * The period most of the body's figures lead with, when it is not the opinion's `subject` and no other period
 * leads as many clauses; null otherwise.
 */
export function handledPeriod(
  lines: readonly Line[],
  subject: string,
): { code: string; label: string } | null {
  const tally = new Map<string, { label: string; count: number }>();
  for (const line of lines) {
    LEADING_PERIOD.lastIndex = 0;
    for (let m = LEADING_PERIOD.exec(line.text); m !== null; m = LEADING_PERIOD.exec(line.text)) {
      const label = (m[1] ?? '').replace(/份$/, '');
      const code = periodCode(label);
      if (code === null || code === subject) continue;
      const seen = tally.get(code);
      if (seen) seen.count++;
      else tally.set(code, { label, count: 1 });
    }
  }
  const [best, next] = [...tally.entries()].sort((a, b) => b[1].count - a[1].count);
  if (!best || (next && next[1].count === best[1].count)) return null;
  return { code: best[0], label: best[1].label };
}

/**
 * 会议听取和审议了县人民政府关于县人大常委会对2026年上半年…审议意见研究处理情况的报告: a news page's opening
 * naming the handling report the sitting heard; the period of the opinion it handled (H1), or null.
 */
const HANDLING_REPORT =
  /(上半年|前三季度|第?一季度|1\s*[-—–~至到]\s*\d{1,2}\s*月)[^。；;]{0,40}审议意见[》”"]?的?(?:研究处理|研究办理|办理落实|处理|办理|落实|整改)?情况的?报告/;

export function openingOpinionSubject(opening: readonly Line[]): string | undefined {
  for (const line of opening) {
    const label = HANDLING_REPORT.exec(line.text)?.[1];
    if (label) return periodCode(label) ?? undefined;
  }
  return undefined;
}
