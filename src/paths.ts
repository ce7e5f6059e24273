// Where the application's own files live, found from this module both under src/ (tsx) and
// dist/src/ (compiled), so commands work from any working directory.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'db', 'migrations')))
      return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the application root (package.json next to db/migrations)');
}

export const PROJECT_ROOT = findRoot();
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'db', 'migrations');
export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const DEFAULT_DB_FILE = path.join('db', 'indicators.sqlite');
