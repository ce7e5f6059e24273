// Alternating rounds: for every route, each target in turn gets a short run, and the rounds
// repeat, so neighbouring runs see the same conditions on a shared machine; comparisons use the
// median of per-round ratios.

import { failures, type LoadSummary, REQUEST_HEADERS, runLoad } from './load.js';
import { fmt } from './report.js';
import type { BenchRoute } from './routes.js';

export interface Target {
  label: string;
  /** The URL to load for a route. */
  urlFor(route: BenchRoute): string;
  /** The server's process, whose CPU each run measures. */
  pid?: number;
}

export interface Settings {
  rounds: number;
  seconds: number;
  connections: number;
  warmupSeconds: number;
}

export function settingsFromEnv(): Settings {
  const num = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    rounds: num('BENCH_ROUNDS', 3),
    seconds: num('BENCH_SECONDS', 5),
    connections: num('BENCH_CONNECTIONS', 50),
    warmupSeconds: num('BENCH_WARMUP_SECONDS', 1),
  };
}

/** runs[route.name][target.label] = one summary per round. */
export type Runs = Record<string, Record<string, LoadSummary[]>>;

export async function alternate(routes: BenchRoute[], targets: Target[], settings: Settings): Promise<Runs> {
  const load = (target: Target, route: BenchRoute, seconds: number) =>
    runLoad({
      url: target.urlFor(route),
      seconds,
      connections: settings.connections,
      headers: REQUEST_HEADERS,
      ...(target.pid ? { serverPid: target.pid } : {}),
    });
  // Warm-up: lets V8 optimise the hot paths and fills response caches; not measured.
  for (const route of routes) for (const target of targets) await load(target, route, settings.warmupSeconds);

  const runs: Runs = {};
  for (let round = 1; round <= settings.rounds; round++) {
    for (const route of routes) {
      const line = [`round ${round}/${settings.rounds}`, route.name.padEnd(24)];
      // Each round starts with a different target, so none is always first after a route change.
      const order = targets.map((_, i) => targets[(i + round - 1) % targets.length] as Target);
      for (const target of order) {
        const summary = await load(target, route, settings.seconds);
        const byTarget = runs[route.name] ?? {};
        byTarget[target.label] = [...(byTarget[target.label] ?? []), summary];
        runs[route.name] = byTarget;
        const bad = failures(summary);
        line.push(`${target.label} ${fmt.rps(summary.rps).padStart(7)}${bad ? ` (${bad} FAILED)` : ''}`);
      }
      console.log(line.join('  '));
    }
  }
  return runs;
}

export { aggregate, capacityRatioOf, ratioOf } from './summary.js';
