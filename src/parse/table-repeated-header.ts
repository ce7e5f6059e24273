// 分领域 | 项目数（个） | 总投资（亿元） | …: a row inside a table that types the header again under a label of
// its own, which opens a second block of rows sorted another way (a summary sheet's rows by level, then by
// field). Its cells are the columns' names, never figures: no row of the table (session 31, fix108).

interface TextCell {
  text: string;
}

const bare = (text: string) => text.replace(/\s+/g, '');

/**
 * Whether a row repeats the header in every column but the name's (at least two of them, none empty): the
 * name cell is the block's label (分领域, 按行业分), the rest the header as typed over the first block.
 */
export function repeatsHeader(
  cells: readonly TextCell[],
  header: readonly TextCell[],
  nameAt: number,
): boolean {
  let named = 0;
  for (const [k, column] of header.entries()) {
    if (k === nameAt) continue;
    const written = bare(column.text);
    if (written === '' || bare(cells[k]?.text ?? '') !== written) return false;
    named++;
  }
  return named >= 2;
}
