// Goals for a part of the year (力争二季度…由负转正, 上半年固定资产投资降幅收窄到10%以内) in a report's plan
// part: no target of the year nor of the report's period, facts only (README item 9).

/**
 * A single month (确保12月份规模以上工业产值完成45亿元以上: the month left in a 1—11月 piece), not its end or a
 * day in it (12月底前, 10月1日前), nor the months so far (1—11月, 11月以来). Session 45, fixgoals, F7721.
 */
const MONTH = '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![份末底初中上下前\\d日号至到以])';

/** The part of the year (not 下半年: a half's goal in a half-year report restates what the year's plan needs). */
const PART = '(?:上半年|前三季度|第?[一二三四]季度|1[-—–]\\d{1,2}月)(?!末|底|以来|同期|累计)';

/**
 * 9至12月, 10—12月份: the months left, named as a span (力争9至12月每月限额以上企业消费品零售额增速保持在20%以上), a goal
 * for those months, not the year's (session 47, fix421, F8612). Not the months so far when a span runs to its
 * end (1—8月末) or from it (以来).
 */
const MONTH_SPAN =
  '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\\s*(?:至|到|[-—–~])\\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?!末|底|以来|同期|累计)';

/** A part of the year, a single month or a span of months, named right after a goal's cue or at the head of a goal list. */
const PART_OR_MONTH = `(?:${PART}|${MONTH_SPAN}|${MONTH})`;

/**
 * 力争二季度规模以上工业增加值增速由负转正: the part named right after the cue, before a goal in words (a goal
 * with a figure is caught so by prose-targets.ts's PART_YEAR_GOAL). Session 43, fix349, F7093. 实现一季度甲增长A%以上、乙
 * 保持在B%左右的预期目标有较大把握: 实现 alone as the cue, the quarter's aims weighed in a 1—2月 page (held-out-476
 * moling; session 50, lead, F10203).
 */
const CUED_PART = new RegExp(
  `^[^,;:]{0,4}?(?:(?:力争|确保|争取|努力|推动)(?:实现)?|实现)(?:今年)?${PART_OR_MONTH}`,
);

/**
 * ，上半年固定资产投资降幅收窄到10%以内: a clause of a goal sentence that opens with the part, then the indicator
 * and the goal's verb, its cue earlier in the sentence. Session 43, fix349, F7094.
 */
const PART_LED = new RegExp(
  `^(?:今年)?${PART}[\\u4e00-\\u9fa5]{2,20}?(?:收窄|缩小|回升|回正|转正|控制|达到|突破|力争|确保|争取)`,
);

/**
 * 一季度全县经济工作的目标是：力争甲增长A%以上，乙完成X亿元: a goal list opened by the part of the year and the
 * words that name its goals (目标是/任务为, then a colon): the part holds for every goal up to the next ；. The
 * words between are bounded, so a sentence that only mentions a quarter far before its goals stays the year's.
 * Session 45, fixgoals, F7722.
 */
const PART_GOALS_LEAD = new RegExp(
  `^(?:今年|\\d{4}年)?${PART_OR_MONTH},?[^,;:。]{0,16}?(?:目标|任务|工作目标)(?:是|为)?:`,
);

/** How much of a segment's head the part-year lead may take (part, 16 words, 目标是：, some spaces). */
const LEAD_WINDOW = 64;

/** Whether a goal's ；-part (folded: ，→, ；→; ：→:) opens with the part of the year and its goals' colon. */
export function opensPartYearGoals(segment: string): boolean {
  // The lead is a few dozen characters: only the segment's head is read, so a long no-stop line stays linear.
  const text = segment
    .slice(0, LEAD_WINDOW)
    .replace(/\s+/g, '')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':');
  return PART_GOALS_LEAD.test(text);
}

/** Whether a goal's clause (folded: ，→,) sets a goal for a part of the year. */
export function isPartYearGoal(clause: string): boolean {
  const text = clause.replace(/\s+/g, '').replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
  return CUED_PART.test(text) || PART_LED.test(text);
}

/** Words that give a ；-part a horizon of its own, ending what an earlier part's period held. */
export const OWN_HORIZON =
  /全年|年度|今年|年内|年底|年末|下半年|[一二三四]季度|前三季度|\d{4}年|1[-—–]\d{1,2}月/;

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
  if (opensPartYearList(parts.at(-1) ?? '')) return true;
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

/**
 * 力争二季度甲增长A%以上，乙增长B%以上，丙增长C%以上: a goal list whose head clause, a goal with its figure, names the
 * part of the year right after its cue; the part holds for the later clauses of the same ；-part while none names a
 * horizon of its own (session 48, fix426, F8975). A head with no figure (力争一季度实现开门红，…) opens no list.
 */
function opensPartYearList(part: string): boolean {
  const comma = part.search(/[,，]/);
  if (comma < 0) return false;
  const head = part.slice(0, comma);
  if (!/\d/.test(head) || !isPartYearGoal(head)) return false;
  return !OWN_HORIZON.test(part.slice(comma + 1));
}

/**
 * 四季度力争新签约N个项目，实现到位资金X亿元: a quarter or half named before the cue at the head of the
 * clause chain holds for every goal after it, up to the next ；: goals for a part of the year, facts only
 * (fixleft34b). A meeting's demand puts 要 between them (三季度要力争甲增长A%左右，乙增长B%以上): F6051, fix294.
 * The part may stand as its own clause before the cue (上半年，力争甲增长A%以上，乙…): session 46, fix395, F8341.
 * Its clause may name the first indicator before the cue (上半年，全市甲力争增长A%以上，乙增长B%，丙完成X亿元: a
 * meeting's half-year aims in a first-quarter page), the words between and after the cue holding no year of their
 * own (四季度，我们将力争全年甲增长A%以上 sets the year's goals; session 50, fix471, F9952).
 */
const PART_YEAR_LEAD =
  /^\s*(?:今年)?(?:上半年|前三季度|第?[一二三四]季度)(?!末|底)[,，]?(?:还要|更要|要)?(?:力争|确保|争取)/;
const PART_YEAR_SUBJECT_LEAD =
  /^\s*(?:今年)?(?:上半年|前三季度|第?[一二三四]季度)(?!末|底)[,，](?:(?!全年|年度|今年|我们)[\u4e00-\u9fa5]){2,16}?要?(?:力争|确保|争取)(?!全年|年度|今年|年内)/;

/**
 * 上半年要完成规模以上工业总产值X亿元以上, 上半年甲产值要达到Y亿元以上: a clause opening with a part of the year, then 要 and
 * the verb of the result to reach, with no cue word (an analysis's 建议, a plan report's next-quarter measures): the
 * part's aim, neither a result nor the year's target, a fact only (README item 9; session 51, fix481, F10259).
 */
const PART_YEAR_DEMAND =
  /^(?:今年)?(?:上半年|前三季度|第?[一二三四]季度)(?!末|底)(?:[\u4e00-\u9fa5]{2,16}?)?要(?:完成|实现|达到)[^,;:]*$/;

/** Whether the words of a figure's clause before it (folded: ，→,) set a part of the year's aim with 要. */
export function isPartYearDemand(clause: string): boolean {
  if (!clause.includes('要')) return false;
  const head = clause.slice(
    Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1,
  );
  return PART_YEAR_DEMAND.test(head.replace(/\s+/g, ''));
}

/** Whether a goal's ；-part opens with the part of the year before its cue (the words from the last 。 or ；). */
export function opensPartYearLead(segment: string): boolean {
  return PART_YEAR_LEAD.test(segment) || PART_YEAR_SUBJECT_LEAD.test(segment);
}
