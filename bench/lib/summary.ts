// What a load run measured and what the figures mean: who set the pace, server CPU per request,
// failures, medians over rounds. Pure, so the verdicts can be tested without running anything.

import { median } from './report.js';

export type Generator = 'wrk' | 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Paths requested in turn on every connection instead of the URL's own path. */
  paths?: string[];
  /** The server's process, to measure the CPU it spends on the run. */
  serverPid?: number;
}

export interface LoadSummary {
  generator: Generator;
  rps: number;
  /** Latency percentiles in ms (autocannon records whole milliseconds, wrk microseconds). */
  p50: number;
  p99: number;
  max: number;
  requests: number;
  /** How long the load ran, s. */
  seconds: number;
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  /** Answers that were not 2xx (wrk: status ≥ 400, which it does not break down by code). */
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU the load generator used during the run, ms. */
  loadCpuMs: number;
  /** CPU the server process used during the run, ms (NaN when its pid is unknown). */
  serverCpuMs: number;
}

/** Share of one core the server was busy during the run (CPU time over wall time). */
export function serverBusy(summary: LoadSummary): number {
  return summary.serverCpuMs / (summary.seconds * 1000);
}

/** Share of one core the load generator used during the run. */
export function clientBusy(summary: LoadSummary): number {
  return summary.loadCpuMs / (summary.seconds * 1000);
}

/** Server CPU per request, µs: what a request costs the server whatever the client managed. */
export function cpuPerRequest(summary: LoadSummary): number {
  return (summary.serverCpuMs * 1000) / summary.requests;
}

export type Pace = 'server' | 'client' | 'neither';

/**
 * Who set the pace of a run: the server when it used (nearly) its whole core; the client when the
 * load generator did while the server had time to spare (its rps then measures the client);
 * neither when both idled part of the time (other processes took the CPU, or latency, not CPU,
 * was the limit).
 */
export function paceOf(client: number, server: number): Pace {
  if (server >= 0.85) return 'server';
  if (client >= 0.85) return 'client';
  return 'neither';
}

export function pace(summary: LoadSummary): Pace {
  return paceOf(clientBusy(summary), serverBusy(summary));
}

/** Errors of any kind in a run: socket errors, timeouts and non-2xx answers. */
export function failures(summary: LoadSummary): number {
  return summary.errors + summary.timeouts + summary.non2xx;
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
