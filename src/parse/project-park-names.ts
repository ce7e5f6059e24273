// 加快甲县工业园区建设: a county's park named by its place and its kind alone is the zone its projects are built in, a
// task of the whole park, never one project; 甲县工业园区基础设施项目 and 甲县煤化工循环经济园区 (a trade before the
// kind) are works of their own.

/**
 * A place (county, city, district, banner, town), then only the kind of park. The place may be the bare level
 * word (县工业园区建设进展顺利: the county's own park, session 50, fix471, F9958).
 */
const BARE_PARK =
  /^[\u4e00-\u9fa5]{0,8}?(?:省|市|县|区|旗|州|盟|镇|乡)(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区|产业园区|工业园|工业集中区|产业集聚区)$/;

/** Whether a name is only a place's park, no works in it. */
export function isBarePark(name: string): boolean {
  return BARE_PARK.test(name);
}
