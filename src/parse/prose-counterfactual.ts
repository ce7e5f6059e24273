// A figure told on a supposition (若剔除房地产开发投资，全区固定资产投资增长A%, 煤价每下降X元/吨，…减少约Y亿元): what the indicator would be with
// one part taken out, not its result for the period, so the figure stays a fact even where the catalogue
// names it (session 29, fix96). Without the supposition's 若 (扣除…后…同口径增长) the figure is the report's
// own comparable reading and is left to the clause reader.

/**
 * 若剔除, 如扣除, 如果不考虑, 倘若除去, 若不含: a supposition of a part left out, read within the clause run
 * since the last ；, 。 or line break, so a result after the run is free.
 */
const SUPPOSED_WITHOUT = /(?:若|如|如果|倘若|假如|假设)(?:剔除|扣除|除去|去除|不考虑|不含|不计)/;

/**
 * 煤价每下降100元/吨，全县规上工业营业收入减少约30亿元: a sensitivity, what a step of a price or rate would move, told
 * as an estimate (据测算), not a change of the period (F6383, fix312). The step's clause ends at its comma, so
 * only the figures after it in the run are supposed.
 */
const PER_STEP = /每(?:下降|下跌|下调|降低|减少|上涨|上升|上调|提高|增加)[^，,；;。]{1,16}[，,]/;

/** Whether the figure at `figureStart` follows a supposition of a part left out, in its own ；-run. */
export function isCounterfactual(folded: string, sentenceStart: number, figureStart: number): boolean {
  const head = folded.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  const run = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf('；'), head.lastIndexOf('\n')) + 1);
  return SUPPOSED_WITHOUT.test(run) || PER_STEP.test(run);
}
