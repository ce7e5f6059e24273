// A cause that opens a clause after a figure (地方财政收入X万元，受…影响，同比下降A%): what held the figure back
// or pushed it, said before the change it explains; the change is still the figure's subject's (session 44, fix358).

/**
 * 受…影响, 受…等因素影响, 受…的影响, 由于受…影响: the cause the clause opens with, its comma kept or dropped; a
 * reason told after the figure (主要是受…影响) is not one: the figures after it name their own subject (fix297).
 */
const CAUSE_LEAD =
  /^(?:由于|因)?受[^,;:。受]{2,16}?(?:等(?:多重|多种|不利)?因素)?的?影响,?(?=[\u4e00-\u9fa5]|$)/;

/** The clause's key without the cause it opens with (受…影响，同比 → 同比), or the key as it was. */
export function withoutCauseLead(key: string): string {
  return key.charCodeAt(0) === 0x53d7 || key.startsWith('由于') || key.startsWith('因')
    ? key.replace(CAUSE_LEAD, '')
    : key;
}
