// A part year's forecast that says a goal will be met (预计全年甲增长9%左右，可完成年度目标): the part year's growth, short
// of the goal, does not decide it.
import type { Observation, Target } from './types.js';

/** …，可完成年度目标, 能够实现全年目标, 有望完成年度计划: right after the figure, the forecast's word that the goal is met. */
const WILL_MEET =
  /^[^,，;；。]{0,6}[,，]\s*(?:可|能|能够|可以|有望|预计可)(?:以)?(?:完成|实现)(?:年度|全年|年初)(?:预期)?(?:目标|计划|任务)/;
/** 预计全年, 预计…全年: the sentence forecasts the year (looked for a bounded way back, to its 。). */
const FORECAST = /预计/;
const LOOK_BACK = 300;

/** The indicators a forecast says will meet the year's goal. */
export function forecastMetIndicators(folded: string, observations: readonly Observation[]): Set<string> {
  const met = new Set<string>();
  for (const o of observations) {
    if (o.measure !== 'growth' && o.measure !== 'level') continue;
    const { start, end } = o.provenance;
    if (!WILL_MEET.test(folded.slice(end, end + 40))) continue;
    // The forecast's 预计 may open the sentence before the ；-parts the reader splits it into: back to its 。 at most.
    const back = folded.slice(Math.max(0, start - LOOK_BACK), start);
    if (FORECAST.test(back.slice(back.lastIndexOf('。') + 1))) met.add(o.indicatorCode);
  }
  return met;
}

/**
 * 预计全年规模以上工业增加值增长9%左右，可完成年度目标 in a 1—11月 page whose 8.9% trails the 9% goal: the goal is left
 * unjudged, not missed (fix382, F7664). Only a growth or level goal of the year judged missed is touched.
 */
export function withForecastVerdicts(targets: readonly Target[], met: ReadonlySet<string>): Target[] {
  if (met.size === 0) return [...targets];
  return targets.map((t) =>
    t.horizon === 'full-year' && t.attainment === 'missed' && met.has(t.indicatorCode)
      ? Object.assign({}, t, {
          attainment: 'unknown' as const,
          attainmentReason:
            "the year's forecast says the goal will be met; the part year's figure cannot decide it",
        })
      : t,
  );
}
