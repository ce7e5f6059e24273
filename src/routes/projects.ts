// /v1/projects: named investment projects and, per project, every mention.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../http/problems.js';
import { responses } from '../http/schemas/common.js';
import {
  ProjectDetail,
  ProjectPage,
  ProjectSummary,
  projectDetailQuery,
  projectListQuery,
  projectParams,
} from '../http/schemas/projects.js';
import { sendJson, sendPage } from '../http/send.js';

const projects: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/projects',
    {
      config: { cache: true },
      schema: {
        operationId: 'listProjects',
        tags: ['projects'],
        summary: 'List investment projects',
        description: 'Sorted by planned investment, largest first, unless `sort` says otherwise.',
        querystring: projectListQuery,
        response: responses(ProjectPage, 'One page of projects.', { csv: true }),
      },
    },
    (request, reply) => {
      const { limit, cursor = 0, ...filter } = request.query;
      return sendPage(
        request,
        reply,
        app.repository.listProjects(filter, { limit, offset: cursor }),
        ProjectSummary,
      );
    },
  );

  app.get(
    '/v1/projects/:id',
    {
      config: { cache: true },
      schema: {
        operationId: 'getProject',
        tags: ['projects'],
        summary: 'One project with every mention',
        params: projectParams,
        querystring: projectDetailQuery,
        response: responses(ProjectDetail, 'The project.'),
      },
    },
    (request, reply) => {
      const project = app.repository.getProject(request.params.id);
      if (!project) throw notFound(`No project with id ${request.params.id}`);
      return sendJson(reply, project);
    },
  );
};

export default projects;
