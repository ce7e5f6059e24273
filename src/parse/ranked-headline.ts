// The place a news page's headline ranks (苇川市位列全国百强县第7位, 苇山县跻身全国百强县): the page is
// about its headline's subject when no sentence names the place as its own (F5991, fix289).

import type { Line } from './lines.js';
import { isGenericRegion, regionIn } from './meta.js';

/**
 * A headline that is a place's rank on a list: the place first, a ranking verb (位列, 跻身, 入选, 蝉联…,
 * after 连续N年 or 再次), then the list or the place on it (百强县, 强县, 第N位, 榜, 前N…).
 */
const RANKED_HEADLINE =
  /^([\u4e00-\u9fa5]{2,8}?(?:自治县|市|县|区|旗))(?:连续\S{1,3}年|再次|首次|成功|再度|继续|稳居|又一次)?(?:位列|位居|位于|居于|居|跻身|入选|入围|荣登|登上|上榜|蝉联|排名|排在|列)[^。；;]{0,24}?(?:百强|强县|强市|强区|第\s*[\d一二三四五六七八九十]{1,3}|榜|前\s*[\d一二三四五六七八九十]{1,3}(?:位|名|强))/;

/**
 * The place ranked by the page's headline (the <title>'s article part, else one of the first lines that
 * is a headline of that kind), when the text names it again below the headline: a ranking page on the
 * list's every county names many places, but a page on one names that one in its sentences.
 */
export function rankedHeadlinePlace(
  headline: string | null | undefined,
  lines: readonly Line[],
): string | null {
  const texts = lines.map((line) => line.text.trim()).filter((text) => text !== '');
  const candidates = [headline?.trim() ?? '', ...texts.slice(0, 12).filter((text) => text.length <= 40)];
  for (const candidate of candidates) {
    const place = RANKED_HEADLINE.exec(candidate)?.[1];
    if (!place || isGenericRegion(place) || regionIn(place) !== place) continue;
    // Named in a sentence of the text, not only in the headline (and its copies in the page's head).
    if (texts.some((text) => text !== candidate && text.length > 40 && text.includes(place))) return place;
  }
  return null;
}
