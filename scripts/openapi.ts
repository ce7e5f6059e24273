// Writes openapi/openapi.json and openapi/openapi.yaml from the app's routes. The document depends
// only on the code, so it is generated over an empty database in a temp dir and is deterministic;
// tests/openapi compares the committed files with a fresh generation.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { buildApp } from '../src/app.js';
import { openWritable } from '../src/db/client.js';

export const OPENAPI_DIR = fileURLToPath(new URL('../openapi/', import.meta.url));

export async function generateOpenApi(): Promise<{ json: string; yaml: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-openapi-'));
  try {
    const dbFile = path.join(dir, 'empty.sqlite');
    openWritable(dbFile).close();
    const app = await buildApp({ dbFile, logLevel: 'silent', rateLimit: false });
    try {
      const document = app.swagger();
      return {
        json: `${JSON.stringify(document, null, 2)}\n`,
        yaml: YAML.stringify(document, { lineWidth: 0 }),
      };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { json, yaml } = await generateOpenApi();
  mkdirSync(OPENAPI_DIR, { recursive: true });
  writeFileSync(path.join(OPENAPI_DIR, 'openapi.json'), json);
  writeFileSync(path.join(OPENAPI_DIR, 'openapi.yaml'), yaml);
  console.log(`wrote ${path.join(OPENAPI_DIR, 'openapi.json')} and openapi.yaml`);
}
