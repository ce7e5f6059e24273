// The fallback load generator: autocannon in a separate process (cannon-worker.ts), so it never
// shares an event loop with the server or with the coordinating script.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { cpuTimeMs, outputOf, pinning, ROOT, track } from './servers.js';
import type { LoadOptions, LoadSummary } from './summary.js';

const WORKER = path.join(ROOT, 'bench', 'lib', 'cannon-worker.ts');

export async function runCannon(options: LoadOptions): Promise<LoadSummary> {
  const { serverPid, ...cannon } = options;
  const before = serverPid ? cpuTimeMs(serverPid) : Number.NaN;
  const summary = await spawnCannon(cannon);
  // Includes the worker's start-up and wind-down (well under a second) around the timed load.
  summary.serverCpuMs = serverPid ? cpuTimeMs(serverPid) - before : Number.NaN;
  return summary;
}

async function spawnCannon(options: Omit<LoadOptions, 'serverPid'>): Promise<LoadSummary> {
  const pin = pinning();
  const node = [process.execPath, '--import', 'tsx', WORKER, JSON.stringify(options)];
  const [program, ...args] = pin ? ['taskset', '-c', String(pin.client), ...node] : node;
  const child = track(spawn(program as string, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  const { code, out, err } = await outputOf(child);
  const line = out.trim().split('\n').at(-1);
  if (code !== 0 || !line) throw new Error(`autocannon failed (${code}): ${err.slice(-2000)}`);
  return JSON.parse(line) as LoadSummary;
}
