// Finds the report on a web page, readability-style: text is scored where it sits (Chinese characters
// and punctuation count, link text counts against), and the container the most scored text gathers
// in wins; class names like #zoom or .TRS_Editor only tip the balance.

import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { findOne, textContent } from 'domutils';
import { INFO_LINE } from './draft.js';
import { BLOCK_TAGS, headingLevel, isSideRegion, isSkipped, visibleText } from './html-dom.js';

const CANDIDATE_TAGS = new Set(['div', 'td', 'article', 'section', 'main', 'body', 'p', 'center', 'font']);
const CONTENT_NAME =
  /zoom|trs_editor|article|content|contents|con\b|detail|text|zw|zhengwen|main|news_?con|view|pages?_?con/i;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const PUNCTUATION = /[，。；：、！？,;:（）()“”]/g;

function textScore(text: string): number {
  return (text.match(CJK)?.length ?? 0) + 2 * (text.match(PUNCTUATION)?.length ?? 0);
}

function parentOf(node: AnyNode): Element | null {
  const parent = node.parent;
  return parent && isTag(parent) ? parent : null;
}

/** The nearest ancestor that is a block element: where a run of text sits on the page. */
function blockOf(node: AnyNode): Element | null {
  for (let el = parentOf(node); el; el = parentOf(el)) if (BLOCK_TAGS.has(el.name)) return el;
  return null;
}

function insideLinkOrSkipped(node: AnyNode): boolean {
  for (let el = parentOf(node); el; el = parentOf(el))
    if (el.name === 'a' || isSkipped(el) || el.name === 'title') return true;
  return false;
}

function* textNodes(node: AnyNode): Generator<AnyNode> {
  if (isText(node)) yield node;
  else if (isTag(node) || node.type === 'root')
    for (const child of (node as Element).children) yield* textNodes(child);
}

/** The element holding the article, or null when the page has no text worth the name. */
export function findArticle(dom: Document): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, score: number) => {
    if (el && CANDIDATE_TAGS.has(el.name)) scores.set(el, (scores.get(el) ?? 0) + score);
  };
  for (const node of textNodes(dom)) {
    if (insideLinkOrSkipped(node)) continue;
    const score = textScore((node as { data: string }).data);
    if (score === 0) continue;
    const block = blockOf(node);
    if (!block) continue;
    // The block the text sits in, its parent in full and its grandparent in half: paragraphs
    // gather in the container that holds them.
    add(block, score);
    const parent = parentOf(block);
    add(parent, score);
    add(parent ? parentOf(parent) : null, score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const all = visibleText(el).replace(/\s/g, '').length;
    const links = all - visibleText(el, false).replace(/\s/g, '').length;
    let score = raw * (1 - (all === 0 ? 0 : links / all));
    const name = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (CONTENT_NAME.test(name)) score *= 1.25;
    if (isSideRegion(el)) score *= 0.5;
    // Ties go to the outer element: it holds the same text and any text beside it.
    if (score > bestScore || (score === bestScore && best !== null && isAncestor(el, best))) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function isAncestor(outer: Element, inner: Element): boolean {
  for (let el = parentOf(inner); el; el = parentOf(el)) if (el === outer) return true;
  return false;
}

/** Elements in document order, skipping what never shows. */
function* elements(node: AnyNode): Generator<Element> {
  if (isTag(node)) {
    if (isSkipped(node)) return;
    yield node;
  }
  if (isTag(node) || node.type === 'root')
    for (const child of (node as Element).children) yield* elements(child);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The article's own title: the first <h1>, else a title-classed element, outside the page's <title>.
 * A site's banner is often an <h1> holding the site's name (<div class="header"><h1>某某市发展和改革
 * 委员会</h1>) above an article titled in an <h2 class="title">: an <h1> that says only the name the
 * <title> ends with is the banner's.
 */
export function findArticleTitle(dom: Document): Element | null {
  const site = pageSite(dom);
  let titled: Element | null = null;
  for (const el of elements(dom)) {
    const text = clean(visibleText(el));
    if (text.length < 6 || text.length > 120) continue;
    if (headingLevel(el) === 1 && text !== site) return el;
    if (
      !titled &&
      /(?:^|[\s_-])(?:title|biaoti|bt|tit)(?:$|[\s_-]|\d)/i.test(
        `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`,
      )
    )
      titled = el;
  }
  return titled;
}

/** The longest an info line can be: longer text holding 来源： is the article or a list. */
const INFO_LINE_LENGTH = 200;

/** The smallest element carrying the 来源/发布时间 line, widened to the whole line it stands in. */
export function findInfoLine(dom: Document): Element | null {
  let found: Element | null = null;
  for (const el of elements(dom)) {
    const text = clean(visibleText(el));
    if (text.length > INFO_LINE_LENGTH || !INFO_LINE.test(text)) continue;
    if (!found || isAncestor(found, el)) found = el;
  }
  return found && lineOf(found);
}

/** A class or id a template gives the element it writes the time in: time, pubtime, publish_time, post-date. */
const TIME_NAME =
  /(?:^|[\s_-])(?:time|date|datetime|pubtime|pubdate|ptime|publish[_-]?(?:time|date)|post[_-]?(?:time|date))(?:$|[\s_-])/i;
/** A date and nothing else (2023-10-27 08:30, 2023年10月27日, 2023/10/27). */
const DATE_ONLY =
  /^(?:19|20)\d{2}(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

const insideLinkOrList = (el: Element) => {
  for (let up: Element | null = el; up; up = parentOf(up))
    if (up.name === 'a' || up.name === 'li') return true;
  return false;
};

/**
 * An app's share page or a WeChat-style article writes its channel and time under the headline with no
 * 来源/发布时间 label (<span class="time">2023-10-27 08:30</span>, <em id="publish_time">…</em>, <time>):
 * the first element after the title named for the time (or a <time>) holding a date alone, widened to its
 * line. A related-articles list's dates stand in links or list items and are not the page's.
 */
export function findTimeLine(dom: Document, title: Element | null): Element | null {
  let afterTitle = title === null;
  for (const el of elements(dom)) {
    if (el === title) afterTitle = true;
    if (!afterTitle) continue;
    const named = el.name === 'time' || TIME_NAME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
    if (!named || insideLinkOrList(el) || !DATE_ONLY.test(clean(visibleText(el)))) continue;
    return lineOf(el);
  }
  return null;
}

/**
 * The block an inline element shows in: a CMS writes each field of the info line in its own <span>
 * (<span>2024-07-29 10:21</span><span>[来源：…]</span><span>[作者：…]</span>), and the date beside the
 * 来源 span is the line's too. An element that is a block already is the line.
 */
function lineOf(element: Element): Element {
  if (BLOCK_TAGS.has(element.name)) return element;
  for (let el = parentOf(element); el; el = parentOf(el)) {
    if (!BLOCK_TAGS.has(el.name)) continue;
    return clean(visibleText(el)).length <= INFO_LINE_LENGTH ? el : element;
  }
  return element;
}

/**
 * What a <title> joins its parts with (标题 - 某某县人民政府, 标题_某某网): not a dash between two
 * digits, which is a month range or a date (1—7月份我县…, 2013-08-12) inside a part.
 */
const TITLE_PARTS = /\s*(?:[_|]|(?<!\d)[-–—]|[-–—](?!\d))\s*/;

/** The page's <title>, less the site name after a separator. */
/**
 * The site's name a <title> ends with (…_苇峪新闻_苇峪县人民政府): the last of two or more parts, which
 * pageTitle drops. The parser reads a place from it only as page furniture, when nothing else names one.
 */
export function pageSite(dom: Document): string | null {
  const title = findOne((el) => el.name === 'title', dom.children);
  const parts = title
    ? clean(textContent(title))
        .split(TITLE_PARTS)
        .filter((p) => p !== '')
    : [];
  return parts.length > 1 ? (parts.at(-1) ?? null) : null;
}

export function pageTitle(dom: Document): string | null {
  const title = findOne((el) => el.name === 'title', dom.children);
  if (title) {
    const parts = clean(textContent(title))
      .split(TITLE_PARTS)
      .filter((p) => p !== '');
    return parts.sort((a, b) => b.length - a.length)[0] ?? null;
  }
  return null;
}
