// /v1/regions: the places reports are about and the places above them, with what each has data for.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/problems.js';
import { responses } from '../http/schemas/common.js';
import {
  RegionDetail,
  RegionPage,
  RegionSummary,
  regionDetailQuery,
  regionListQuery,
  regionParams,
} from '../http/schemas/regions.js';
import { sendJson, sendPage } from '../http/send.js';

const regions: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/regions',
    {
      config: { cache: true },
      schema: {
        operationId: 'listRegions',
        tags: ['regions'],
        summary: 'List regions',
        description: 'Regions with reports and the regions above them, by name.',
        querystring: regionListQuery,
        response: responses(RegionPage, 'One page of regions.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, format: _format, ...filter } = request.query;
      return sendPage(
        request,
        reply,
        app.repository.listRegions(filter, { limit, offset: cursor }),
        RegionSummary,
      );
    },
  );

  app.get(
    '/v1/regions/:name',
    {
      config: { cache: true },
      schema: {
        operationId: 'getRegion',
        tags: ['regions'],
        summary: 'One region with its reports and indicators',
        params: regionParams,
        querystring: regionDetailQuery,
        response: responses(RegionDetail, 'The region.'),
      },
    },
    (request, reply) => {
      const region = app.repository.getRegion(request.params.name);
      if (!region) throw notFound(`No region named ${request.params.name}`);
      return sendJson(reply, region);
    },
  );
};

export default regions;
