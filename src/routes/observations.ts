// /v1/observations: every observed value as a flat row across reports, for time series and neighbours side by side.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { ObservationPage, ObservationRow, observationListQuery } from '../http/schemas/observations.js';
import { sendPage } from '../http/send.js';
import { indicatorCodes } from './indicator-filter.js';

const observations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/observations',
    {
      config: { cache: true },
      schema: {
        operationId: 'listObservations',
        tags: ['observations'],
        summary: 'List observed values across reports',
        description:
          "One row per value a report gives (table or prose), with its region, parent region, period and provenance. Filter by indicator and region for a time series, by indicator, period and parentRegion for neighbours side by side. When several reports give a value for one key (indicator, region, period, measure) — a plan report, the review that repeats it, an analysis that revises it — only the latest-published report's rows are served unless vintages=all; asOf answers as of a past day, and revised says an earlier report gave another value.",
        querystring: observationListQuery,
        response: responses(ObservationPage, 'One page of observations.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, indicator, ...filter } = request.query;
      const codes = indicatorCodes(app.repository, indicator);
      const page = app.repository.listObservations({ ...filter, codes }, { limit, offset: cursor });
      return sendPage(request, reply, page, ObservationRow);
    },
  );
};

export default observations;
