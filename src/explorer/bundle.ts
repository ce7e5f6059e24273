// Bundles the explorer's browser code with esbuild into content-hashed files, in memory. Used at
// build time (write-bundle.ts) and, when running from source, at start-up, so tests and `tsx`
// always serve what the source says. esbuild is a devDependency: nothing in dist/ imports this.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../paths.js';
import type { ExplorerFile } from './assets.js';

// The sources, also when this module runs compiled from dist/ (npm run build).
const CLIENT_DIR = path.join(PROJECT_ROOT, 'src', 'explorer', 'client');

export async function bundleExplorer(): Promise<ExplorerFile[]> {
  const result = await build({
    entryPoints: {
      app: path.join(CLIENT_DIR, 'main.ts'),
      style: path.join(CLIENT_DIR, 'style.css'),
      icon: path.join(CLIENT_DIR, 'icon.svg'),
    },
    loader: { '.svg': 'copy' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outdir: '/explorer',
    entryNames: '[name]-[hash]',
    logLevel: 'silent',
  });
  const files: ExplorerFile[] = result.outputFiles.map((file) => ({
    name: path.basename(file.path),
    body: Buffer.from(file.contents),
  }));
  const nameOf = (prefix: string): string => {
    const file = files.find((f) => f.name.startsWith(`${prefix}-`));
    if (!file) throw new Error(`explorer bundle: no ${prefix} output`);
    return file.name;
  };
  const html = readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8')
    .replaceAll('{{app}}', nameOf('app'))
    .replaceAll('{{style}}', nameOf('style'))
    .replaceAll('{{icon}}', nameOf('icon'));
  files.push({ name: 'index.html', body: Buffer.from(html) });
  return files;
}
