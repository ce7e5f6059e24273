/**
 * 区镇 | 工业开票销售 | 固定资产投资 over rows 甲城街道, 乙湖镇, 经济开发区, 丙西乡: a table by the towns, streets
 * and zones under the report's region, whatever its name column is headed (区镇, 单位, or nothing). Its
 * rows are places below a county, each with its own figures: no indicator of the region
 * (tests/accuracy/README.md: figures of places below the report's region give nothing), as a table
 * headed 乡镇 gives none (table-township-header.ts). Told by its rows: every one but a total or the
 * region's own names a town (…镇, …乡), a street (…街道) or a zone (…开发区, …园区), three at least.
 */

/** 甲城街道, 乙湖镇, 丙西乡, 经济开发区, 丁工业园区: a place below a county by its last word. */
const SUB_COUNTY_PLACE = /^[\u4e00-\u9fa5]{2,10}(?:镇|乡|街道|开发区|园区|高新区|工业园|管委会|办事处)$/;

/** 合计, 全县, 总计: the total row a table of places closes or opens with. */
const TOTAL_OR_WHOLE = /^(?:合计|总计|小计|全(?:县|市|区|旗)(?:合计)?)$/;

/** Row names (already stripped of 其中 and serials): true when they are the region's towns and zones. */
export function isSubCountyPlaceRows(names: readonly string[]): boolean {
  let places = 0;
  for (const raw of names) {
    const name = raw.replace(/\s/g, '');
    if (name === '' || TOTAL_OR_WHOLE.test(name)) continue;
    if (!SUB_COUNTY_PLACE.test(name)) return false;
    places++;
  }
  return places >= 3;
}
