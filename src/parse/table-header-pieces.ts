// A header cell a page broke over two lines in a table flattened one cell per line (上级指导 / 目标,
// 全市 / 排位): the two pieces are one cell when together they form a header tables are known to use.

/** The last piece of a broken header: the word a known header ends with. */
const TAIL_PIECE = /^(?:目标|任务|计划|排位|排名|位次|名次)$/;

/** Headers known to be broken so: a higher level's target, a rank's scope, the year's target. */
const KNOWN_HEADER =
  /^(?:上级|[省市县区州盟])?(?:指导|下达)(?:目标|任务|计划)$|^全[国省市县区州盟](?:排位|排名|位次|名次)$|^(?:全年|年度)(?:目标|任务|计划)$/;

/** Whether `first` and `second`, two lines of a header, are the pieces of one cell. */
export function isBrokenHeaderCell(first: string, second: string): boolean {
  const head = first.replace(/\s/g, '');
  const tail = second.replace(/\s/g, '');
  return TAIL_PIECE.test(tail) && KNOWN_HEADER.test(`${head}${tail}`);
}

/** 投资（万元）: a spanning header's word and the unit bracket closing it. */
const WORD_AND_UNIT = /^(.+?)\s*([(（][^()（）]{1,8}[)）])$/;

/**
 * 总投资 | 2018年计划投资 under 投资（万元）spanning them: a sub-header cell that repeats the word of the
 * spanning cell over it (not a header word of its own) heads its column as well. The spanning cell's
 * word must end the sub-header's (投资 in 总投资), so a row's name holding it elsewhere is no header.
 */
export function restatesSpanningHeader(spanning: string, sub: string): boolean {
  // A header cell is short: a long cell (a sentence a page put in a row) spans nothing.
  if (spanning.length > 40 || sub.length > 40) return false;
  const word = (WORD_AND_UNIT.exec(spanning.trim())?.[1] ?? spanning).replace(/\s/g, '');
  const text = sub.replace(/\s/g, '');
  return word.length >= 2 && text.length > word.length && text.length <= 20 && text.endsWith(word);
}

/**
 * The header of a column under a spanning cell: the two joined (1-6月 over 绝对值: 1-6月绝对值), but a
 * sub-header restating the spanning word takes the spanning cell's unit instead (投资（万元）over 总投资:
 * 总投资（万元）), as a one-row header writes it.
 */
export function joinedHeader(spanning: string, sub: string): string {
  if (!restatesSpanningHeader(spanning, sub)) return `${spanning}${sub}`;
  const unit = WORD_AND_UNIT.exec(spanning.trim())?.[2];
  return unit && !/[)）]$/.test(sub.trim()) ? `${sub}${unit}` : sub;
}
