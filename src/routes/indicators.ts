// /v1/indicators: the indicator list and one indicator's values, targets and ranks across reports.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/problems.js';
import { responses } from '../http/schemas/common.js';
import {
  IndicatorComparison,
  IndicatorDetail,
  IndicatorPage,
  IndicatorSummary,
  indicatorCompareQuery,
  indicatorDetailQuery,
  indicatorListQuery,
  indicatorParams,
} from '../http/schemas/indicators.js';
import { pageUrl, sendJson, sendPage } from '../http/send.js';

const indicators: FastifyPluginAsyncZod = async (app) => {
  /** 404 with up to five names the key is close to. */
  const unknownIndicator = (key: string) =>
    notFound(`No indicator is known by ${JSON.stringify(key)}`, {
      suggestions: app.repository.suggestIndicators(key),
    });
  /** The code a key (code, name as written, alias) names; throws the 404 when none. */
  const codeOf = (key: string): string => {
    const code = app.repository.resolveIndicator(key);
    if (code === null) throw unknownIndicator(key);
    return code;
  };

  app.get(
    '/v1/indicators',
    {
      config: { cache: true },
      schema: {
        operationId: 'listIndicators',
        tags: ['indicators'],
        summary: 'List indicators',
        description:
          '`q` matches codes, Chinese and English names and aliases (width, spaces and case ignored). ' +
          '`region`, `period` and `report` keep indicators the matching reports give a value or target for.',
        querystring: indicatorListQuery,
        response: responses(IndicatorPage, 'One page of indicators.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, format: _format, ...filter } = request.query;
      const page = app.repository.listIndicators(filter, { limit, offset: cursor });
      return sendPage(request, reply, page, IndicatorSummary);
    },
  );

  app.get(
    '/v1/indicators/:key',
    {
      config: { cache: true },
      schema: {
        operationId: 'getIndicator',
        tags: ['indicators'],
        summary: 'One indicator across reports',
        description:
          'The key is a code, a name as written (with or without a unit in brackets) or an alias, ' +
          'compared after folding width and spaces. Reports are ordered by period, so one region reads as a time series. ' +
          'An unknown key gives 404 with up to five `suggestions`.',
        params: indicatorParams,
        querystring: indicatorDetailQuery,
        response: responses(IndicatorDetail, 'The indicator and what each report says about it.'),
      },
    },
    (request, reply) => {
      const indicator = app.repository.getIndicator(codeOf(request.params.key), request.query);
      if (!indicator) throw unknownIndicator(request.params.key);
      const { limit, ...filter } = request.query;
      const { observationsTotal, targetsTotal, rankingsTotal, reports, ...fields } = indicator;
      const next =
        observationsTotal > limit
          ? pageUrl(
              `/v1/observations?${new URLSearchParams({ indicator: indicator.code, ...filter, sort: '-period', vintages: 'all', limit: String(limit) })}`,
              limit,
            )
          : null;
      return sendJson(reply, { ...fields, observationsTotal, targetsTotal, rankingsTotal, next, reports });
    },
  );

  app.get(
    '/v1/indicators/:key/compare',
    {
      config: { cache: true },
      schema: {
        operationId: 'compareIndicator',
        tags: ['indicators'],
        summary: 'Neighbouring regions side by side for one period',
        description:
          "One row per region with a report for the period (under `parentRegion` when given): its value (the table's, else the prose's first), its targets and attainment, the rank its report claims, the rank computed from the values loaded, and `rankContradiction` when the claim cannot be true given them.",
        params: indicatorParams,
        querystring: indicatorCompareQuery,
        response: responses(IndicatorComparison, 'The regions, best first.'),
      },
    },
    (request, reply) => {
      const code = codeOf(request.params.key);
      const indicator = app.repository.indicatorInfo(code);
      if (!indicator) throw unknownIndicator(request.params.key);
      const { period, parentRegion, measure } = request.query;
      const { siblingsLoaded, items } = app.repository.compareSiblings({
        code,
        period,
        parentRegion,
        measure,
        direction: indicator.direction,
      });
      return sendJson(reply, {
        indicator,
        period,
        parentRegion: parentRegion ?? null,
        measure,
        siblingsLoaded,
        items,
      });
    },
  );
};

export default indicators;
