// 会议批准了自治县2026年国民经济和社会发展计划 in a 2025 news page on the congress's close: the page tells of the
// year after's plan approved, so a goal said outside any plan part after that (县长在讲话中表示…确保全年接待游客
// 突破N万人次) is the approved plan's year, not the report's (session 39, fix284).

/**
 * 批准了…2026年…计划, 表决通过了关于…2026年国民经济和社会发展计划的决议: an approval told as done. A request
 * for one (提请审议批准, 请予批准, 建议批准) is not; 会议批准了 is: a plan report asks for it before its year is out.
 */
const approval = (yearAfter: number) =>
  new RegExp(
    `(?<![请予]|建议|[请予]审议并?)(?:批准|通过)了?[^。;]{0,40}?${yearAfter}年(?:度)?[^。;]{0,20}?(?:国民经济和社会发展)?计划(?!草案)`,
  );

/** Whether a full-year report's text tells of the year after's plan as approved. */
export function tellsYearAfterPlanApproved(folded: string, year: number | null): boolean {
  return year !== null && folded.includes(`${year + 1}年`) && approval(year + 1).test(folded);
}
