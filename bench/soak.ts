// `npm run soak [-- --reports N]`: the production server under 100 connections of mixed traffic
// for 60 s, on the seeds' database (as on a first start) or, with --reports N (or SOAK_REPORTS), on
// a cached database of N reports (bench/lib/databases.ts). Prints errors (goal 0, non-2xx
// included), p99, and the server's RSS after a warm-up and at the end (goal: growth under 10%),
// with samples every few seconds to show the trend. wrk drives the load when installed.
// Env: SOAK_SECONDS (60), SOAK_CONNECTIONS (100), SOAK_WARMUP_SECONDS (10), SOAK_REPORTS.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedDatabase } from './lib/databases.js';
import {
  cpuPerRequest,
  describeGenerator,
  failures,
  pace,
  REQUEST_HEADERS,
  runLoad,
  serverBusy,
} from './lib/load.js';
import { probe } from './lib/probe.js';
import { fmt, machine, printTable } from './lib/report.js';
import { MIXED_PATHS } from './lib/routes.js';
import {
  buildAsNpmStart,
  describePinning,
  memoryOf,
  type Server,
  serverCommand,
  startRealServer,
} from './lib/servers.js';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const SECONDS = num('SOAK_SECONDS', 60);
const CONNECTIONS = num('SOAK_CONNECTIONS', 100);
const WARMUP_SECONDS = num('SOAK_WARMUP_SECONDS', 10);
const GROWTH_GOAL = 0.1;
const argv = process.argv.slice(2);
const reportsArg = argv.includes('--reports')
  ? argv[argv.indexOf('--reports') + 1]
  : process.env.SOAK_REPORTS;
const REPORTS = reportsArg ? Number(reportsArg) : undefined;
if (REPORTS !== undefined && !(Number.isInteger(REPORTS) && REPORTS > 0))
  throw new Error(`--reports must be a whole number, not ${reportsArg}`);
const work = mkdtempSync(path.join(tmpdir(), 'bench-soak-'));
let server: Server | undefined;

console.log(`npm run soak — ${machine()}`);
console.log(describeGenerator());
console.log(describePinning());
console.log(
  `${SECONDS} s at ${CONNECTIONS} connections on ${REPORTS ? `${REPORTS} reports` : 'the seeds'}; ` +
    'every connection requests in turn:',
);
for (const p of MIXED_PATHS) console.log(`  ${p}`);
try {
  buildAsNpmStart();
  const command = serverCommand();
  // Without --reports, a missing DB_FILE makes the server build it from seeds/, as on a first start.
  const dbFile = REPORTS ? (await cachedDatabase(REPORTS)).file : path.join(work, 'indicators.sqlite');
  server = await startRealServer(command, dbFile, 'server');
  const url = server.url;
  const load = (seconds: number) =>
    runLoad({
      url,
      seconds,
      connections: CONNECTIONS,
      headers: REQUEST_HEADERS,
      paths: MIXED_PATHS,
      serverPid: server?.pid,
    });

  // Each path once, in turn: the first answer of a URL is computed (a response-cache miss), which
  // with many reports takes seconds; under 100 connections those misses would queue behind each
  // other past wrk's timeout. Printed, since a user's first request pays it.
  const cold: string[][] = [];
  for (const p of MIXED_PATHS) {
    const t = performance.now();
    const answer = await probe(url + p, REQUEST_HEADERS, 120_000);
    cold.push([p, String(answer.status), `${Math.round(performance.now() - t)} ms`]);
  }
  console.log('\nFirst answer of each path (a response-cache miss), one at a time');
  printTable(['path', 'status', 'time'], cold);

  // Warm-up: caches filled and code optimised, so "start" is the steady state, not an empty process.
  const warm = await load(WARMUP_SECONDS);
  const start = memoryOf(server.pid);
  console.log(`warm-up ${WARMUP_SECONDS} s: ${fmt.rps(warm.rps)} rps, RSS now ${fmt.mb(start.rss)}`);

  const samples: string[][] = [];
  const began = Date.now();
  const pid = server.pid;
  const sampler = setInterval(
    () => {
      const m = memoryOf(pid);
      samples.push([
        `${Math.round((Date.now() - began) / 1000)} s`,
        fmt.mb(m.rss),
        fmt.mb(m.anon),
        fmt.mb(m.file),
      ]);
    },
    Math.max(1000, (SECONDS * 1000) / 12),
  );
  const soak = await load(SECONDS);
  clearInterval(sampler);
  const end = memoryOf(server.pid);
  const growth = (end.rss - start.rss) / start.rss;
  const errors = failures(soak);

  console.log('\nRSS during the soak');
  printTable(['time', 'RSS', 'private', 'file-mapped'], samples);

  console.log('\nSoak result');
  printTable(
    ['measure', 'value', 'goal', 'result'],
    [
      ['requests', fmt.rps(soak.requests), '', ''],
      ['requests per second', fmt.rps(soak.rps), '', ''],
      [
        'errors + timeouts + non-2xx',
        `${soak.errors} + ${soak.timeouts} + ${soak.non2xx}`,
        '0',
        fmt.verdict(errors === 0),
      ],
      ['status codes', JSON.stringify(soak.statusCodes), '', ''],
      ['p50 latency', fmt.ms(soak.p50), '', ''],
      ['p99 latency', fmt.ms(soak.p99), '', ''],
      ['max latency', fmt.ms(soak.max), '', ''],
      [
        'server CPU',
        `${fmt.us(cpuPerRequest(soak))} per request, ${fmt.share(serverBusy(soak))} of a core (paced by ${pace(soak)})`,
        '',
        '',
      ],
      ['RSS at start (after warm-up)', `${fmt.mb(start.rss)} (private ${fmt.mb(start.anon)})`, '', ''],
      ['RSS at end', `${fmt.mb(end.rss)} (private ${fmt.mb(end.anon)})`, '', ''],
      ['RSS growth', fmt.pct(growth), `< ${GROWTH_GOAL * 100}%`, fmt.verdict(growth < GROWTH_GOAL)],
      ['peak RSS', fmt.mb(end.peak), '', ''],
    ],
  );
  console.log(`\n${machine()}`);
  if (errors > 0) console.log(`FAIL errors: ${errors} failed requests ${JSON.stringify(soak.statusCodes)}`);
  if (!(growth < GROWTH_GOAL)) console.log(`FAIL memory: RSS grew ${fmt.pct(growth)} (goal < 10%)`);
  if (errors === 0 && growth < GROWTH_GOAL) console.log('all goals met');
} finally {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}
