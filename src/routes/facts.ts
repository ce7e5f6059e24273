// /v1/facts: every figure in the prose, placed or not.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { Fact, FactPage, factListQuery } from '../http/schemas/observations.js';
import { sendPage } from '../http/send.js';

const facts: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/facts',
    {
      config: { cache: true },
      schema: {
        operationId: 'listFacts',
        tags: ['facts'],
        summary: 'List prose figures',
        description:
          '`q` matches part of the subject or the figure as written; `section` part of a section title.',
        querystring: factListQuery,
        response: responses(FactPage, 'One page of facts.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, ...filter } = request.query;
      return sendPage(request, reply, app.repository.listFacts(filter, { limit, offset: cursor }), Fact);
    },
  );
};

export default facts;
