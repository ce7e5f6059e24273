// Where a page names its place when the title and the source line do not: the first sentence's
// subject or a news dateline (strong: the text's own words), and the page's furniture — an info
// label, the breadcrumb, a byline under the text, the footer (weak: the caller notes them).

import type { Line } from './lines.js';
import { isGenericRegion, regionIn } from './meta.js';
import { ORGAN_PREFIX } from './page-furniture.js';

export interface PlaceFound {
  region: string;
  /** The line the place was read from. */
  line: number;
  /** What kind of place on the page it was: for the note a weak source leaves. */
  where: 'opening' | 'dateline' | 'info label' | 'breadcrumb' | 'byline' | 'footer' | 'site name';
}

const SUFFIXES = '自治县|自治州|自治旗|林区|新区|特区|市|县|区|旗';
const NAME = `([\\u4e00-\\u9fa5]{2,12}?(?:${SUFFIXES}))`;

/** An office whose name starts with its place: 苇川县人民政府, 苇岭县统计局, 苇田县人大常委会. */
const OFFICE =
  /(?:人民政府(?:办公室)?|统计局|调查队|发展和改革局|发展和改革委员会|发改委|发改局|人大常委会|常务委员会|融媒体中心)(?:门户网站|网站|网|供稿)?$/;

/**
 * 今年以来，苇西县全面贯彻…; 本报讯 今年上半年以来，湖苇区各级各部门…; 2022年，面对…，苇漳县坚决贯彻…:
 * the place as the subject of the sentence or of one of its clauses.
 */
const OPENING_SUBJECT = new RegExp(
  `(?:^|[,，])(?:本报讯)?\\s*(?:(?:今年|今年上半年|上半年|年初|一季度|前三季度|\\d{1,2}-\\d{1,2}月)(?:以来)?)?[,，\\s]*${NAME}(?:各级各部门|上下|全面|深入|坚持|坚决|坚定|紧紧|围绕|认真|聚焦|积极|锚定|立足|始终|统筹|持续|着力)`,
);
/** 记者从苇山县统计局获悉: the office a news story quotes is its place's, when of the text's own kind. */
const QUOTED_OFFICE = new RegExp(
  `(?:记者)?(?:从|据)${NAME}(?:统计局|调查队|发展和改革局|发展和改革委员会|发改局|发改委|人民政府新闻办公室|人民政府)(?:获悉|了解到|消息)`,
);
/**
 * 中共苇平市委九届四次全体会议召开, 苇平县人民政府召开…会议: the place whose committee or government meets;
 * 苇平区第X届人大常委会第Y次会议听取和审议了…: a standing committee's session reviewing a report (a 人大 news page).
 */
const MEETING_HOST = new RegExp(
  `(?:^|[,，\\s])(?:中共)?${NAME}(?:(?:委|人民政府|政府|人大常委会)[^,，。;；]{0,24}(?:会议|全会|大会)(?:召开|举行|开幕)|(?:第?[一二三四五六七八九十\\d]{1,4}届)?(?:人大常委会|人民代表大会常务委员会)第[一二三四五六七八九十\\d]{1,4}次(?:全体)?会议(?:听取|审议))`,
);
/** 苇江苗族自治县讯（通讯员 张某）: a dispatch's dateline names where it was filed from. */
const DATELINE = new RegExp(`^(?:本报)?${NAME}讯\\s*[(（]`);
/** 发布者：苇岭县统计局, 公开责任部门 | 苇阴县统计局 |: labels the source-line reader does not know. */
const INFO_LABEL =
  /(?:发布者|发布机关|发文机关|发文单位|公开责任部门|责任部门|信息提供单位|供稿单位)\s*(?:[:：]\s*\|?|\|)\s*([^\s|:：]{2,30})/;
/** 当前位置：首页 > 苇源县人民政府 > 统计信息 */
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?(.*)$/;
/** （苇苍县统计局 彭某）, （苇河县统计局供稿 编校：刘某）, 供稿：苇河县统计局: a byline under the text. */
const BYLINE = /^(?:[(（]\s*([^()（）]{2,40})[)）]|(?:供稿|供稿单位|撰稿单位|作者单位)\s*[:：]\s*(.{2,40}))$/;
/** 主办：苇川县人民政府, 版权所有：©2023 苇川县人民政府办公室: the site's owner in its footer. */
const FOOTER =
  /(?:主办(?:单位)?|承办(?:单位)?|版权所有|维护(?:单位)?)\s*[:：]?\s*(?:©|\(c\)|copyright)?\s*(?:(?:19|20)\d{2}\s*)?([\u4e00-\u9fa5]{2,30})/i;

/** 动员全县上下, 带领全区人民: a verb before the scope 全县, never a place written without its suffix. */
const LEAD_VERB = /^(?:动员|带领|号召|团结|组织|引领|激励|凝聚|发动|率领|领导|鼓舞|召集)(?:县|市|区|旗)$/;

const placeIn = (text: string): string | null => {
  // 缙云全县上下…: a place written without its suffix before the scope 全县 is 缙云县.
  const name = regionIn(text.trim().replace(ORGAN_PREFIX, ''))?.replace(
    /^([\u4e00-\u9fa5]{2,3})全(县|市|区|旗)$/,
    '$1$2',
  );
  return name && !isGenericRegion(name) && !/^(?:全|本|我|该|各)/.test(name) && !LEAD_VERB.test(name)
    ? name
    : null;
};

/**
 * The first sentence's subject, a dateline or the office a story quotes, in the first lines of the
 * text. `own` is the suffix the text gives its own place (ownSuffix): a quoted office of another
 * kind of place (记者从苇州市统计局获悉 above 全县) is the source, not the place.
 */
export function openingPlace(opening: readonly Line[], own: string | null = null): PlaceFound | null {
  for (const line of opening.slice(0, 3)) {
    const first = line.text.trim().split(/[。;；]/)[0] ?? '';
    const dateline = DATELINE.exec(first)?.[1];
    const datelinePlace = dateline ? placeIn(dateline) : null;
    if (datelinePlace) return { region: datelinePlace, line: line.number, where: 'dateline' };
    const subject = OPENING_SUBJECT.exec(first)?.[1];
    const subjectPlace = subject ? placeIn(subject) : null;
    if (subjectPlace) return { region: subjectPlace, line: line.number, where: 'opening' };
    const office = QUOTED_OFFICE.exec(first)?.[1];
    const officePlace = office ? placeIn(office) : null;
    if (officePlace && (own === null || officePlace.endsWith(own)))
      return { region: officePlace, line: line.number, where: 'opening' };
    const host = MEETING_HOST.exec(first)?.[1];
    const hostPlace = host ? placeIn(host) : null;
    if (hostPlace && (own === null || hostPlace.endsWith(own)))
      return { region: hostPlace, line: line.number, where: 'opening' };
  }
  return null;
}

/** 高于全市, 居全市第3位, 全市平均水平: 全 of the place above, which a county's text compares itself with. */
const COMPARED_BEFORE = /[于居列比较占在至到]$/;
const COMPARED_AFTER = /^(?:平均|第|排|前|后|位|中|同期|各)/;

/**
 * 我县, 本区, 该县, 全区 …: the suffix the text most often gives its own place, or null when it uses
 * none. 我/本/该 count most; 全 only where it is not the place compared with (高于全市…, 全市第3位).
 */
export function ownSuffix(lines: readonly Line[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, 80))
    for (const m of line.text.matchAll(/([我全本该])(县|区|市|旗)/g)) {
      const at = m.index ?? 0;
      const whole = m[1] === '全';
      if (
        whole &&
        (COMPARED_BEFORE.test(line.text.slice(Math.max(0, at - 2), at)) ||
          COMPARED_AFTER.test(line.text.slice(at + 2, at + 4)))
      )
        continue;
      counts.set(m[2] ?? '', (counts.get(m[2] ?? '') ?? 0) + (whole ? 1 : 3));
    }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The place the page's furniture names, in the order of trust: an info label, the breadcrumb, a
 * byline under the text, the footer. A site's or a paper's owner may be the place above the
 * text's (a city's site carrying a county's story), so a place whose kind differs from the one the
 * text calls its own (全县 under 苇州市人民政府) is passed over.
 */
export function pagePlace(lines: readonly Line[]): PlaceFound | null {
  const text = lines.filter((line) => line.text.trim() !== '');
  const own = ownSuffix(text);
  const fits = (name: string | null) => (name && (own === null || name.endsWith(own)) ? name : null);
  const found = (name: string | null, line: Line, where: PlaceFound['where']): PlaceFound | null => {
    const region = fits(name);
    return region ? { region, line: line.number, where } : null;
  };
  for (const line of text.slice(0, 15)) {
    const label = INFO_LABEL.exec(line.text)?.[1];
    const hit = label ? found(placeIn(label), line, 'info label') : null;
    if (hit) return hit;
  }
  for (const line of text.slice(0, 8)) {
    const trail = BREADCRUMB.exec(line.text.trim())?.[1];
    if (trail === undefined) continue;
    for (const part of trail.split(/[>»→/]|&gt;/)) {
      const hit = OFFICE.test(part.trim()) ? found(placeIn(part), line, 'breadcrumb') : null;
      if (hit) return hit;
    }
  }
  const tail = text.slice(-12);
  for (const line of [...tail].reverse()) {
    const byline = BYLINE.exec(line.text.trim());
    const who = (byline?.[1] ?? byline?.[2] ?? '').trim().split(/\s+/)[0] ?? '';
    const hit = OFFICE.test(who) ? found(placeIn(who), line, 'byline') : null;
    if (hit) return hit;
  }
  for (const line of tail) {
    const owner = FOOTER.exec(line.text)?.[1] ?? '';
    const hit = OFFICE.test(owner) ? found(placeIn(owner), line, 'footer') : null;
    if (hit) return hit;
  }
  return null;
}

/** 苇峪县人民政府, 苇峪县政府门户网站, 苇州市人民政府网: a government's site. */
const GOVERNMENT_SITE = /(?:人民政府|政府)(?:门户网站|网站|网)?$/;

/**
 * The government whose site a page's <title> names (…_苇峪新闻_苇峪县人民政府): the lowest of the
 * page's furniture, and only a place of the kind the text calls its own (全县 under a 县's site).
 */
export function sitePlace(site: string | null | undefined, lines: readonly Line[]): PlaceFound | null {
  const name = site && GOVERNMENT_SITE.test(site.trim()) ? placeIn(site) : null;
  const own = ownSuffix(lines.filter((line) => line.text.trim() !== ''));
  if (!name || own === null || !name.endsWith(own)) return null;
  const first = lines.find((line) => line.text.trim() !== '');
  return first ? { region: name, line: first.number, where: 'site name' } : null;
}
