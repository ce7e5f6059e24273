// What the page readers need to know about elements: which never hold article text, which are blocks.

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'nav',
  'iframe',
  'select',
  'button',
  'input',
  'textarea',
  'header',
  'footer',
  'aside',
  'svg',
  'object',
  'head',
]);

/** Page furniture named by its class or id on gov CMS templates: left out even inside the article. */
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|weizhi|share|bdshare|jiathis|footer|copyright|print|toolbar|search|login|banner)(?:$|[\s_-]|\d)/i;

/** Names of page regions that usually hold no article: they only count against a candidate. */
const SIDE_REGION = /(?:^|[\s_-])(?:header|head|top|sidebar|side|links?)(?:$|[\s_-]|\d)/i;

export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'blockquote',
  'pre',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'html',
  'hr',
  'address',
  'figure',
  'figcaption',
]);

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.name);
}

const nameOf = (el: Element) => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;

export function isFurniture(el: Element): boolean {
  return FURNITURE.test(nameOf(el));
}

export function isSideRegion(el: Element): boolean {
  return FURNITURE.test(nameOf(el)) || SIDE_REGION.test(nameOf(el));
}

/** Text of a node with skipped elements left out; links included unless told otherwise. */
export function visibleText(node: AnyNode, withLinks = true): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || isSkipped(node) || (!withLinks && node.name === 'a')) return '';
  let text = '';
  for (const child of node.children) text += visibleText(child, withLinks);
  return text;
}

export function headingLevel(el: Element): number | null {
  const match = /^h([1-6])$/.exec(el.name);
  return match ? Number(match[1]) : null;
}

/** The element's children when they are all blocks (text between them only blank). */
export function blockChildren(el: Element): Element[] | null {
  const blocks: Element[] = [];
  for (const child of el.children) {
    if (isText(child)) {
      if (child.data.trim() !== '') return null;
      continue;
    }
    if (!isTag(child) || isSkipped(child)) continue;
    if (!BLOCK_TAGS.has(child.name)) return null;
    blocks.push(child);
  }
  return blocks;
}
