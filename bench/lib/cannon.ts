// Drives a server with autocannon in a separate process (cannon-worker.ts), so the load generator
// never shares an event loop with the server or with this script.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { cpuTimeMs, ROOT, track } from './servers.js';

export interface CannonOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** Paths requested in turn on every connection instead of the URL's own path. */
  paths?: string[];
  /** The server's process, to measure the CPU it spends on the run. */
  serverPid?: number;
}

export interface CannonSummary {
  rps: number;
  /** Latency percentiles in ms (autocannon records whole milliseconds). */
  p50: number;
  p99: number;
  max: number;
  requests: number;
  bytesPerResponse: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU the load generator used during the run, ms. */
  loadCpuMs: number;
  /** CPU the server process used during the run, ms (NaN when its pid is unknown). */
  serverCpuMs: number;
}

const WORKER = path.join(ROOT, 'bench', 'lib', 'cannon-worker.ts');

/**
 * What every request sends, to the real and the ceiling server alike: a browser-like JSON client
 * that accepts compressed responses. It sends no If-None-Match, so every response is a full 200
 * (the expensive case; a revalidating browser would mostly get 304s).
 * BENCH_ACCEPT_ENCODING overrides the encoding ('' asks for identity bodies).
 */
const encoding = process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br';
export const REQUEST_HEADERS: Record<string, string> = {
  accept: 'application/json',
  'user-agent': 'bench (autocannon)',
  ...(encoding ? { 'accept-encoding': encoding } : {}),
};

export async function runCannon(options: CannonOptions): Promise<CannonSummary> {
  const { serverPid, ...cannon } = options;
  const before = serverPid ? cpuTimeMs(serverPid) : Number.NaN;
  const summary = await spawnCannon(cannon);
  // Includes the worker's start-up and wind-down (well under a second) around the timed load.
  summary.serverCpuMs = serverPid ? cpuTimeMs(serverPid) - before : Number.NaN;
  return summary;
}

function spawnCannon(options: CannonOptions): Promise<CannonSummary> {
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(options)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1);
      if (code !== 0 || !line) reject(new Error(`autocannon failed (${code}): ${err.slice(-2000)}`));
      else resolve(JSON.parse(line) as CannonSummary);
    });
  });
}

/** Share of one core the server was busy during the run (CPU time over wall time). */
export function serverBusy(summary: CannonSummary, seconds: number): number {
  return summary.serverCpuMs / (seconds * 1000);
}

/** Server CPU per request, µs: what a request costs the server whatever the client managed. */
export function cpuPerRequest(summary: CannonSummary): number {
  return (summary.serverCpuMs * 1000) / summary.requests;
}

/**
 * The load generator, not the server, set the pace: autocannon used nearly a core while the
 * server had time to spare. Its rps then measures the client (e.g. parsing big bodies in JS).
 */
export function clientBound(summary: CannonSummary, seconds: number): boolean {
  return summary.loadCpuMs / (seconds * 1000) > 0.9 && serverBusy(summary, seconds) < 0.75;
}

/** Errors of any kind in a run: socket errors, timeouts and non-2xx answers. */
export function failures(summary: CannonSummary): number {
  return summary.errors + summary.timeouts + summary.non2xx;
}
