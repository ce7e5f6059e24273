// A development zone's own report names itself 园区 before its figures (园区规模以上工业企业营业收入,
// 园区固定资产投资, 园区进出口总额): there 园区 is the report's region, as 全县 is a county's, not a park
// inside a place (whose figures the prose keeps apart: prose-clauses.ts's narrowing rules). Read as the
// scope word 全区, of the same length so every position holds (session 35, fix213).

/** A region that is a development zone (乙省甲经济开发区, 丙高新技术产业开发区, 丁工业园区). */
const ZONE_REGION = /(?:开发区|高新区|经开区|工业园区|产业园区)$/;

/** 园区 right before a figure's name the catalogue reads for a place; never 园区企业, 园区内, 占园区. */
const ZONE_SELF_BEFORE_NAME =
  /(?<![占入在全本我各])园区(?=规模以上|规上|固定资产投资|进出口总额|外贸进出口|高新技术产业增加值)/g;

/** The text with a zone's 园区 before its own figures read as 全区; null when nothing changes. */
export function zoneSelfMasked(folded: string, region: string | null): string | null {
  if (!region || !ZONE_REGION.test(region) || !folded.includes('园区')) return null;
  const masked = folded.replace(ZONE_SELF_BEFORE_NAME, '全区');
  return masked === folded ? null : masked;
}
