// One side of `npm run bench:parse`, in a process of its own: `--tree <dir>` names the checkout whose
// parser it times. Every side runs this same script, started by the same command (bench/lib/parse-compare.ts,
// sideCommand), so this tree's parser, the other checkout's and the A/A control's are all loaded the
// same way: a dynamic import of `<dir>/src/parse/index.ts` by path. The inputs are ingested here by
// this script's tree, identically for every side, before any timing.
// Messages from the parent: { set, what: 'parser' | 'floor', passes }; answers: { wallMs, cpuMs } per
// report, the CPU this process alone spent (process.cpuUsage), which the other sides cannot disturb.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFixtures } from '../scripts/accuracy/run.js';
import { seedFiles } from '../src/cli/seed.js';
import { ingest } from '../src/ingest/index.js';
import type { SourceDocument } from '../src/ingest/types.js';
import type { parseDocument as ParseDocument } from '../src/parse/index.js';
import type { splitLines as SplitLines } from '../src/parse/lines.js';
import type { readStructure as ReadStructure } from '../src/parse/structure.js';

const treeAt = process.argv.indexOf('--tree');
const tree = treeAt >= 0 ? process.argv[treeAt + 1] : undefined;
if (!tree || !process.send)
  throw new Error('bench/parse-side.ts is started by bench/parse.ts with --tree <dir>');
const load = (file: string) => import(pathToFileURL(path.resolve(tree, 'src/parse', file)).href);
const parseDocument: typeof ParseDocument = (await load('index.ts')).parseDocument;

const LONG_LINE = `某某县2021年一季度国民经济和社会发展计划执行情况的报告\n\n一、一季度执行情况\n\n${'增长1.5%,下降2%、约3亿元以上;'.repeat(50_000)}`;

interface Input {
  name: string;
  document: SourceDocument;
  sha256: string;
}

async function ingested(name: string, bytes: Uint8Array): Promise<Input> {
  const { document } = await ingest(bytes, { name });
  if (!document) throw new Error(`${name} does not ingest`);
  return { name, document, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const sets: Array<{ label: string; inputs: Input[] }> = [
  {
    label: 'accuracy fixtures',
    inputs: await Promise.all(loadFixtures().map((f) => ingested(f.file, f.text))),
  },
  {
    label: 'seeds',
    inputs: await Promise.all(seedFiles().map((file) => ingested(path.basename(file), readFileSync(file)))),
  },
  // BENCH_LONG_LINE=1: also the hang guard's input in tests/parse/bad-input.test.ts, a 1 MB single line
  // of figures, where a pass that scans the line so far for every clause shows (seconds a parse: keep
  // BENCH_PASSES and BENCH_ROUNDS low).
  ...(process.env.BENCH_LONG_LINE === '1'
    ? [{ label: 'a 1 MB line', inputs: [await ingested('long-line.txt', Buffer.from(LONG_LINE))] }]
    : []),
];

let floorStages: { splitLines: typeof SplitLines; readStructure: typeof ReadStructure } | undefined;

/** The floor: the parser's first stages alone, which every later stage reads from. */
function floor(input: Input): number {
  const { splitLines, readStructure } = floorStages as NonNullable<typeof floorStages>;
  const { folded, lines } = splitLines(input.document.text);
  return readStructure(input.document.text, folded, lines, new Set(), null).sentences.length;
}

function parser(input: Input): number {
  const { report } = parseDocument(input.document, { sourceName: input.name, sha256: input.sha256 });
  return report?.observations.length ?? 0;
}

interface Ask {
  set: number;
  what: 'parser' | 'floor';
  passes: number;
}

process.on('message', async (ask: Ask) => {
  if (ask.what === 'floor' && !floorStages) {
    floorStages = {
      splitLines: (await load('lines.ts')).splitLines,
      readStructure: (await load('structure.ts')).readStructure,
    };
  }
  const inputs = sets[ask.set]?.inputs ?? [];
  const run = ask.what === 'floor' ? floor : parser;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let pass = 0; pass < ask.passes; pass++) for (const input of inputs) run(input);
  const { user, system } = process.cpuUsage(cpu);
  const n = ask.passes * inputs.length;
  process.send?.({ wallMs: (performance.now() - start) / n, cpuMs: (user + system) / 1000 / n });
});
process.on('disconnect', () => process.exit(0));
process.send({ sets: sets.map((s) => ({ label: s.label, count: s.inputs.length })) });
