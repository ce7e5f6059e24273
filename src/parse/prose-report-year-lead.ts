// 2025年全社会研发经费支出占地区生产总值比重达到2.92%: a clause led by the report's own year (a 纲要's review of its
// base year, a plan report's 2025年全市…) tells that year's result; the year is no part of the name. Only the
// report's own year is dropped: another year's figure stays a fact (session 40, fixleft40, F6011).

/** 2025年全社会…: the year led with, then a name (not 2025年末, 2025年以来, 2025年的, 2025年度). */
const YEAR_LEAD = /^((?:19|20)\d{2})年(?![末底初以的度内前后])(?=[\u4e00-\u9fa5])/;

/** The subject without its lead of the report's own `year`; any other subject as it is. */
export function withoutReportYearLead(subject: string, year: number | null): string {
  if (year === null || !subject.includes('年')) return subject;
  const lead = YEAR_LEAD.exec(subject);
  return lead?.[1] && Number(lead[1]) === year ? subject.slice(lead[0].length) : subject;
}
