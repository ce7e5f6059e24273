// The process entry point: reads the environment, makes sure the database exists, listens,
// and shuts down gracefully on SIGTERM/SIGINT (in-flight requests finish, then exit 0).

import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import { baseConfigOf, buildApp } from './app.js';
import { ConfigError, type Env, loadEnv } from './config.js';
import { DatabaseOpenError } from './db/client.js';

/** The database could not be built from the seeds. */
class BuildError extends Error {}

async function ensureDatabase(env: Env): Promise<void> {
  if (existsSync(env.DB_FILE)) return;
  // The loader and every format reader (PDF, Word, HTML, traditional Chinese) are imported only
  // when there is something to build: statically imported, they doubled the time to /ready.
  const [{ seedFiles }, { LoadError, loadReportFiles }] = await Promise.all([
    import('./cli/seed.js'),
    import('./db/loader.js'),
  ]);
  const files = seedFiles();
  console.error(`${env.DB_FILE} does not exist: building it from ${files.length} seed report(s)`);
  try {
    const result = await loadReportFiles(env.DB_FILE, files, { fresh: true });
    for (const warning of result.warnings) console.error(`${warning} (warning)`);
  } catch (error) {
    if (error instanceof LoadError) throw new BuildError(error.message);
    throw error;
  }
}

async function start(): Promise<void> {
  const env = loadEnv(process.env);
  await ensureDatabase(env);
  const app = await buildApp({ ...baseConfigOf(env), dbFile: env.DB_FILE });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });
  await app.listen({ host: env.HOST, port: env.PORT });
}

try {
  await start();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseOpenError) {
    console.error(`cannot start: ${error.message}`);
  } else if (error instanceof BuildError) {
    console.error(`cannot start: building the database failed:\n${error.message}`);
  } else {
    console.error(`cannot start: ${(error as Error).stack ?? String(error)}`);
  }
  process.exit(1);
}
