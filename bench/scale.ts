// `npm run bench:scale [-- --reports N]`: the server on a database of the seeds alone against one of
// N reports (the seeds plus generated variants; default 1,000), alternating rounds in the same run.
// Goals: the one-region indicator detail, the filtered lists and one region's observations within
// 10% of the one-report speed; server RSS under 150 MB; start-up to a ready /ready under 1 s. Prints
// a projection to 50,000 reports from the measured per-report figures.
// Databases are cached between runs (bench/lib/databases.ts; BENCH_DB_CACHE sets the directory).
// Env: SCALE_REPORTS (or --reports), SCALE_STARTS (5 timed start-ups) and the BENCH_* settings of
// bench/http.ts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aggregate, alternate, capacityRatioOf, ratioOf, settingsFromEnv } from './lib/compare.js';
import { cachedDatabase, seedFiles, seedMeta } from './lib/databases.js';
import { describeGenerator, REQUEST_HEADERS } from './lib/load.js';
import { probe } from './lib/probe.js';
import { fmt, machine, median, printTable } from './lib/report.js';
import { type BenchRoute, ROUTES } from './lib/routes.js';
import { project } from './lib/scaling.js';
import {
  buildAsNpmStart,
  describePinning,
  type Memory,
  memoryOf,
  type Server,
  serverCommand,
  startRealServer,
  timeToReady,
  watchMemory,
} from './lib/servers.js';

/** --reports N on the command line, else SCALE_REPORTS, else 1,000. */
function reportsWanted(argv: string[]): number {
  const at = argv.indexOf('--reports');
  const raw =
    at >= 0 ? argv[at + 1] : (argv.find((a) => a.startsWith('--reports='))?.split('=')[1] ?? undefined);
  const value = Number(raw ?? process.env.SCALE_REPORTS ?? 1000);
  if (!Number.isInteger(value) || value < 2)
    throw new Error(`--reports must be a whole number ≥ 2, not ${raw}`);
  return value;
}

const REPORTS = reportsWanted(process.argv.slice(2));
const PROJECT_TO = 50_000;
const RSS_GOAL_MB = 150;
const STARTUP_GOAL_MS = 1000;
const THROUGHPUT_GOAL = 0.9;
const STARTS = Number(process.env.SCALE_STARTS ?? 5);
const settings = settingsFromEnv();
const work = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
const servers: Server[] = [];

const { region, period } = seedMeta();
const enc = encodeURIComponent;
// Each answers the same in both databases or pages over more rows; every one has the goal.
const routes: BenchRoute[] = [
  // The detail lists every report that mentions the indicator; filtered to the seed's region it
  // is the same answer in both databases.
  { name: 'detail, one region', path: `/v1/indicators/gdp?region=${enc(region)}`, goal: 0.9, kind: 'detail' },
  ...ROUTES.filter((r) => r.kind === 'list' && r.name !== 'search'),
  // Observations pick each key's latest vintage over the reports the filter selects: one region is
  // the same answer in both databases.
  {
    name: 'observations, one region',
    path: `/v1/observations?region=${enc(region)}`,
    goal: 0.9,
    kind: 'list',
  },
  // One period selects the variants of the seed's year too (the page is 50 rows either way; the
  // total and the vintage ranking cover all of them). Issue 12 holds both to the goal.
  { name: 'observations, one period', path: `/v1/observations?period=${period}`, goal: 0.9, kind: 'list' },
  // Siblings of the period: one region in the small database, the seed's year's variants in the large.
  { name: 'compare', path: `/v1/indicators/gdp/compare?period=${period}`, goal: 0.9, kind: 'detail' },
];

/**
 * Row filters of the cross-report lists, each over every report (their first answers are printed).
 * Not the routes above (`?measure=growth` is the filtered list): those are answered from the cache by now.
 */
const ROW_FILTERS = [
  `/v1/facts?unit=${enc('亿元')}`,
  `/v1/facts?measure=growth&unit=${enc('%')}`,
  `/v1/facts?q=${enc('工业')}`,
  `/v1/facts?section=${enc('工业')}`,
  '/v1/targets?attainment=missed',
  '/v1/rankings?maxRank=3',
  '/v1/flags?kind=restated',
];

console.log(`npm run bench:scale — ${machine()}`);
console.log(describeGenerator());
console.log(describePinning());
try {
  buildAsNpmStart();
  const command = serverCommand();
  const small = await cachedDatabase(seedFiles().length);
  const big = await cachedDatabase(REPORTS);
  printTable(
    ['database', 'reports', 'size', 'KB/report', 'load time', 'reports/s', ''],
    [small, big].map((db) => [
      db === small ? 'seeds' : 'large',
      fmt.rps(db.reports),
      fmt.mb(db.bytes / 1e6),
      fmt.rps(db.bytes / 1024 / db.reports),
      `${db.loadSeconds.toFixed(1)} s`,
      fmt.rps(db.reports / db.loadSeconds),
      db.cached ? `cached: ${db.file}` : `built: ${db.file}`,
    ]),
  );

  // Start-up: spawn to a 200 from /ready, several times each, servers otherwise idle.
  console.log(
    `\nStart-up to a ready /ready (median of ${STARTS}; goal < ${STARTUP_GOAL_MS} ms with ${REPORTS} reports)`,
  );
  const startup = {
    small: [] as { wallMs: number; cpuMs: number }[],
    big: [] as { wallMs: number; cpuMs: number }[],
  };
  for (let i = 0; i < STARTS; i++) {
    startup.small.push(await timeToReady(command, small.file));
    startup.big.push(await timeToReady(command, big.file));
  }
  const startSmall = median(startup.small.map((s) => s.wallMs));
  const startBig = median(startup.big.map((s) => s.wallMs));
  const startRow = (label: string, runs: { wallMs: number; cpuMs: number }[], goal: boolean) => [
    label,
    `${Math.round(median(runs.map((s) => s.wallMs)))} ms`,
    `${Math.round(median(runs.map((s) => s.cpuMs)))} ms`,
    runs.map((s) => Math.round(s.wallMs)).join(', '),
    goal ? fmt.verdict(median(runs.map((s) => s.wallMs)) < STARTUP_GOAL_MS) : '',
  ];
  printTable(
    ['database', 'median wall', 'median CPU', 'all runs (wall)', 'result'],
    [startRow('seeds', startup.small, false), startRow(`${REPORTS} reports`, startup.big, true)],
  );
  console.log(
    "CPU: the server's own CPU time until ready; wall time above it was spent waiting for the core.",
  );

  const one = await startRealServer(command, small.file, '1 report');
  servers.push(one);
  const many = await startRealServer(command, big.file, `${REPORTS} reports`);
  servers.push(many);
  const idle = { small: memoryOf(one.pid), big: memoryOf(many.pid) };
  const watch = { small: watchMemory(one.pid), big: watchMemory(many.pid) };

  console.log(`\nResponses as benchmarked (bytes on the wire, 1 report → ${REPORTS} reports):`);
  const sizes: string[][] = [];
  for (const route of routes) {
    let t = performance.now();
    const a = await probe(one.url + route.path, REQUEST_HEADERS, 120_000);
    const coldSmall = performance.now() - t;
    t = performance.now();
    const b = await probe(many.url + route.path, REQUEST_HEADERS, 120_000);
    const coldBig = performance.now() - t;
    sizes.push([
      route.name,
      route.path,
      `${a.status} → ${b.status}`,
      `${a.body.length} → ${b.body.length}`,
      `${Math.round(coldSmall)} ms → ${Math.round(coldBig)} ms`,
    ]);
  }
  printTable(['route', 'path', 'status', 'bytes', 'first answer (cache miss)'], sizes);

  // The lists' row filters over every report: only their first answer depends on the data (each
  // is served from the response cache after it), so they are fetched once, not benchmarked.
  const firsts: string[][] = [];
  for (const url of ROW_FILTERS) {
    const timed = async (base: string) => {
      const t = performance.now();
      const answer = await probe(base + url, REQUEST_HEADERS, 120_000);
      return { status: answer.status, ms: performance.now() - t };
    };
    const a = await timed(one.url);
    const b = await timed(many.url);
    firsts.push([url, `${a.status} → ${b.status}`, `${Math.round(a.ms)} ms → ${Math.round(b.ms)} ms`]);
  }
  console.log(`\nRow filters over every report, first answer only (1 report → ${REPORTS} reports):`);
  printTable(['path', 'status', 'first answer (cache miss)'], firsts);
  console.log('');

  const runs = await alternate(
    routes,
    [
      { label: 'small', urlFor: (route) => one.url + route.path, pid: one.pid },
      { label: 'large', urlFor: (route) => many.url + route.path, pid: many.pid },
    ],
    settings,
  );

  const rows: string[][] = [];
  const failed: string[] = [];
  for (const route of routes) {
    const smallRuns = runs[route.name]?.small ?? [];
    const bigRuns = runs[route.name]?.large ?? [];
    const a = aggregate(smallRuns);
    const b = aggregate(bigRuns);
    const ratio = ratioOf(bigRuns, smallRuns);
    const capacity = capacityRatioOf(bigRuns, smallRuns);
    const errors = a.failures + b.failures;
    const ok = ratio >= THROUGHPUT_GOAL && errors === 0;
    if (!ok) {
      failed.push(
        `FAIL ${route.name}: ${REPORTS} reports at ${fmt.ratio(ratio)} of 1 report` +
          ` (by server CPU per request ${fmt.ratio(capacity)}; paced by ${b.pace})` +
          (errors ? `, ${errors} errors/non-2xx` : ''),
      );
    }
    rows.push([
      route.name,
      fmt.rps(a.rps),
      fmt.rps(b.rps),
      fmt.ratio(ratio),
      `≥ ${THROUGHPUT_GOAL}`,
      `${fmt.ms(a.p99)} → ${fmt.ms(b.p99)}`,
      `${fmt.us(a.cpuPerRequest)} → ${fmt.us(b.cpuPerRequest)}`,
      fmt.ratio(capacity),
      `${b.pace} (${fmt.share(b.busy)} / ${fmt.share(b.clientBusy)})`,
      String(errors),
      fmt.verdict(ok),
    ]);
  }
  console.log(`\nThroughput (median of ${settings.rounds} rounds, ${settings.connections} connections)`);
  printTable(
    [
      'route',
      '1 report rps',
      `${REPORTS} rps`,
      'ratio',
      'goal',
      'p99',
      'CPU/request',
      'CPU ratio',
      'paced by (server / client busy)',
      'errors',
      'result',
    ],
    rows,
  );

  // Peak RSS (VmHWM) is the honest figure for "stays under": it includes every moment of the run.
  // The private/file split shows how much is the process's own memory and how much is the
  // database file mapped in by SQLite's mmap (page cache the kernel can drop, but counted in RSS).
  const max = { small: watch.small.stop(), big: watch.big.stop() };
  const after = { small: memoryOf(one.pid), big: memoryOf(many.pid) };
  console.log(`\nServer memory (goal: RSS under ${RSS_GOAL_MB} MB with ${REPORTS} reports)`);
  const memoryRow = (label: string, before: Memory, end: Memory, top: Memory, goal: boolean) => [
    label,
    fmt.mb(before.rss),
    fmt.mb(end.rss),
    fmt.mb(end.peak),
    fmt.mb(top.anon),
    fmt.mb(top.file),
    goal ? `< ${RSS_GOAL_MB} MB` : '',
    goal ? fmt.verdict(end.peak < RSS_GOAL_MB) : '',
  ];
  printTable(
    ['server', 'RSS idle', 'RSS after load', 'peak RSS', 'max private', 'max file-mapped', 'goal', 'result'],
    [
      memoryRow('1 report', idle.small, after.small, max.small, false),
      memoryRow(`${REPORTS} reports`, idle.big, after.big, max.big, true),
    ],
  );
  if (!(after.big.peak < RSS_GOAL_MB)) {
    failed.push(
      `FAIL memory: ${REPORTS}-report server peaked at ${fmt.mb(after.big.peak)} (goal < ${RSS_GOAL_MB} MB)`,
    );
  }
  if (!(startBig < STARTUP_GOAL_MS))
    failed.push(`FAIL start-up: ${Math.round(startBig)} ms to /ready (goal < ${STARTUP_GOAL_MS} ms)`);

  console.log(
    `\nProjection to ${fmt.rps(PROJECT_TO)} reports (linear in the reports from the two measured points)`,
  );
  const line = (
    label: string,
    a: number,
    b: number,
    unit: (v: number) => string,
    perReport: (v: number) => string,
  ) => {
    const p = project({ reports: small.reports, value: a }, { reports: big.reports, value: b }, PROJECT_TO);
    return [label, unit(a), unit(b), perReport(p.perReport), unit(p.value)];
  };
  const kb = (mb: number) => `${(mb * 1000).toFixed(1)} KB`;
  const seconds = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} s`;
  const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
  printTable(
    [
      'figure',
      `${small.reports} report(s)`,
      `${REPORTS} reports`,
      'per report',
      `${fmt.rps(PROJECT_TO)} reports`,
    ],
    [
      line('database size', small.bytes / 1e6, big.bytes / 1e6, fmt.mb, kb),
      line('load time', small.loadSeconds, big.loadSeconds, seconds, (v) => ms(v * 1000)),
      line('server RSS, idle', idle.small.rss, idle.big.rss, fmt.mb, kb),
      line('server peak RSS under load', after.small.peak, after.big.peak, fmt.mb, kb),
      line('start-up to /ready (wall)', startSmall, startBig, ms, ms),
    ],
  );
  console.log(
    'Per report: the slope between the two points; the large database loaded in one run, so its\n' +
      'load time includes the per-run fixed cost once. A figure that does not grow with the reports\n' +
      'projects flat.',
  );

  console.log(`\n${machine()}`);
  for (const f of failed) console.log(f);
  if (failed.length === 0) console.log('all goals met');
} finally {
  for (const server of servers.reverse()) await server.stop();
  rmSync(work, { recursive: true, force: true });
}
