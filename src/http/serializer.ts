// Response serialization for handlers that send an object (the probes, and any uncached route):
// the route's zod schema checks the body, then JSON.stringify writes it.
//
// fastify-type-provider-zod's own serializerCompiler checks with zod's encode, the backward
// direction that codecs need. With zod 4.6 every encode leaves garbage in V8's old space: 5M calls
// on { status: 'ok' } cost 39 full collections against none for a forward parse of the same value
//. /health at a ninth of `npm run soak`'s traffic grew
// the old generation ~0.25 MB/s, so the soak's RSS verdict depended on whether V8's next full
// collection fell inside the window. Our response schemas are plain data (no codecs, transforms or
// defaults), for which both directions accept and return the same value, so this checks forward.

import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

type ZodSchema = Parameters<typeof safeParse>[0];

/** The zod schema Fastify hands over: the schema itself, or wrapped as { properties } by swagger. */
function resolveSchema(schema: unknown): ZodSchema {
  if (schema instanceof $ZodType) return schema;
  if (schema && typeof schema === 'object' && 'properties' in schema && schema.properties instanceof $ZodType)
    return schema.properties;
  throw new Error(`not a zod schema: ${JSON.stringify(schema)}`);
}

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url }) => {
  const zod = resolveSchema(schema);
  return (data) => {
    const result = safeParse(zod, data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
