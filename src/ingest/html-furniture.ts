// What a government site's page says of who published it and when, outside the article: the
// government-site page specification's <meta> tags (SiteName, ColumnName, ArticleTitle, PubDate,
// ContentSource), the 政府信息公开 table above a published document (索引号 | 发布机构 | 成文日期 |
// 发布日期 | 文号) and the footer's 主办单位. Read as they stand; the parser decides what to trust.

import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { findAll } from 'domutils';
import { appShareFurniture } from './html-app-share.js';
import { visibleText } from './html-dom.js';
import { epaperFurniture } from './html-epaper.js';
import { wechatFurniture } from './html-wechat.js';
import type { PageFurniture } from './types.js';

const clean = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const orNull = (text: string | undefined) => {
  const kept = clean(text ?? '');
  return kept === '' ? null : kept;
};

/** The specification's tag names, matched without case (SiteName, sitename, PUBDATE …). */
const META_FIELDS = {
  sitename: 'siteName',
  columnname: 'columnName',
  articletitle: 'articleTitle',
  pubdate: 'pubDate',
  contentsource: 'contentSource',
} as const;

type MetaField = (typeof META_FIELDS)[keyof typeof META_FIELDS];

function metaTags(dom: Document): Partial<Record<MetaField, string>> {
  const found: Partial<Record<MetaField, string>> = {};
  for (const el of findAll((e) => e.name === 'meta', dom.children)) {
    const name = (el.attribs.name ?? '').toLowerCase() as keyof typeof META_FIELDS;
    const field = META_FIELDS[name];
    const content = orNull(el.attribs.content);
    if (field && content && !found[field]) found[field] = content;
  }
  return found;
}

/** The 公开 table's labels, each written with or without spaces between its characters (索 引 号). */
const OPENNESS_LABELS = {
  发布机构: 'publisher',
  发文机关: 'publisher',
  发文单位: 'publisher',
  成文日期: 'writtenOn',
  生成日期: 'writtenOn',
  发文日期: 'writtenOn',
  发布日期: 'publishedOn',
  公开日期: 'publishedOn',
  文号: 'documentNumber',
  发文字号: 'documentNumber',
  索引号: 'index',
} as const;

type OpennessField = (typeof OPENNESS_LABELS)[keyof typeof OPENNESS_LABELS];

const LABEL = new RegExp(
  `(${Object.keys(OPENNESS_LABELS)
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join('\\s*'))
    .join('|')})\\s*[:：]`,
  'g',
);

/**
 * 索引号：…  发布机构：玥岭县发展和改革局  成文日期：2022-08-18 …: the labelled values of the smallest
 * element holding an 索引号 and a 发布机构 or 成文日期 (a table, a list or a div grid), each value running
 * to the next label.
 */
function opennessTable(dom: Document): Partial<Record<OpennessField, string>> {
  let table: Element | null = null;
  for (const el of findAll((e) => isTag(e), dom.children)) {
    const text = clean(visibleText(el));
    if (text.length > 600 || !/索\s*引\s*号/.test(text) || !/发布机构|发文机关|成文日期|发文日期/.test(text))
      continue;
    table = el;
  }
  if (!table) return {};
  // Cells apart: a value ends where its cell does, even when the next label stands in the next cell.
  const text = cellText(table);
  const labels = [...text.matchAll(LABEL)];
  const found: Partial<Record<OpennessField, string>> = {};
  labels.forEach((m, k) => {
    const label = (m[1] ?? '').replace(/\s/g, '') as keyof typeof OPENNESS_LABELS;
    const end = labels[k + 1]?.index ?? text.length;
    const value = orNull(
      text
        .slice((m.index ?? 0) + m[0].length, end)
        .replace(/^\s*\|/, '')
        .split('|')[0],
    );
    const field = OPENNESS_LABELS[label];
    if (field && value && !found[field]) found[field] = value;
  });
  return found;
}

/** An element's text with | between its table cells. */
function cellText(el: Element): string {
  const cells = findAll(
    (e) => e.name === 'td' || e.name === 'th' || e.name === 'li' || e.name === 'dd',
    [el],
  );
  return cells.length > 0
    ? cells.map((cell) => clean(visibleText(cell))).join(' | ')
    : clean(visibleText(el));
}

/** 主办单位：玥岭县人民政府办公室, 主办：…: the owner the footer names. */
const SITE_OWNER = /主\s*办(?:\s*单\s*位)?\s*[:：]\s*([\u4e00-\u9fa5]{2,30})/;
/**
 * 版权所有：某市某区人民代表大会常务委员会办公室: a footer without 主办 names its owner as the copyright's
 * (a 人大 site's footer often does); read only when no 主办 is given (F9461).
 */
const COPYRIGHT_OWNER = /版\s*权\s*所\s*有\s*[:：]\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?([\u4e00-\u9fa5]{2,30})/;

function siteOwner(dom: Document): string | null {
  let owner: string | null = null;
  let copyright: string | null = null;
  for (const el of findAll(
    (e) => e.name === 'p' || e.name === 'div' || e.name === 'td' || e.name === 'span',
    dom.children,
  )) {
    const text = clean(visibleText(el));
    const found = SITE_OWNER.exec(text)?.[1];
    if (found) owner = found;
    const held = text.includes('权所') ? COPYRIGHT_OWNER.exec(text)?.[1] : undefined;
    if (held) copyright = held;
  }
  return owner ?? copyright;
}

/** The page's furniture, or null when it shows none of it. */
export function pageFurniture(dom: Document): PageFurniture | null {
  const meta = metaTags(dom);
  const table = opennessTable(dom);
  const wechat = wechatFurniture(dom);
  const epaper = epaperFurniture(dom);
  const app = wechat ? null : appShareFurniture(dom);
  const furniture: PageFurniture = {
    siteName: meta.siteName ?? null,
    columnName: meta.columnName ?? null,
    articleTitle: meta.articleTitle ?? null,
    pubDate: meta.pubDate ?? null,
    contentSource: meta.contentSource ?? null,
    publisher: table.publisher ?? null,
    writtenOn: table.writtenOn ?? null,
    publishedOn: table.publishedOn ?? null,
    documentNumber: table.documentNumber ?? null,
    index: table.index ?? null,
    siteOwner: siteOwner(dom),
    account: wechat?.account ?? null,
    accountPublished: wechat?.published ?? null,
    app: app?.app ?? null,
    appPublished: app?.published ?? null,
    paper: epaper?.paper ?? null,
    paperIssued: epaper?.issued ?? null,
  };
  return Object.values(furniture).some((value) => value !== null) ? furniture : null;
}
