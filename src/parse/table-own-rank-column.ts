// A rank column headed by the report's own place: 本县位次, 我区排名 beside 本县 | 全市 columns. The own place is
// whose rank it is, not where it ranks: the scope is the place the sheet compares the county with, named by
// a column of its own (全市 | 增速) or by nothing.

/** 本县位次, 我区排位, 本市排名: a rank column's header opening with the writer's own place. */
const OWN_RANK_HEADER = /^(?:本|我)(?:省|市|县|区|州|旗|盟)(?:增速)?(?:位次|排名|排位|名次|排序)/;

/** 全市, 全省 heading a column of the compared place's figures (全市, 全市增速, 全市（亿元）). */
const COMPARED_COLUMN = /^(全国|全省|全市|全区|全州|全县)(?:$|增速|增长|[(（]|完成|总量)/;

/**
 * The scope of a rank column headed by the own place: the compared place's scope word when another column
 * names it (指标 | 本县 | 增速 | 全市 | 增速 | 本县位次 → 全市), else ''; null when the header is no own place's.
 */
export function ownRankScope(header: string, headers: readonly string[]): string | null {
  if (!OWN_RANK_HEADER.test(header.trim())) return null;
  for (const other of headers) {
    const compared = COMPARED_COLUMN.exec(other.trim())?.[1];
    if (compared) return compared;
  }
  return '';
}
