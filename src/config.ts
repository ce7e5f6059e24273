// Configuration from the environment, validated once at start-up. Only server.ts and the CLI
// call this; the app itself takes a plain config object.

import { z } from 'zod';
import { DEFAULT_DB_FILE } from './paths.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** "60000" (milliseconds) or "1 minute", "30s", "2 hours" … as @fastify/rate-limit reads them. */
const duration = z
  .string()
  .trim()
  .regex(
    /^(\d+|\d+(\.\d+)?\s*(ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours))$/i,
    'must be milliseconds or a duration such as "1 minute"',
  )
  .transform((v) => (/^\d+$/.test(v) ? Number(v) : v));

const origins = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '*' || v === '') return '*' as const;
    const list = v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const origin of list) {
      if (!/^https?:\/\/[^\s/]+$/.test(origin)) {
        ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin like https://example.org` });
        return z.NEVER;
      }
    }
    return list;
  });

export const envSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DB_FILE: z.string().trim().min(1).default(DEFAULT_DB_FILE),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CORS_ORIGINS: origins.default('*'),
  RATE_LIMIT_MAX: integer(1, 10_000_000).default(600),
  RATE_LIMIT_WINDOW: duration.default(60_000),
  REQUEST_TIMEOUT_MS: integer(100, 600_000).default(10_000),
});

export type Env = z.output<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads the variables this service knows; empty strings count as unset. */
export function loadEnv(env: NodeJS.ProcessEnv): Env {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((key) => [key, env[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(known);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      `invalid ${name}=${JSON.stringify(env[name] ?? '')}: ${issue?.message ?? 'invalid value'}`,
    );
  }
  return result.data;
}
