// 会议要求，要突出抓好项目建设，确保甲项目年底前投产；乙工程年内完成投资X万元 (session 44, fix362, F7312): a news
// page's meeting charges its hearers with the projects' year; every clause of that charge, after its semicolons
// too, is a plan, not the progress the page reports elsewhere.

/** 会议要求/强调/提出, 会上要求, 会议明确: a meeting's charge opening a sentence, with its comma. */
const MEETING_CHARGE = /^(?:会议|会上|大会)(?:要求|强调|提出|明确|号召)[,，:：]/;

/**
 * How far back a charge's sentence may open: a charge runs a few hundred characters, and looking further on a
 * line with no full stop (a 1 MB line of figures) would scan the line again for every piece of it.
 */
const CHARGE_REACH = 1000;

/**
 * Whether the text at `start` lies in a sentence (up to a full stop or a line's end, within
 * {@link CHARGE_REACH} characters) that opens on a meeting's charge: the part after a semicolon is the same charge.
 */
export function underMeetingCharge(folded: string, start: number): boolean {
  const floor = Math.max(0, start - CHARGE_REACH);
  for (let from = start; from >= floor; from -= 1) {
    const code = from === 0 ? 0x0a : folded.charCodeAt(from - 1);
    if (code === 0x3002 || code === 0x0a) return MEETING_CHARGE.test(folded.slice(from, from + 8));
  }
  return false;
}
