// 表1 2023年居民消费价格比上年涨跌幅度 over 指标 | 全县（单位：%） (session 23, fix63): a communiqué's table
// whose caption says its figures are changes on the year before and whose one value column is headed
// only by the report's own whole (全县, 全市, 本区). The header alone says neither that the column is
// the place's result nor what its figures measure; the caption says both.

/** …比上年涨跌幅度, …比上年增长速度, …同比增减: the caption's figures are changes on the year before. */
const CHANGE_CAPTION = /(?:比上年|比去年|同比)(?:同期)?(?:涨跌|增减|增长)(?:幅度|速度|情况)?[)）]?$/;

/** 全县, 全市（单位：%）, 本区: a column headed by the report's whole place, with its unit at most. */
const WHOLE_PLACE_HEADER = /^((?:全|本)[县市区省州旗盟])(?:[(（](?:单位[:：])?([^()（）]{1,6})[)）])?$/;

/**
 * The header a column is read by: the whole place's column under a caption of changes reads as the
 * change column its caption names (全县（单位：%） → 全县比上年涨跌（%）); any other column as written.
 */
export function headerWithCaptionChange(header: string, caption: string | null): string {
  if (!caption || !CHANGE_CAPTION.test(caption.trim())) return header;
  const squeezed = header.replace(/\s+/g, '');
  const whole = WHOLE_PLACE_HEADER.exec(squeezed);
  if (!whole) return header;
  return whole[2] ? `${whole[1]}比上年涨跌（${whole[2]}）` : `${whole[1]}比上年涨跌`;
}
