// `npm run build`'s explorer step: writes the explorer bundle to dist/explorer/, which the compiled
// server reads (assets.ts), so production needs no bundler, with each file's gzip and brotli
// variants beside it (brotli at quality 11 was 4% of the server's start-up).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_DIR, COMPRESSED, compressBrotli, compressGzip } from './assets.js';
import { bundleExplorer } from './bundle.js';

const files = await bundleExplorer();
rmSync(BUILT_DIR, { recursive: true, force: true });
mkdirSync(BUILT_DIR, { recursive: true });
for (const file of files) {
  const to = path.join(BUILT_DIR, file.name);
  writeFileSync(to, file.body);
  writeFileSync(to + COMPRESSED.gzip, compressGzip(file.body));
  writeFileSync(to + COMPRESSED.br, compressBrotli(file.body));
}
console.log(`explorer: ${files.map((f) => `${f.name} (${f.body.length} B)`).join(', ')}`);
