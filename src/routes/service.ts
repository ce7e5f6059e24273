// /health and /ready: liveness of the process and readiness of the data.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../http/problems.js';
import { problem, responses } from '../http/schemas/common.js';
import { emptyQuery, Health, Readiness } from '../http/schemas/search.js';

const service: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { probe: true },
      schema: {
        operationId: 'getHealth',
        tags: ['service'],
        summary: 'Liveness: the process answers',
        querystring: emptyQuery,
        response: responses(Health, 'Alive.'),
      },
    },
    (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { probe: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['service'],
        summary: 'Readiness: the database is open and holds reports',
        querystring: emptyQuery,
        response: {
          ...responses(Readiness, 'Ready to serve.'),
          503: problem('The database holds no reports.'),
        },
      },
    },
    (_request, reply) => {
      const reports = app.repository.reportCount();
      if (reports === 0) throw new HttpProblem(503, 'not-ready', 'The database holds no reports yet.');
      const body = { status: 'ready' as const, reports, contentHash: app.repository.contentHash() };
      return reply.header('cache-control', 'no-store').send(body);
    },
  );
};

export default service;
