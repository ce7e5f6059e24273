// A named sight inside the region (其中，甲河源景区接待游客N万人次, 乙山风景区共接待游客…): its visitors and takings
// are the sight's, a part of the region's, as a park's figures are (session 42, fix331, F6813). Kinds of sights
// (红色旅游景区, A级景区, 重点景区, 全县景区) are no sight's name and stay where prose-branches reads them.

/** 甲河源景区, 乙山风景区, 丙湖风景名胜区 before 接待 or 实现…收入: the sight's name and its kind. */
const SIGHT =
  /^([\u4e00-\u9fa5]{2,10}?)(?:风景名胜区|风景区|景区)(?=(?:共|累计)?接待|实现[\u4e00-\u9fa5]{0,4}收入)/;

/** A name that is a kind or a whole, not a sight: 全县, 各, 主要, 重点, 红色旅游, 4A级, 核心, 两大. */
const NOT_A_NAME =
  /^(?:全|我|本|该|各|其|主要|重点|核心|非|两大|三大|四大|五大|国家级|省级)|(?:旅游|级|以上|重点|主要|核心|等|的|家|个|类)$/;

/** The named sight opening `rest` (甲河源景区), if any. */
export function namedSight(rest: string): string | undefined {
  const m = SIGHT.exec(rest);
  if (!m?.[1] || NOT_A_NAME.test(m[1])) return undefined;
  return m[0];
}
