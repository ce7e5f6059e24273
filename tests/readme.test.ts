// Keeps the README true: every curl example runs against a real server, and the configuration
// table lists exactly the variables the service reads.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as seedMain } from '../src/cli/seed.js';
import { envSchema } from '../src/config.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { useSeedApp } from './helpers/app.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const curls = shellBlocks.flatMap((block) => block.split('\n').filter((line) => line.startsWith('curl ')));

/** Splits a command line into words, honouring single and double quotes (enough for the README). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const seed = useSeedApp();
let base = '';
beforeAll(async () => {
  base = await seed.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => undefined);

describe('README', () => {
  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every configuration variable', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('has curl examples', () => {
    expect(curls.length).toBeGreaterThanOrEqual(5);
  });

  // Every `npm run seed -- --db FILE …` example loads, into a scratch database instead of FILE.
  // URL examples are the loader's fetch path, tested against a local server in tests/cli/seed-url.
  const seeds = shellBlocks.flatMap((block) =>
    block.split('\n').filter((line) => line.startsWith('npm run seed -- ') && !line.includes('http')),
  );
  it('has seed examples for every format', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });
  for (const line of seeds) {
    it(`loads: ${line}`, async () => {
      const args = words(line.replace(/#.*$/, '')).slice(4); // after npm run seed --
      const at = args.indexOf('--db');
      expect(at).toBeGreaterThanOrEqual(0);
      const dir = mkdtempSync(path.join(tmpdir(), 'readme-seed-'));
      args[at + 1] = path.join(dir, 'x.sqlite');
      // Paths in the README are relative to the project root.
      for (const [i, arg] of args.entries())
        if (i !== at + 1 && !arg.startsWith('--')) args[i] = path.join(PROJECT_ROOT, arg);
      const errors: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const error = vi.spyOn(console, 'error').mockImplementation((text: string) => errors.push(text));
      try {
        expect(await seedMain(args, {}), errors.join('\n')).toBe(0);
      } finally {
        log.mockRestore();
        error.mockRestore();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  // Every `npm run coverage -- …` example runs and prints its totals (or JSON).
  const coverageLines = shellBlocks.flatMap((block) =>
    block.split('\n').filter((line) => line.startsWith('npm run coverage -- ')),
  );
  it('has coverage examples', () => {
    expect(coverageLines.length).toBeGreaterThan(0);
  });
  for (const line of coverageLines) {
    it(`runs: ${line}`, () => {
      const args = words(line.replace(/#.*$/, '')).slice(4);
      const out = execFileSync('npx', ['tsx', 'scripts/coverage.ts', ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      if (args.includes('--json')) expect(JSON.parse(out)).toBeInstanceOf(Array);
      // Its totals line; a refusal by design may be among the files (a town's summary in tests/accuracy, whose
      // region the model does not hold: docs/genres.md).
      else expect(out).toMatch(/\d+ files, \d+ refused; figures with a unit covered by a fact/);
      // A walk over every fixture (220 files, PDFs and Word files among them) in a child process: ~10 s of CPU,
      // longer on a busy machine; this test is about what it prints, not how fast.
    }, 120_000);
  }

  for (const line of curls) {
    it(`runs: ${line}`, async () => {
      const args = words(line).slice(1);
      const headers: Record<string, string> = {};
      let url = '';
      for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? '';
        if (arg === '-H') {
          const [name, ...value] = (args[++i] ?? '').split(':');
          headers[name?.trim().toLowerCase() ?? ''] = value.join(':').trim();
        } else if (arg.startsWith('http://127.0.0.1:3000')) {
          url = arg.replace('http://127.0.0.1:3000', base);
        } else if (arg !== '-s' && arg !== '#') {
          throw new Error(`the README test does not know curl option ${arg}`);
        }
      }
      const response = await fetch(url, { headers });
      expect(response.status, await response.clone().text()).toBe(200);
      const body = await response.text();
      expect(body.length).toBeGreaterThan(10);
      if (headers.accept === 'text/csv' || url.includes('format=csv')) {
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      } else if (url.endsWith('/text')) {
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      } else {
        expect(response.headers.get('content-type')).toMatch(/json/);
      }
    });
  }
});
