// Goals for a part of the year (力争二季度…由负转正, 上半年固定资产投资降幅收窄到10%以内) in a report's plan
// part: no target of the year nor of the report's period, facts only (README item 9).

/** The part of the year (not 下半年: a half's goal in a half-year report restates what the year's plan needs). */
const PART = '(?:上半年|前三季度|第?[一二三四]季度|1[-—–]\\d{1,2}月)(?!末|底|以来|同期|累计)';

/**
 * 力争二季度规模以上工业增加值增速由负转正: the part named right after the cue, before a goal in words (a goal
 * with a figure is caught so by prose-targets.ts's PART_YEAR_GOAL). Session 43, fix349, F7093.
 */
const CUED_PART = new RegExp(`^[^,;:]{0,4}?(?:力争|确保|争取|努力|推动)(?:实现)?(?:今年)?${PART}`);

/**
 * ，上半年固定资产投资降幅收窄到10%以内: a clause of a goal sentence that opens with the part, then the indicator
 * and the goal's verb, its cue earlier in the sentence. Session 43, fix349, F7094.
 */
const PART_LED = new RegExp(
  `^(?:今年)?${PART}[\\u4e00-\\u9fa5]{2,20}?(?:收窄|缩小|回升|回正|转正|控制|达到|突破|力争|确保|争取)`,
);

/** Whether a goal's clause (folded: ，→,) sets a goal for a part of the year. */
export function isPartYearGoal(clause: string): boolean {
  const text = clause.replace(/\s+/g, '').replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
  return CUED_PART.test(text) || PART_LED.test(text);
}

/** Words that give a ；-part a horizon of its own, ending what an earlier part's period held. */
const OWN_HORIZON = /全年|年度|今年|年内|年底|年末|下半年|[一二三四]季度|前三季度|\d{4}年|1[-—–]\d{1,2}月/;

/** How far back a goal list's part-year head is looked for: a list of goals is a few hundred characters. */
const LIST_WINDOW = 400;

/**
 * 力争上半年甲增长A%以上，完成X亿元；乙增长B%左右，确保完成Y亿元；丙确保增长C%以上: a list of goals whose head
 * clause names the part of the year keeps it over its later ；-parts while none names a horizon of its own
 * (session 45, fix373, F7562). `lead` is the sentence (folded: ，→, ；→;) up to the figure.
 */
export function carriesPartYearGoal(lead: string): boolean {
  const window = lead.slice(-LIST_WINDOW);
  const parts = window.split(/[;；]/);
  if (parts.length < 2) return false;
  // From the figure's part back: the first part that names a horizon decides.
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const clauses = part.split(/[,，]/);
    const head = clauses.findIndex((c) => isPartYearGoal(c));
    if (i < parts.length - 1 && head >= 0) return !clauses.slice(head + 1).some((c) => OWN_HORIZON.test(c));
    if (OWN_HORIZON.test(part)) return false;
  }
  return false;
}
