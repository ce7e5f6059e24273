// A Fastify app over a fresh seed database, built once per test file.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { type AppConfig, buildApp } from '../../src/app.js';
import { buildSeedDb, type TempDb } from './seed-db.js';

export interface SeedApp {
  app: FastifyInstance;
  db: TempDb;
}

export function useSeedApp(config: Partial<AppConfig> = {}): SeedApp {
  const context = {} as SeedApp;
  beforeAll(async () => {
    context.db = await buildSeedDb();
    context.app = await buildApp({
      dbFile: context.db.file,
      logLevel: 'silent',
      rateLimit: false,
      ...config,
    });
  });
  afterAll(async () => {
    await context.app?.close();
    context.db?.cleanup();
  });
  return context;
}

/** Problem bodies carry the request id, which differs per request. */
export const anyRequestId = { requestId: expect.any(String) };
