// A table's level that the prose states again in another unit of the same kind (1—N月完成（万元） M
// beside the prose's 地区生产总值X亿元): one quantity written twice, read once, as the prose gives it.
// The two agree to the rounding of the less precise one (A.BCD亿元 is A.BC亿元 to its two places).

import type { Observation } from './types.js';

/** Half the last written place of the first number in a text: A.BC亿元 → 0.005, N,NNN,NNN → 0.5. */
function halfStep(text: string): number | null {
  const written = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  return written ? 0.5 * 10 ** -(written[1]?.length ?? 0) : null;
}

/**
 * Kilograms per base unit of weight: a grain table in 万吨 beside the prose's 亿斤 (the grain regions weigh
 * the harvest in 斤, the statistical tables in 吨) writes one harvest twice.
 */
const KILOGRAMS: Readonly<Record<string, number>> = { 吨: 1000, 公斤: 1, 千克: 1, 斤: 0.5 };

/** Whether `a` written in `b`'s unit rounds to `b`'s figure, or the other way round. */
function sameQuantity(a: Observation, b: Observation): boolean {
  const qa = a.quantity;
  const qb = b.quantity;
  if (!qa || !qb || qa.unit === qb.unit) return false;
  const aKg = KILOGRAMS[qa.baseUnit];
  const bKg = KILOGRAMS[qb.baseUnit];
  // The ratio of a's base unit to b's: 1 within one base unit, a weight's across two.
  const ratio = qa.baseUnit === qb.baseUnit ? 1 : aKg !== undefined && bKg !== undefined ? aKg / bKg : null;
  if (ratio === null) return false;
  if (qa.value === 0 || qb.value === 0) return false;
  const aStep = halfStep(qa.raw);
  const bStep = halfStep(qb.raw);
  if (aStep === null || bStep === null) return false;
  // valueBase / (valueBase per written unit) is the figure in the other's unit.
  const aInB = (qa.valueBase * ratio) / (qb.valueBase / qb.value);
  const bInA = qb.valueBase / ratio / (qa.valueBase / qa.value);
  return Math.abs(aInB - qb.value) <= bStep + 1e-9 || Math.abs(bInA - qa.value) <= aStep + 1e-9;
}

/** The table's observations without the levels the prose states again in another unit. */
export function withoutProseRestated(
  table: readonly Observation[],
  prose: readonly Observation[],
): Observation[] {
  return table.filter(
    (t) =>
      t.measure !== 'level' ||
      !t.quantity ||
      !prose.some(
        (p) =>
          p.measure === 'level' &&
          p.indicatorCode === t.indicatorCode &&
          p.period === t.period &&
          sameQuantity(t, p),
      ),
  );
}

/** 甲行业产值, 乙产业增加值, 丙行业: the prose's name of an industry a table's row names bare (甲). */
const INDUSTRY_WORDS = /^(.{2,16}?)(?:行业|产业)(?:产值|总产值|增加值)?$/;

/**
 * 种植业产值, 畜牧业产值: a farm branch the prose names with its 产值 and a 公报's table row names bare (种植业),
 * the branches of 农林牧渔业总产值 (F6881, fix341). Only a name ending in 业 before the 产值: a sector's 增加值 beside
 * a GDP table's row (其他服务业增加值) keeps the prose's name, as lixi's answers give it.
 */
const BRANCH_OUTPUT = /^(.{1,12}业)(?:产值|总产值)$/;

/** The bare row names the prose's name may restate: 甲行业产值 → 甲, 种植业产值 → 种植业. */
function rowNamesOf(name: string): string[] {
  const names: string[] = [];
  const industry = INDUSTRY_WORDS.exec(name)?.[1];
  if (industry) names.push(industry);
  const branch = BRANCH_OUTPUT.exec(name)?.[1];
  if (branch) names.push(branch);
  return names;
}

/**
 * The prose's observations without those restating a table row's (甲行业产值A亿元，增长B% beside 表1's row 甲 with
 * A and B): one industry's figure written twice, read once under the row's name (fix219; item 20). Only a name the
 * catalogue does not list, the same measure, period, value and unit.
 */
export function withoutRowRestated(
  prose: readonly Observation[],
  table: readonly Observation[],
): Observation[] {
  const rows = new Set<string>();
  for (const t of table)
    if (t.indicatorCode.startsWith('x-')) {
      const rest = `|${t.period ?? ''}|${t.quantity?.value}|${t.quantity?.unit}`;
      rows.add(`${t.indicatorName}|${t.measure}${rest}`);
      // 研发经费支出占地区生产总值比重 1.32 (a rate in the row) and the prose's …比重为1.32% (a share): one figure (F8647).
      if (t.measure === 'rate' && t.indicatorName.endsWith('比重'))
        rows.add(`${t.indicatorName}|share${rest}`);
    }
  if (rows.size === 0) return [...prose];
  return prose.filter((p) => {
    const name = p.indicatorName;
    if (!p.quantity || !name) return true;
    const key = `|${p.measure}|${p.period ?? ''}|${p.quantity.value}|${p.quantity.unit}`;
    if (p.measure === 'share' && name.endsWith('比重') && rows.has(`${name}${key}`)) return false;
    return !rowNamesOf(name).some((row) => rows.has(`${row}${key}`));
  });
}
