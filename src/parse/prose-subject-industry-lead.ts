// 规模以上工业完成增加值…，增长…；完成工业总产值…；实现利润…，下降… (session 43, fix342): a communique's chain about
// industry above designated size opens on the industry and goes on in clauses led by their verb alone; a bare
// account at its end (利润, 营业收入) is the same firms'.

/** The clause opening the chain: the industry named, then its verb. */
const INDUSTRY_OPENING =
  /^(?:全年|全县|全区|全市|全旗)?((?:规模以上|规上|规模)工业(?:企业)?)(?:全年|累计)?(?:完成|实现)/;
/** A clause that goes on with no subject of its own: led by the verb, or a growth said of the figure before. */
const VERB_LED = /^(?:全年)?(?:完成|实现)|^(?:比上年|同比)?(?:增长|下降|增加|减少)/;

/** The firms (规模以上工业企业) whose chain of verb-led clauses `lead` ends in, or null. */
export function industryOfAccounts(lead: string): string | null {
  const sentence = lead.slice(lead.lastIndexOf('。') + 1);
  const clauses = sentence.split(/[,;]/).map((c) => c.trim());
  if (clauses.at(-1) === '') clauses.pop();
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = clauses[k] ?? '';
    const industry = INDUSTRY_OPENING.exec(clause)?.[1];
    if (industry) return industry.endsWith('企业') ? industry : `${industry}企业`;
    if (!VERB_LED.test(clause)) return null;
  }
  return null;
}
