// A table of the GDP and its make-up (地区生产总值及其构成): under 第二产业 and 第三产业 its rows name the
// sectors bare (工业, 建筑业, 金融业), each standing for the sector's value added.

import { type CatalogueEntry, lookupIndicator } from './catalogue.js';

const GDP_PARTS = new Set([
  'agriculture-value-added',
  'secondary-industry-value-added',
  'tertiary-industry-value-added',
]);

/** Whether the rows' catalogue entries are the GDP and at least one of its three industries. */
export function isGdpTable(entries: readonly (CatalogueEntry | undefined)[]): boolean {
  return (
    entries.some((e) => e?.code === 'gdp') && entries.some((e) => e !== undefined && GDP_PARTS.has(e.code))
  );
}

/**
 * A row's place in a GDP table's make-up: the GDP itself (`whole`), one of its industries or a sector named bare
 * (`part`: 第一产业, 工业), or neither (null). A part row under 地区生产总值（亿元） with no unit of its own is counted in
 * the GDP's (fix224).
 */
export function gdpRole(entry: CatalogueEntry | undefined, name: string): 'whole' | 'part' | null {
  if (entry?.code === 'gdp') return 'whole';
  if (entry !== undefined) return GDP_PARTS.has(entry.code) ? 'part' : null;
  return sectorOfGdpTable(name) ? 'part' : null;
}

/**
 * The value added a GDP table's bare sector row stands for (建筑业 → 建筑业增加值), or undefined. 工业
 * in the GDP's make-up is industry of every size (全部工业增加值), never only the firms above a size.
 */
export function sectorOfGdpTable(name: string): CatalogueEntry | undefined {
  if (/增加值$/.test(name)) return undefined;
  return lookupIndicator(`全部${name}增加值`) ?? lookupIndicator(`${name}增加值`);
}

/**
 * 其他服务业 under 第三产业 in a GDP table: a sector the catalogue lacks, named bare like the others, stands
 * for its value added as they do (其他服务业增加值, the name the release's prose gives it), so the row and the
 * sentence it repeats are one indicator. Only a sector's name (…业); other rows keep their own.
 */
export function unknownSectorOfGdpTable(name: string): string {
  return /[\u4e00-\u9fa5]业$/.test(name) ? `${name}增加值` : name;
}

/**
 * 第二产业增加值X亿元，…，其中，工业增加值Y亿元: the industry named bare as a part of the secondary
 * industry, in the GDP's make-up as in its table, is industry of every size (全部工业增加值), not the firms above a
 * size the catalogue's alias 工业增加值 stands for elsewhere (fixleft29). `before` gives the words right before
 * the figure's clause (asked for only when the codes fit), `previousCode` the indicator the chain was about.
 */
export function industryOfSecondary(
  code: string | undefined,
  name: string,
  before: () => string,
  previousCode: string | undefined,
): CatalogueEntry | undefined {
  if (code !== 'industrial-value-added' || previousCode !== 'secondary-industry-value-added')
    return undefined;
  if (name.replace(/\s+/g, '') !== '工业增加值' || !/其中\s*[,，]?\s*$/.test(before())) return undefined;
  return lookupIndicator('全部工业增加值');
}

/**
 * 第二产业增加值 | 196850 over 其中：工业增加值 | 142680 in a GDP sheet that gives 规模以上工业增加值 on a row of its own:
 * the row marked as the secondary industry's part is industry of every size (全部工业增加值), as in the prose
 * (industryOfSecondary), the firms above a size being the other row. With no such row beside it (a district's
 * monthly sheet: 第二产业增加值 then #工业增加值 alone, maojing) the alias reading stands, as answered. `cell` is the
 * name cell as written, `previous` the entry of the row above, `names` every row's name.
 */
export function industryRowOfSecondary(
  cell: string,
  name: string,
  previous: CatalogueEntry | undefined,
  names: readonly string[],
): CatalogueEntry | undefined {
  if (previous?.code !== 'secondary-industry-value-added' || name !== '工业增加值') return undefined;
  if (!/^\s*(?:其中\s*[:：]?|#)/.test(cell)) return undefined;
  if (!names.some((n) => SIZED_INDUSTRY_ROW.test(n.replace(/\s+/g, '')))) return undefined;
  return lookupIndicator('全部工业增加值');
}

/** 规模以上工业增加值, 规上工业增加值（万元）: the firms above a size on a row of their own. */
const SIZED_INDUSTRY_ROW = /^(?:[一二三四五六七八九十]{1,3}、)?(?:规模以上|规上)工业增加值/;
