// `npm run bench`: throughput and latency of the real server against two ceilings on this machine,
// side by side in the same run, each answering every route with the real server's exact bytes:
//   (a) bare Fastify (no plugins, logging off): what the user pays for everything we add;
//   (b) Fastify with our production plugins (src/app.ts buildBaseApp, the same code the real
//       server runs): what our own code costs on top of them.
// The real server is the production build (every plugin on, logging at info, only the rate limit
// raised so the benchmark never reaches it; it still counts every request). wrk drives the load
// pinned to one core, the servers sit on the other (taskset); rounds alternate between the three.
// Env: BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (50), BENCH_ACCEPT_ENCODING,
// BENCH_ROUTES (comma-separated route names, e.g. `detail by code`; default all),
// BENCH_GENERATOR (wrk | autocannon), BENCH_PIN=0 (no taskset), BENCH_CPU_PROF=DIR (profile the
// real server with --cpu-prof into DIR).

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CeilingRoute } from './ceiling-server.js';
import { aggregate, alternate, capacityRatioOf, ratioOf, settingsFromEnv } from './lib/compare.js';
import { missedGoals } from './lib/goals.js';
import { describeGenerator, REQUEST_HEADERS } from './lib/load.js';
import { probe } from './lib/probe.js';
import { fmt, machine, printTable } from './lib/report.js';
import { type BenchRoute, P99_GOAL_RATIO, ROUTES, resolveRoute } from './lib/routes.js';
import {
  describePinning,
  memoryOf,
  nodeFlags,
  PRODUCTION_ENV,
  ROOT,
  type Server,
  serverCommand,
  startRealServer,
  startServer,
} from './lib/servers.js';

const settings = settingsFromEnv();

/** The routes named in BENCH_ROUTES, or every route; an unknown name stops the run. */
function selectedRoutes(names: string | undefined): BenchRoute[] {
  if (!names?.trim()) return ROUTES;
  return names.split(',').map((name) => {
    const route = ROUTES.find((candidate) => candidate.name === name.trim());
    if (!route)
      throw new Error(
        `BENCH_ROUTES: no route "${name.trim()}"; routes: ${ROUTES.map((r) => r.name).join(', ')}`,
      );
    return route;
  });
}

/** The headers that describe a body (kept on the ceilings' answers); the rest are features. */
const BODY_HEADERS = [
  'content-type',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'x-total-count',
  'link',
];

const sha = (body: Buffer) => createHash('sha256').update(body).digest('hex').slice(0, 12);
const work = mkdtempSync(path.join(tmpdir(), 'bench-http-'));
const servers: Server[] = [];

console.log(`npm run bench — ${machine()}`);
console.log(describeGenerator());
console.log(describePinning());
console.log(
  `${settings.rounds} rounds × ${settings.seconds} s per route and server, ${settings.connections} connections, ` +
    `headers ${JSON.stringify(REQUEST_HEADERS)}`,
);

try {
  const command = serverCommand();
  const profile = process.env.BENCH_CPU_PROF;
  const realCommand = profile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profile), ...command] : command;
  if (profile) console.log(`profiling the real server into ${path.resolve(profile)}`);
  // A missing DB_FILE makes the server build it from seeds/, exactly as on a first `npm start`.
  const real = await startRealServer(realCommand, path.join(work, 'indicators.sqlite'), 'real');
  servers.push(real);

  // What each route answers with the benchmark's headers; a route that does not answer 2xx is left out.
  const routes: BenchRoute[] = [];
  const ceilingRoutes: CeilingRoute[] = [];
  const wire = new Map<string, string>();
  const sizes: string[][] = [];
  const selected = await Promise.all(
    selectedRoutes(process.env.BENCH_ROUTES).map((route) => resolveRoute(real.url, route)),
  );
  for (const route of selected) {
    const answer = await probe(real.url + route.path, REQUEST_HEADERS);
    const ok = answer.status >= 200 && answer.status < 300;
    if (ok) {
      routes.push(route);
      const bodyFile = path.join(work, `body${ceilingRoutes.length}`);
      writeFileSync(bodyFile, answer.body);
      const headers: Record<string, string> = {};
      for (const name of BODY_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) headers[name] = String(value);
      }
      ceilingRoutes.push({ url: route.path, bodyFile, headers });
      wire.set(route.name, sha(answer.body));
    }
    sizes.push([
      route.name,
      route.path,
      String(answer.status),
      String(answer.headers['content-type'] ?? '').split(';')[0] ?? '',
      String(answer.headers['content-encoding'] ?? 'identity'),
      String(answer.body.length),
      ok ? '' : 'SKIPPED: not 2xx',
    ]);
  }
  console.log('\nResponses as benchmarked (bytes on the wire):');
  printTable(['route', 'path', 'status', 'type', 'encoding', 'bytes', ''], sizes);

  const manifest = path.join(work, 'ceiling.json');
  writeFileSync(manifest, JSON.stringify(ceilingRoutes));
  const ceilingArgs = [...nodeFlags(), '--import', 'tsx', path.join(ROOT, 'bench', 'ceiling-server.ts')];
  const bare = await startServer('bare', ceilingArgs, { CEILING_KIND: 'bare', CEILING_MANIFEST: manifest });
  servers.push(bare);
  // The production ceiling reads the environment the real server gets (src/config.ts).
  const plugins = await startServer('plugins', ceilingArgs, {
    ...PRODUCTION_ENV,
    CEILING_KIND: 'production',
    CEILING_MANIFEST: manifest,
  });
  servers.push(plugins);

  // Both ceilings must send the real server's bytes, or the comparison is void.
  for (const route of routes) {
    for (const ceiling of [bare, plugins]) {
      const answer = await probe(ceiling.url + route.path, REQUEST_HEADERS);
      if (answer.status !== 200 || sha(answer.body) !== wire.get(route.name))
        throw new Error(`${ceiling.label} ceiling does not send the real bytes of ${route.name}`);
    }
  }
  console.log(
    '\nceilings (same URLs, same bytes and body headers as the real answers, checked):\n' +
      '  (a) bare     Fastify, no plugins, logger off\n' +
      '  (b) plugins  Fastify with the production base of src/app.ts: logging at info, request ids,\n' +
      '               security headers, CORS, rate limit counting every request, compression\n',
  );

  const runs = await alternate(
    routes,
    [
      { label: 'real', urlFor: (route) => real.url + route.path, pid: real.pid },
      { label: '(a)', urlFor: (route) => bare.url + route.path, pid: bare.pid },
      {
        label: '(b)',
        urlFor: (route) => plugins.url + route.path,
        pid: plugins.pid,
      },
    ],
    settings,
  );

  const throughput: string[][] = [];
  const latency: string[][] = [];
  const failed: string[] = [];
  for (const route of routes) {
    const realRuns = runs[route.name]?.real ?? [];
    const bareRuns = runs[route.name]?.['(a)'] ?? [];
    const pluginRuns = runs[route.name]?.['(b)'] ?? [];
    const r = aggregate(realRuns);
    const a = aggregate(bareRuns);
    const b = aggregate(pluginRuns);
    const toBare = ratioOf(realRuns, bareRuns);
    const toProduction = ratioOf(realRuns, pluginRuns);
    const p99ToBare = ratioOf(realRuns, bareRuns, (s) => s.p99);
    const reasons = missedGoals({
      toBare,
      toProduction,
      p99ToBare,
      goal: route.goal,
      p99Goal: P99_GOAL_RATIO,
      failures: r.failures,
      ceilingFailures: a.failures + b.failures,
    });
    if (reasons.length) failed.push(`FAIL ${route.name}: ${reasons.join('; ')}`);
    throughput.push([
      route.name,
      fmt.rps(r.rps),
      fmt.rps(a.rps),
      fmt.rps(b.rps),
      fmt.ratio(toBare),
      `≥ ${route.goal}`,
      fmt.ratio(toProduction),
      `${fmt.ratio(capacityRatioOf(realRuns, bareRuns))} / ${fmt.ratio(capacityRatioOf(realRuns, pluginRuns))}`,
      `${fmt.us(r.cpuPerRequest)} / ${fmt.us(a.cpuPerRequest)} / ${fmt.us(b.cpuPerRequest)}`,
      `${r.pace} (${fmt.share(r.busy)} / ${fmt.share(r.clientBusy)})`,
      String(r.failures),
      fmt.verdict(reasons.length === 0),
    ]);
    latency.push([
      route.name,
      `${fmt.ms(r.p50)} / ${fmt.ms(a.p50)} / ${fmt.ms(b.p50)}`,
      `${fmt.ms(r.p99)} / ${fmt.ms(a.p99)} / ${fmt.ms(b.p99)}`,
      fmt.ratio(p99ToBare),
      `≤ ${P99_GOAL_RATIO}`,
    ]);
  }
  const memory = memoryOf(real.pid);
  console.log(`\nThroughput (median of ${settings.rounds} rounds; ratios are medians of per-round ratios)`);
  printTable(
    [
      'route',
      'real rps',
      '(a) rps',
      '(b) rps',
      'real/(a)',
      'goal',
      'real/(b)',
      'by CPU (a)/(b)',
      'CPU/request real / (a) / (b)',
      'paced by (server / client busy)',
      'errors',
      'result',
    ],
    throughput,
  );
  console.log(`\nLatency at ${settings.connections} connections (median of rounds)`);
  printTable(['route', 'p50 real / (a) / (b)', 'p99 real / (a) / (b)', 'p99 real/(a)', 'goal'], latency);
  console.log(
    '\nreal/(b) goal: never below (≥ 1.00). by CPU: the same ratios by server CPU per request, which hold\n' +
      'even when something other than the server set the pace. paced by: "server" when the real server\n' +
      'used ≥ 85% of its core, "client" when the load generator did while the server had time to spare\n' +
      '(that run measured the client), "neither" when both idled (other processes on the machine).',
  );
  console.log(`\n${machine()}`);
  console.log(`real server RSS after the run: ${fmt.mb(memory.rss)} (peak ${fmt.mb(memory.peak)})`);
  for (const line of failed) console.log(line);
  for (const route of selected.filter((r) => !routes.includes(r)))
    console.log(`FAIL ${route.name}: not measured (not 2xx)`);
  if (failed.length === 0 && routes.length === selected.length) console.log('all goals met');
} finally {
  for (const server of servers.reverse()) await server.stop();
  rmSync(work, { recursive: true, force: true });
}
