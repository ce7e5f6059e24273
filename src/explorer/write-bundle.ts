// `npm run build`'s last step: writes the explorer bundle to dist/explorer/, which the compiled
// server reads (assets.ts), so production needs no bundler.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_DIR } from './assets.js';
import { bundleExplorer } from './bundle.js';

const files = await bundleExplorer();
rmSync(BUILT_DIR, { recursive: true, force: true });
mkdirSync(BUILT_DIR, { recursive: true });
for (const file of files) writeFileSync(path.join(BUILT_DIR, file.name), file.body);
console.log(`explorer: ${files.map((f) => `${f.name} (${f.body.length} B)`).join(', ')}`);
