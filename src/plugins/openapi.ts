// The OpenAPI document, generated from the routes' zod schemas, served at /openapi.json with an
// interactive reference at /docs.

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { responses } from '../http/schemas/common.js';
import { JSON_TYPE } from '../http/send.js';
import { DOCUMENT_HEADERS } from './security-headers.js';

type Json = Record<string, unknown>;

/** Names of the component schemas a value references, directly or through other components. */
function referencedSchemas(document: Json): Set<string> {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
          const name = child.slice('#/components/schemas/'.length);
          if (!seen.has(name)) {
            seen.add(name);
            visit(schemas[name]);
          }
        } else visit(child);
      }
    }
  };
  visit(document.paths);
  return seen;
}

/**
 * The zod transform emits every registered schema twice (input and output variants); keep only
 * what the paths use, and drop the empty content map of 304 responses (they have no body).
 */
function tidy(document: Json): Json {
  const used = referencedSchemas(document);
  const components = document.components as Json;
  const schemas = (components.schemas ?? {}) as Record<string, unknown>;
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  for (const item of Object.values(document.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(item)) {
      const notModified = (operation.responses as Record<string, Json> | undefined)?.['304'];
      if (notModified) delete notModified.content;
    }
  }
  return document;
}

export const API_TAGS = [
  { name: 'reports', description: 'Loaded reports and their section trees.' },
  { name: 'regions', description: 'Regions, their parents, reports and indicators.' },
  { name: 'indicators', description: 'Indicators and their values, targets and ranks per report.' },
  { name: 'observations', description: 'Observed values as rows across reports.' },
  { name: 'targets', description: 'Plan targets and guidance figures, with attainment.' },
  { name: 'rankings', description: 'Ranks among neighbouring regions.' },
  { name: 'projects', description: 'Named investment projects.' },
  { name: 'facts', description: 'Every figure in the prose.' },
  { name: 'flags', description: 'Places where reports contradict themselves or each other.' },
  { name: 'search', description: 'Full-text search over the report sentences.' },
  { name: 'service', description: 'Liveness, readiness and this document.' },
];

export default fp(
  async (app, options: { version: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Report indicators API',
          version: options.version,
          description:
            'Read-only access to Chinese local-government plan execution reports: indicators, targets, rankings, projects and every figure, each with its provenance in the source text.\n\nLists take `limit` (1–500, default 50) and an opaque `cursor`; the body gives `total` and the `next` page (also sent as `Link: <…>; rel="next"`). Every list is also CSV with `format=csv` or `Accept: text/csv`. Errors are RFC 9457 `application/problem+json`.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        servers: [{ url: '/' }],
        tags: API_TAGS,
      },
      transform: jsonSchemaTransform,
      transformObject: (document) =>
        tidy(jsonSchemaTransformObject(document) as Json) as ReturnType<typeof jsonSchemaTransformObject>,
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { validatorUrl: null, deepLinking: true },
      // Swagger UI's own page policy for its HTML and assets (the API's is default-src 'none').
      staticCSP: true,
      // These are HTML pages: they get helmet's document headers, which API responses go without.
      uiHooks: {
        onRequest: (_request, reply, done) => {
          reply.headers(DOCUMENT_HEADERS);
          done();
        },
      },
    });

    let document: string | undefined;
    app.get(
      '/openapi.json',
      {
        config: { cache: true },
        schema: {
          operationId: 'getOpenApiDocument',
          tags: ['service'],
          summary: 'This OpenAPI document',
          querystring: z.object({}).strict(),
          response: responses(z.record(z.string(), z.unknown()), 'The OpenAPI 3.1 document.'),
        },
      },
      (_request, reply) => {
        document ??= JSON.stringify(app.swagger());
        return reply.sendCacheable(JSON_TYPE, document);
      },
    );
  },
  { name: 'openapi' },
);
