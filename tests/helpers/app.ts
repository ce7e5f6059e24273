// A Fastify app over a fresh database (the seed's, or another a test builds), built once per test file.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { type AppConfig, buildApp } from '../../src/app.js';
import { buildSeedDb, type TempDb } from './seed-db.js';

export interface SeedApp {
  app: FastifyInstance;
  db: TempDb;
}

export function useSeedApp(config: Partial<AppConfig> = {}): SeedApp {
  return useApp(() => buildSeedDb(), config);
}

/** The same over the database `build` makes (a city of reports, say); `timeout` for slow builds. */
export function useApp(
  build: () => Promise<TempDb>,
  config: Partial<AppConfig> = {},
  timeout?: number,
): SeedApp {
  const context = {} as SeedApp;
  beforeAll(async () => {
    context.db = await build();
    context.app = await buildApp({
      dbFile: context.db.file,
      logLevel: 'silent',
      rateLimit: false,
      ...config,
    });
  }, timeout);
  afterAll(async () => {
    await context.app?.close();
    context.db?.cleanup();
  });
  return context;
}

/** Problem bodies carry the request id, which differs per request. */
export const anyRequestId = { requestId: expect.any(String) };
