// A file's name read as a title (连州市2020年上半年国民经济和社会发展计划执行情况的报告.docx): the
// place and period an attachment was saved under, the last resort before refusing.

import { readTitleText, type TitleInfo } from './meta.js';

const EXTENSION = /\.(?:txt|html?|shtml|mht(?:ml)?|docx?|wps|pdf|xlsx?|et)$/i;
/** 附件1：, 附件2-, (1), _2, -最终稿: a download's numbering and a draft's label, not the title's words. */
const NOISE = [
  /^附件\s*\d*\s*[:：_\-—.、]?\s*/,
  /\s*[(（]\s*\d{1,2}\s*[)）]$/,
  /[_-]\d{1,3}$/,
  /[_\-—]?(?:最终稿|定稿|终稿|修改稿|送审稿)$/,
];

/** The title a file name reads as, when it names a place or a period; null for ours (xunling-2019-h1.docx). */
export function fileNameTitle(fileName: string | null | undefined): Omit<TitleInfo, 'lines'> | null {
  if (!fileName) return null;
  let stem = fileName.replace(EXTENSION, '').trim();
  for (const noise of NOISE) stem = stem.replace(noise, '');
  if (!/[\u4e00-\u9fa5]/.test(stem)) return null;
  const read = readTitleText(stem.replace(/[_\s]+/g, ''));
  return read && (read.region || read.code) ? read : null;
}
