// Document structure: parts (一、), sections ((一)), paragraph topics and sentences, with the tables in place.
// One pass over the lines; every iteration consumes at least one line, so no input can make it spin.

import { FIGURE_LED_MARKER, figureLedItems } from './item-numbers.js';
import { isJunkLine, isNotContentLine } from './line-tests.js';
import type { Line } from './lines.js';
import { isNewsSubhead } from './news-subheads.js';
import { isNumberedListItem } from './numbered-list-items.js';
import { rules } from './rules.js';
import { type ReadTable, readTable, startsTable, type TableBlockLines } from './table.js';
import type { Problem, Section, Sentence, SentenceKind } from './types.js';

/** A line of a pipe table: two or more cell bars, or a bar closing the line. */
const PIPE_ROW = /\|[^|]*\||\|\s*$/;

export interface PlacedTable {
  read: ReadTable;
  /** The sentence index of each row, in row order. */
  rowSentences: number[];
}

export interface Structure {
  sections: Section[];
  sentences: Sentence[];
  tables: PlacedTable[];
  problems: Problem[];
}

const LEAD_MAX = 30;
/**
 * A sentence is cut at a clause mark (, 、 :) once it is this long: the readers look back over the sentence so
 * far from every figure, so a megabyte line with no stop would cost the square of its length. Ten times the
 * longest sentence of the fixtures (under 200 characters), so no report's sentence is ever cut.
 */
const LONGEST_SENTENCE = 2000;

/**
 * Heading styles from the outermost in: 一、 parts, (一) sections, then the numbered items of
 * official documents, 1. / 1、, (1) and ①. A report may skip a style (1. straight under 一、).
 */
const PART = 0;
const SECTION = 1;
/** A paragraph topic (lead sentence) is at least at the level of an item. */
const TOPIC = 2;
const ITEM_STYLES = [
  { rank: 2, pattern: rules.item },
  { rank: 3, pattern: rules.subItem },
  { rank: 4, pattern: rules.point },
] as const;

interface OpenHeading {
  rank: number;
  index: number;
}

export function readStructure(
  source: string,
  foldedText: string,
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  titleLine: number | null,
  tableBlocks: TableBlockLines = new Map(),
): Structure {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const tables: PlacedTable[] = [];
  const problems: Problem[] = [];
  /** The headings the text is inside, outermost first. */
  const open: OpenHeading[] = [];
  let partCount = 0;
  /** Past a review's 会议要求: the sections after it are its requests for the rest of the year. */
  let requestsOpen = false;
  /** The years the planned parts' titles name (四、2016年主要预期目标), for a later part of that year's work. */
  const plannedYears = new Set<string>();

  const innermost = () => open.at(-1)?.index ?? null;
  const addSentence = (
    kind: SentenceKind,
    start: number,
    end: number,
    line: number,
    sectionIndex: number | null,
  ) => {
    sentences.push({
      index: sentences.length,
      sectionIndex,
      kind,
      text: source.slice(start, end),
      start,
      end,
      line,
    });
    return sentences.length - 1;
  };
  /**
   * A section under the innermost open heading. Its level is its style's (part 1, section 2, item
   * 3…, topic 3), or one below its parent when that is deeper: 1. straight under 一、 is level 3,
   * a topic under (1) is level 5.
   */
  const addSection = (
    rank: number,
    number: string | null,
    title: string,
    line: Line,
    start: number,
    planned = false,
  ) => {
    const parentIndex = innermost();
    const parent = parentIndex === null ? undefined : sections[parentIndex];
    sections.push({
      index: sections.length,
      parentIndex,
      level: Math.max(rank + 1, (parent?.level ?? 0) + 1),
      number,
      title,
      phase: planned || requestsOpen ? 'planned' : (parent?.phase ?? 'reported'),
      start,
      end: line.end,
      line: line.number,
    });
    return sections.length - 1;
  };

  /** Splits a paragraph [start, end) into sentences; a short first sentence becomes a paragraph topic. */
  const paragraph = (line: Line, start: number, end: number) => {
    const spans: Array<[number, number]> = [];
    let s = start;
    for (let i = start; i < end; i++) {
      const code = foldedText.charCodeAt(i);
      if (i - s >= LONGEST_SENTENCE && (code === 0x2c || code === 0x3001 || code === 0x3a)) {
        spans.push([s, i + 1]);
        s = i + 1;
        continue;
      }
      // 。 ; ! ? (full-width forms are folded already)
      if (code !== 0x3002 && code !== 0x3b && code !== 0x21 && code !== 0x3f) continue;
      spans.push([s, i + 1]);
      s = i + 1;
      while (s < end && /\s/.test(source.charAt(s))) s++;
      i = s - 1;
    }
    if (s < end) spans.push([s, end]);
    let sectionIndex = innermost();
    const [lead] = spans;
    if (lead && spans.length > 1) {
      const text = source.slice(lead[0], lead[1] - 1);
      if (source.charAt(lead[1] - 1) === '。' && isTopic(text)) {
        sectionIndex = addSection(TOPIC, null, text, line, lead[0]);
        const section = sections[sectionIndex];
        if (section) section.end = end;
        addSentence('heading', lead[0], lead[1], line.number, sectionIndex);
        spans.shift();
      }
    }
    for (const [a, b] of spans) addSentence('prose', a, b, line.number, sectionIndex);
  };

  /** Closes the headings at rank or inside it, then opens one there. */
  const openHeading = (rank: number, number: string, title: string, line: Line, planned = false) => {
    while ((open.at(-1)?.rank ?? -1) >= rank) open.pop();
    open.push({ rank, index: addSection(rank, number, title, line, line.start, planned) });
  };

  /**
   * A heading may run on into prose on the same line: the heading is its first sentence (up to
   * `stop`), and the rest of the line a paragraph under it.
   */
  const heading = (rank: number, number: string, line: Line, rest: string, stop = /[。]/) => {
    const at = rest.search(stop);
    const title = (at >= 0 ? rest.slice(0, at) : rest).trim();
    const headingEnd = at >= 0 ? line.end - (rest.length - at - 1) : line.end;
    const plannedPart =
      rank === PART &&
      partCount > 0 &&
      (rules.plannedPart.test(title) || plannedYearWork(title, plannedYears));
    if (plannedPart) for (const year of title.matchAll(/(?:19|20)\d{2}(?=年)/g)) plannedYears.add(year[0]);
    openHeading(rank, number, title, line, plannedPart);
    if (rank === PART) partCount++;
    addSentence('heading', line.start, headingEnd, line.number, innermost());
    let restStart = headingEnd;
    while (restStart < line.end && /\s/.test(source.charAt(restStart))) restStart++;
    if (restStart < line.end) paragraph(line, restStart, line.end);
  };

  /**
   * A paragraph that starts with an item number (1. / (1) / ①). When its first sentence is a short
   * topic (1.工业生产加快。, 1.工业方面：) the item is a heading the following paragraphs sit under;
   * otherwise the number only lists the paragraph and is left out of its sentences, so that it is
   * not read as a figure.
   */
  const item = (rank: number, marker: string, line: Line, rest: string) => {
    const stop = /[。:]/;
    const at = rest.search(stop);
    // 1.规上工业增加值：59.7亿元，同比增长A%: a name and its figures, one item of a list, not a heading.
    const figuresAfterColon = rest.charAt(at) === ':' && FIGURES_AFTER_COLON.test(rest.slice(at + 1));
    if (!figuresAfterColon && isTopic((at >= 0 ? rest.slice(0, at) : rest).trim())) {
      heading(rank, marker.trim(), line, rest, stop);
      return;
    }
    let start = line.end - rest.length;
    while (start < line.end && /\s/.test(source.charAt(start))) start++;
    if (start < line.end) paragraph(line, start, line.end);
  };

  // 1.甲项目 / 2.5万吨饲料加工项目: an item number a figure follows, known by the list around it.
  const figureLed = new Set(
    [...figureLedItems(lines.map((line) => line.text))].map((index) => lines[index]?.number),
  );
  // A report that numbers no part may still head its parts, unnumbered (下半年工作安排).
  const numbersParts = lines.some((line) => rules.part.test(line.text) || rules.partInWords.test(line.text));

  let i = 0;
  let relatedLinks = false;
  /** Still between the title and the body's first line: ● summary lines may stand there. */
  let underTitle = false;
  /** The line after an ingest table block the table reader could not read (-1: none open). */
  let unreadBlockEnd = -1;
  /** The index of the line after the last goal list item ending in ；, whose list a 。 item may close (F9211). */
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    const text = line.text;
    // The requests of a resolution end at the title of the review it approves (read as the page's title or not).
    if (requestsOpen && text.includes('审') && rules.reviewTitleLine.test(text.trim())) requestsOpen = false;
    // 会议还听取了甲局关于…的汇报。 after a meeting's 会议要求 (a news item on a 常务会议): the next agenda item
    // reports again; its figures are results, not the requests' goals (session 36, fix226).
    if (requestsOpen && text.includes('听取') && rules.hearingLead.test(text.trim())) requestsOpen = false;
    // Titles of other pages under 相关新闻: short lines, no sentence of their own.
    if (rules.relatedLinks.test(text)) relatedLinks = true;
    else if (relatedLinks && text !== '' && /[。;]/.test(text)) relatedLinks = false;
    if (text === '' || relatedLinks || skip.has(line.number) || isJunkLine(line) || isNotContentLine(line)) {
      i++;
      continue;
    }
    // 1—7月全县重点项目完成投资X亿元 项目建设跑出“加速度” over the page's 来源/发布时间 line, read as no title of
    // the genre: the page's headline still, furniture as a title is, its figures no sentences of the report
    // (session 32, fixleft32).
    if (
      titleLine === null &&
      headlineOverInfo(lines, i, skip) &&
      !sentences.some((sentence) => /[。;；]/.test(sentence.text))
    ) {
      addSentence('title', line.start, line.end, line.number, null);
      i++;
      continue;
    }
    if (line.number === titleLine) {
      addSentence('title', line.start, line.end, line.number, null);
      underTitle = true;
      i++;
      // 规上工业增加值增速比计划快7.8个百分点 under a news headline, then the byline: a sub-headline
      // is page furniture as the headline is, no sentence of the report.
      const deck = lines[nextFilled(lines, i)];
      const byline = lines[nextFilled(lines, nextFilled(lines, i) + 1)];
      if (deck && byline && isDeck(deck.text) && BYLINE.test(byline.text)) {
        addSentence('title', deck.start, deck.end, deck.number, null);
        i = nextFilled(lines, i) + 1;
      }
      continue;
    }
    // ●全市地区生产总值增长A%，增速居全省第N位 between an analysis's title (and its bureau and date) and its
    // body: the key points the body then tells in full, a summary as a sub-title is, no sentences of their own.
    if (underTitle && isSummaryBullets(lines, i, skip)) {
      addSentence('heading', line.start, line.end, line.number, null);
      i++;
      continue;
    }
    if (!ISSUER_DATE.test(text)) underTitle = false;
    if (startsTable(lines, i) || tableBlocks.has(i)) {
      const read = readTable(lines, i, tableBlocks);
      if (read && read.next > i) {
        problems.push(...read.problems);
        if (read.table.caption !== null)
          addSentence('heading', line.start, line.end, line.number, innermost());
        const rowSentences = read.rows.map((row) =>
          addSentence('table-row', row.start, row.end, row.line, innermost()),
        );
        tables.push({ read, rowSentences });
        i = read.next;
        continue;
      }
      unreadBlockEnd = tableBlocks.get(i) ?? unreadBlockEnd;
    }
    const inUnreadBlock = i < unreadBlockEnd;
    i++;
    if (rules.requestsLead.test(text.trim())) requestsOpen = true;
    const part = rules.part.exec(text) ?? rules.partInWords.exec(text);
    if (part?.[1] !== undefined) {
      const rest = part[2] ?? '';
      // 一、坚持工业强县，…，年内新增规模以上工业企业12家以上，确保…项目年内建成投产。 under a resolution's 会议要求:
      // each request is a whole paragraph numbered as a part; its lead clause heads it, and all of it is read.
      if (requestsOpen && REQUEST_PARAGRAPH.test(rest)) {
        const restStart = line.end - rest.length;
        openHeading(PART, part[1], rest.split(/[,，;；。]/)[0]?.trim() ?? '', line);
        partCount++;
        addSentence('heading', line.start, restStart, line.number, innermost());
        paragraph(line, restStart, line.end);
        continue;
      }
      heading(PART, part[1], line, rest, partStop(rest));
      continue;
    }
    if (!numbersParts && rules.unnumberedPart.test(text) && !rules.caption.test(text)) {
      heading(PART, '', line, text);
      continue;
    }
    const section = rules.section.exec(text);
    if (section?.[1] !== undefined) {
      const rest = section[2] ?? '';
      // (一)全县规模以上工业增加值同比增长7.5%，较去年同期回落0.9个百分点，…: a numbered paragraph
      // whose first sentence is a chain of figures, not a topic: the number alone heads it.
      // (四)严格落实整改责任，确保审计查出问题整改率达到95%以上。: a numbered line that is one whole sentence
      // with a percentage in it heads its section by that sentence and is a paragraph too (F5562).
      const whole = SENTENCE_WITH_FIGURE.test(rest);
      const first = rest.split('。')[0] ?? '';
      // 主要预期目标是：(一)地区生产总值增长A%左右; …(九)人口自然增长率控制在7‰以内。: a list's numbered clauses (F9155, F9211).
      const listed = !whole && isNumberedListItem(lines, i - 1, rest);
      if (whole || listed || FIGURE_CHAIN.test(first) || WORKS_COUNT_TOPIC.test(first)) {
        const restStart = line.end - rest.length;
        openHeading(SECTION, `(${section[1]})`, whole ? rest.slice(0, -1).trim() : '', line);
        addSentence('heading', line.start, restStart, line.number, innermost());
        paragraph(line, restStart, line.end);
      } else heading(SECTION, `(${section[1]})`, line, rest);
      continue;
    }
    const numbered = figureLed.has(line.number)
      ? { rank: ITEM_STYLES[0].rank, marker: FIGURE_LED_MARKER.exec(text)?.[0] ?? '' }
      : itemMarker(text);
    if (numbered) {
      item(numbered.rank, numbered.marker, line, text.slice(numbered.marker.length));
      continue;
    }
    // 粮食作物 | 642800 | -0.85 |: a row of a table that is not an indicator table (a crop table in
    // a communique) is still a row, not prose: its cells are not facts.
    // 产业发展类 | 68 | 11439 | 7865 | 68.8: a row of a file's table (an HTML or Word table) that no
    // indicator heads, a class breakdown in an appendix, is a row too; a cell that is a sentence (a
    // page laid out in a table) is still read as prose.
    if (PIPE_ROW.test(text) || (inUnreadBlock && !/[。;；]/.test(text))) {
      addSentence('table-row', line.start, line.end, line.number, innermost());
      continue;
    }
    if (isNewsSubhead(lines, i - 1, skip)) {
      addSentence('heading', line.start, line.end, line.number, innermost());
      continue;
    }
    paragraph(line, line.start, line.end);
  }
  closeSections(sections, sentences);
  return { sections, sentences, tables, problems };
}

/** 某市统计局YYYY年M月D日: the issuer and its date under a title, before any summary line. */
const ISSUER_DATE =
  /^[\u4e00-\u9fa5]{2,20}(?:局|委员会|委|办公室|中心|政府|队)\s*[(（]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]?$/;
/** A summary line's bullet. */
const SUMMARY_BULLET = /^[●■◆★]/;

/**
 * Whether lines[i] opens (or goes on with) a run of bulleted lines, each a single sentence with a figure and
 * no full stop, that a longer unbulleted paragraph follows: an analysis's key points under its title.
 */
function isSummaryBullets(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  let k = i;
  for (;;) {
    const text = lines[k]?.text ?? '';
    if (!SUMMARY_BULLET.test(text) || text.length > 60 || /[。;；]/.test(text) || !/\d/.test(text))
      return false;
    k = nextFilled(lines, k + 1);
    while (k < lines.length && skip.has(lines[k]?.number ?? -1)) k = nextFilled(lines, k + 1);
    const next = lines[k]?.text ?? '';
    if (!SUMMARY_BULLET.test(next)) return next.length > 20 && /。/.test(next);
  }
}

/** A line of a page's byline: when it was published, where from, by whom. */
const BYLINE = /发布时间|发布日期|来源[:：]|作者[:：]|时间[:：]\s*\d/;

/** A short line with no sentence's punctuation and not a heading: a headline's second line. */
function isDeck(text: string): boolean {
  return (
    text.length <= 40 &&
    !/[。;；:：,，]/.test(text) &&
    !BYLINE.test(text) &&
    !rules.part.test(text) &&
    !rules.section.test(text) &&
    !rules.caption.test(text)
  );
}

/** Longest line read as a page's headline over its info line. */
const HEADLINE_MAX = 50;

/**
 * Whether line `i` is a page's headline: short, no sentence or clause mark, no heading's number, and the
 * next filled line is one the meta stage took as the page's furniture (its 来源/发布时间 line).
 */
function headlineOverInfo(lines: readonly Line[], i: number, skip: ReadonlySet<number>): boolean {
  const text = lines[i]?.text.trim() ?? '';
  if (text.length < 8 || text.length > HEADLINE_MAX || /[。;；,，:：]/.test(text) || itemMarker(text))
    return false;
  const next = lines[nextFilled(lines, i + 1)];
  return next !== undefined && skip.has(next.number) && /来源|发布时间|发布日期|作者|编辑/.test(next.text);
}

function nextFilled(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i]?.text ?? '') === '') i++;
  return i;
}

function itemMarker(text: string): { rank: number; marker: string } | null {
  for (const { rank, pattern } of ITEM_STYLES) {
    const marker = pattern.exec(text)?.[0];
    if (marker) return { rank, marker };
  }
  return null;
}

/** A short sentence with no figures: a paragraph's topic or an item's title. */
function isTopic(text: string): boolean {
  return text.length <= LEAD_MAX && !/[\d０-９,，:：]/.test(text);
}

/**
 * A numbered heading ends where the next heading at its depth or above starts; a paragraph topic
 * (no number) ends with its paragraph, set when it was read.
 */
function closeSections(sections: Section[], sentences: readonly Sentence[]): void {
  const docEnd = sentences.length > 0 ? (sentences[sentences.length - 1]?.end ?? 0) : 0;
  // Walk backwards remembering the nearest following start per depth: linear in the sections
  // times the depth, which the heading styles bound.
  const nearest: number[] = [];
  for (let k = sections.length - 1; k >= 0; k--) {
    const section = sections[k];
    if (!section) continue;
    if (section.number !== null) {
      const next = Math.min(
        Number.POSITIVE_INFINITY,
        ...nearest.slice(0, section.level).filter((n) => n !== undefined),
      );
      section.end = Number.isFinite(next) ? next : Math.max(docEnd, section.end);
      nearest[section.level - 1] = section.start;
    }
  }
}

/** What follows a list item's name and colon when the item gives its figures: a verb or a figure. */
const FIGURES_AFTER_COLON =
  /^\s*(?:累计|共)?(?:完成|实现|达到?|为)?(?:同比|比上年同期|比上年)?(?:增长|下降|增速|增幅)?为?\s*[-−]?\d/;

/**
 * 二、会议指出，…存在一些不容忽视的问题：一是…实现利润1.37亿元，同比下降6.4%；二是…: a part whose
 * first sentence runs on past a colon into a chain of figures is headed by the words before the
 * colon; the rest is its paragraph, not the heading's title.
 */
function partStop(rest: string): RegExp {
  const first = rest.split('。')[0] ?? '';
  const colon = first.search(/[:：]/);
  const after = first.slice(colon + 1);
  return colon > 0 &&
    (FIGURE_CHAIN.test(after) || COUNTED_POINTS.test(after)) &&
    !/\d/.test(first.slice(0, colon))
    ? /[。:：]/
    : /[。]/;
}

/**
 * A request of a resolution's 会议要求 list written as one paragraph: clauses joined by commas, a figure
 * with a goal's unit among them, and a full stop at the end (F6371); or closing on a goal in words
 * (…，确保完成市下达的节能减排目标任务。, F6375); or naming the works the year is to see built with no figure
 * (…，加快甲糖厂技改扩建工程建设，…。, …，确保乙厂扩建项目年内建成投产。: session 50, fix464, F9841).
 */
const REQUEST_PARAGRAPH =
  /^(?=[^。]{24,}。)[^,，。]{2,20}[,，](?:[^。]*?\d(?:\.\d+)?\s*(?:%|个百分点|万?亿?元|万?吨|万?人|家|个|户|项|公里|千米|平方米|亩)(?:以上|左右|以内)?[^。]*。|[^。]*(?:目标任务|目标)。\s*$|[^。]*?(?:工程|项目)[^。]*。)/;

/**
 * （五）集中办好10件民生实事。新建…；改造…: a section headed by the count of the year's works for the people, the list
 * after it; the number alone heads it and the count is read as a fact, as it is in a sentence (item 11 of the
 * accuracy conventions; 十件民生实事 in words stays a name, item 21). Session 44, fix359, F7285.
 */
const WORKS_COUNT_TOPIC = /^[\u4e00-\u9fa5]{0,8}\d{1,2}件(?:重点)?民生实事(?:项目)?$/;

/** 一是…；二是…: points counted off after a colon, the part's content (…仅有18家) rather than its title. */
const COUNTED_POINTS = /^\s*一是[^;；]+[;；]\s*二是/;

/**
 * A sentence of figures linked by commas (…增长7.5%，…回落0.9个百分点), or of a count of projects
 * with what befell them (全区尚有7项重点项目未开工，其中甲、乙两个项目…): no heading's topic; nor is a
 * plan's measure with the count it aims at (（一）开展促消费活动，新增限额以上商贸企业12家以上, fix92b); nor a
 * request about a count of the year's 民生实事 (（二）对低于序时进度的3件民生实事，…将实行…, session 30, fix104);
 * nor a measure closing on the year's goal in a count (（四）…，确保完成全年甲N人的目标任务, fix221).
 */
/**
 * One whole sentence, clauses joined by a comma, holding a percentage or an amount of money (（三）积极向上争取，全年
 * 争取上级补助资金力争达到6亿元以上。: session 46, fix389, F7904), and nothing after its full stop. An area of land is
 * such a figure too (（三）推进农业产业化经营，新增高效农业面积5万亩，…。: a plan's measure with the area it aims at; session
 * 49, fix443, F9435), and so is a count or a length the year's work will reach (（三）加快企业改制，力争年内完成8家县属企业改制。,
 * （六）…，县城新建道路6公里，…。: a 2001 plan's task items; session 49, fix451, F9555). So is a count of jobs or works in
 * 个 (（四）加强就业工作，全年城镇新增就业岗位2800个。: session 50, fix477, F10045).
 */
const SENTENCE_WITH_FIGURE =
  /^[^。;；]{4,}[,，][^。;；]*\d(?:\.\d+)?(?:%|[万亿]元|家|公里|万?亩|公顷|万?吨|万?平方米|所|座|户|万?人|万?个(?!百分点))(?:以上|左右)?[^。;；\d]*。$/;

const FIGURE_CHAIN =
  /^(?=.{30,})(?=.*\d(?:\.\d+)?\s*(?:%|个百分点|亿元|万元|(?:项|个)(?:重点|重大)?项目|(?:家|个|户|项)以上|件(?:民生)?实事|[\u4e00-\u9fa5]{1,3}的(?:年度|全年)?(?:预期)?(?:目标任务|目标)))(?=.*[,，;；]).*$/;

/**
 * 五、2016年主要工作 after 四、2016年…主要预期目标: a part on the work of a year an earlier planned part set goals for
 * is planned too (its 新增城镇就业5000人以上 the goal again, not a result); 2015年主要工作 in a report on 2015
 * names no planned year and stays a review (session 39, fix281).
 */
function plannedYearWork(title: string, plannedYears: ReadonlySet<string>): boolean {
  const year = /^((?:19|20)\d{2})年(?:的)?主要工作$/.exec(title.trim());
  return year !== null && plannedYears.has(year[1] ?? '');
}
