// /v1/search: full-text search over report sentences, with snippets and provenance.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { responses } from '../http/schemas/common.js';
import { SearchHit, SearchPage, searchQuery } from '../http/schemas/search.js';
import { sendPage } from '../http/send.js';

const search: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/search',
    {
      config: { cache: true },
      schema: {
        operationId: 'searchSentences',
        tags: ['search'],
        summary: 'Search report sentences',
        description:
          'Finds sentences containing `q` as written (case-insensitive for Latin letters). Any characters are ' +
          'searched for literally, including FTS syntax such as quotes, `*`, `NEAR(` or `AND`. Queries of three or more ' +
          'characters are ranked by relevance; shorter ones come in document order.',
        querystring: searchQuery,
        response: responses(SearchPage, 'One page of matching sentences.', { csv: true }),
      },
    },
    (request, reply) => {
      const { q, limit, cursor = 0, ...filter } = request.query;
      return sendPage(request, reply, app.repository.search(q, filter, { limit, offset: cursor }), SearchHit);
    },
  );
};

export default search;
