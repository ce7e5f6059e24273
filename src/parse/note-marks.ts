// A bracketed note mark typed inline after the word it explains (地区生产总值[2]86.47亿元,
// 居民消费价格[3]比上年上涨1.1%): a reference to a numbered note at the report's end, not text. Left in,
// it glues the indicator's name to a bracket the catalogue does not know, and the figure loses its
// subject. The note's own number opening a line ([2]地区生产总值…按现价计算) is left alone.

/** [n] between a Chinese character and a Chinese character or a digit; folded text, so ［n］ is [n]. */
const INLINE_MARK = /(?<=[\u4e00-\u9fff])\[\d{1,2}\](?=[\u4e00-\u9fff\d])/g;

/** The folded text with inline note marks blanked (spaces, so offsets hold). */
export function withoutInlineNoteMarks(folded: string): string {
  if (!folded.includes('[')) return folded;
  return folded.replace(INLINE_MARK, (mark) => ' '.repeat(mark.length));
}
