// One timing of `npm run bench:hostile`, in a fresh process: `--tree <dir> <family> <repeats>` parses that
// family's line once with the parser of the checkout at <dir> (a dynamic import by path, as bench/parse-side.ts
// loads every side) and prints the CPU this process spent on it, in ms.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTILE_SHAPES } from './lib/hostile-shapes.js';

const treeAt = process.argv.indexOf('--tree');
const tree = treeAt >= 0 ? process.argv[treeAt + 1] : undefined;
const [family, repeats] = process.argv.slice(treeAt + 2);
const shape = family ? HOSTILE_SHAPES[family] : undefined;
if (!tree || !shape) throw new Error('bench/hostile-side.ts --tree <dir> <family> <repeats>');
const { parseReportText } = await import(pathToFileURL(path.resolve(tree, 'src/parse/index.ts')).href);
const text = shape(Number(repeats));
const cpu = process.cpuUsage();
parseReportText(text, { sourceName: `${family}.txt` });
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ cpuMs: (user + system) / 1000 }));
