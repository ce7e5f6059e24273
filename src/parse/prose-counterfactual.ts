// A figure told on a supposition (若剔除房地产开发投资，全区固定资产投资增长A%): what the indicator would be with
// one part taken out, not its result for the period, so the figure stays a fact even where the catalogue
// names it (session 29, fix96). Without the supposition's 若 (扣除…后…同口径增长) the figure is the report's
// own comparable reading and is left to the clause reader.

/**
 * 若剔除, 如扣除, 如果不考虑, 倘若除去, 若不含: a supposition of a part left out, read within the clause run
 * since the last ；, 。 or line break, so a result after the run is free.
 */
const SUPPOSED_WITHOUT = /(?:若|如|如果|倘若|假如|假设)(?:剔除|扣除|除去|去除|不考虑|不含|不计)/;

/** Whether the figure at `figureStart` follows a supposition of a part left out, in its own ；-run. */
export function isCounterfactual(folded: string, sentenceStart: number, figureStart: number): boolean {
  const head = folded.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  const run = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1);
  return SUPPOSED_WITHOUT.test(run);
}
