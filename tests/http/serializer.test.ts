// The response serializer: a body that fits the route's schema is written as JSON; one that does
// not is a 500 problem, never a half-checked body.

import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from '../../src/http/serializer.js';

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
const Body = z.object({ status: z.literal('ok'), count: z.number().int() });
app.get('/good', { schema: { response: { 200: Body } } }, () => ({ status: 'ok' as const, count: 3 }));
app.get(
  '/extra',
  { schema: { response: { 200: Body } } },
  () => ({ status: 'ok', count: 3, secret: 'x' }) as never,
);
app.get('/bad', { schema: { response: { 200: Body } } }, () => ({ status: 'ok', count: 1.5 }) as never);
app.get(
  '/content',
  { schema: { response: { 200: { description: 'ok', content: { 'application/json': { schema: Body } } } } } },
  () => ({ status: 'ok' as const, count: 4 }),
);
afterAll(() => app.close());

describe('serializerCompiler', () => {
  it('writes a body that fits the schema', async () => {
    expect((await app.inject('/good')).body).toBe('{"status":"ok","count":3}');
    expect((await app.inject('/content')).body).toBe('{"status":"ok","count":4}');
  });

  it('drops keys the schema does not name', async () => {
    expect((await app.inject('/extra')).json()).toEqual({ status: 'ok', count: 3 });
  });

  it('refuses a body that does not fit, as a server error', async () => {
    const response = await app.inject('/bad');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('1.5');
  });
});
