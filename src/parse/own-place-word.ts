// The words a report uses for its own place instead of the name: 我市, 本县, 我旗 (the region's level after 我 or
// 本), and 师市, a 兵团 division-city's word for itself (第N师某某市 is one government, 师 and 市 at once).

/** Whether `lead` opens with the report's own word for its region (`region` is the report's region). */
export function ownPlaceWord(lead: string, region: string): boolean {
  if (region === '') return false;
  if (lead.startsWith('师市')) return /师[\u4e00-\u9fa5]{1,6}市$/.test(region);
  const level = /^[我本](省|市|州|区|县|旗|盟)/.exec(lead)?.[1];
  return level !== undefined && region.endsWith(level);
}
