// Web pages: decode, find the article among the menus and footers, and read it into blocks; the page's
// title and 来源/发布时间 line become hints (and lead the text, as they lead the page).

import { type Document, type Element, isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { cleanLine, type DraftBlock, type DraftLine, infoLineOf, render } from './draft.js';
import {
  findArticle,
  findArticleTitle,
  findInfoLine,
  findTimeLine,
  pageSite,
  pageTitle,
} from './html-article.js';
import { articleBlocks, besideTables } from './html-blocks.js';
import { decodePage } from './html-charset.js';
import { visibleText } from './html-dom.js';
import { figureBoxLines } from './html-figure-boxes.js';
import { pageFurniture } from './html-furniture.js';
import { withoutSegmentBreaks } from './spaces.js';
import type { IngestOptions, IngestResult } from './types.js';

/**
 * A counter the info line shows (点击数：<span>386</span>, 浏览次数：[ 1024 ]次, 阅读次数： filled by a
 * script): dropped alone, for 更新时间：2009-7-21 may follow it.
 */
const PAGE_COUNTER =
  /[\s\u3000]*【?(?:浏览次数|瀏覽次數|点击数|點擊數|点击量|點擊量|阅读次数|閱讀次數|访问量|訪問量)\s*[:：】](?:\s*[[［]?\s*\d+(?:\s*[\]］])?(?:\s*次)?)?】?/g;
/** The page's tools that share the info line's element and end it: 字号：大 中 小, 【打印】, 分享到：. */
const PAGE_TOOLS = /[\s\u3000]*(?:【?(?:字号|字號|字体|字體|打印|分享到?)\s*[:：】]).*$/;

const withoutPageTools = (line: string | null) => {
  const kept = line?.replace(PAGE_COUNTER, '').replace(PAGE_TOOLS, '') ?? '';
  return kept === '' ? null : kept;
};

/** An element's text on one line as a browser shows it. */
const shownLine = (element: Element) => cleanLine(withoutSegmentBreaks(visibleText(element)));

export function readHtml(bytes: Uint8Array, options: IngestOptions): IngestResult {
  const decoded = decodePage(bytes, options.mediaType);
  const dom = parseDocument(decoded.html);
  const article = findArticle(dom);
  if (!article) {
    return {
      document: null,
      problems: [
        ...decoded.problems,
        { code: 'no-article', severity: 'error', message: 'the page holds no article text', line: null },
      ],
    };
  }
  const beside = besideTables(article);
  const body = [...beside.before, ...articleBlocks(article), ...figureBoxLines(article), ...beside.after];
  const bodyText = new Set(body.flatMap((b) => (b.kind === 'table' ? [] : [cleanLine(b.text)])));
  const lead: DraftBlock[] = [];
  const titleElement = findArticleTitle(dom);
  const title = titleElement ? shownLine(titleElement) : null;
  if (title && !bodyText.has(title)) lead.push({ kind: 'title', text: title });
  const firstLine = body.find((b): b is DraftLine => b.kind !== 'table');
  if (title && firstLine && cleanLine(firstLine.text) === title) firstLine.kind = 'title';
  // No 来源/发布时间 label: the element a share page's template writes the time in, under the title.
  const infoElement = findInfoLine(dom) ?? findTimeLine(dom, titleElement);
  // The smallest element holding the info line may hold the title before it (<div><h1>…</h1>来源…</div>).
  const infoText = infoElement ? shownLine(infoElement) : null;
  const infoLine = withoutPageTools(
    infoText && title && infoText.startsWith(title) ? cleanLine(infoText.slice(title.length)) : infoText,
  );
  // The info line inside the article's element (<div class="info"> under the <h1>) is read there with its
  // counter and tools (浏览次数：1268　【打印】): they are dropped there too, or the count reads as a figure.
  // Session 26, fix79.
  for (const block of body) {
    if (block.kind === 'table' || !infoText || !infoLine || cleanLine(block.text) !== infoText) continue;
    block.text = infoLine;
    bodyText.add(infoLine);
  }
  if (infoLine && !bodyText.has(infoLine)) lead.push({ kind: 'paragraph', text: infoLine });
  const document = render([...lead, ...body], 'html', 'text/html', {
    title: title ?? pageTitle(dom),
    // A page of <br> lines has no element of its own for the info line: look among the first lines.
    infoLine: infoLine ?? infoLineOf(body),
    site: pageSite(dom),
    furniture: pageFurniture(dom),
    charset: decoded.charset,
    convertedFromTraditional: false,
  });
  return { document, problems: decoded.problems };
}

/**
 * HTML that is all article (a Word file converted by mammoth): every block is read, and a heading
 * before any paragraph is the title.
 */
export function articleHtmlBlocks(html: string): DraftBlock[] {
  const dom: Document = parseDocument(`<body>${html}</body>`);
  const body = dom.children.find((n): n is Element => isTag(n) && n.name === 'body');
  const blocks = body ? articleBlocks(body) : [];
  const first = blocks.find((b) => b.kind !== 'table');
  if (first?.kind === 'heading' && blocks.indexOf(first) === 0) first.kind = 'title';
  return blocks;
}
