// Alternating rounds: for every route, each target in turn gets a short run, and the rounds
// repeat, so neighbouring runs see the same conditions on a shared machine; comparisons use the
// median of per-round ratios.

import {
  clientBusy,
  cpuPerRequest,
  failures,
  type LoadSummary,
  type Pace,
  pace,
  REQUEST_HEADERS,
  runLoad,
  serverBusy,
} from './load.js';
import { fmt, median } from './report.js';
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

export interface Aggregate {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  statusCodes: Record<string, number>;
  /** Median server CPU per request, µs. */
  cpuPerRequest: number;
  /** Median share of a core the server was busy. */
  busy: number;
  /** Median share of a core the load generator was busy. */
  clientBusy: number;
  /** Who set the pace in most rounds. */
  pace: Pace;
}

/** The most frequent value (the first one seen on a tie). */
export function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let most = 0;
  for (const [v, n] of counts) {
    if (n > most) {
      best = v;
      most = n;
    }
  }
  return best;
}

export function aggregate(summaries: LoadSummary[]): Aggregate {
  const statusCodes: Record<string, number> = {};
  for (const s of summaries) {
    for (const [code, count] of Object.entries(s.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  return {
    rps: median(summaries.map((s) => s.rps)),
    p50: median(summaries.map((s) => s.p50)),
    p99: median(summaries.map((s) => s.p99)),
    failures: summaries.reduce((sum, s) => sum + failures(s), 0),
    statusCodes,
    cpuPerRequest: median(summaries.map(cpuPerRequest)),
    busy: median(summaries.map(serverBusy)),
    clientBusy: median(summaries.map(clientBusy)),
    pace: majority(summaries.map(pace)) ?? 'neither',
  };
}

/** Median over rounds of a/b, each round's runs taken side by side. */
export function ratioOf(
  a: LoadSummary[],
  b: LoadSummary[],
  figure: (s: LoadSummary) => number = (s) => s.rps,
) {
  return median(a.map((s, i) => figure(s) / (b[i] ? figure(b[i]) : Number.NaN)));
}

/**
 * The same comparison by server CPU per request (b's cost over a's): how many of a's requests
 * the server could answer, relative to b's, on the same CPU. It holds even when the load
 * generator rather than the server set the pace of a run.
 */
export function capacityRatioOf(a: LoadSummary[], b: LoadSummary[]): number {
  return median(a.map((s, i) => (b[i] ? cpuPerRequest(b[i]) : Number.NaN) / cpuPerRequest(s)));
}
