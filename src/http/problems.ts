// The one error shape: every 4xx and 5xx leaves as RFC 9457 application/problem+json built here.

import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ProblemBody } from './schemas/common.js';

const TYPE_PREFIX = 'urn:report-indicators:problem:';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

type Extras = Pick<ProblemBody, 'invalidParams' | 'suggestions'>;

/** An error a handler throws on purpose; its message is safe to show. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    message: string,
    readonly extras: Extras = {},
  ) {
    super(message);
  }
}

export const notFound = (detail: string, extras: Extras = {}) =>
  new HttpProblem(404, 'not-found', detail, extras);

const CONTEXT_TO_IN: Record<string, 'query' | 'path' | 'header'> = {
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

function validationProblem(error: FastifyError): HttpProblem {
  const where = CONTEXT_TO_IN[error.validationContext ?? 'querystring'] ?? 'query';
  const invalidParams = (error.validation ?? []).flatMap((issue) => {
    const keys = (issue.params as { keys?: unknown }).keys;
    // zod reports unknown query parameters as one issue listing them all; report each by name.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((name) => ({ in: where, name: String(name), reason: 'unknown parameter' }));
    }
    return [
      {
        in: where,
        name: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        reason: issue.message ?? 'invalid',
      },
    ];
  });
  const detail = invalidParams.map((p) => `${p.name || where}: ${p.reason}`).join('; ');
  return new HttpProblem(400, 'invalid-parameters', detail, { invalidParams });
}

function slugFor(status: number): string {
  return (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Maps anything thrown during a request to a problem; 5xx details stay in the log, not the body. */
export function toProblem(error: unknown, request: FastifyRequest): ProblemBody {
  let problem: HttpProblem;
  if (error instanceof HttpProblem) problem = error;
  else if (hasZodFastifySchemaValidationErrors(error)) problem = validationProblem(error as FastifyError);
  else {
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      problem = new HttpProblem(
        status,
        slugFor(status),
        (error as Error).message || (STATUS_CODES[status] ?? ''),
      );
    } else {
      const detail = `An unexpected error occurred; quote request id ${request.id} when reporting it.`;
      problem = new HttpProblem(500, 'internal', detail);
    }
  }
  return {
    type: `${TYPE_PREFIX}${problem.slug}`,
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.message,
    instance: request.url.length <= 2048 ? request.url : `${request.url.slice(0, 2048)}…`,
    requestId: String(request.id),
    ...problem.extras,
  };
}

export function sendProblem(reply: FastifyReply, problem: ProblemBody): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problem));
}
