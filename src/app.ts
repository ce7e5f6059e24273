// Builds the Fastify application from a config object. It never listens: src/server.ts does, and
// tests use inject or listen on their own port.

import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type DestinationStream, pino } from 'pino';
import type { Env } from './config.js';
import { openReadOnly } from './db/client.js';
import explorer from './explorer/plugin.js';
import { HttpProblem, sendProblem, toProblem } from './http/problems.js';
import { CACHE_SUMMARY_INTERVAL_MS, RequestLog } from './http/request-log.js';
import { LazyRequestLogger } from './http/request-logger.js';
import { serializerCompiler } from './http/serializer.js';
import openapi from './plugins/openapi.js';
import problems from './plugins/problems.js';
import repository from './plugins/repository.js';
import responseCache from './plugins/response-cache.js';
import security from './plugins/security.js';
import facts from './routes/facts.js';
import flags from './routes/flags.js';
import indicators from './routes/indicators.js';
import observations from './routes/observations.js';
import projects from './routes/projects.js';
import rankings from './routes/rankings.js';
import regions from './routes/regions.js';
import reports from './routes/reports.js';
import search from './routes/search.js';
import service from './routes/service.js';
import targets from './routes/targets.js';

/** What every instance of this service runs with, whatever it serves. */
export interface BaseConfig {
  /** pino level; default 'info', tests pass 'silent'. */
  logLevel?: string;
  /** Allowed CORS origins; default every origin. */
  corsOrigins?: string[] | '*';
  /** Requests per window per client IP; false turns limiting off. Default 600 per minute. */
  rateLimit?: { max: number; timeWindow: string | number } | false;
  /** Longest a request may take before the server answers 408; default 10 s. */
  requestTimeoutMs?: number;
  /** Where log lines go; default stdout. Tests pass their own to read them. */
  logStream?: DestinationStream;
}

export interface AppConfig extends BaseConfig {
  dbFile: string;
}

/** The base configuration from the validated environment (src/server.ts and the benchmark's ceiling). */
export function baseConfigOf(env: Env): BaseConfig {
  return {
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    rateLimit: { max: env.RATE_LIMIT_MAX, timeWindow: env.RATE_LIMIT_WINDOW },
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  };
}

export const API_VERSION = '1.0.0';

/** Incoming request ids are echoed when they are short and plain; anything else gets a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const frameworkErrors: FastifyServerOptions['frameworkErrors'] = (error, request, reply) =>
  sendProblem(reply, toProblem(new HttpProblem(400, 'bad-request', error.message), request));

/**
 * The instance every deployment starts from: logging (with the request log's policy), request
 * ids, timeouts, the error shape, and the cross-cutting plugins (security headers, CORS, rate
 * limit, compression). buildApp adds the data and the routes; `npm run bench` builds its
 * production-plugins ceiling from this too, so the two cannot drift apart.
 */
export async function buildBaseApp(config: BaseConfig) {
  // A partial batch is written out twice a second by sonic-boom's own timer (flush without a
  // callback: a plain write). Our earlier timer called flushSync, which also fsyncs: with stdout on
  // a file that was 6% of a busy server's CPU, and a blocked event loop whenever the disk was slow.
  const stdout = config.logStream
    ? undefined
    : pino.destination({ dest: 1, sync: true, minLength: 4096, periodicFlush: 500 });
  const requestLog = new RequestLog();

  const app = Fastify({
    logger: {
      level: config.logLevel ?? 'info',
      // Synchronous writes in 4 KB batches: pino's default asynchronous stdout buffered lines in
      // memory without bound whenever the event loop outran the writes (RSS +23% over a 60 s soak);
      // a blocking write of at most 4 KB applies back-pressure instead, and batching costs ~15 lines
      // per system call rather than one.
      stream: config.logStream ?? stdout,
    },
    logController: requestLog,
    // Each request's child logger is built when something logs through it (http/request-logger.ts).
    childLoggerFactory: (logger, bindings, options) => new LazyRequestLogger(logger, bindings, options),
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    requestTimeout: config.requestTimeoutMs ?? 10_000,
    frameworkErrors,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
  }).withTypeProvider<ZodTypeProvider>();

  const summariseCache = setInterval(() => requestLog.summarise(app.log), CACHE_SUMMARY_INTERVAL_MS).unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(summariseCache);
    requestLog.summarise(app.log);
    stdout?.flushSync();
    done();
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Read by the request log; set by whatever answers from memory (the response cache, the explorer).
  app.decorateRequest('answeredFromCache', false);
  // Every response that has its own log line names it. Answers the response cache replays by
  // itself skip onSend; they carry the id only when the client sent one (plugins/response-cache.ts).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  await app.register(problems);
  await app.register(security, {
    corsOrigins: config.corsOrigins ?? '*',
    rateLimit: config.rateLimit ?? { max: 600, timeWindow: '1 minute' },
  });
  return app;
}

export async function buildApp(config: AppConfig): Promise<FastifyInstance> {
  // Throws DatabaseOpenError with a one-line reason when the file is missing or not ours.
  const connection = openReadOnly(config.dbFile);
  try {
    const app = await buildBaseApp(config);
    await app.register(repository, { connection });
    await app.register(responseCache, { contentHash: app.repository.contentHash() });
    await app.register(openapi, { version: API_VERSION });

    await app.register(service);
    await app.register(reports);
    await app.register(regions);
    await app.register(indicators);
    await app.register(observations);
    await app.register(targets);
    await app.register(rankings);
    await app.register(projects);
    await app.register(facts);
    await app.register(flags);
    await app.register(search);
    await app.register(explorer);
    await app.ready();
    return app;
  } catch (error) {
    connection.close();
    throw error;
  }
}
