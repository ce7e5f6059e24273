// 三、几点建议 … （四）切实保障和改善民生。上半年全县城镇新增就业1260人，完成年度目标任务的52.5%；…: a review's
// suggestions part restating a result of the period before it asks for more (a 四川 county 人大常委会's 审议意见,
// session 44, fix364, F7346). The sentence opens on the period and the place, with no word of resolve: what was
// done, so its figures are observations, not the suggestions' goals.

/** 上半年全县…, 1—7月，全市…, 今年以来全区…: the period, then the place, opening the sentence. */
const RESULT_OPENING =
  /^(?:今年)?(?:上半年|一季度|前三季度|1[—-]\d{1,2}月份?|今年以来)[,，]?全[县市区旗][\u4e00-\u9fa5]{2,16}?\d/;
/** A word of resolve or a plan anywhere in the sentence: a goal's sentence, not a result's. */
const RESOLVE = /力争|确保|争取|要|计划|预计|预期|将|应|务必|必须/;

/** Whether the sentence `text` (spaces kept out) restates a result of the period in a suggestions part. */
export function isSuggestionResult(text: string): boolean {
  const bare = text.replace(/\s+/g, '');
  return RESULT_OPENING.test(bare) && !RESOLVE.test(bare.replace(/完成年度目标任务|年度目标/g, ''));
}

/**
 * 按时序进度计算，甲比序时进度落后1.7个百分点 under 九、全年目标预测及建议: how far the months done are behind (or ahead
 * of) the time gone by is a result of the period, whatever part of the report says it; a word of resolve makes it a
 * goal again (确保…高于时序进度; fix485, F10315).
 */
const SCHEDULE_GAP =
  /(?:(?:落后|滞后|低于|高于|快于|慢于|超过?|超出|超前|领先)于?(?:时序|序时|时间|均衡)进度|(?:比|较)(?:时序|序时|时间|均衡)进度(?:高出?|低|快|慢|落后|超前|领先))\d+(?:\.\d+)?个百分点/;

/** Whether the sentence `text` gives the gap of what was done to the time schedule, with no word of resolve. */
export function isScheduleGapResult(text: string): boolean {
  if (!text.includes('进度')) return false;
  const bare = text.replace(/\s+/g, '');
  return (
    SCHEDULE_GAP.test(bare) && !RESOLVE.test(bare.replace(/完成(?:全年|年度)目标|(?:全年|年度)目标/g, ''))
  );
}
