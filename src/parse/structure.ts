// Document structure: parts (一、), sections ((一)), paragraph topics and sentences, with the tables in place.
// One pass over the lines; every iteration consumes at least one line, so no input can make it spin.

import type { Line } from './lines.js';
import { rules } from './rules.js';
import { type ReadTable, readTable, startsTable } from './table.js';
import type { Phase, Problem, Section, Sentence, SentenceKind } from './types.js';

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

interface Cursor {
  part: number | null;
  section: number | null;
  partCount: number;
}

export function readStructure(
  source: string,
  foldedText: string,
  lines: readonly Line[],
  skip: ReadonlySet<number>,
  titleLine: number | null,
): Structure {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const tables: PlacedTable[] = [];
  const problems: Problem[] = [];
  const cursor: Cursor = { part: null, section: null, partCount: 0 };

  const innermost = () => cursor.section ?? cursor.part;
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
  const addSection = (level: 1 | 2 | 3, number: string | null, title: string, line: Line, start: number) => {
    const parentIndex = level === 1 ? null : level === 2 ? cursor.part : innermost();
    let sectionPhase: Phase =
      parentIndex === null ? 'reported' : (sections[parentIndex]?.phase ?? 'reported');
    if (level === 1)
      sectionPhase = cursor.partCount > 0 && rules.plannedPart.test(title) ? 'planned' : 'reported';
    sections.push({
      index: sections.length,
      parentIndex,
      level,
      number,
      title,
      phase: sectionPhase,
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
      if (source.charAt(lead[1] - 1) === '。' && text.length <= LEAD_MAX && !/[\d０-９,，:：]/.test(text)) {
        sectionIndex = addSection(3, null, text, line, lead[0]);
        const section = sections[sectionIndex];
        if (section) section.end = end;
        addSentence('heading', lead[0], lead[1], line.number, sectionIndex);
        spans.shift();
      }
    }
    for (const [a, b] of spans) addSentence('prose', a, b, line.number, sectionIndex);
  };

  const heading = (level: 1 | 2, number: string, line: Line, rest: string) => {
    // A heading may run on into prose on the same line: the heading is its first sentence.
    const stop = rest.search(/[。]/);
    const title = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    const headingEnd = stop >= 0 ? line.end - (rest.length - stop - 1) : line.end;
    if (level === 1) {
      const index = addSection(1, number, title, line, line.start);
      cursor.part = index;
      cursor.section = null;
      cursor.partCount++;
    } else {
      cursor.section = addSection(2, number, title, line, line.start);
    }
    addSentence('heading', line.start, headingEnd, line.number, innermost());
    let restStart = headingEnd;
    while (restStart < line.end && /\s/.test(source.charAt(restStart))) restStart++;
    if (restStart < line.end) paragraph(line, restStart, line.end);
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    const text = line.text;
    if (text === '' || skip.has(line.number) || rules.junk.test(text)) {
      i++;
      continue;
    }
    if (line.number === titleLine) {
      addSentence('title', line.start, line.end, line.number, null);
      i++;
      continue;
    }
    if (startsTable(lines, i)) {
      const read = readTable(lines, i);
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
    }
    const part = rules.part.exec(text);
    if (part?.[1] !== undefined) {
      heading(1, part[1], line, part[2] ?? '');
      i++;
      continue;
    }
    const section = rules.section.exec(text);
    if (section?.[1] !== undefined) {
      heading(2, `(${section[1]})`, line, section[2] ?? '');
      i++;
      continue;
    }
    paragraph(line, line.start, line.end);
    i++;
  }
  closeSections(sections, sentences);
  return { sections, sentences, tables, problems };
}

/** Parts and sections end where the next one of the same or a higher level starts. */
function closeSections(sections: Section[], sentences: readonly Sentence[]): void {
  const docEnd = sentences.length > 0 ? (sentences[sentences.length - 1]?.end ?? 0) : 0;
  // Walk backwards remembering the nearest following start per level: linear, whatever the input.
  const nearest = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let k = sections.length - 1; k >= 0; k--) {
    const section = sections[k];
    if (!section) continue;
    if (section.level !== 3) {
      const next = Math.min(...nearest.slice(0, section.level));
      section.end = Number.isFinite(next) ? next : Math.max(docEnd, section.end);
    }
    nearest[section.level - 1] = section.start;
  }
}
