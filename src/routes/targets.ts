// /v1/targets: plan targets and guidance figures across reports, with attainment.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { TargetPage, TargetRow, targetListQuery } from '../http/schemas/observations.js';
import { sendPage } from '../http/send.js';
import { indicatorCodes } from './indicator-filter.js';

const targets: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/targets',
    {
      config: { cache: true },
      schema: {
        operationId: 'listTargets',
        tags: ['targets'],
        summary: 'List targets',
        description: 'Ordered by period, region, then document order.',
        querystring: targetListQuery,
        response: responses(TargetPage, 'One page of targets.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, indicator, ...filter } = request.query;
      const codes = indicatorCodes(app.repository, indicator);
      const page = app.repository.listTargets({ ...filter, codes }, { limit, offset: cursor });
      return sendPage(request, reply, page, TargetRow);
    },
  );
};

export default targets;
