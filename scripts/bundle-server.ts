// `npm run build`'s last step: replaces dist/src/server.js (tsc's output) with one file holding the
// server and everything it imports at start-up. Node 20 resolving, reading and compiling ~1,000
// modules one by one (and reading their package.json files) was most of the time to /ready; one file
// cut the start-up's CPU by about a third. The entry keeps its path, so `npm start`, the Docker image
// and the benchmarks run it unchanged, and its lazy imports (the loader, the seeds) still find tsc's
// output beside it.

import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/paths.js';

const entry = path.join(PROJECT_ROOT, 'src', 'server.ts');
const outfile = path.join(PROJECT_ROOT, 'dist', 'src', 'server.js');

const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Whitespace and syntax only: identifiers keep their names for stack traces and logs.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  external: [
    // A native addon, found through its package's own path.
    'better-sqlite3',
    // Serves its files from its package directory.
    '@fastify/swagger-ui',
    // Imported only when the database must be built (server.ts): tsc's output beside the bundle.
    './cli/seed.js',
    './db/loader.js',
    // Imported only when running from source (explorer/assets.ts); a devDependency.
    './bundle.js',
  ],
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});

const inputs = Object.keys(result.metafile.inputs).length;
const bytes = result.metafile.outputs[path.relative(process.cwd(), outfile)]?.bytes ?? 0;
console.log(
  `server: ${path.relative(PROJECT_ROOT, outfile)} (${inputs} modules, ${Math.round(bytes / 1024)} KB)`,
);
