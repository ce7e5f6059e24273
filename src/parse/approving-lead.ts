// 会议同意市人民政府提出的2002年全市…主要预期目标：: a congress 决议 approving the goals its own government proposed. The
// approval and the proposer are no place the goals are of; the goal reader takes them off before it looks for one.

/**
 * 会议同意, 大会批准, 原则同意: the congress approving; then the government that proposed the goals (市人民政府提出的,
 * 政府确定的), its level captured to tell our own government from a higher one's. The proposer may go unsaid
 * (会议同意2003年全市…主要预期目标：, fix460, F9711): the approval alone is then no place either.
 */
const APPROVING_LEAD =
  /^(?:会议|大会)?(?:原则)?(?:同意|批准)(?:了)?(?:(?:([省市州盟区县旗])?人民政府|([省市州盟区县旗])?政府)?(?:提出|确定|制定|安排)的)?/;

/**
 * `lead` without a congress's approval of its own government's goals at its head (session 49, fix443, F9431): the
 * government named by its level alone (市人民政府 in a city's 决议) is the report's own, so its words name no other
 * place; a government of another level (省人民政府 in a county's) keeps the lead as it is.
 */
export function withoutApprovingLead(lead: string, region: string): string {
  if (!lead.includes('同意') && !lead.includes('批准')) return lead;
  const approval = APPROVING_LEAD.exec(lead);
  if (!approval) return lead;
  const level = approval[1] ?? approval[2];
  if (level !== undefined && !region.endsWith(level)) return lead;
  return lead.slice(approval[0].length);
}
