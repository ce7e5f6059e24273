// A CPPCC member's 提案 on the economy, printed on its form: the session's head (政协某某县第十届委员会第四次会议),
// 提案 and its number, 提案人, 案由, then the member's case and suggestions. Its figures are the county's, but its
// 建议 are a member's proposals, not goals the county set: no targets of the years ahead (liaochuan's answers; session
// 38, fixleft38).

import type { Line } from './lines.js';

/** How many of the first lines the form's head may take (session, 提案, its number, 类别, 提案人 …). */
const HEAD_LINES = 12;
/** 提　　案 standing alone on its line, the form's own name. */
const FORM_NAME = /^提\s*案$/;
/** 提 案 人：郝某某, 案由：关于…的建议: the form's fields. */
const FORM_FIELD = /^(?:提\s*案\s*人|案\s*由)\s*[:：]/;

/** Whether the text opens with a member's 提案 form (its name on a line of its own and one of its fields). */
export function isMemberProposal(lines: readonly Line[]): boolean {
  const head = lines.filter((line) => line.text.trim() !== '').slice(0, HEAD_LINES);
  return (
    head.some((line) => FORM_NAME.test(line.text.trim())) &&
    head.some((line) => FORM_FIELD.test(line.text.trim()))
  );
}
