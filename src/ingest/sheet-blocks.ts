// What every workbook reader shares once it has a sheet's rows of cells (xlsx.ts through read-excel-file,
// xls.ts through SheetJS): cells as the sheet shows them, a sheet as paragraphs around one table, and the
// workbook as a SourceDocument, or the problem that says it cannot be read.

import { type DraftBlock, infoLineOf, render, titleOf } from './draft.js';
import type { IngestResult, SourceFormat } from './types.js';

/** A cell as a reader hands it over: numbers already as the text the sheet shows or stores. */
export type SheetCell = string | number | boolean | Date | null;

export interface Sheet {
  name: string;
  rows: readonly (readonly SheetCell[])[];
}

/** A cell as the sheet shows it: numbers as given (the text the workbook keeps), dates as 2024年7月15日. */
export function cellText(value: SheetCell): string {
  if (value === null) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return String(value).trim();
}

/** 单位：万元、%, 计量单位：亿元: a unit line, which a sheet often puts in the caption row's last cell. */
const UNIT_CELL = /^(?:计量)?单位\s*[:：]/;

/** 2024年9月18日, 2024-09-18: a date alone in its cell. */
const DATE_CELL = /^\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$/;
/**
 * 某某县统计局, 某某市发展和改革委员会: an issuing office alone in its cell, or after its label
 * (编报单位：某某县统计局, 编制单位：某某县统计局, as a bureau's sheet heads its table).
 */
const ISSUER_CELL =
  /^(?:(?:编报|编制|填报|制表|报送)单位\s*[:：]\s*)?[\u4e00-\u9fa5（）()]{2,30}(?:局|委员会|委|办公室|办|中心|调查队|政府)$/;

/**
 * 某县统计局 | 2024年9月18日 under the notes: the bureau's signature, its name and date in two cells
 * of one row. Two filled cells would make it a table row and pull the notes above it into the table,
 * where their thresholds and group sizes are no prose. Over the header (编报单位：某县统计局 | YYYY年M月D日)
 * it is the issue line, which as the table's first row would be read for its header.
 */
function isSignature(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length >= 2 && filled.every((c) => SIGN_OFF_CELL.test(c))) return true;
  return (
    filled.length === 2 && filled.some((c) => DATE_CELL.test(c)) && filled.some((c) => ISSUER_CELL.test(c))
  );
}

/**
 * 审核人：某某 | 填表人：某某 | 填报日期：YYYY年M月D日: a form's sign-off row under the notes, each cell a label
 * and its entry. Like the bureau's signature it closes the sheet, so the 说明 rows above it stay prose
 * (their counts facts) rather than one-cell rows of the table (session 48, fix426, F8971). 局长：某某 | 审核：某某 |
 * 制表：某某: a bureau's monthly sheet signs off with its head first (fix485, F10308).
 */
const SIGN_OFF_CELL =
  /^(?:(?:单位)?负责人|[局处科]长|主任|审核人?|审批人|填表人?|制表人?|填报人|统计人|联系人|(?:联系)?电话|(?:填报|填表|制表|报出|报送)日期)\s*[:：]/;

/**
 * 主要经济指标（2013年1-5月） | … | 单位：万元、%: a caption in the first cell and the unit line in the
 * last, on one row over the header. Two lines over the table, as the caption and the unit line of a
 * page are, not the table's first row (which the parser would take for its header).
 */
function isCaptionWithUnit(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length === 2 && cells[0] !== '' && UNIT_CELL.test(cells.at(-1) ?? '');
}

/**
 * One sheet's rows as blocks. Rows of one filled cell before the first row of several (a title, a unit
 * line, the issue line even in two cells) and after the last (notes, the bureau's signature, even in two cells) are paragraphs, as is a caption row ending in
 * its unit line (isCaptionWithUnit); every row between, a group label alone on its row included,
 * belongs to the table, padded to its widest row.
 */
export function sheetBlocks(rows: readonly (readonly SheetCell[])[]): DraftBlock[] {
  const lines = rows.map((row) => {
    const cells = row.map(cellText);
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  });
  const filled = (cells: string[]) => cells.filter((c) => c !== '').length;
  const first = lines.findIndex(
    (cells) => filled(cells) > 1 && !isCaptionWithUnit(cells) && !isSignature(cells),
  );
  const last = lines.findLastIndex((cells) => filled(cells) > 1 && !isSignature(cells));
  const blocks: DraftBlock[] = [];
  const paragraph = (cells: string[]) => {
    const text = cells.filter((c) => c !== '').join(' ');
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  };
  if (first < 0) {
    for (const cells of lines) paragraph(cells);
    return blocks;
  }
  for (const cells of lines.slice(0, first))
    if (isCaptionWithUnit(cells) || isSignature(cells)) for (const text of cells) paragraph([text]);
    else paragraph(cells);
  const grid = lines.slice(first, last + 1).filter((cells) => cells.length > 0);
  const width = Math.max(...grid.map((cells) => cells.length));
  blocks.push({
    kind: 'table',
    rows: grid.map((cells) => Array.from({ length: width }, (_, i) => ({ text: cells[i] ?? '' }))),
  });
  const goalColumn = (grid[0] ?? []).findIndex((cell) => TASK_HEADER.test(cell));
  // 前三季度地区生产总值完成186.45亿元，同比增长5.4%，…。 in a 完成情况 cell: a whole sentence, read as prose (F5521).
  for (const cells of grid)
    for (const text of cells)
      if (isSentenceCell(text))
        blocks.push({
          kind: 'paragraph',
          text: withTaskTopic(text, goalColumn >= 0 ? (cells[goalColumn] ?? '') : ''),
          fromCell: 'sentences',
        });
  // 地区生产总值增长6%左右 under 工作任务: the year's goal the row reports on (F5522). Alone it would read as a
  // result; labelled 年度目标：, as the column header means it, the prose reader takes it for the goal it is.
  if (goalColumn >= 0)
    for (const cells of grid.slice(1)) {
      const text = cells[goalColumn] ?? '';
      if (/\d/.test(text)) blocks.push({ kind: 'paragraph', text: `年度目标：${text}。`, fromCell: 'goal' });
    }
  for (const cells of lines.slice(last + 1))
    if (isSignature(cells)) for (const text of cells) paragraph([text]);
    else paragraph(cells);
  return blocks;
}

/**
 * 实际到位资金118.5亿元，… in the row whose task reads 招商引资实际到位资金150亿元以上: the cell names the figure by the
 * task's last words only, leaving the topic (招商引资) to the task beside it, as a reader of the row does. The task's
 * fuller name is restored when it ends with the cell's leading name (F5671); any other cell is left as written.
 */
function withTaskTopic(sentence: string, task: string): string {
  const name = LEADING_NAME.exec(sentence)?.[0] ?? '';
  const taskName = LEADING_NAME.exec(task)?.[0] ?? '';
  if (name.length < 4 || taskName.length <= name.length || !taskName.endsWith(name)) return sentence;
  const topic = taskName.slice(0, -name.length);
  return /^[\p{Script=Han}]{2,}$/u.test(topic) ? topic + sentence : sentence;
}

/** The words a cell or task opens with before its first figure: 实际到位资金 (118.5亿元), 招商引资实际到位资金 (150亿元). */
const LEADING_NAME = /^[\p{Script=Han}]+(?=\d)/u;

/** 工作任务, 目标任务, 重点任务: a task table's column of the year's goals. */
const TASK_HEADER = /^(?:重点|目标|主要)?(?:工作)?任务$/;

/**
 * A cell holding whole sentences with figures (…同比增长5.4%，低于年度目标0.6个百分点。): clauses with a figure, ending
 * on 。 — what a task table's 完成情况 cell says, which the table reader cannot take apart.
 */
function isSentenceCell(text: string): boolean {
  return text.length >= 16 && /。$/.test(text) && /[，,；;]/.test(text) && /\d/.test(text);
}

/** 2024年1—6月, 2024年上半年 in a sheet's title: the cumulative period, for the month it ends. */
const TITLE_PERIOD = /\d{4}年(?:1\s*[-—–―~至到]\s*(\d{1,2})月份?|(上半年)|(一季度)|(前三季度))/;

/** The month the period in a sheet's title ends with, and the title without it; null when it names none. */
function titlePeriod(title: string): { end: number; rest: string } | null {
  const match = TITLE_PERIOD.exec(title);
  if (!match) return null;
  const end = match[1] ? Number(match[1]) : match[2] ? 6 : match[3] ? 3 : 9;
  return { end, rest: title.replace(match[0], '') };
}

/**
 * A bureau's workbook that keeps each month's issue as a sheet beside the last (1—6月, 1—7月, 1—8月: one
 * title but for its period): the file is the latest issue, the others kept for reference. Its sheet
 * leads, so that the title read first is the report's; the earlier ones follow in their order.
 */
function latestIssueFirst(sheets: readonly DraftBlock[][]): DraftBlock[][] {
  if (sheets.length < 2) return [...sheets];
  const periods = sheets.map((blocks) => {
    const first = blocks[0];
    return first && first.kind !== 'table' ? titlePeriod(first.text) : null;
  });
  const rest = periods[0]?.rest;
  if (periods.some((p) => p === null || p.rest !== rest)) return [...sheets];
  const ends = periods.map((p) => p?.end ?? 0);
  if (new Set(ends).size !== ends.length) return [...sheets];
  const latest = ends.indexOf(Math.max(...ends));
  return [sheets[latest] ?? [], ...sheets.filter((_, i) => i !== latest)];
}

/** The workbook's sheets, one after another, as the document every format reader hands over. */
export function workbookResult(
  sheets: readonly Sheet[],
  format: SourceFormat,
  mediaType: string,
): IngestResult {
  const blocks = latestIssueFirst(sheets.map((sheet) => sheetBlocks(sheet.rows))).flat();
  const document = render(blocks, format, mediaType, {
    title: titleOf(blocks),
    infoLine: infoLineOf(blocks),
    charset: null,
    convertedFromTraditional: false,
  });
  return { document, problems: [] };
}

/** A workbook the reader could not open: nothing loaded, and a problem saying so in words one can act on. */
export function unreadableWorkbook(code: string, kind: string, reason: string): IngestResult {
  return {
    document: null,
    problems: [
      {
        code,
        severity: 'error',
        message: `the ${kind} workbook cannot be read, it may be truncated, damaged or password-protected: ${reason}`,
        line: null,
      },
    ],
  };
}
