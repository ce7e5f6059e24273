// /v1/flags: places where the loaded reports contradict themselves or each other.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { Flag, FlagPage, flagListQuery } from '../http/schemas/flags.js';
import { sendPage } from '../http/send.js';

const flags: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/flags',
    {
      config: { cache: true },
      schema: {
        operationId: 'listFlags',
        tags: ['flags'],
        summary: 'List consistency flags',
        description:
          "Each flag names two places that disagree: a table and the prose of one report, one quantity stated twice, a growth rate and last year's level, a claimed rank and the siblings' values, a share of the plan and the target. Computed when reports are loaded, over every report.",
        querystring: flagListQuery,
        response: responses(FlagPage, 'One page of flags.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, ...filter } = request.query;
      return sendPage(request, reply, app.repository.listFlags(filter, { limit, offset: cursor }), Flag);
    },
  );
};

export default flags;
