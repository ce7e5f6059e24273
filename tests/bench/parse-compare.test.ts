// bench:parse's core, driven with a fake timer: how sides are started, the order within rounds, the
// figures drawn from the rounds. Nothing here times anything.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Pass,
  paceOf,
  ratioByRound,
  readControl,
  roundOrder,
  runRounds,
  type Side,
  sideCommand,
  spreadOf,
} from '../../bench/lib/parse-compare.js';

const pass = (cpuMs: number, wallMs = cpuMs): Pass => ({ cpuMs, wallMs });

describe('bench:parse sides', () => {
  it('starts this tree, the other checkout and the A/A copy by one command that differs only in the tree', () => {
    const flags = ['--require', '/x/preflight.cjs', '--import', 'file:///x/loader.mjs'];
    const mine = sideCommand('/t/bench/parse-side.ts', '/t', flags);
    const other = sideCommand('/t/bench/parse-side.ts', '/o', flags);
    expect(other).toEqual({ ...mine, args: ['--tree', '/o'] });
    expect(mine.args).toEqual(['--tree', '/t']);
    expect(mine.execArgv).toEqual(other.execArgv);
    expect(mine.execArgv).not.toBe(flags);
  });

  it('imports no parser in the parent: every side loads its tree by path in its own process', () => {
    const parent = readFileSync(new URL('../../bench/parse.ts', import.meta.url), 'utf8');
    expect(parent).not.toMatch(/from '\.\.\/src\/parse/);
    expect(parent).not.toMatch(/import\([^)]*src\/parse/);
    const side = readFileSync(new URL('../../bench/parse-side.ts', import.meta.url), 'utf8');
    expect(side).not.toMatch(/^import \{[^}]*\} from '\.\.\/src\/parse/m);
    expect(side).toMatch(/path\.resolve\(tree, 'src\/parse', file\)/);
  });
});

describe('bench:parse rounds', () => {
  it('alternates two sides from round to round', () => {
    expect([1, 2, 3, 4].map((round) => roundOrder(['parser', 'aa'], round))).toEqual([
      ['aa', 'parser'],
      ['parser', 'aa'],
      ['aa', 'parser'],
      ['parser', 'aa'],
    ]);
  });

  it('rotates more sides so each runs first once in as many rounds', () => {
    const sides: Side[] = ['floor', 'parser', 'against', 'aa'];
    const firsts = [1, 2, 3, 4].map((round) => roundOrder(sides, round)[0]);
    expect(new Set(firsts)).toEqual(new Set(sides));
    for (const round of [1, 2, 3, 4]) expect([...roundOrder(sides, round)].sort()).toEqual([...sides].sort());
  });

  it('times every side once a round in that order and keeps the passes by side', async () => {
    const calls: Side[] = [];
    const cost: Record<Side, number> = { floor: 1, parser: 4, against: 5, aa: 4 };
    const seen: number[] = [];
    const runs = await runRounds(
      ['parser', 'against'],
      3,
      async (side) => {
        calls.push(side);
        return pass(cost[side] + calls.length / 100);
      },
      (round, last) => {
        seen.push(round);
        expect(Object.keys(last).sort()).toEqual(['against', 'parser']);
      },
    );
    expect(calls).toEqual(['against', 'parser', 'parser', 'against', 'against', 'parser']);
    expect(seen).toEqual([1, 2, 3]);
    expect(runs.parser.map((p) => p.cpuMs)).toEqual([4.02, 4.03, 4.06]);
    expect(runs.against.map((p) => p.cpuMs)).toEqual([5.01, 5.04, 5.05]);
    expect(runs.floor).toEqual([]);
  });
});

describe('bench:parse figures', () => {
  it('takes the ratio round by round, then its median and spread', () => {
    const mine = [pass(2), pass(3), pass(8)];
    const theirs = [pass(4), pass(3), pass(4)];
    expect(ratioByRound(mine, theirs)).toEqual({ median: 1, min: 0.5, max: 2 });
  });

  it('skips rounds the other side lacks instead of counting them', () => {
    expect(ratioByRound([pass(2), pass(3)], [pass(4)])).toEqual({ median: 0.5, min: 0.5, max: 0.5 });
    expect(spreadOf([])).toEqual({ median: Number.NaN, min: Number.NaN, max: Number.NaN });
  });

  it('says the code set the pace at 85% of a core or more, other processes below', () => {
    expect(paceOf([pass(9, 10), pass(10, 10), pass(8.6, 10)])).toEqual({ share: 0.9, by: 'the code' });
    expect(paceOf([pass(4, 10), pass(5, 10), pass(9, 10)]).by).toBe('other processes');
  });

  it('reads a real ratio against its A/A control', () => {
    expect(readControl(0.9, 1)).toEqual({ corrected: 0.9, even: true });
    const biased = readControl(0.65, 0.61);
    expect(biased.even).toBe(false);
    expect(biased.corrected).toBeCloseTo(1.066, 3);
  });
});
