// The process as users run it: configuration errors, database creation, SIGTERM.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function waitForListening(r: Run): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(r.stdout());
    if (match?.[1]) return match[1];
    if (r.child.exitCode !== null) throw new Error(`server exited: ${r.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start: ${r.stdout()} ${r.stderr()}`);
}

describe('server process', () => {
  it('stops with a one-line message naming a bad variable', async () => {
    const r = run({ PORT: 'eighty', DB_FILE: path.join(dir, 'none.sqlite') });
    expect(await r.exit).toBe(1);
    expect(r.stderr().trim()).toMatch(/^cannot start: invalid PORT="eighty": /);
    expect(r.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('stops with a clear message when the database file is not a database', async () => {
    const bad = path.join(dir, 'corrupt.sqlite');
    writeFileSync(bad, 'this is not sqlite at all, just text that goes on for a while'.repeat(100));
    const r = run({ PORT: '0', DB_FILE: bad });
    expect(await r.exit).toBe(1);
    expect(r.stderr()).toMatch(/^cannot start: .*corrupt\.sqlite/);
    expect(r.stderr()).not.toMatch(/\n\s+at /);
  });

  it('builds a missing database from seeds/, serves it and exits 0 on SIGTERM', async () => {
    const dbFile = path.join(dir, 'fresh.sqlite');
    const r = run({ PORT: '0', HOST: '127.0.0.1', DB_FILE: dbFile });
    const base = await waitForListening(r);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const gdp = await fetch(`${base}/v1/indicators/gdp`);
    expect(gdp.status).toBe(200);
    r.child.kill('SIGTERM');
    expect(await r.exit).toBe(0);
    // Log lines are written in batches; shutting down writes out the last one.
    expect(r.stdout()).toMatch(/"reqId":"[^"]+","req":\{"method":"GET","url":"\/v1\/indicators\/gdp"\}/);
    expect(r.stdout()).toMatch(/shutting down/);
  });
});
