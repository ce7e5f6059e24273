// A news story's bracketed byline at the END of its text, the only place some pages date it:
// （记者 某某 通讯员 某某 2021年7月20日）, （本报记者 某某 2021年7月20日）, （2021年7月20日）. The day is
// when the story was published, and so the year of a page whose title and text name none.

import { arabicDates } from './chinese-date.js';
import type { Line } from './lines.js';

/** How far from the end the byline may stand: related titles, print/close links, a footer. */
const TAIL_LINES = 12;
/** Who wrote it before the day: 记者/通讯员/本报记者 and names, or nothing. */
const WRITERS = String.raw`(?:(?:本报|特约)?(?:记者|通讯员|见习记者|实习生)[\s\u3000]*[\u4e00-\u9fff、\s\u3000]{0,24}?)*`;
/** The byline in brackets, the day last: groups 1-3. */
const BYLINE = new RegExp(
  String.raw`[(（]\s*${WRITERS}[\s\u3000]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]$`,
);

export interface ClosingByline {
  line: Line;
  /** Whether the byline fills its line (furniture to drop) or closes the text's last sentence. */
  alone: boolean;
  publishedAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last bracketed byline among the text's last lines after the line `after`, or null. */
export function readClosingByline(lines: readonly Line[], after: number): ClosingByline | null {
  const tail = lines.filter((line) => line.text.trim() !== '' && line.number > after).slice(-TAIL_LINES);
  for (let k = tail.length - 1; k >= 0; k--) {
    const line = tail[k] as Line;
    const text = arabicDates(line.text.trim());
    const byline = BYLINE.exec(text);
    if (!byline) continue;
    const [month, day] = [Number(byline[2]), Number(byline[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return {
      line,
      alone: byline.index === 0,
      publishedAt: `${byline[1]}-${pad(month)}-${pad(day)}T00:00:00+08:00`,
    };
  }
  return null;
}
