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
