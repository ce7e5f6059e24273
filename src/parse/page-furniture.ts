// The place and the date a web page's furniture gives outside the text (DocumentHints.furniture:
// the government-site <meta> tags, the 政府信息公开 table, the footer's 主办单位). Weak sources,
// read only when the text names neither, each found with where it stood for the caller's warning.

import type { PageFurniture } from '../ingest/types.js';
import { isGenericRegion, regionIn } from './meta.js';

export interface FurnitureFound {
  value: string;
  /** Where on the page: for the warning the caller leaves. */
  where: string;
}

/** An office or a site whose name starts with its place: 玥岭县发展和改革局, 玄坡县人民政府(办公室). */
const OFFICE =
  /(?:人民政府|政府|办公室|统计局|调查队|发展和改革局|发展和改革委员会|发改委|发改局|财政局|融媒体中心|人大常委会|常务委员会)(?:门户网站|网站|网)?$/;

/**
 * 中共某县委, 政协某县委员会, 中国人民政治协商会议某县委员会: a party's or a CPPCC's organ writes its name
 * before the place it is of.
 */
export const ORGAN_PREFIX = /^(?:中共|中国共产党|政协|中国人民政治协商会议)/;

/** 澄川区 after 上海市 in 上海市澄川区人大常委会办公室: a place written right after its parent's name. */
const INNER_PLACE = /^([\u4e00-\u9fa5]{2,8}?(?:自治县|自治旗|新区|市|县|区|旗))(?![市县区旗])/;

const placeOf = (name: string | null): string | null => {
  const office = name?.trim().replace(ORGAN_PREFIX, '') ?? '';
  let region = OFFICE.test(office) ? regionIn(office) : null;
  // An office is of the lowest place its name gives (某市某区人大常委会 is the 区's), not its parent's (F9461).
  const inner = region
    ? INNER_PLACE.exec(office.slice(office.indexOf(region) + region.length))?.[1]
    : undefined;
  if (region && inner && !OFFICE.test(inner)) region = inner;
  return region && !isGenericRegion(region) ? region : null;
};

/**
 * 苇山发布, 苇山区发布, 今日苇山, 苇山统计: a WeChat account named after its place. The name leaves the
 * kind out more often than not (苇山发布 for 苇山区): the kind is then the one the text calls its own
 * (全区 → 苇山区), and a name without it is no place when the text says none.
 */
const ACCOUNT =
  /^(?:今日|掌上|魅力|智慧)?([\u4e00-\u9fa5]{2,4}?)(自治县|县|区|市|旗)?(?:发布|统计|融媒|新闻|政务|微讯)?$/;

export function accountPlace(name: string | null | undefined, own: string | null): string | null {
  const m = name ? ACCOUNT.exec(name.trim()) : null;
  return m && m[0] !== m[1] ? namedPlace(m, own) : null;
}

/**
 * The place a name made of a place and a word (苇山发布, 蕊川日报) gives: the place as written with its
 * kind (group 2), else the stem with the kind the text calls its own; none when the text says no kind.
 */
function namedPlace(m: RegExpExecArray, own: string | null): string | null {
  if (!m[1] || own === null) return null;
  const region = m[2] ? `${m[1]}${m[2]}` : `${m[1]}${own}`;
  return region.endsWith(own) && !isGenericRegion(region) ? region : null;
}

/**
 * 爱苇山, 融苇山, 掌上苇山, 智慧苇山, 云上苇山, 苇山发布, 苇山通, 苇山融媒: a county media centre's
 * news app named after its place with a word before or after. As with an account, the kind is the one
 * the text calls its own (全县 → 苇山县), and a bare stem or a name the text gives no kind is no place.
 */
const APP =
  /^(?:爱|融|掌上|智慧|云上|指尖|今日|最|i|I)?([\u4e00-\u9fa5]{2,4}?)(自治县|县|区|市|旗)?(?:发布|融媒|通|云|新闻|头条|客户端|APP|App|app|\+)?$/;

export function appPlace(name: string | null | undefined, own: string | null): string | null {
  const m = name ? APP.exec(name.trim()) : null;
  return m && m[0] !== m[1] ? namedPlace(m, own) : null;
}

/**
 * 蕊川日报, 蕊川晚报: an e-paper's masthead, named after its place without the kind. The kind is the one
 * the text calls its own (全市 → 蕊川市); a city's paper (苇州日报) is no county's, and a paper is no
 * place when the text says none.
 */
const PAPER = /^([\u4e00-\u9fa5]{2,4}?)(自治县|县|区|市|旗)?(?:日报|晚报|商报|时报|都市报|报)$/;

export function paperPlace(name: string | null | undefined, own: string | null): string | null {
  const m = name ? PAPER.exec(name.trim()) : null;
  if (!m || (!m[2] && /[州市]$/.test(m[1] ?? '') && own !== '市')) return null;
  return namedPlace(m, own);
}

/**
 * Whether a WeChat account that is a news desk published the page: a government's 发布 account, a
 * media centre's (融媒, 新闻, 日报, 头条), not a statistics office's own (苇山统计).
 */
export function newsAccount(furniture: PageFurniture | null | undefined): boolean {
  const account = furniture?.account?.trim() ?? '';
  return /发布|融媒|新闻|日报|头条|电视台|广播/.test(account) && !/统计|调查队/.test(account);
}

/**
 * Whether a statistics office's own WeChat account (苇山统计, 苇山统计发布) published the page: its
 * analysis is the bureau's, whatever its nickname line reads as a publisher (session 32, fixleft32).
 */
export function statisticsAccount(furniture: PageFurniture | null | undefined): boolean {
  return /统计|调查队/.test(furniture?.account?.trim() ?? '');
}

/**
 * The place, in the order of trust: the page's own publisher (the 公开 table's 发布机构, the
 * ContentSource tag), then the site (the SiteName tag, the footer's 主办单位). `own` is the suffix the
 * text gives its own place (ownSuffix): a place of another kind is passed over (a 市's site carrying
 * a county's page that says 全县). A site's owner is taken only when the text says its kind at all.
 */
export function furniturePlace(
  furniture: PageFurniture | null | undefined,
  own: string | null,
): FurnitureFound | null {
  if (!furniture) return null;
  const candidates: Array<[string | null, string, boolean]> = [
    [furniture.publisher, "公开 table's 发布机构", false],
    [furniture.contentSource, 'ContentSource meta tag', false],
    [furniture.siteName, 'SiteName meta tag', true],
    [furniture.siteOwner, "footer's 主办单位", true],
  ];
  for (const [name, where, site] of candidates) {
    const region = placeOf(name);
    if (!region || (own === null ? site : !region.endsWith(own))) continue;
    return { value: region, where: `${where} (${name})` };
  }
  const account = accountPlace(furniture.account, own);
  if (account) return { value: account, where: `WeChat account's name (${furniture.account})` };
  const app = appPlace(furniture.app, own);
  if (app) return { value: app, where: `news app's name (${furniture.app})` };
  const paper = paperPlace(furniture.paper, own);
  return paper ? { value: paper, where: `e-paper masthead (${furniture.paper})` } : null;
}

/**
 * 甲经开区 in the headline of a page on the site of 乙省甲经济开发区管理委员会: the zone's full name, as
 * its own site's owner writes it, is the region (the short form a headline's; session 35, fix213).
 */
const SHORT_ZONE = /^([\u4e00-\u9fa5]{2,4}?)经开区$/;
const ZONE_KIND = /^经济(?:技术)?开发区(?=管理委员会|管委会|$)/;

export function fullZoneName(
  region: string | null,
  sites: ReadonlyArray<string | null | undefined>,
): string | null {
  const stem = region?.endsWith('经开区') ? SHORT_ZONE.exec(region)?.[1] : undefined;
  if (!region || !stem) return region;
  for (const site of sites) {
    const at = site?.indexOf(`${stem}经济`) ?? -1;
    if (!site || at < 0 || at > 3) continue;
    // 乙省 before the stem (a province's short name or none), 管委会 or nothing after the kind.
    const kind = ZONE_KIND.exec(site.slice(at + stem.length))?.[0];
    if (kind && /^[\u4e00-\u9fa5]*$/.test(site.slice(0, at))) return `${site.slice(0, at)}${stem}${kind}`;
  }
  return region;
}

const DATE =
  /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?(?:\s+(\d{1,2}):(\d{2}))?/;
const pad = (n: string | undefined) => (n ?? '0').padStart(2, '0');

/** 2022-08-25 09:30:12, 2022年8月25日 → 2022-08-25T09:30:00+08:00 (China's time). */
export function furnitureDateOf(text: string | null): string | null {
  const m = text ? DATE.exec(text) : null;
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${pad(m[5])}:00+08:00`;
}

/**
 * When the page was published: the 公开 table's 发布日期, else the PubDate tag, else a WeChat article's
 * time, else a news app's (its share page's script), else an e-paper's issue date in its banner.
 */
export function furniturePublished(furniture: PageFurniture | null | undefined): FurnitureFound | null {
  if (!furniture) return null;
  const sources: Array<[string | null, string]> = [
    [furniture.publishedOn, "公开 table's 发布日期"],
    [furniture.pubDate, 'PubDate meta tag'],
    [furniture.accountPublished ?? null, 'WeChat publish time'],
    [furniture.appPublished ?? null, "news app's publish time"],
    [furniture.paperIssued ?? null, 'e-paper banner'],
  ];
  for (const [text, where] of sources) {
    const value = furnitureDateOf(text);
    if (value) return { value, where: `${where} (${text})` };
  }
  return null;
}

/** 玥发改〔2022〕46号, [2022], (2022): the year of a document number. */
const NUMBER_YEAR = /[〔［[（(【]\s*((?:19|20)\d{2})\s*[〕］\])）】]/;

/**
 * The date a text that names its period but not its year was written: the 公开 table's 成文日期, else
 * its publication, else the 文号's year (as its December: a full year's report numbered 〔2022〕 is
 * 2021's, a half year's is 2022's).
 */
export function furnitureWritten(furniture: PageFurniture | null | undefined): FurnitureFound | null {
  if (!furniture) return null;
  const written = furnitureDateOf(furniture.writtenOn);
  if (written) return { value: written, where: `公开 table's 成文日期 (${furniture.writtenOn})` };
  const published = furniturePublished(furniture);
  if (published) return published;
  const year = furniture.documentNumber ? NUMBER_YEAR.exec(furniture.documentNumber)?.[1] : undefined;
  return year
    ? { value: `${year}-12-31T00:00:00+08:00`, where: `公开 table's 文号 (${furniture.documentNumber})` }
    : null;
}
