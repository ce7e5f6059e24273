// An aside that gives a short name for what it follows (地区生产总值（以下简称“GDP”）, 同比增长（以下简称
// “增长”）6.4%): a reader's note, not text. Left in, it parts a growth from its figure and the figure
// loses its measure and the chain after it; the short name itself is a word the catalogue already knows.

/**
 * The words the aside follows (back to the clause's start, 16 at most), then (以下简称“GDP”), (下称
 * “增长”), (简称X): folded text, so （…） is (…).
 */
const SHORT_NAME_ASIDE =
  /([\u4e00-\u9fa5A-Za-z]{0,16})(\((?:以下|下文)?(?:简称|称)[“"「]?[^()“”"「」,;。]{1,12}[”"」]?\))/g;

/**
 * The folded text with short-name asides blanked, offsets kept: the words before an aside move to its
 * end (spaces before them), so they stay right before the figure they lead to (同比增长6.4%).
 */
export function withoutShortNameAsides(folded: string): string {
  if (!folded.includes('称')) return folded;
  return folded.replace(SHORT_NAME_ASIDE, (_, words: string, aside: string, offset: number) =>
    // 国有及年销售收入500万元以上非国有工业企业（以下简称规模以上工业）完成…: the words open with a figure's
    // unit, so moving them would part 500 from its 万元; the aside is blanked where it stands (F10161).
    /[\d.]$/.test(folded.slice(0, offset)) && words !== ''
      ? `${words}${' '.repeat(aside.length)}`
      : `${' '.repeat(aside.length)}${words}`,
  );
}
