// /v1/rankings: ranks among neighbouring regions, from tables and prose.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { RankingPage, RankingRow, rankingListQuery } from '../http/schemas/observations.js';
import { sendPage } from '../http/send.js';
import { indicatorCodes } from './indicator-filter.js';

const rankings: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/rankings',
    {
      config: { cache: true },
      schema: {
        operationId: 'listRankings',
        tags: ['rankings'],
        summary: 'List rankings',
        description: '`scope` matches part of the scope; `maxRank=3` keeps the top three places.',
        querystring: rankingListQuery,
        response: responses(RankingPage, 'One page of rankings.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, indicator, ...filter } = request.query;
      const codes = indicatorCodes(app.repository, indicator);
      const page = app.repository.listRankings({ ...filter, codes }, { limit, offset: cursor });
      return sendPage(request, reply, page, RankingRow);
    },
  );
};

export default rankings;
