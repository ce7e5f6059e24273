// The core of `npm run bench:parse`, free of processes and clocks so tests can drive it with fakes:
// how every side is started (one command for all, only the tree's directory differs), the order of
// the sides in each round, the rounds themselves, and the figures drawn from them.
//
// Why every side is a process of its own: session 18 found the in-process comparison biased by the
// way each parser was loaded (this tree's statically imported at start-up, the other's imported later
// beside it), not by its code: an A/A control of one commit gave 0.61–0.65, and swapping the trees
// kept the slow side the one loaded second (docs/parser-speed.md, "Session 18"). Two processes
// started by the same command, each timing only its own CPU, share neither heap, JIT nor GC.

import { median } from './report.js';

/** A side of the comparison: the floor or the parser of this tree, the other tree's parser, or the A/A control. */
export type Side = 'floor' | 'parser' | 'against' | 'aa';

/** One timed pass of a side over a set: per report, wall and the timing process's own CPU. */
export interface Pass {
  wallMs: number;
  cpuMs: number;
}

/** How a side's process is started: the same script and node flags for every side, only `dir` differs. */
export interface SideCommand {
  script: string;
  args: string[];
  execArgv: string[];
}

/** The command that starts the process timing the parser of the checkout at `dir`. */
export function sideCommand(script: string, dir: string, execArgv: readonly string[]): SideCommand {
  return { script, args: ['--tree', dir], execArgv: [...execArgv] };
}

/**
 * The order of the sides in round `round` (1-based): the list rotated by the round, so every side runs
 * first, and with two sides the order alternates from one round to the next.
 */
export function roundOrder<T>(sides: readonly T[], round: number): T[] {
  return sides.map((_, k) => sides[(k + round) % sides.length] as T);
}

/** Times every side `rounds` times, each round in `roundOrder`; returns the passes by side. */
export async function runRounds(
  sides: readonly Side[],
  rounds: number,
  time: (side: Side) => Promise<Pass>,
  onRound?: (round: number, last: Partial<Record<Side, Pass>>) => void,
): Promise<Record<Side, Pass[]>> {
  const runs: Record<Side, Pass[]> = { floor: [], parser: [], against: [], aa: [] };
  for (let round = 1; round <= rounds; round++) {
    const last: Partial<Record<Side, Pass>> = {};
    for (const side of roundOrder(sides, round)) {
      const pass = await time(side);
      runs[side].push(pass);
      last[side] = pass;
    }
    onRound?.(round, last);
  }
  return runs;
}

/** A median with its spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
  };
}

export const showSpread = (s: Spread) => `${s.min.toFixed(2)}–${s.max.toFixed(2)}`;

/** This tree's CPU over the other side's, round by round (both timed in the same round). */
export function ratioByRound(mine: Pass[], theirs: Pass[]): Spread {
  return spreadOf(mine.map((p, k) => p.cpuMs / (theirs[k]?.cpuMs ?? Number.NaN)));
}

/** The share of a core the timing processes had while timing: ≥ 85% the code set the pace. */
export function paceOf(passes: Pass[]): { share: number; by: 'the code' | 'other processes' } {
  const share = median(passes.map((p) => p.cpuMs / p.wallMs));
  return { share, by: share >= 0.85 ? 'the code' : 'other processes' };
}

/**
 * What an A/A control says about a ratio: the real ratio read against the control's. `ratio / control`
 * corrects for whatever bias the control shows; a control outside 0.95–1.05 means the machine or the
 * method was not even, and the real ratio should not be trusted beyond "no measurable difference".
 */
export function readControl(ratio: number, control: number): { corrected: number; even: boolean } {
  return { corrected: ratio / control, even: control >= 0.95 && control <= 1.05 };
}
