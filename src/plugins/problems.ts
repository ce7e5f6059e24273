// The single place errors become responses: the error handler and the not-found handler both
// answer with application/problem+json, and 5xx details go to the log only.

import fp from 'fastify-plugin';
import { HttpProblem, sendProblem, toProblem } from '../http/problems.js';

export default fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => {
      const problem = toProblem(error, request);
      if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, problem);
    });

    app.setNotFoundHandler((request, reply) => {
      const problem = new HttpProblem(
        404,
        'not-found',
        `No route ${request.method} ${request.url.split('?')[0]}`,
      );
      return sendProblem(reply, toProblem(problem, request));
    });
  },
  { name: 'problems' },
);
