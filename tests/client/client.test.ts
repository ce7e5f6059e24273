// Generates a typed client from the committed OpenAPI document, type-checks a small program that
// uses it, and runs that program against the app over real HTTP.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSeedApp } from '../helpers/app.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Under the project (so `openapi-fetch` resolves from its node_modules) but git-ignored.
const DIR = path.join(ROOT, '.tmp', `client-${process.pid}`);

const PROGRAM = `
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

export async function run(baseUrl: string) {
  // Lists also come as text/csv; pick the JSON types (application/json, application/problem+json).
  const client = createClient<paths, \`\${string}/\${string}json\`>({ baseUrl });
  const gdp = await client.GET('/v1/indicators/{key}', { params: { path: { key: '地区生产总值' } } });
  if (!gdp.data) throw new Error('no indicator');
  const name: string = gdp.data.name;
  const firstValue: number | null | undefined = gdp.data.reports[0]?.observations[0]?.value;
  const targets = await client.GET('/v1/targets', { params: { query: { indicator: 'gdp', limit: 1 } } });
  if (!targets.data) throw new Error('no targets');
  const next: string | null = targets.data.next;
  const missing = await client.GET('/v1/indicators/{key}', { params: { path: { key: 'no-such-indicator' } } });
  const detail: string | undefined = missing.error?.detail;
  return { name, firstValue, total: targets.data.total, next, detail, status: missing.response.status };
}
`;

/** The same calls with a wrong parameter name: must not type-check, or the types are not real. */
const WRONG = `
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';
const client = createClient<paths>({ baseUrl: 'http://localhost' });
void client.GET('/v1/indicators/{key}', { params: { path: { code: 'gdp' } } });
`;

function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const seed = useSeedApp();

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  const ast = await openapiTS(pathToFileURL(path.join(ROOT, 'openapi', 'openapi.json')));
  writeFileSync(path.join(DIR, 'schema.ts'), astToString(ast));
  writeFileSync(path.join(DIR, 'program.ts'), PROGRAM);
  writeFileSync(path.join(DIR, 'wrong.ts'), WRONG);
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('generated client', () => {
  it('names the component schemas', () => {
    const schema = ts.sys.readFile(path.join(DIR, 'schema.ts')) ?? '';
    for (const name of ['IndicatorDetail', 'Problem', 'Provenance', 'TargetPage'])
      expect(schema).toContain(`${name}: {`);
  });

  it('type-checks a program using it, and rejects a wrong one', () => {
    expect(typeCheck(path.join(DIR, 'program.ts'))).toEqual([]);
    expect(typeCheck(path.join(DIR, 'wrong.ts')).length).toBeGreaterThan(0);
  });

  it('calls the running server over HTTP', async () => {
    const address = await seed.app.listen({ host: '127.0.0.1', port: 0 });
    const { run } = (await import(pathToFileURL(path.join(DIR, 'program.ts')).href)) as {
      run: (baseUrl: string) => Promise<Record<string, unknown>>;
    };
    expect(await run(address)).toEqual({
      name: '地区生产总值',
      firstValue: expect.any(Number),
      total: expect.any(Number),
      next: expect.stringContaining('/v1/targets?'),
      detail: 'No indicator is known by "no-such-indicator"',
      status: 404,
    });
  });
});
