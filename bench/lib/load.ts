// The load generator the benchmarks run: wrk when it is installed (pinned to its own core), else
// autocannon in a child process, saying which one ran.

import { runCannon } from './cannon.js';
import type { Generator, LoadOptions, LoadSummary } from './summary.js';
import { runWrk, wrkAvailable } from './wrk.js';

export * from './summary.js';

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
