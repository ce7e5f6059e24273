// `npm run bench:parse`: the parser alone (`parseDocument`) over the accuracy fixtures and the bundled
// seeds, each file ingested once before any timing, against a baseline in the same run: the floor any
// parser pays, the parser's own first stages alone — width folding and lines (splitLines), then
// sections and sentences (readStructure, with no meta: nothing skipped, no title line). So it reports
// the parser's cost above that floor as well as its total.
// Rounds alternate which side runs first, so both see the same conditions on a shared machine;
// figures are medians of the rounds, with their spread. CPU ms/report is the process's CPU, which
// other work disturbs less than the wall clock; the process's share of a core says who set the pace:
// the code (≥ 85%) or other processes, which had the CPU meanwhile (the figures then carry their noise).
// Env: BENCH_ROUNDS (5), BENCH_PASSES (5 passes over every file per side and round).
// `--against <dir>`: also times the parser of another checkout (a `git worktree add --detach <dir> main`
// with node_modules linked) in the same rounds, and prints this tree's CPU against it, round by round.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFixtures } from '../scripts/accuracy/run.js';
import { seedFiles } from '../src/cli/seed.js';
import { ingest } from '../src/ingest/index.js';
import type { SourceDocument } from '../src/ingest/types.js';
import { parseDocument } from '../src/parse/index.js';
import { splitLines } from '../src/parse/lines.js';
import { readStructure } from '../src/parse/structure.js';
import { fmt, machine, median, printTable } from './lib/report.js';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const ROUNDS = num('BENCH_ROUNDS', 5);
const againstAt = process.argv.indexOf('--against');
const againstDir = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
if (againstAt >= 0 && !againstDir) throw new Error('--against needs the directory of another checkout');
/** The other checkout's parser, loaded as its own modules beside this tree's. */
const otherParse: typeof parseDocument | null = againstDir
  ? (await import(pathToFileURL(path.resolve(againstDir, 'src/parse/index.ts')).href)).parseDocument
  : null;
const PASSES = num('BENCH_PASSES', 5);
/** Issue 14's goal for the loader: 200 reports/s in all, so the parser's share must stay far below 5 ms. */
const LOADER_GOAL_MS = 1000 / 200;

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
];

/** The floor: the parser's first stages alone, which every later stage reads from. */
function floor(input: Input): number {
  const { folded, lines } = splitLines(input.document.text);
  return readStructure(input.document.text, folded, lines, new Set(), null).sentences.length;
}

function parser(input: Input): number {
  const { report } = parseDocument(input.document, { sourceName: input.name, sha256: input.sha256 });
  return report?.observations.length ?? 0;
}

/** The other checkout's parser on the same input, when --against names one. */
function against(input: Input): number {
  const { report } = (otherParse as typeof parseDocument)(input.document, {
    sourceName: input.name,
    sha256: input.sha256,
  });
  return report?.observations.length ?? 0;
}

const sides = otherParse ? { floor, parser, against } : { floor, parser };
type Side = 'floor' | 'parser' | 'against';
const sideNames = Object.keys(sides) as Side[];
interface Pass {
  wallMs: number;
  cpuMs: number;
}

function timed(side: Side, inputs: Input[]): Pass {
  const run = (sides as Record<Side, (input: Input) => number>)[side];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let pass = 0; pass < PASSES; pass++) for (const input of inputs) run(input);
  const { user, system } = process.cpuUsage(cpu);
  const n = PASSES * inputs.length;
  return { wallMs: (performance.now() - start) / n, cpuMs: (user + system) / 1000 / n };
}

console.log(
  `bench:parse on ${machine()}; ${ROUNDS} rounds × ${PASSES} passes per side; ` +
    'other work on the machine shows in every row alike',
);
const rows: string[][] = [];
const againstRows: string[][] = [];
for (const { label, inputs } of sets) {
  // Warm-up, not reported: lets V8 optimise every side.
  for (const side of sideNames) timed(side, inputs);
  const runs: Record<Side, Pass[]> = { floor: [], parser: [], against: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    // Each round starts with another side, so none always runs first or last.
    const order = sideNames.map((_, k) => sideNames[(k + round) % sideNames.length] as Side);
    for (const side of order) runs[side].push(timed(side, inputs));
    const [f, p] = [runs.floor.at(-1), runs.parser.at(-1)];
    console.log(
      `round ${round}/${ROUNDS}  ${label.padEnd(18)}  floor ${fmt.ms(f?.wallMs ?? Number.NaN)}  parser ${fmt.ms(p?.wallMs ?? Number.NaN)} a report`,
    );
  }
  const wall = (side: Side) => runs[side].map((r) => r.wallMs);
  const cpu = (side: Side) => runs[side].map((r) => r.cpuMs);
  const spread = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  const above = runs.parser.map((p, k) => p.cpuMs - (runs.floor[k]?.cpuMs ?? Number.NaN));
  const share = median(runs.parser.map((p) => p.cpuMs / p.wallMs));
  rows.push([
    `${label} (${inputs.length})`,
    fmt.ms(median(wall('floor'))),
    `${fmt.ms(median(wall('parser')))} (${spread(wall('parser'))})`,
    fmt.ms(median(cpu('floor'))),
    `${fmt.ms(median(cpu('parser')))} (${spread(cpu('parser'))})`,
    fmt.ms(median(above)),
    fmt.rps(1000 / median(wall('parser'))),
    `${fmt.share(share)}: ${share >= 0.85 ? 'the code' : 'other processes'}`,
  ]);
  if (otherParse) {
    const ratios = runs.parser.map((p, k) => p.cpuMs / (runs.against[k]?.cpuMs ?? Number.NaN));
    const both = median([...runs.parser, ...runs.against].map((p) => p.cpuMs / p.wallMs));
    againstRows.push([
      `${label} (${inputs.length})`,
      `${median(cpu('against')).toFixed(2)} (${spread(cpu('against'))})`,
      `${median(cpu('parser')).toFixed(2)} (${spread(cpu('parser'))})`,
      `${fmt.ratio(median(ratios))} (${spread(ratios)})`,
      `${fmt.share(both)}: ${both >= 0.85 ? 'the code' : 'other processes'}`,
    ]);
  }
}
console.log('');
printTable(
  [
    'files',
    'floor ms/report',
    'parser ms/report (spread)',
    'floor CPU ms',
    'parser CPU ms (spread)',
    'parser above floor, CPU ms',
    'parser reports/s',
    'core share: paced by',
  ],
  rows,
);
if (otherParse) {
  console.log(
    `\nThis tree against ${againstDir}, in the same rounds (CPU ms a report, medians of the rounds):`,
  );
  printTable(
    [
      'files',
      'against CPU ms (spread)',
      'this tree CPU ms (spread)',
      'this / against, by round (spread)',
      'core share: paced by',
    ],
    againstRows,
  );
}
console.log(
  `\nThe loader's goal (issue 14) is 200 reports/s in all: ${LOADER_GOAL_MS} ms of a core a report, ` +
    'for ingest, parsing, writing and finishing together.',
);
