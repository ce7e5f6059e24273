// 全县完成固定资产投资78.45亿元…。其中，亿元以上项目42个，完成投资51.26亿元: a size class of projects
// counted in one clause and its investment given bare in the next, inside a paragraph about all fixed-asset
// investment, is that class's part of it, a named aggregate (亿元以上项目完成投资). A programme's class
// (全县实施亿元以上项目43个，完成投资…; 其中，亿元以上项目31个，…占全部重点项目完成投资的87.3%) stays a fact. Its
// share of all investment (亿元以上项目21个，完成投资占全部投资的58.7%) is the aggregate's share.

/**
 * The clause before ends with a size class of projects and their count: 亿元以上项目42个, 5000万元及以上项目18个,
 * 亿元以上在建项目N个 (its share only; session 32, fix141), 亿元以上施工项目N个 (the same; fixleft36); the count's change may stand between (亿元以上项目42个，
 * 比上年同期增加5个，完成投资…; session 32, fix138).
 */
const COUNTED_CLASS =
  /(?<![\d.])(实施|开工|建设)?((?:\d+(?:\.\d+)?)?[亿万]元及?以上(?:建设|在建|施工)?项目)\d+个(?:[,;](?:(?:比|较)上年(?:同期)?|同比)(?:增加|减少)\d+个)?[,;]\s*$/;
/** The investment named bare, with the verb or a cumulative word: 完成投资, 累计完成投资, 投资. */
const BARE_INVESTMENT = /^(?:累计)?(?:完成)?投资$/;
/** The paragraph is about all fixed-asset investment, not a key-project programme. */
const ALL_INVESTMENT = /固定资产投资/;
const PROGRAMME = /重点项目|实施/;
/**
 * The class's investment with its change against the year before (亿元以上项目N个，完成投资X亿元，增长A%): a
 * statistic of the class, as a statistics brief gives an aggregate's, even inside a key-project paragraph; a
 * programme's tally gives no growth (session 34, fix174).
 */
const WITH_GROWTH =
  /^(?:累计)?(?:完成)?投资\d+(?:\.\d+)?[亿万]元[,;](?:同比|比上年(?:同期)?)?(?:增长|下降)\d/;
/** How far ahead the figure's clause and the next are looked at for the class's growth. */
const LOOK_AHEAD = 40;

/** How far back the paragraph is looked at: a figure's clause and the sentences just before it. */
const LOOK_BACK = 400;

/**
 * The class's investment the bare subject stands for, named as the reports write it, or null.
 * `text` is the folded text, `clauseStart` where the figure's clause starts, `growth` whether the figure is a growth.
 */
export function countedClassInvestment(
  subject: string,
  text: string,
  clauseStart: number,
  growth = false,
): string | null {
  // 完成投资占全部投资的58.7%: the class's share of the whole, the whole no programme's.
  const [bare = '', whole = ''] = subject.split('占', 2);
  if (!BARE_INVESTMENT.test(bare) || PROGRAMME.test(whole)) return null;
  const window = text.slice(Math.max(0, clauseStart - LOOK_BACK), clauseStart);
  const lines = window.split('\n');
  const before = lines.at(-1) ?? '';
  // The paragraph, or the one or two lines above it (its heading: 二、固定资产投资降幅收窄), is about all
  // fixed-asset investment.
  const about = lines.slice(-3).join('\n');
  const match = COUNTED_CLASS.exec(before);
  // 实施N万元以上项目M个，完成投资X亿元: a programme's tally (a fact) unless the class's growth follows (实施…，完成投资
  // X亿元，增长A%: the class's statistic; session 35, fix212). The bound's figure is part of the name, never cut.
  const counted = match && (!match[1] || classGrowth(text, clauseStart)) ? match : null;
  if ((!ALL_INVESTMENT.test(about) || PROGRAMME.test(before)) && !(counted && classGrowth(text, clauseStart)))
    return null;
  // 亿元以上在建项目N个，累计完成投资X亿元: the projects under construction tallied with what they have spent, a
  // programme's figure (a fact); only their share of all investment (完成投资占全区投资的A%) is the class's,
  // and its growth (亿元以上在建项目N个，完成投资增长A%: the class's investment against the year before, as a
  // statistics brief gives an aggregate's; session 33, fix146), and its level when its growth follows
  // (亿元以上在建项目N个，完成投资X亿元，增长A%: the class's statistic, not a tally; session 35, fixleft35).
  // 施工项目 (the statistics' word for projects under construction) is 在建's (session 36, fixleft36).
  const underWay = counted?.[2]?.includes('在建') || counted?.[2]?.includes('施工');
  if (underWay && !whole && !growth && !classGrowth(text, clauseStart)) return null;
  return counted?.[2] ? `${counted[2]}完成投资` : null;
}

/** Whether the clause at `clauseStart` gives the class's investment and its growth (完成投资X亿元，增长A%). */
function classGrowth(text: string, clauseStart: number): boolean {
  const ahead = text.slice(clauseStart, clauseStart + LOOK_AHEAD);
  return ahead.includes('增长') || ahead.includes('下降') ? WITH_GROWTH.test(ahead) : false;
}
