// 规模以上非煤工业增加值X亿元: industry above the size line less its dominant branch (a coal or steel county's 非煤,
// 非钢), an aggregate the catalogue lacks, named as written with its level as with its growth (session 44, fix358).

/** 规模以上非煤工业增加值, 规上非钢工业总产值: the scope, 非 and the branch left out, then industry's value or output. */
const SCOPED_REST_OF_INDUSTRY = /^(?:规模以上|规上)非[\u4e00-\u9fa5]{1,4}?工业(?:增加值|总产值|产值)$/;

/** Whether `name` is industry above the size line less one branch. */
export function isScopedRestOfIndustry(name: string): boolean {
  return name.includes('非') && SCOPED_REST_OF_INDUSTRY.test(name);
}
