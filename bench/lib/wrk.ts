// Drives a server with wrk (C, one thread pinned to its own core with taskset), the load generator
// the benchmarks prefer: it reads responses without parsing them in JavaScript, so it rarely sets
// the pace. A Lua `done` script prints the figures as one JSON line; `times` after wrk gives the
// CPU wrk used, to tell a client-paced run from a server-paced one.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpuTimeMs, outputOf, pinning, track } from './servers.js';
import type { LoadOptions, LoadSummary } from './summary.js';
import { parseWrkOutput, wrkScript } from './wrk-output.js';

/** Whether wrk is installed (on PATH). */
export function wrkAvailable(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

export async function runWrk(options: LoadOptions): Promise<LoadSummary> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-wrk-'));
  try {
    const script = path.join(dir, 'bench.lua');
    writeFileSync(script, wrkScript(options.headers, options.paths));
    const url = options.paths?.length ? new URL(options.paths[0] as string, options.url).href : options.url;
    const wrk = [
      'wrk',
      '-t1',
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      url,
    ].map((word) => `'${word.replaceAll("'", "'\\''")}'`);
    const pin = pinning();
    const command = `${pin ? `taskset -c ${pin.client} ` : ''}${wrk.join(' ')}; status=$?; times; exit $status`;
    const before = options.serverPid ? cpuTimeMs(options.serverPid) : Number.NaN;
    const stdout = await run(command);
    const summary = parseWrkOutput(stdout);
    return {
      ...summary,
      serverCpuMs: options.serverPid ? cpuTimeMs(options.serverPid) - before : Number.NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(command: string): Promise<string> {
  const { code, out, err } = await outputOf(
    track(spawn('sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] })),
  );
  if (code !== 0) throw new Error(`wrk failed (${code}): ${(err || out).slice(-2000)}`);
  return out;
}
