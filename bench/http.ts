// `npm run bench`: throughput of the real server against the framework's ceiling on this machine.
// Starts the production server (compiled, every plugin on, logging at info, only the rate limit
// raised) on a database built from seeds/ as on first start, and a bare Fastify answering a static
// body of the same bytes as the indicator detail; drives both with autocannon in its own process,
// alternating rounds, and prints rps, p50/p99 and the ratio to the ceiling per route.
// Env: BENCH_SECONDS (5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (50), BENCH_ACCEPT_ENCODING,
// BENCH_ROUTES (a comma-separated list of route names to run, e.g. `detail by code`; default all).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REQUEST_HEADERS } from './lib/cannon.js';
import { aggregate, alternate, capacityRatioOf, ratioOf, settingsFromEnv } from './lib/compare.js';
import { probe } from './lib/probe.js';
import { fmt, machine, printTable } from './lib/report.js';
import { type BenchRoute, P99_GOAL_MS, ROUTES, resolveRoute } from './lib/routes.js';
import { memoryOf, ROOT, type Server, serverCommand, startRealServer, startServer } from './lib/servers.js';

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
const pace = (a: { clientBound: boolean }) => (a.clientBound ? 'client' : 'server');
const work = mkdtempSync(path.join(tmpdir(), 'bench-http-'));
const servers: Server[] = [];

console.log(`npm run bench — ${machine()}`);
console.log(
  `${settings.rounds} rounds × ${settings.seconds} s per route and server, ${settings.connections} connections, ` +
    `headers ${JSON.stringify(REQUEST_HEADERS)}`,
);

try {
  const command = serverCommand();
  // A missing DB_FILE makes the server build it from seeds/, exactly as on a first `npm start`.
  const real = await startRealServer(command, path.join(work, 'indicators.sqlite'), 'real');
  servers.push(real);

  // What each route answers with the benchmark's headers; a route that does not answer 2xx is left out.
  const routes: BenchRoute[] = [];
  const sizes: string[][] = [];
  const selected = await Promise.all(
    selectedRoutes(process.env.BENCH_ROUTES).map((route) => resolveRoute(real.url, route)),
  );
  for (const route of selected) {
    const answer = await probe(real.url + route.path, REQUEST_HEADERS);
    const ok = answer.status >= 200 && answer.status < 300;
    if (ok) routes.push(route);
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

  // The ceiling sends the detail's exact wire bytes, so both servers move the same payload.
  const detail = await probe(`${real.url}${ROUTES[0]?.path}`, REQUEST_HEADERS);
  const bodyFile = path.join(work, 'ceiling-body');
  writeFileSync(bodyFile, detail.body);
  const ceiling = await startServer(
    'ceiling',
    ['--import', 'tsx', path.join(ROOT, 'bench', 'ceiling-server.ts')],
    {
      CEILING_BODY_FILE: bodyFile,
      CEILING_CONTENT_TYPE: String(detail.headers['content-type'] ?? 'application/json'),
      CEILING_CONTENT_ENCODING: String(detail.headers['content-encoding'] ?? ''),
    },
  );
  servers.push(ceiling);
  console.log(`ceiling: bare Fastify, logger off, static ${detail.body.length}-byte body\n`);

  const runs = await alternate(
    routes,
    [
      { label: 'ceiling', urlFor: () => `${ceiling.url}/ceiling`, pid: ceiling.pid },
      { label: 'real', urlFor: (route) => real.url + route.path, pid: real.pid },
    ],
    settings,
  );

  const rows: string[][] = [];
  const failed: string[] = [];
  for (const route of routes) {
    const realRuns = runs[route.name]?.real ?? [];
    const ceilingRuns = runs[route.name]?.ceiling ?? [];
    const r = aggregate(realRuns, settings.seconds);
    const c = aggregate(ceilingRuns, settings.seconds);
    const ratio = ratioOf(realRuns, ceilingRuns);
    const capacity = capacityRatioOf(realRuns, ceilingRuns);
    const reasons = [
      ratio < route.goal ? `ratio ${fmt.ratio(ratio)} < ${route.goal}` : '',
      r.p99 >= P99_GOAL_MS ? `p99 ${r.p99} ms ≥ ${P99_GOAL_MS} ms` : '',
      r.failures > 0 ? `${r.failures} errors/non-2xx ${JSON.stringify(r.statusCodes)}` : '',
      c.failures > 0 ? `ceiling had ${c.failures} errors` : '',
    ].filter(Boolean);
    if (reasons.length) failed.push(`FAIL ${route.name}: ${reasons.join('; ')}`);
    rows.push([
      route.name,
      fmt.rps(r.rps),
      fmt.rps(c.rps),
      fmt.ratio(ratio),
      `≥ ${route.goal}`,
      fmt.ms(r.p50),
      fmt.ms(r.p99),
      fmt.ms(c.p99),
      `${fmt.us(r.cpuPerRequest)} / ${fmt.us(c.cpuPerRequest)}`,
      fmt.ratio(capacity),
      `${pace(r)} / ${pace(c)}`,
      String(r.failures),
      fmt.verdict(reasons.length === 0),
    ]);
  }
  const memory = memoryOf(real.pid);
  console.log(
    `\nResults (median of ${settings.rounds} rounds; p50 and p99 of the real server; p99 goal < ${P99_GOAL_MS} ms)`,
  );
  printTable(
    [
      'route',
      'real rps',
      'ceiling rps',
      'ratio',
      'goal',
      'p50',
      'p99',
      'ceiling p99',
      'CPU/request real / ceiling',
      'CPU ratio',
      'paced by',
      'errors',
      'result',
    ],
    rows,
  );
  console.log(
    'CPU/request: server CPU time per answered request. CPU ratio: ceiling CPU/request over real, the ratio\n' +
      'the two would show if the server alone set the pace. paced by: "client" when autocannon used\n' +
      'nearly a core while the server idled, so that run measured the load generator.',
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
