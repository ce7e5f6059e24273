// 7月14日，县委、县政府召开2006年上半年经济形势分析会，通报…; 5月15日，全县经济运行分析会议召开 (session 43, fix342):
// a county portal's story opens on the day a meeting was held; the figures it gives are what the meeting heard,
// news of the meeting, whatever its headline says of the economy.

/** The day (and the time of day), then within the first sentence a meeting held: 召开…会, …会(议)召开. */
const DATED_MEETING_LEAD =
  /^\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，][^。]{0,40}?(?:召开[^。，,]{0,40}?(?:会议?|座谈会)|(?:会议?|座谈会)(?:在[^。，,]{2,16})?(?:隆重)?召开)/;

/** Whether an opening line is a dated lead telling of a meeting held. */
export function isDatedMeetingLead(line: string): boolean {
  return DATED_MEETING_LEAD.test(line.trim());
}
