// A table of the main indicators copied out as one line per row, its cells joined by commas after the
// row's name (地区生产总值：X亿元，增长A%，全地区第N), under the table's caption (上半年主要经济指标完成情况):
// WeChat copies of plan reports flatten their tables so. The rows repeat the prose's figures as a table does,
// so they give no facts of their own; their rank cells are read as ranks (prose-rank-phrases' RANKING_CELL).
// A brief made of such lines under topic headings (二、工业) is prose, not a table: the caption decides.

import type { Sentence } from './types.js';

/** The caption of a table of main indicators: 上半年主要经济指标完成情况, 主要指标完成情况表. */
const CAPTION = /主要(?:经济)?指标(?:完成|执行|运行)?情况(?:表|一览表?)?$/;
/** A row: a name, a colon, then two or more comma-parted cells. */
const ROW = /^([^:,;。]{2,24}):([^,;。:]{1,16}(?:,[^,;。:]{1,16})+)$/;
/** A cell: an amount with its unit, a growth, or a rank within the parent (全地区第N). */
const CELL =
  /^(?:[-+]?\d+(?:\.\d+)?(?:%|[亿万]?元|[亿万]?[\u4e00-\u9fa5]{1,4})|(?:同比)?(?:增长|下降)[-+]?\d+(?:\.\d+)?%|全[\u4e00-\u9fa5]{1,3}第(?:\d{1,3}|[一二三四五六七八九十]{1,3})[名位]?)$/;

function isRow(text: string): boolean {
  const row = ROW.exec(text.replace(/\s+/g, '').replace(/：/g, ':').replace(/，/g, ','));
  return !!row?.[2] && row[2].split(',').every((cell) => CELL.test(cell));
}

/** The indices of the sentences that are rows of such a table: two or more, right after its caption. */
export function flattenedRowSentences(sentences: readonly Sentence[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!CAPTION.test(sentences[i]?.text.trim() ?? '')) continue;
    let end = i + 1;
    while (end < sentences.length && isRow(sentences[end]?.text ?? '')) end++;
    if (end - i - 1 < 2) continue;
    for (let k = i + 1; k < end; k++) rows.add(sentences[k]?.index ?? -1);
    i = end - 1;
  }
  return rows;
}
