// The seed command's tests each run in a fresh temporary folder with the console's lines captured;
// both are undone after every test.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface SeedSandbox {
  /** The test's own temporary folder. */
  dir: string;
  /** Lines written with console.log. */
  out: string[];
  /** Lines written with console.error. */
  err: string[];
}

/** Registers the hooks; `take` receives each test's sandbox before the test runs. */
export function useSeedSandbox(prefix: string, take: (sandbox: SeedSandbox) => void): void {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    const sandbox: SeedSandbox = { dir, out: [], err: [] };
    vi.spyOn(console, 'log').mockImplementation((line: string) => sandbox.out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => sandbox.err.push(line));
    take(sandbox);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
}
