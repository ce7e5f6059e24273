// The explorer's files, held in memory with their ETags and compressed variants, computed once.
// Compiled (dist/), the server reads what `npm run build` wrote; from source (tsx, tests), it
// bundles on start-up, so a test never sees a stale bundle and nothing built is committed.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../paths.js';

export interface ExplorerFile {
  name: string;
  body: Buffer;
  /** The compressed variants when the build wrote them (compressing at quality 11 is slow). */
  gzip?: Buffer;
  br?: Buffer;
}

export interface ExplorerAsset {
  contentType: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export const BUILT_DIR = path.join(PROJECT_ROOT, 'dist', 'explorer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// The files are small and compressed once, so the strongest settings cost nothing per request.
export const compressGzip = (body: Buffer) => gzipSync(body, { level: 9 });
export const compressBrotli = (body: Buffer) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** Suffixes of the compressed variants `npm run build` writes beside each file. */
export const COMPRESSED = { gzip: '.gz', br: '.br' } as const;

function toAsset(file: ExplorerFile): ExplorerAsset {
  const hash = createHash('sha256').update(file.body).digest('base64url').slice(0, 27);
  return {
    contentType: CONTENT_TYPES[path.extname(file.name)] ?? 'application/octet-stream',
    etag: `"${hash}"`,
    identity: file.body,
    gzip: file.gzip ?? compressGzip(file.body),
    br: file.br ?? compressBrotli(file.body),
  };
}

/** A built file with the variants written beside it (compressed here if they are missing). */
function builtFile(name: string): ExplorerFile {
  const read = (suffix: string) => {
    const file = path.join(BUILT_DIR, name + suffix);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  return {
    name,
    body: readFileSync(path.join(BUILT_DIR, name)),
    gzip: read(COMPRESSED.gzip),
    br: read(COMPRESSED.br),
  };
}

const runningCompiled = fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`);

async function explorerFiles(): Promise<ExplorerFile[]> {
  if (runningCompiled) {
    if (!existsSync(BUILT_DIR)) throw new Error(`${BUILT_DIR} is missing: run npm run build`);
    const isVariant = (name: string) => Object.values(COMPRESSED).some((suffix) => name.endsWith(suffix));
    return readdirSync(BUILT_DIR)
      .filter((name) => !isVariant(name))
      .map(builtFile);
  }
  // Imported only here: esbuild is a devDependency, absent from a production install.
  const { bundleExplorer } = await import('./bundle.js');
  return bundleExplorer();
}

let loading: Promise<Map<string, ExplorerAsset>> | undefined;

/**
 * Every explorer file by name; `index.html` is the page, the others carry a content hash. Loaded
 * once per process: tests build many apps, and the files cannot change under a running process.
 */
export function loadExplorerAssets(): Promise<Map<string, ExplorerAsset>> {
  loading ??= explorerFiles().then((files) => new Map(files.map((file) => [file.name, toAsset(file)])));
  return loading;
}
