// `npm run bench:parse`: the parser alone (`parseDocument`) over the accuracy fixtures and the bundled
// seeds, each file ingested once before any timing, against a baseline in the same run: the floor any
// parser pays, the parser's own first stages alone — width folding and lines (splitLines), then
// sections and sentences (readStructure, with no meta: nothing skipped, no title line). So it reports
// the parser's cost above that floor as well as its total.
// Every side runs in a process of its own, all started by one command (bench/parse-side.ts --tree <dir>,
// the same node flags) and each loading its tree's parser the same way, by a dynamic import of
// `<dir>/src/parse/index.ts`; each times only its own CPU. Session 18 found the former in-process
// comparison biased by how each side was loaded (docs/parser-speed.md, "Session 18").
// Rounds rotate which side runs first (with two sides, they alternate), so all see the same conditions
// on a shared machine; figures are medians of the rounds, with their spread. CPU ms/report is the
// timing process's CPU, which other work disturbs less than the wall clock; its share of a core says
// who set the pace: the code (≥ 85%) or other processes, which had the CPU meanwhile (the figures then
// carry their noise).
// Env: BENCH_ROUNDS (5), BENCH_PASSES (5 passes over every file per side and round).
// BENCH_LONG_LINE=1 adds a third set, a 1 MB single line of figures (the hang guard's input).
// `--against <dir>`: also times the parser of another checkout (a `git worktree add --detach <dir> main`
// with node_modules linked) in the same rounds, and prints this tree's CPU against it, round by round.
// `--aa`: also times a second, separately started copy of this tree's parser, loaded exactly as
// `--against` loads the other, and prints this tree against it: the A/A control, ≈ 1.00 when the method
// and the machine were even. With `--against`, the control is printed beside the real ratio.

import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Pass,
  paceOf,
  ratioByRound,
  readControl,
  runRounds,
  type Side,
  showSpread,
  sideCommand,
  spreadOf,
} from './lib/parse-compare.js';
import { fmt, machine, printTable } from './lib/report.js';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const ROUNDS = num('BENCH_ROUNDS', 5);
const PASSES = num('BENCH_PASSES', 5);
const againstAt = process.argv.indexOf('--against');
const againstDir = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
if (againstAt >= 0 && !againstDir) throw new Error('--against needs the directory of another checkout');
const control = process.argv.includes('--aa');
/** Issue 14's goal for the loader: 200 reports/s in all, so the parser's share must stay far below 5 ms. */
const LOADER_GOAL_MS = 1000 / 200;

const here = path.dirname(fileURLToPath(import.meta.url));
const thisTree = path.resolve(here, '..');
const script = path.join(here, 'parse-side.ts');

interface SetInfo {
  label: string;
  count: number;
}

/** A side's process: started by `sideCommand`, answering one timed pass per request. */
class SideProcess {
  readonly ready: Promise<SetInfo[]>;
  private readonly child: ChildProcess;
  private exited: Error | undefined;
  private failPending: ((error: Error) => void) | undefined;

  constructor(dir: string) {
    const command = sideCommand(script, path.resolve(dir), process.execArgv);
    this.child = fork(command.script, command.args, { execArgv: command.execArgv, stdio: 'inherit' });
    this.child.once('exit', (code) => {
      this.exited = new Error(`the bench side for ${dir} exited (${code})`);
      this.failPending?.(this.exited);
    });
    this.ready = new Promise((resolve, reject) => {
      this.failPending = reject;
      this.child.once('message', (info) => resolve((info as { sets: SetInfo[] }).sets));
    });
  }

  time(set: number, what: 'parser' | 'floor'): Promise<Pass> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(this.exited);
      this.failPending = reject;
      this.child.once('message', (pass) => resolve(pass as Pass));
      this.child.send({ set, what, passes: PASSES });
    });
  }

  stop(): void {
    this.child.disconnect();
  }
}

/** Every side, each in its own process; the floor too, so no side carries another's garbage. */
const processes: Partial<Record<Side, SideProcess>> = {
  floor: new SideProcess(thisTree),
  parser: new SideProcess(thisTree),
  ...(againstDir ? { against: new SideProcess(againstDir) } : {}),
  ...(control ? { aa: new SideProcess(thisTree) } : {}),
};
const sideNames = Object.keys(processes) as Side[];
const setInfos = await Promise.all(sideNames.map((side) => processes[side]?.ready));
const sets = setInfos[0] as SetInfo[];
const time = (side: Side, set: number) =>
  (processes[side] as SideProcess).time(set, side === 'floor' ? 'floor' : 'parser');

console.log(
  `bench:parse on ${machine()}; ${ROUNDS} rounds × ${PASSES} passes per side, each side a process of its own; ` +
    'other work on the machine shows in every row alike',
);
const rows: string[][] = [];
const againstRows: string[][] = [];
const controlRows: string[][] = [];
const compared = (label: string, mine: Pass[], theirs: Pass[]) => {
  const ratio = ratioByRound(mine, theirs);
  const pace = paceOf([...mine, ...theirs]);
  const cpu = (passes: Pass[]) => spreadOf(passes.map((p) => p.cpuMs));
  return {
    ratio,
    row: [
      label,
      `${cpu(theirs).median.toFixed(2)} (${showSpread(cpu(theirs))})`,
      `${cpu(mine).median.toFixed(2)} (${showSpread(cpu(mine))})`,
      `${fmt.ratio(ratio.median)} (${showSpread(ratio)})`,
      `${fmt.share(pace.share)}: ${pace.by}`,
    ],
  };
};
for (const [k, { label, count }] of sets.entries()) {
  // Warm-up, not reported: lets V8 optimise every side, each the same way.
  for (const side of sideNames) await time(side, k);
  const runs = await runRounds(
    sideNames,
    ROUNDS,
    (side) => time(side, k),
    (round, last) =>
      console.log(
        `round ${round}/${ROUNDS}  ${label.padEnd(18)}  floor ${fmt.ms(last.floor?.wallMs ?? Number.NaN)}  parser ${fmt.ms(last.parser?.wallMs ?? Number.NaN)} a report`,
      ),
  );
  const wall = (side: Side) => spreadOf(runs[side].map((r) => r.wallMs));
  const cpu = (side: Side) => spreadOf(runs[side].map((r) => r.cpuMs));
  const above = runs.parser.map((p, j) => p.cpuMs - (runs.floor[j]?.cpuMs ?? Number.NaN));
  const pace = paceOf(runs.parser);
  rows.push([
    `${label} (${count})`,
    fmt.ms(wall('floor').median),
    `${fmt.ms(wall('parser').median)} (${showSpread(wall('parser'))})`,
    fmt.ms(cpu('floor').median),
    `${fmt.ms(cpu('parser').median)} (${showSpread(cpu('parser'))})`,
    fmt.ms(spreadOf(above).median),
    fmt.rps(1000 / wall('parser').median),
    `${fmt.share(pace.share)}: ${pace.by}`,
  ]);
  const real = againstDir ? compared(`${label} (${count})`, runs.parser, runs.against) : undefined;
  const aa = control ? compared(`${label} (${count})`, runs.parser, runs.aa) : undefined;
  if (real) {
    againstRows.push(
      aa
        ? [
            ...real.row,
            `${fmt.ratio(aa.ratio.median)} (${showSpread(aa.ratio)})`,
            fmt.ratio(readControl(real.ratio.median, aa.ratio.median).corrected),
          ]
        : real.row,
    );
  }
  if (aa) controlRows.push(aa.row);
}
for (const side of sideNames) processes[side]?.stop();
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
if (againstDir) {
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
      ...(control ? ['A/A control (spread)', 'ratio / control'] : []),
    ],
    againstRows,
  );
}
if (control) {
  console.log(
    '\nA/A control: this tree against a second process of this same tree, started and loaded as --against ' +
      'starts and loads the other (CPU ms a report, medians of the rounds). Read a real ratio only beside it: ' +
      'a control within 0.95–1.05 means the method and the machine were even; outside it, no difference ' +
      'smaller than the control’s distance from 1.00 is measured.',
  );
  printTable(
    [
      'files',
      'second copy CPU ms (spread)',
      'this tree CPU ms (spread)',
      'this / second copy, by round (spread)',
      'core share: paced by',
    ],
    controlRows,
  );
}
console.log(
  `\nThe loader's goal (issue 14) is 200 reports/s in all: ${LOADER_GOAL_MS} ms of a core a report, ` +
    'for ingest, parsing, writing and finishing together.',
);
