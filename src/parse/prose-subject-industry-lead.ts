// 规模以上工业完成增加值…，增长…；完成工业总产值…；实现利润…，下降… (session 43, fix342): a communique's chain about
// industry above designated size opens on the industry and goes on in clauses led by their verb alone; a bare
// account at its end (利润, 营业收入) is the same firms'.

/** The clause opening the chain: the industry named, then its verb. */
const INDUSTRY_OPENING =
  /^(?:全年|全县|全区|全市|全旗)?((?:规模以上|规上|规模)工业(?:企业)?)(?:全年|累计)?(?:完成|实现)/;
/** A clause that goes on with no subject of its own: led by the verb, or a growth said of the figure before. */
const VERB_LED = /^(?:全年)?(?:完成|实现)|^(?:比上年|同比)?(?:增长|下降|增加|减少)/;
/**
 * 增幅居全市第2位，与上半年持平; 比上半年前移1位: a rank of the figure before and its move, said between the
 * chain's clauses (a 江苏 county 统计局's monthly analysis); the walk passes it (session 44, fix364, F7341).
 */
const RANK_ASIDE =
  /^(?:其)?(?:增幅|增速|总量)?(?:居|列|位居|位列)(?:全[省市]|[省市]|苏[南中北])?(?:[\u4e00-\u9fa5]{0,8}?)第[一二三四五六七八九十\d]{1,3}位$|^(?:比|较)(?:上半年|一季度|前三季度|上月|上年同期|\d{1,2}月(?:份|末)?|1[—-]\d{1,2}月)(?:前移|后移|上升|下降|提升|前进|后退|提高)[一二三四五六七八九十\d]{1,2}(?:个)?位(?:次)?$|^(?:与|和)(?:上半年|一季度|前三季度|上月|上年同期|\d{1,2}月(?:份|末)?|1[—-]\d{1,2}月)(?:持平|相同)$|^位次(?:不变|持平)$/;

/**
 * 增速在全市17个县(市、区)中居第5位; 增幅比上半年提高1.9个百分点; 产品销售率为96.4%: a rank of the figure before
 * written with its group, a move of its growth against an earlier period, or a rate of the same firms (产品销售率),
 * said between the chain's clauses (a 2003 county 统计局's analysis; session 49, fix451, F9543).
 */
const CHAIN_ASIDE =
  /^(?:其)?(?:增幅|增速|总量)?在[^,;。]{2,24}?中(?:居|列|位居|位列)第[一二三四五六七八九十\d]{1,3}(?:位|名)$|^(?:增幅|增速)?(?:比|较)(?:上半年|一季度|前三季度|上月|上年同期|上年|\d{1,2}月(?:份|末)?|1[—-]\d{1,2}月)(?:提高|加快|回落|下降|放缓|扩大|缩小|收窄)\d+(?:\.\d+)?个百分点$|^[\u4e00-\u9fa5]{2,8}率(?:为|达到?)?\d+(?:\.\d+)?%$/;
/** A bracketed gloss (（指…，下同）), dropped before the sentence is cut at its commas. */
const BRACKETED_GLOSS = /\([^()]*\)/g;
/** How many sentences back a chain led by its verb alone may go for the industry it opened on. */
const CHAIN_SENTENCES = 2;

/**
 * The firms (规模以上工业企业) whose chain of verb-led clauses `lead` ends in, or null. A sentence that opens on
 * its verb (完成工业总产值…) goes on with the sentence before's subject, so the walk crosses its stop.
 */
export function industryOfAccounts(lead: string): string | null {
  let end = lead.length;
  for (let s = 0; s < CHAIN_SENTENCES; s++) {
    const stop = lead.lastIndexOf('。', end - 1);
    // 规模以上工业企业（指…以上的工业企业，下同）完成…: a gloss in brackets, its comma no clause's end (F10043).
    const clauses = lead
      .slice(stop + 1, end)
      .replace(BRACKETED_GLOSS, '')
      .split(/[,;]/)
      .map((c) => c.trim());
    if (clauses.at(-1) === '') clauses.pop();
    for (let k = clauses.length - 1; k >= 0; k--) {
      const clause = clauses[k] ?? '';
      const industry = INDUSTRY_OPENING.exec(clause)?.[1];
      if (industry) return industry.endsWith('企业') ? industry : `${industry}企业`;
      if (!VERB_LED.test(clause) && !RANK_ASIDE.test(clause) && !CHAIN_ASIDE.test(clause)) return null;
    }
    // Every clause of the sentence went on without a subject: the one before it may name the industry.
    if (stop < 0 || clauses.length === 0) return null;
    end = stop;
  }
  return null;
}
