// `npm run build` before a benchmark that times the production server: since the build bundles
// the server (scripts/bundle-server.ts), tsc alone (serverCommand's own build) would leave the
// unbundled modules in dist/ and time a start-up slower than `npm start`'s.

import { spawnSync } from 'node:child_process';
import { ROOT } from './servers.js';

/** Builds as `npm start` does, then tells serverCommand not to build again (BENCH_NO_BUILD=1). */
export function buildAsNpmStart(): void {
  if (process.env.BENCH_NO_BUILD === '1') return;
  process.stdout.write('npm run build (tsc, the explorer bundle, the server bundle) … ');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  console.log('ok');
  process.env.BENCH_NO_BUILD = '1';
}
