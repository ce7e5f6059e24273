// A qualifier in brackets after an indicator's name (固定资产投资（不含农户）, 固定资产投资（500万元以上项目）,
// 社会消费品零售总额（限额以上）): either the survey's coverage of the same indicator, said beside its
// name, or a narrower indicator written with its scope behind instead of in front. Data only: which
// qualifiers are which; catalogue.ts looks the name up through them.

/**
 * The coverage the statistics give an indicator's headline figure under: naming it changes nothing.
 * 不含农户 (and 含农户, 全社会): the national investment series since 2011 and all investment before;
 * 500万元以上(项目), from 2011, and 50万元以上, to 2010: the size threshold of the investment survey
 * itself, every project of the headline figure. Not 5000万元以上 or 亿元以上: those are a size class
 * of large projects, a part of investment of its own.
 */
const SAME_INDICATOR: readonly RegExp[] = [
  /^(?:不含|含)农户(?:,下同)?$/,
  /^全社会$/,
  /^(?:城镇)?(?:计划总投资)?50{1,2}万元(?:及)?以上(?:项目)?$/,
  // 一般公共预算收入（同口径）, （自然口径）: the caliber a revenue is counted on (with or without a
  // one-off or a tax refund of the year before), a table row's as the prose's 同口径增长 reads it.
  /^(?:按)?(?:同|自然|可比)口径(?:计算)?$/,
];

/**
 * Scopes that make another, narrower indicator: written in front of the name they are its own
 * catalogue name (限额以上社会消费品零售总额, 规模以上工业增加值), so the bracket is moved there.
 */
const NAMING_SCOPE = /^(?:限额以上|限上|规模以上|规上)$/;

/** A name ending in a bracketed qualifier, after normaliseName (brackets folded to ASCII). */
const TRAILING_QUALIFIER = /^(.{2,}?)\(([^()]{1,16})\)$/;

/**
 * The names to try for a name whose brackets hold a scope: the bare name for the same indicator's
 * coverage, the scope in front for a narrower one; none for any other bracket.
 */
export function scopedNames(key: string): string[] {
  const match = TRAILING_QUALIFIER.exec(key);
  const name = match?.[1];
  const qualifier = match?.[2];
  if (name === undefined || qualifier === undefined) return [];
  if (SAME_INDICATOR.some((scope) => scope.test(qualifier))) return [name];
  if (NAMING_SCOPE.test(qualifier)) return [`${qualifier}${name}`];
  return [];
}
