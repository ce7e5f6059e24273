// /v1/reports: the loaded reports and, per report, its section tree.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/problems.js';
import { CACHE_CONTROL, matchesEtag } from '../http/response-cache.js';
import { responses, responsesAs } from '../http/schemas/common.js';
import {
  ReportDetail,
  ReportPage,
  ReportSummary,
  reportDetailQuery,
  reportListQuery,
  reportOriginal,
  reportParams,
  reportText,
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
      if (!report) throw noReport(request.params.reportId);
      return sendJson(reply, report);
    },
  );

  app.get(
    '/v1/reports/:reportId/text',
    {
      config: { cache: true },
      schema: {
        operationId: 'getReportText',
        tags: ['reports'],
        summary: 'The report as the text every provenance span indexes',
        description:
          'UTF-8 plain text. For a web page, a Word file or a PDF this is the text the loader read from it (tables one row per line, cells separated by tabs); every `provenance.start`/`end` is a UTF-16 offset into it.',
        params: reportParams,
        querystring: reportDetailQuery,
        response: responsesAs({ 'text/plain': reportText }, 'The text.'),
      },
    },
    (request, reply) => {
      const text = app.repository.reportText(request.params.reportId);
      if (text === null) throw noReport(request.params.reportId);
      return reply.sendCacheable(TEXT_TYPE, text);
    },
  );

  app.get(
    '/v1/reports/:reportId/original',
    {
      schema: {
        operationId: 'getReportOriginal',
        tags: ['reports'],
        summary: 'The original file the report was loaded from',
        description:
          "The bytes as loaded (a text file, a saved web page, a Word file or a PDF), with their media type; `ETag` is the file's sha256.",
        params: reportParams,
        querystring: reportDetailQuery,
        response: responsesAs({ '*/*': reportOriginal }, 'The file.'),
      },
    },
    (request, reply) => {
      const original = app.repository.reportOriginal(request.params.reportId);
      if (!original) throw noReport(request.params.reportId);
      const etag = `"sha256-${original.sha256}"`;
      reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
      const match = request.headers['if-none-match'];
      if (match && matchesEtag(match, etag)) return reply.code(304).send();
      return reply
        .type(original.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(original.sourceFile)}`)
        .send(original.bytes);
    },
  );
};

const TEXT_TYPE = 'text/plain; charset=utf-8';

const noReport = (id: string) => notFound(`No report with id ${id}`);

export default reports;
