// The HTTP benchmark's verdict for one route, as a pure function of the measured figures.

import { fmt } from './report.js';

export interface RouteFigures {
  /** real rps / bare ceiling rps (median of per-round ratios). */
  toBare: number;
  /** real rps / production-plugins ceiling rps. */
  toProduction: number;
  /** real p99 / bare ceiling p99. */
  p99ToBare: number;
  /** The goal for toBare. */
  goal: number;
  p99Goal: number;
  failures: number;
  ceilingFailures: number;
}

/** Why a route misses its goals; empty when it meets them all. */
export function missedGoals(f: RouteFigures): string[] {
  return [
    f.toBare < f.goal ? `${fmt.ratio(f.toBare)} of bare Fastify < ${f.goal}` : '',
    // "Never below" the production ceiling, read as the median ratio rounding to at least 1.00.
    f.toProduction < 0.995 ? `below the production-plugins ceiling (${fmt.ratio(f.toProduction)})` : '',
    f.p99ToBare > f.p99Goal ? `p99 ${fmt.ratio(f.p99ToBare)} × bare Fastify's > ${f.p99Goal} ×` : '',
    f.failures > 0 ? `${f.failures} errors/non-2xx` : '',
    f.ceilingFailures > 0 ? `a ceiling had ${f.ceilingFailures} errors` : '',
  ].filter(Boolean);
}
