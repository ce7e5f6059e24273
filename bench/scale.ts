// `npm run bench:scale`: the detail and list benchmarks against a database of the seeds alone and
// one of 1,000 reports (the seeds plus generated variants), alternating rounds in the same run.
// Goals: throughput within 10% of the one-report figures, server RSS under 150 MB (the data lives
// on disk, not in the heap). Env: SCALE_REPORTS (1000) and the BENCH_* settings of bench/http.ts.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REQUEST_HEADERS } from './lib/cannon.js';
import { aggregate, alternate, capacityRatioOf, ratioOf, settingsFromEnv } from './lib/compare.js';
import { buildDatabase, seedFiles, seedMeta } from './lib/databases.js';
import { probe } from './lib/probe.js';
import { fmt, machine, printTable } from './lib/report.js';
import { type BenchRoute, ROUTES } from './lib/routes.js';
import {
  type Memory,
  memoryOf,
  type Server,
  serverCommand,
  startRealServer,
  watchMemory,
} from './lib/servers.js';

const REPORTS = Number(process.env.SCALE_REPORTS ?? 1000);
const RSS_GOAL_MB = 150;
const THROUGHPUT_GOAL = 0.9;
const settings = settingsFromEnv();
const work = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
const servers: Server[] = [];

const { region, period } = seedMeta();
const routes: BenchRoute[] = [
  ...ROUTES.filter((r) => r.name === 'detail by code'),
  // The detail lists every report that mentions the indicator; filtered to the seed's region it
  // is the same answer in both databases.
  {
    name: 'detail, one region',
    path: `/v1/indicators/gdp?region=${encodeURIComponent(region)}`,
    goal: 0.9,
    kind: 'detail',
  },
  ...ROUTES.filter((r) => r.kind === 'list' && r.name !== 'search'),
  // Observations pick each key's latest vintage over the reports the filter selects: one region is
  // the same answer in both databases; one period selects the ~40 variants of the seed's year too
  // (the page is 50 rows either way, the total and the vintage ranking cover all of them).
  {
    name: 'observations, one region',
    path: `/v1/observations?region=${encodeURIComponent(region)}`,
    goal: 0.9,
    kind: 'list',
  },
  { name: 'observations, one period', path: `/v1/observations?period=${period}`, goal: 0.9, kind: 'list' },
  // Siblings of the period: one region in the small database, the seed's year's variants in the large.
  { name: 'compare', path: `/v1/indicators/gdp/compare?period=${period}`, goal: 0.9, kind: 'detail' },
];

console.log(`npm run bench:scale — ${machine()}`);
try {
  const command = serverCommand();
  const smallDir = path.join(work, 'small');
  const bigDir = path.join(work, 'big');
  mkdirSync(smallDir);
  mkdirSync(bigDir);
  const t = performance.now();
  const smallMb = await buildDatabase(smallDir, path.join(smallDir, 'db.sqlite'), 0);
  const seeds = seedFiles().length;
  const bigMb = await buildDatabase(bigDir, path.join(bigDir, 'db.sqlite'), Math.max(0, REPORTS - seeds));
  console.log(
    `databases: ${seeds} report(s) ${smallMb.toFixed(1)} MB, ${REPORTS} reports ${bigMb.toFixed(1)} MB ` +
      `(built in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );

  const small = await startRealServer(command, path.join(smallDir, 'db.sqlite'), '1 report');
  servers.push(small);
  const big = await startRealServer(command, path.join(bigDir, 'db.sqlite'), `${REPORTS} reports`);
  servers.push(big);
  const idle = { small: memoryOf(small.pid), big: memoryOf(big.pid) };
  const watch = { small: watchMemory(small.pid), big: watchMemory(big.pid) };

  console.log('\nResponses as benchmarked (bytes on the wire, 1 report → 1,000 reports):');
  const sizes: string[][] = [];
  for (const route of routes) {
    const a = await probe(small.url + route.path, REQUEST_HEADERS);
    const b = await probe(big.url + route.path, REQUEST_HEADERS);
    sizes.push([route.name, route.path, `${a.status} → ${b.status}`, `${a.body.length} → ${b.body.length}`]);
  }
  printTable(['route', 'path', 'status', 'bytes'], sizes);
  console.log('');

  const runs = await alternate(
    routes,
    [
      { label: 'small', urlFor: (route) => small.url + route.path, pid: small.pid },
      { label: 'large', urlFor: (route) => big.url + route.path, pid: big.pid },
    ],
    settings,
  );

  const rows: string[][] = [];
  const failed: string[] = [];
  for (const route of routes) {
    const smallRuns = runs[route.name]?.small ?? [];
    const bigRuns = runs[route.name]?.large ?? [];
    const a = aggregate(smallRuns, settings.seconds);
    const b = aggregate(bigRuns, settings.seconds);
    const ratio = ratioOf(bigRuns, smallRuns);
    const capacity = capacityRatioOf(bigRuns, smallRuns);
    const errors = a.failures + b.failures;
    const ok = ratio >= THROUGHPUT_GOAL && errors === 0;
    if (!ok) {
      failed.push(
        `FAIL ${route.name}: ${REPORTS} reports at ${fmt.ratio(ratio)} of 1 report` +
          (b.clientBound
            ? ` (paced by autocannon, not the server; by server CPU per request ${fmt.ratio(capacity)})`
            : '') +
          (errors
            ? `, ${errors} errors/non-2xx ${JSON.stringify({ ...a.statusCodes, ...b.statusCodes })}`
            : ''),
      );
    }
    rows.push([
      route.name,
      fmt.rps(a.rps),
      fmt.rps(b.rps),
      fmt.ratio(ratio),
      `≥ ${THROUGHPUT_GOAL}`,
      fmt.ms(a.p99),
      fmt.ms(b.p99),
      `${fmt.us(a.cpuPerRequest)} → ${fmt.us(b.cpuPerRequest)}`,
      fmt.ratio(capacity),
      b.clientBound ? 'client' : 'server',
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
      'p99 (1)',
      `p99 (${REPORTS})`,
      'CPU/request',
      'CPU ratio',
      'paced by',
      'errors',
      'result',
    ],
    rows,
  );
  console.log(
    `CPU/request: server CPU time per answered request, 1 → ${REPORTS} reports. CPU ratio: the same\n` +
      'comparison by that cost. paced by: "client" when autocannon used nearly a core while the server\n' +
      'idled, so the rps measured the load generator (e.g. reading large bodies), not the server.',
  );

  // Peak RSS (VmHWM) is the honest figure for "stays under": it includes every moment of the run.
  // The private/file split shows how much is the process's own memory and how much is the
  // database file mapped in by SQLite's mmap (page cache the kernel can drop, but counted in RSS).
  const max = { small: watch.small.stop(), big: watch.big.stop() };
  const after = { small: memoryOf(small.pid), big: memoryOf(big.pid) };
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
  console.log(`\n${machine()}`);
  for (const line of failed) console.log(line);
  if (failed.length === 0) console.log('all goals met');
} finally {
  for (const server of servers.reverse()) await server.stop();
  rmSync(work, { recursive: true, force: true });
}
