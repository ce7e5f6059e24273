// A government's report on one field of the economy to its congress's standing committee
// (关于全县优化营商环境工作情况的报告): read as a plan report of the months it covers when it gives the
// place's headline figures; one without them (a report on schools or on a law's enforcement) is refused.

/**
 * 关于全县优化营商环境工作情况的报告, 关于某县招商引资工作开展情况的报告, 关于全区民营经济发展情况的报告: the field
 * named is one of the economy's (营商环境, 招商引资, 项目建设, 民营经济, 开发区 …); the title has no year (the session
 * line under it and the body's 截至N月底 date it). A field outside the economy stays another document.
 * Session 29, fix95.
 */
export const SPECIAL_WORK_REPORT =
  /^(?:[\u4e00-\u9fa5]{2,20}?人民政府)?关于(?:全|我|本)?[\u4e00-\u9fa5]{0,14}?(?:优化营商环境|营商环境|招商引资|重点项目|项目建设|民营经济|县域经济|开发区|工业园区|产业园区)[\u4e00-\u9fa5、“”]{0,12}?(?:工作)?(?:开展|推进|落实|进展)?情况的?(?:专项)?报告$/;
