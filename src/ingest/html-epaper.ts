// A newspaper's e-paper (数字报, 电子版) article page: the date stands only in the page banner,
// beside the 版次 (2019年10月26日 星期六 第A2版：要闻), and the paper's name only in its masthead (the
// logo's alt text, the <title> before 数字报, the breadcrumb's 当前位置：某某日报 >). Read as they stand;
// the parser decides what to trust.

import type { Document, Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { visibleText } from './html-dom.js';

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

export interface EpaperFurniture {
  /** The paper's name: 蕊川日报. */
  paper: string | null;
  /** The banner's date as written: 2019年10月26日 星期六. */
  issued: string | null;
}

/** 第A2版, 第02版, A02版：要闻, 01版:要闻: an edition's page. */
const EDITION = /第\s*[A-Z]?\s*\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版\s*[:：]/;
/** 2019年10月26日, 2019-10-26: a full date. */
const DAY = /(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})/;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
/** 蕊川日报, 蕊川晚报, 蕊川日报数字报: a paper's name, what follows it on an e-paper page dropped. */
const PAPER =
  /^([\u4e00-\u9fa5]{2,8}?(?:日报|晚报|商报|时报|都市报|报))(?:社)?(?:数字报刊?|电子报|电子版|数字版)?(?:$|[\s\-_—|｜>＞·])/;

const paperIn = (text: string | undefined) => PAPER.exec(clean(text ?? ''))?.[1] ?? null;

/** A banner: a short element with a full date beside a 版次 or a weekday, none of its children one. */
function isBanner(el: Element): boolean {
  const text = clean(visibleText(el));
  return text.length <= 200 && DAY.test(text) && (EDITION.test(text) || WEEKDAY.test(text));
}

function banner(dom: Document): string | null {
  const found = findAll(isBanner, dom.children).find((el) => findAll(isBanner, el.children).length === 0);
  if (!found) return null;
  const text = clean(visibleText(found));
  const m = new RegExp(`${DAY.source}(?:\\s*[（(]?\\s*(?:${WEEKDAY.source})\\s*[)）]?)?`).exec(text);
  return m ? clean(m[0]) : null;
}

/** The masthead's name: the logo's alt text, the <title>'s head, the breadcrumb's first place. */
function paperName(dom: Document): string | null {
  for (const img of findAll((e) => e.name === 'img', dom.children)) {
    const paper = paperIn(img.attribs.alt);
    if (paper) return paper;
  }
  const title = findAll((e) => e.name === 'title', dom.children)[0];
  const fromTitle = title ? paperIn(textContent(title)) : null;
  if (fromTitle) return fromTitle;
  for (const el of findAll((e) => e.name === 'div' || e.name === 'p' || e.name === 'span', dom.children)) {
    const crumb = /^(?:当前位置|您的位置|你的位置|所在位置)\s*[:：]\s*(.+)$/.exec(
      clean(visibleText(el)),
    )?.[1];
    const paper = crumb ? paperIn(crumb) : null;
    if (paper) return paper;
  }
  return null;
}

/** The paper and the date of an e-paper page, or null when the page shows no 版次. */
export function epaperFurniture(dom: Document): EpaperFurniture | null {
  const shaped =
    findAll((e) => clean(visibleText(e)).length <= 200 && EDITION.test(visibleText(e)), dom.children).length >
    0;
  if (!shaped) return null;
  const paper = paperName(dom);
  const issued = banner(dom);
  return paper || issued ? { paper, issued } : null;
}
