// /v1/reports: the loaded reports and, per report, its section tree.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/problems.js';
import { responses } from '../http/schemas/common.js';
import {
  ReportDetail,
  ReportPage,
  ReportSummary,
  reportDetailQuery,
  reportListQuery,
  reportParams,
} from '../http/schemas/reports.js';
import { sendJson, sendPage } from '../http/send.js';

const reports: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/reports',
    {
      config: { cache: true },
      schema: {
        operationId: 'listReports',
        tags: ['reports'],
        summary: 'List loaded reports',
        description: 'Ordered by period (chronologically), then region.',
        querystring: reportListQuery,
        response: responses(ReportPage, 'One page of reports.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, ...filter } = request.query;
      return sendPage(
        request,
        reply,
        app.repository.listReports(filter, { limit, offset: cursor }),
        ReportSummary,
      );
    },
  );

  app.get(
    '/v1/reports/:reportId',
    {
      config: { cache: true },
      schema: {
        operationId: 'getReport',
        tags: ['reports'],
        summary: 'One report with its section tree',
        params: reportParams,
        querystring: reportDetailQuery,
        response: responses(ReportDetail, 'The report.'),
      },
    },
    (request, reply) => {
      const report = app.repository.getReport(request.params.reportId);
      if (!report) throw notFound(`No report with id ${request.params.reportId}`);
      return sendJson(reply, report);
    },
  );
};

export default reports;
