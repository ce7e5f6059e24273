// The office and date a bureau signs at the END of its text (某某县统计局, then 2023年6月20日), after
// the body and before the page's links: who wrote it and when, when the head names neither.
// An appendix table after the signature (附表 …, its rows, 注：…) is not counted among the tail's lines:
// a bureau's Word analysis signs its prose, then appends the indicators' table.

import { arabicDates } from './chinese-date.js';
import type { Line } from './lines.js';
import type { SourceInfo } from './meta.js';
import { rules } from './rules.js';

/** How far from the end a signature may stand: print/close links, previous/next titles, a footer. */
const TAIL_LINES = 12;
/** 某某县统计局　2023年6月20日: the office and the day on one line. */
const ONE_LINE = /^(\S+?)\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;

/**
 * 政协某县委员会视察组 over the day: a CPPCC's inspection or research group signs its 视察报告 at the end, often the
 * only line naming the county (held-out-317's fixer, F6463). Only at the end: under a title it would be a byline.
 */
const CPPCC_GROUP =
  /^(?:政协|中国人民政治协商会议)[\u4e00-\u9fa5]{2,16}?委员会(?:[\u4e00-\u9fa5]{0,8}?)(?:视察组|调研组|考察组)$/;
const signs = (text: string) => rules.signatory.test(text) || CPPCC_GROUP.test(text);

const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

function dayOf(text: string): string | null {
  const date = rules.dateLine.exec(arabicDates(text.trim()));
  if (!date) return null;
  const month = Number(date[2]);
  const day = Number(date[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${date[1]}-${pad(date[2])}-${pad(date[3])}T00:00:00+08:00`;
}

/** A table's row: its cells split by tabs (how ingest writes every table). */
const isTableRow = (line: Line) => line.text.includes('\t');

/**
 * An office signed on a line of its own near the end, with the day under it (or beside it), after
 * the line `after` (the head's last meta line), so a signature under the title is never read twice.
 */
export function readClosingSignature(lines: readonly Line[], after: number): SourceInfo | null {
  const tail = lines
    .filter((line) => line.text.trim() !== '' && line.number > after && !isTableRow(line))
    .slice(-TAIL_LINES);
  for (let k = tail.length - 1; k >= 0; k--) {
    const line = tail[k] as Line;
    const text = line.text.trim();
    const joined = ONE_LINE.exec(arabicDates(text));
    if (joined?.[1] && joined[2] && signs(joined[1])) {
      const publishedAt = dayOf(joined[2]);
      if (publishedAt) return { line, lines: [line], publisher: joined[1], publishedAt };
    }
    if (!signs(text)) continue;
    const next = tail[k + 1];
    const publishedAt = next ? dayOf(next.text) : null;
    // An office named alone at the very end, with no day, is as likely a footer's owner: not read.
    if (next && publishedAt) return { line, lines: [line, next], publisher: text, publishedAt };
  }
  return null;
}
