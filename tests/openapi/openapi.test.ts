// The committed OpenAPI files are what the app generates, pass a real linter, and describe every
// operation fully (id, tags, summary, a problem schema for each error status).

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES, generateClientTypes, generateOpenApi, OPENAPI_DIR } from '../../scripts/openapi.js';

const run = promisify(execFile);
const committed = (name: string) => readFileSync(path.join(OPENAPI_DIR, name), 'utf8');

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

describe('openapi/openapi.json', () => {
  it('is what `npm run openapi` generates (run it after changing a route)', async () => {
    const { json, yaml } = await generateOpenApi();
    expect(committed('openapi.json')).toBe(json);
    expect(committed('openapi.yaml')).toBe(yaml);
    // The explorer's types are generated from the document: they cannot drift from it either.
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(await generateClientTypes(json));
  });

  it('passes Redocly lint with no errors or warnings', async () => {
    const { stdout, stderr } = await run(
      'npx',
      ['redocly', 'lint', 'openapi/openapi.json', '--format', 'json'],
      {
        cwd: path.dirname(OPENAPI_DIR),
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        maxBuffer: 10 * 1024 * 1024,
      },
    ).catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: Record<string, number> };
    expect(report.totals, stderr).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('gives every operation an id, tags, a summary and a problem schema for every 4xx and 5xx', () => {
    const document = JSON.parse(committed('openapi.json')) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const ids = new Set<string>();
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${route}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(operation.operationId as string), where).toBe(false);
        ids.add(operation.operationId as string);
        expect(operation.tags?.length, where).toBeGreaterThan(0);
        expect(operation.summary, where).toBeTruthy();
        const errors = Object.keys(operation.responses).filter((status) => Number(status) >= 400);
        expect(errors, where).toEqual(expect.arrayContaining(['400', '404', '429', '500']));
        for (const status of errors) {
          const schema = operation.responses[status]?.content?.['application/problem+json']?.schema;
          expect(schema, `${where} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
        }
        // JSON for every resource; the report's text and original file are the only other bodies.
        const content = operation.responses['200']?.content ?? {};
        const types = route.startsWith('/v1/reports/{reportId}/')
          ? ['text/plain', '*/*']
          : ['application/json'];
        expect(
          Object.keys(content).filter((type) => type !== 'text/csv'),
          where,
        ).toEqual([expect.toBeOneOf(types)]);
        for (const [type, body] of Object.entries(content))
          expect(body.schema, `${where} ${type}`).toBeDefined();
      }
    }
  });
});
