// What the server logs per request. Every request gets one JSON line at info, except answers the
// response cache replays (a cached 200 or a 304), which are counted and logged once a minute as a
// summary, and successful health probes; with LOG_LEVEL=debug (or trace) each of them gets its
// own line too, at debug.
//
// Why: a dashboard polling all day produces mostly such answers, identical but for the time.
// Writing a line for each cost about a quarter of the server's CPU per cached response
// (npm run bench, LOG_LEVEL info against warn) and ~250 bytes of log per request, for nothing an
// operator reads; misses, errors and slow requests still get their line.

import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Whether the answer came from memory before any handler (a replayed 200 or a 304 from the
     * response cache, an explorer file); decorated in app.ts, false until something sets it.
     */
    answeredFromCache: boolean;
  }
  interface FastifyContextConfig {
    /** A health probe (/health, /ready): its successful answers are logged at debug only. */
    probe?: boolean;
  }
}

/** How often the cached answers are summarised at info. */
export const CACHE_SUMMARY_INTERVAL_MS = 60_000;

/** Requests slower than this are logged even when the cache answered them. */
const SLOW_MS = 100;

export class RequestLog extends LogController {
  #replayed = 0;
  #notModified = 0;
  #since = Date.now();

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      super.requestCompleted(error, request, reply);
      return;
    }
    // Set by the response cache (plugins/response-cache.ts) when it answered without a handler.
    if (request.answeredFromCache) {
      if (reply.statusCode === 304) this.#notModified++;
      else this.#replayed++;
    }
    const quiet =
      (request.answeredFromCache && reply.elapsedTime < SLOW_MS) ||
      // An orchestrator probes every few seconds per replica: lines that say only "still alive".
      (request.routeOptions.config.probe === true && reply.statusCode < 400);
    if (!quiet) reply.log.info(lineOf(request, reply), 'request completed');
    else if (reply.log.level === 'debug' || reply.log.level === 'trace')
      reply.log.debug(lineOf(request, reply), 'request completed');
  }

  /** Logs how many answers came from the cache since the last summary; nothing if none did. */
  summarise(log: FastifyBaseLogger): void {
    const now = Date.now();
    if (this.#replayed + this.#notModified > 0) {
      log.info(
        {
          cached: this.#replayed,
          notModified: this.#notModified,
          seconds: Math.round((now - this.#since) / 1000),
        },
        'requests answered from the response cache',
      );
    }
    this.#replayed = 0;
    this.#notModified = 0;
    this.#since = now;
  }
}

function lineOf(request: FastifyRequest, reply: FastifyReply) {
  return {
    req: { method: request.method, url: request.url },
    res: { statusCode: reply.statusCode },
    responseTime: reply.elapsedTime,
  };
}
