// The load generator the benchmarks run: wrk when it is installed (pinned to its own core), else
// autocannon in a child process, saying which one ran. Also what every run's figures mean: who
// set the pace, server CPU per request, failures.

import { runCannon } from './cannon.js';
import { runWrk, wrkAvailable } from './wrk.js';

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

/**
 * What every request sends, to the real and the ceiling servers alike: a browser-like JSON client
 * that accepts compressed responses. It sends no If-None-Match, so every response is a full 200
 * (the expensive case; a revalidating browser would mostly get 304s).
 * BENCH_ACCEPT_ENCODING overrides the encoding ('' asks for identity bodies).
 */
const encoding = process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br';
export const REQUEST_HEADERS: Record<string, string> = {
  accept: 'application/json',
  'user-agent': 'bench',
  ...(encoding ? { 'accept-encoding': encoding } : {}),
};

let chosen: Generator | undefined;

/** wrk when installed, unless BENCH_GENERATOR=autocannon asks for the fallback. */
export function generator(): Generator {
  if (!chosen) {
    const wanted = process.env.BENCH_GENERATOR;
    chosen = wanted === 'autocannon' ? 'autocannon' : wrkAvailable() ? 'wrk' : 'autocannon';
    if (wanted === 'wrk' && chosen !== 'wrk') throw new Error('BENCH_GENERATOR=wrk but wrk is not installed');
  }
  return chosen;
}

/** One line for the top of a benchmark's output: which generator runs, and how to get wrk. */
export function describeGenerator(): string {
  if (generator() === 'wrk') return 'load generator: wrk (one thread)';
  return (
    'load generator: autocannon (FALLBACK: it parses every response in JavaScript and often sets the\n' +
    'pace itself; install wrk for honest figures: `apt-get install -y wrk` on Debian/Ubuntu,\n' +
    '`brew install wrk` on macOS)'
  );
}

export function runLoad(options: LoadOptions): Promise<LoadSummary> {
  return generator() === 'wrk' ? runWrk(options) : runCannon(options);
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
