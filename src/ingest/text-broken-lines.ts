// A paragraph of a plain text broken once by a stray line break (a 公报's text copied page by page:
// 力争全年接待游客 / 突破150万人次、旅游收入达到7.5亿元。). Unlike a hard-wrapped text (text-wrap.ts),
// the other paragraphs stand one a line; only a long prose line stopping on a character mid-sentence,
// followed by a line that finishes a sentence and opens no heading, item, note or table, is joined.

/** Prose that stops mid-sentence: long, holding a sentence's punctuation, ending on a Chinese character. */
const BROKEN = /^(?=.{30,}$)(?=.*[。，,；]).*[\u4e00-\u9fff]$/;
/** What opens a line of its own: a heading or item number, a dash line, a note or a table caption. */
const OWN_LINE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+|——|—|注|表|附)/;
/** The line that finishes the sentence. */
const FINISHES = /[。；;]$/;

/** The text with such breaks removed, or null when it has none. */
export function joinBrokenLines(text: string): string | null {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const a = line.trim();
    const b = (lines[i + 1] ?? '').replace(/\r$/, '').trim();
    if (
      /[\t|]/.test(a) ||
      /[\t|]/.test(b) ||
      !BROKEN.test(a) ||
      b === '' ||
      OWN_LINE.test(b) ||
      !FINISHES.test(b)
    )
      continue;
    lines[i] = `${line.trimEnd()}${(lines[i + 1] ?? '').trimStart()}`;
    lines.splice(i + 1, 1);
    changed = true;
  }
  return changed ? lines.join('\n') : null;
}
