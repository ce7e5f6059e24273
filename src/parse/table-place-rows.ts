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

/** 沿海乡镇小计, 山区乡镇合计, 全县合计: a subtotal of a block of towns, named after the group it closes. */
const GROUP_TOTAL = /^[\u4e00-\u9fa5]{1,8}(?:小计|合计)$/;

/**
 * 分乡镇规模以上工业总产值 | 乡（镇） over 甲城镇, 乙尾镇, 丙头镇, 沿海乡镇小计, 丁林乡, 全县合计 below a
 * monthly sheet's indicator rows: a block of the towns' figures on the county's own sheet (F10011). Its
 * rows are no indicator of the region, as a whole table of towns gives none (isSubCountyPlaceRows).
 * Returns the indexes of every run of three places or more, the totals among and right after them
 * included; rows with no name (a sub-header's 绝对数 line) neither break nor count.
 */
export function subCountyPlaceRuns(names: readonly string[]): Set<number> {
  const inRuns = new Set<number>();
  let run: number[] = [];
  let places = 0;
  const close = () => {
    if (places >= 3) for (const r of run) inRuns.add(r);
    run = [];
    places = 0;
  };
  for (const [r, raw] of names.entries()) {
    const name = raw.replace(/\s/g, '');
    if (name === '') continue;
    if (SUB_COUNTY_PLACE.test(name)) {
      run.push(r);
      places++;
    } else if (run.length > 0 && (TOTAL_OR_WHOLE.test(name) || GROUP_TOTAL.test(name))) run.push(r);
    else close();
  }
  close();
  return inRuns;
}
