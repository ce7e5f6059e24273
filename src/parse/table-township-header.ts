/**
 * 乡镇, 镇名, 镇(街道), 乡镇(街道)名称, 街道: a table's name column headed by the townships below the
 * report's region. Its rows are places (岑城镇, 沙坪镇), each with its own figures: no indicator of
 * the region (tests/accuracy/README.md: figures of places below the report's region give nothing).
 * Written without spaces and in half-width brackets (isPlacesHeader folds them first). 乡镇(园区), 镇(园区)
 * (a 统计快报's 分乡镇（园区） table): the towns and the county's parks side by side, places all the same.
 */
const TOWNSHIPS_HEADER =
  /^(?:各?(?:乡镇|镇乡|镇|乡|镇街|街镇|街道|乡镇街道?)(?:\((?:街道|镇街|区|园区|开发区)\)|、?(?:街道|园区))?(?:名称?|别)?)$/;

/**
 * 片区, 园区, 片区(园区), 功能区: a key-project programme's table by the areas of the region (a park, a
 * district under construction). Its rows are those areas (甲工业园区, 乙旅游片区, 合计), each with its
 * projects' counts and amounts: no indicator of the region, as townships give none.
 */
const AREAS_HEADER = /^各?(?:片区|园区|功能区|板块)(?:\((?:片区|园区)\)|、(?:片区|园区))?(?:名称?|别)?$/;

export function isTownshipsHeader(text: string): boolean {
  return TOWNSHIPS_HEADER.test(text) || AREAS_HEADER.test(text);
}
