// Runs one autocannon load in its own process (spawned by cannon.ts) and prints a compact JSON
// summary on stdout. Options arrive as JSON in argv[2].

import autocannon from 'autocannon';
import type { LoadOptions, LoadSummary } from './summary.js';

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;

const cpuBefore = process.cpuUsage();
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  headers: options.headers,
  // Several paths are requested in turn by every connection (the soak's mixed traffic).
  ...(options.paths ? { requests: options.paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
});

const cpu = process.cpuUsage(cpuBefore);

const statusCodes: Record<string, number> = {};
for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count;

const summary: LoadSummary = {
  generator: 'autocannon',
  seconds: result.duration,
  rps: result.requests.total / result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  requests: result.requests.total,
  bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCodes,
  loadCpuMs: (cpu.user + cpu.system) / 1000,
  serverCpuMs: Number.NaN, // filled in by the caller, which knows the server's process
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
